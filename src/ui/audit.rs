//! The Audit panel: the alignment findings grouped by pitfall, each with what to do, a button
//! that jumps to the item and a way to mute it with a reason; then the structural check.

use super::EditSink;
use super::tables::text_table;
use super::virtual_list;
use crate::audit::{Finding, Report, grouped, report, report_on};
use crate::edit::Edit;
use crate::model::{Id, Plan, validate};
use crate::tr;
use egui::{RichText, Ui};

/// The mute dialog: which finding, how many findings its rule has now, the reason typed so far,
/// and whether the whole rule is muted for this plan.
#[derive(Debug)]
struct Muting {
    rule: String,
    /// `None` for a finding about the plan as a whole: only its whole rule can be muted.
    item: Option<Id>,
    message: String,
    of_rule: usize,
    reason: String,
    whole_rule: bool,
}

/// The audit panel's state: the mute dialog, and the day it judges by.
#[derive(Debug, Default)]
pub struct AuditView {
    muting: Option<Muting>,
    /// The day the audit judges what is overdue by (the app's clock).
    pub today: Option<jiff::civil::Date>,
}

/// A line of the audit: the summary, a category's heading, a finding, or what follows them.
enum Row<'a> {
    Summary,
    Category(&'a str, usize),
    Finding(&'a Finding),
    Tail,
}

/// How many findings, how many muted; or that there are none.
fn summary(ui: &mut Ui, r: &Report) {
    ui.horizontal(|ui| {
        ui.heading(tr!("audit-heading"));
        let summary = tr!(
            "audit-summary",
            count = r.findings.len(),
            muted = r.muted.len()
        );
        ui.label(RichText::new(summary).size(22.0).strong());
    });
    if r.findings.is_empty() {
        ui.label(RichText::new(tr!("audit-none")).size(20.0));
    }
}

pub fn audit_ui(ui: &mut Ui, plan: &Plan, view: &mut AuditView, sink: &mut EditSink) {
    let today = view.today;
    let r = super::derived::cached(ui.ctx(), "audit-report", today, || match today {
        Some(today) => report_on(plan, today),
        None => report(plan),
    });
    // Every finding is a row; only the rows in view are laid out.
    let mut of_rule: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for f in &r.findings {
        *of_rule.entry(f.rule).or_default() += 1;
    }
    let mut rows = vec![Row::Summary];
    let mut keys = vec![virtual_list::key("summary")];
    for (category, items) in grouped(&r.findings) {
        keys.push(virtual_list::key(("category", category)));
        rows.push(Row::Category(category, items.len()));
        for f in items {
            keys.push(virtual_list::key((f.rule, &f.message)));
            rows.push(Row::Finding(f));
        }
    }
    rows.push(Row::Tail);
    keys.push(virtual_list::key("tail"));
    virtual_list::show(
        ui,
        "audit-findings",
        &keys,
        80.0,
        None,
        |ui, i| match rows[i] {
            Row::Summary => summary(ui, &r),
            Row::Category(category, n) => {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(tr!(
                        "audit-category",
                        category = crate::i18n::category(category),
                        count = n
                    ))
                    .size(24.0)
                    .strong(),
                );
            }
            Row::Finding(f) => {
                let n = of_rule.get(f.rule).copied().unwrap_or(1);
                finding_row(ui, view, sink, f, n);
            }
            Row::Tail => {
                muted(ui, plan, &r, sink);
                ui.add_space(16.0);
                structure(ui, plan);
            }
        },
    );
    mute_dialog(ui, view, sink);
}

fn finding_row(
    ui: &mut Ui,
    view: &mut AuditView,
    sink: &mut EditSink,
    f: &Finding,
    of_rule: usize,
) {
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let icon = match f.severity {
                    crate::audit::Severity::Warning => "⚠",
                    crate::audit::Severity::Advice => "ℹ",
                };
                ui.label(
                    RichText::new(icon)
                        .size(22.0)
                        .color(ui.visuals().warn_fg_color),
                );
                // Buttons first, from the right, so the text wraps in the room left of them.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(tr!("audit-mute"))
                        .accessible_name(tr!("audit-mute-n", message = &f.message))
                        .clicked()
                    {
                        view.muting = Some(Muting {
                            rule: f.rule.to_owned(),
                            item: f.item(),
                            message: f.message.clone(),
                            of_rule,
                            reason: String::new(),
                            whole_rule: f.item().is_none(),
                        });
                    }
                    if let Some(item) = f.item() {
                        let go = ui
                            .button(tr!("audit-go"))
                            .accessible_name(tr!("audit-go-n", message = &f.message));
                        if super::widgets::take_first_focus(ui) {
                            go.request_focus();
                        }
                        if go.clicked() {
                            sink.jump_to(item);
                        }
                    }
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        ui.label(RichText::new(&f.message).size(20.0).strong());
                        ui.label(RichText::new(&f.hint).weak());
                    });
                });
            });
        });
}

/// Muted findings with their reasons; rules muted for the whole plan are listed once each,
/// with how many findings they hold back now (also none), so they can always be unmuted.
fn muted(ui: &mut Ui, plan: &Plan, r: &Report, sink: &mut EditSink) {
    let whole: Vec<&crate::model::Mute> = plan.mutes.iter().filter(|m| m.item.is_none()).collect();
    let single: Vec<_> = r.muted.iter().filter(|(_, m)| m.item.is_some()).collect();
    if whole.is_empty() && single.is_empty() {
        return;
    }
    let mut unmute = |ui: &mut Ui, name: String, mute: &crate::model::Mute| {
        if ui
            .button(tr!("audit-unmute"))
            .accessible_name(name)
            .clicked()
        {
            sink.push(Edit::SetMute {
                rule: mute.rule.clone(),
                item: mute.item,
                reason: None,
            });
            sink.seal();
        }
    };
    ui.add_space(8.0);
    egui::CollapsingHeader::new(
        RichText::new(tr!("audit-muted", count = r.muted.len())).size(20.0),
    )
    .default_open(true)
    .show(ui, |ui| {
        for mute in whole {
            let title = crate::audit::rule_title(&mute.rule);
            let held = r.muted.iter().filter(|(_, m)| m == mute).count();
            ui.horizontal_wrapped(|ui| {
                unmute(ui, tr!("audit-unmute-all", rule = &title), mute);
                ui.label(RichText::new(tr!("audit-all-of", rule = &title, count = held)).strong());
                ui.label(tr!("audit-muted-plan", reason = &mute.reason));
            });
        }
        for (f, mute) in single {
            ui.horizontal_wrapped(|ui| {
                unmute(ui, tr!("audit-unmute-n", message = &f.message), mute);
                ui.label(RichText::new(&f.message).weak());
                ui.label(tr!("audit-muted-one", reason = &mute.reason));
            });
        }
    });
}

fn mute_dialog(ui: &mut Ui, view: &mut AuditView, sink: &mut EditSink) {
    let Some(m) = &mut view.muting else {
        return;
    };
    let mut close = false;
    egui::Window::new(RichText::new(tr!("audit-mute-title")).strong())
        .id(egui::Id::unique("audit-mute"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(m.message.as_str());
            if m.item.is_some() {
                ui.radio_value(&mut m.whole_rule, false, tr!("audit-mute-one"));
            }
            ui.radio_value(
                &mut m.whole_rule,
                true,
                tr!(
                    "audit-mute-rule",
                    rule = crate::audit::rule_title(&m.rule),
                    count = m.of_rule
                ),
            );
            let l = ui.label(tr!("audit-mute-why"));
            ui.add(
                egui::TextEdit::singleline(&mut m.reason)
                    .char_limit(crate::model::MAX_LINE)
                    .desired_width(480.0),
            )
            .labelled_by(l.id);
            ui.horizontal(|ui| {
                let ok = ui
                    .add_enabled(
                        !m.reason.trim().is_empty(),
                        egui::Button::new(tr!("audit-mute-ok")),
                    )
                    .clicked();
                if ok {
                    sink.push(Edit::SetMute {
                        rule: m.rule.clone(),
                        item: m.item.filter(|_| !m.whole_rule),
                        reason: Some(crate::model::TextKind::Paragraph.clean(m.reason.trim())),
                    });
                    sink.seal();
                    close = true;
                }
                if ui.button(tr!("btn-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.muting = None;
    }
}

fn structure(ui: &mut Ui, plan: &Plan) {
    ui.label(RichText::new(tr!("audit-structure")).heading());
    let problems = validate(plan);
    if problems.is_empty() {
        ui.label(tr!("audit-structure-ok"));
    } else {
        let rows: Vec<Vec<String>> = problems.iter().map(|p| vec![p.message.clone()]).collect();
        text_table(ui, "problems", &[&tr!("audit-problem")], &rows);
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("audit-holds")).heading());
    let x = &plan.xmatrix;
    let kr_count: usize = plan.okrs.iter().map(|o| o.key_results.len()).sum();
    let measure_count: usize = plan
        .scorecard
        .objectives
        .iter()
        .map(|o| o.measures.len())
        .sum();
    let rows = vec![
        vec![
            tr!("audit-people-teams"),
            format!("{} / {}", plan.people.len(), plan.teams.len()),
        ],
        vec![tr!("audit-priorities"), plan.priorities.len().to_string()],
        vec![
            tr!("audit-x-items"),
            tr!(
                "audit-x-counts",
                b = x.breakthroughs.len(),
                a = x.annuals.len(),
                i = x.improvements.len(),
                m = x.metrics.len(),
                marks = x.correlations.len()
            ),
        ],
        vec![
            tr!("audit-bsc"),
            format!("{} / {measure_count}", plan.scorecard.objectives.len()),
        ],
        vec![
            tr!("audit-okrs"),
            format!("{} / {kr_count}", plan.okrs.len()),
        ],
        vec![
            tr!("audit-dependencies"),
            plan.dependencies.len().to_string(),
        ],
    ];
    text_table(
        ui,
        "counts",
        &[&tr!("audit-part"), &tr!("audit-count")],
        &rows,
    );
}
