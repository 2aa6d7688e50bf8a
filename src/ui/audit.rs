//! The Audit panel: the alignment findings grouped by pitfall, each with what to do, a button
//! that jumps to the item and a way to mute it with a reason; then the structural check.

use super::EditSink;
use super::tables::text_table;
use crate::audit::{Finding, Report, grouped, report};
use crate::edit::Edit;
use crate::model::{Id, Plan, validate};
use egui::{RichText, Ui};

/// The mute dialog's state: which finding, and the reason typed so far.
#[derive(Debug, Default)]
pub struct AuditView {
    muting: Option<(String, Id, String, String)>,
}

pub fn audit_ui(ui: &mut Ui, plan: &Plan, view: &mut AuditView, sink: &mut EditSink) {
    let r = report(plan);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Alignment audit");
                let summary = format!(
                    "{} finding{} · {} muted",
                    r.findings.len(),
                    if r.findings.len() == 1 { "" } else { "s" },
                    r.muted.len()
                );
                ui.label(RichText::new(summary).size(22.0).strong());
            });
            if r.findings.is_empty() {
                ui.label(
                    RichText::new("✔ No findings: the plan avoids every pitfall the audit knows.")
                        .size(20.0),
                );
            }
            for (category, items) in grouped(&r.findings) {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(format!("{category} ({})", items.len()))
                        .size(24.0)
                        .strong(),
                );
                for f in items {
                    finding_row(ui, view, sink, f);
                }
            }
            muted(ui, &r, sink);
            ui.add_space(16.0);
            structure(ui, plan);
        });
    mute_dialog(ui, view, sink);
}

fn finding_row(ui: &mut Ui, view: &mut AuditView, sink: &mut EditSink, f: &Finding) {
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
                ui.vertical(|ui| {
                    ui.label(RichText::new(&f.message).size(20.0).strong());
                    ui.label(RichText::new(&f.hint).weak());
                });
                if let Some(item) = f.item() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .button("Mute…")
                            .accessible_name(format!("Mute: {}", f.message))
                            .clicked()
                        {
                            view.muting =
                                Some((f.rule.to_owned(), item, f.message.clone(), String::new()));
                        }
                        let go = ui
                            .button("Go to")
                            .accessible_name(format!("Go to: {}", f.message));
                        if super::widgets::take_first_focus(ui) {
                            go.request_focus();
                        }
                        if go.clicked() {
                            sink.jump_to(item);
                        }
                    });
                }
            });
        });
}

fn muted(ui: &mut Ui, r: &Report, sink: &mut EditSink) {
    if r.muted.is_empty() {
        return;
    }
    ui.add_space(8.0);
    egui::CollapsingHeader::new(RichText::new(format!("Muted ({})", r.muted.len())).size(20.0))
        .default_open(true)
        .show(ui, |ui| {
            for (f, mute) in &r.muted {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button("Unmute")
                        .accessible_name(format!("Unmute: {}", f.message))
                        .clicked()
                    {
                        sink.push(Edit::SetMute {
                            rule: mute.rule.clone(),
                            item: mute.item,
                            reason: None,
                        });
                        sink.seal();
                    }
                    ui.label(RichText::new(&f.message).weak());
                    let scope = if mute.item.is_none() {
                        " (the whole rule)"
                    } else {
                        ""
                    };
                    ui.label(format!("— muted{scope}: {}", mute.reason));
                });
            }
        });
}

fn mute_dialog(ui: &mut Ui, view: &mut AuditView, sink: &mut EditSink) {
    let Some((rule, item, message, reason)) = &mut view.muting else {
        return;
    };
    let mut close = false;
    egui::Window::new(RichText::new("Mute this finding").strong())
        .id(egui::Id::unique("audit-mute"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(message.as_str());
            let l = ui.label("Why is this fine here? The reason is kept in the plan.");
            ui.add(
                egui::TextEdit::singleline(reason)
                    .char_limit(crate::model::MAX_LINE)
                    .desired_width(480.0),
            )
            .labelled_by(l.id);
            ui.horizontal(|ui| {
                let ok = ui
                    .add_enabled(!reason.trim().is_empty(), egui::Button::new("Mute"))
                    .clicked();
                if ok {
                    sink.push(Edit::SetMute {
                        rule: rule.clone(),
                        item: Some(*item),
                        reason: Some(crate::model::TextKind::Paragraph.clean(reason.trim())),
                    });
                    sink.seal();
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.muting = None;
    }
}

fn structure(ui: &mut Ui, plan: &Plan) {
    ui.label(RichText::new("Structural check").heading());
    let problems = validate(plan);
    if problems.is_empty() {
        ui.label("✔ Every id is unique, every link points at something that exists, every number is in range.");
    } else {
        let rows: Vec<Vec<String>> = problems.iter().map(|p| vec![p.message.clone()]).collect();
        text_table(ui, "problems", &["Problem"], &rows);
    }
    ui.add_space(8.0);
    ui.label(RichText::new("What the plan holds").heading());
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
            "People / teams".into(),
            format!("{} / {}", plan.people.len(), plan.teams.len()),
        ],
        vec![
            "Strategic priorities".into(),
            plan.priorities.len().to_string(),
        ],
        vec![
            "X-matrix items (B / A / I / M) and marks".into(),
            format!(
                "{} / {} / {} / {}, {} marks",
                x.breakthroughs.len(),
                x.annuals.len(),
                x.improvements.len(),
                x.metrics.len(),
                x.correlations.len()
            ),
        ],
        vec![
            "Scorecard objectives / measures".into(),
            format!("{} / {measure_count}", plan.scorecard.objectives.len()),
        ],
        vec![
            "OKR objectives / key results".into(),
            format!("{} / {kr_count}", plan.okrs.len()),
        ],
        vec!["Dependencies".into(), plan.dependencies.len().to_string()],
    ];
    text_table(ui, "counts", &["Part", "Count"], &rows);
}
