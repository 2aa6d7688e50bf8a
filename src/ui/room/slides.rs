//! Room views that are slides of text: the vision, the priorities (all, then one at a time)
//! and the audit's findings, counts first.

use super::{BODY, HEADING, SMALL, TITLE, caption, strong, text};
use crate::audit::report;
use crate::model::{Id, Plan, Status};
use crate::tr;
use egui::{Frame, Margin, RichText, Ui};

/// A framed card, as wide as `width`.
fn card<R>(ui: &mut Ui, width: f32, highlight: bool, add: impl FnOnce(&mut Ui) -> R) -> R {
    let v = ui.visuals();
    let stroke = if highlight {
        egui::Stroke::new(3.0, v.selection.stroke.color)
    } else {
        egui::Stroke::new(1.5, v.widgets.noninteractive.bg_stroke.color)
    };
    Frame::new()
        .fill(v.faint_bg_color)
        .stroke(stroke)
        .corner_radius(10.0)
        .inner_margin(Margin::same(16))
        .show(ui, |ui| {
            ui.set_width(width - 32.0);
            add(ui)
        })
        .inner
}

pub fn vision(ui: &mut Ui, plan: &Plan) {
    let v = &plan.vision;
    ui.add_space(12.0);
    caption(ui, tr!("room-vision", plan = &plan.title));
    ui.add_space(8.0);
    if v.statement.trim().is_empty() {
        text(ui, tr!("room-no-vision"), HEADING);
    } else {
        strong(ui, v.statement.trim(), TITLE);
    }
    ui.add_space(16.0);
    ui.horizontal_wrapped(|ui| {
        if let Some(year) = v.target_year {
            target_chip(
                ui,
                &tr!("room-by-year", year = year.to_string()),
                &tr!("room-target-year"),
            );
        }
        for t in &v.targets {
            let value = tr!(
                "room-target-value",
                value = crate::i18n::number(t.value),
                unit = &t.unit
            );
            let what = match t.by_year {
                Some(y) => tr!("room-target-by", metric = &t.metric, year = y.to_string()),
                None => t.metric.clone(),
            };
            target_chip(ui, value.trim(), &what);
        }
    });
    if !v.why.trim().is_empty() {
        ui.add_space(20.0);
        strong(ui, tr!("room-why"), HEADING);
        text(ui, v.why.trim(), BODY);
    }
}

fn target_chip(ui: &mut Ui, value: &str, what: &str) {
    Frame::new()
        .stroke(egui::Stroke::new(2.0, ui.visuals().strong_text_color()))
        .corner_radius(8.0)
        .inner_margin(Margin::symmetric(14, 8))
        .show(ui, |ui| {
            ui.set_max_width(380.0);
            ui.vertical(|ui| {
                strong(ui, value, HEADING);
                text(ui, what, SMALL);
            });
        });
}

/// All priorities on one screen: up to three a row.
pub fn priorities(ui: &mut Ui, plan: &Plan) {
    ui.add_space(8.0);
    caption(ui, tr!("room-priorities", plan = &plan.title));
    ui.add_space(8.0);
    if plan.priorities.is_empty() {
        text(ui, tr!("room-no-priorities"), HEADING);
        return;
    }
    let n = plan.priorities.len();
    let per_row = if n == 4 { 2 } else { n.clamp(1, 3) };
    let gap = ui.spacing().item_spacing.x;
    let width = (ui.available_width() - gap * (per_row - 1) as f32) / per_row as f32;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (r, chunk) in plan.priorities.chunks(per_row).enumerate() {
            ui.horizontal_top(|ui| {
                for (i, p) in chunk.iter().enumerate() {
                    card(ui, width, false, |ui| {
                        ui.vertical(|ui| {
                            caption(ui, tr!("room-priority-n", n = r * per_row + i + 1));
                            strong(ui, &p.name, HEADING);
                            let owner = plan.person_name(p.owner);
                            text(
                                ui,
                                if owner.is_empty() {
                                    tr!("room-no-owner")
                                } else {
                                    tr!("room-owner", owner = owner)
                                },
                                BODY,
                            );
                            if !p.why.trim().is_empty() {
                                text(ui, p.why.trim(), SMALL);
                            }
                        });
                    });
                }
            });
            ui.add_space(gap);
        }
    });
}

/// One priority as a slide: its name, owner, why, and what serves it.
pub fn priority(ui: &mut Ui, plan: &Plan, id: Id) {
    let Some(index) = plan.priority_index(id) else {
        return priorities(ui, plan);
    };
    let p = &plan.priorities[index];
    ui.add_space(12.0);
    caption(
        ui,
        tr!(
            "room-priority-of",
            n = index + 1,
            count = plan.priorities.len()
        ),
    );
    strong(ui, &p.name, TITLE);
    ui.add_space(8.0);
    let owner = plan.person_name(p.owner);
    let who = match (owner.is_empty(), p.horizon.trim()) {
        (true, "") => tr!("room-no-owner"),
        (true, horizon) => tr!("room-no-owner-horizon", horizon = horizon),
        (false, "") => tr!("room-owner", owner = owner),
        (false, horizon) => tr!("room-owner-horizon", owner = owner, horizon = horizon),
    };
    text(ui, who, BODY);
    if !p.why.trim().is_empty() {
        ui.add_space(16.0);
        strong(ui, tr!("room-why"), HEADING);
        text(ui, p.why.trim(), BODY);
    }
    let okrs: Vec<_> = plan
        .okrs
        .iter()
        .filter(|o| o.priority == Some(id))
        .collect();
    let bsc: Vec<_> = plan
        .scorecard
        .objectives
        .iter()
        .filter(|o| o.priorities.contains(&id))
        .collect();
    if okrs.is_empty() && bsc.is_empty() {
        ui.add_space(16.0);
        text(ui, tr!("room-nothing-serves"), BODY);
        return;
    }
    ui.add_space(16.0);
    strong(ui, tr!("room-what-serves"), HEADING);
    let bands = &plan.settings.scoring;
    for o in okrs {
        let team = plan.team_name(o.team);
        let what = tr!("room-serves-okr", team = team, name = &o.name);
        line_with_score(ui, &what, o.score(), bands.okrs);
    }
    for o in bsc {
        let what = tr!("room-serves-objective", name = &o.name);
        line_with_score(ui, &what, o.score(), bands.scorecard);
    }
}

fn line_with_score(ui: &mut Ui, what: &str, score: Option<f64>, t: crate::model::Thresholds) {
    ui.horizontal_wrapped(|ui| {
        super::scorecard::score_chip(ui, score, Status::of(score, t), BODY);
        text(ui, what, BODY);
    });
}

/// The audit: how many findings of each kind first, then the findings by kind.
pub fn audit(ui: &mut Ui, plan: &Plan, today: Option<jiff::civil::Date>) {
    let report = crate::ui::derived::cached(ui.ctx(), "audit-report", today, || {
        today.map_or_else(|| report(plan), |t| crate::audit::report_on(plan, t))
    });
    ui.add_space(8.0);
    caption(ui, tr!("room-audit", plan = &plan.title));
    let groups = crate::audit::grouped(&report.findings);
    if groups.is_empty() {
        ui.add_space(24.0);
        strong(ui, tr!("room-no-findings"), TITLE);
        return;
    }
    strong(
        ui,
        tr!("room-findings", count = report.findings.len()),
        TITLE,
    );
    ui.horizontal_wrapped(|ui| {
        for (category, list) in &groups {
            Frame::new()
                .stroke(egui::Stroke::new(2.0, ui.visuals().warn_fg_color))
                .corner_radius(8.0)
                .inner_margin(Margin::symmetric(14, 6))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(tr!(
                            "room-category",
                            count = list.len(),
                            category = crate::i18n::category(category)
                        ))
                        .size(BODY)
                        .strong(),
                    );
                });
        }
    });
    ui.add_space(12.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (category, list) in groups {
            strong(ui, crate::i18n::category(category), HEADING);
            for f in list {
                text(ui, format!("⚠ {}", f.message), BODY);
                ui.label(
                    RichText::new(&f.hint)
                        .size(SMALL)
                        .color(ui.visuals().weak_text_color()),
                );
                ui.add_space(6.0);
            }
            ui.add_space(10.0);
        }
    });
}
