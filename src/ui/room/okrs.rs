//! One team's OKRs on the wall: each objective with its progress bar and score, its key results
//! with their full names, score, confidence and trend, milestones as ✓ or their due date.

use super::{BODY, HEADING, SMALL, caption};
use crate::i18n::number;
use crate::model::{Id, KrKind, Plan, Status};
use crate::tr;
use crate::ui::room::scorecard::score_chip;
use egui::{RichText, Ui};

fn kr_state(kind: &KrKind) -> String {
    match kind {
        KrKind::Metric {
            start,
            target,
            current,
            unit,
            ..
        } => tr!(
            "room-kr-metric",
            start = number(*start),
            target = number(*target),
            unit = unit.trim(),
            current = current.map_or("—".into(), number)
        )
        .replace("  ", " "),
        KrKind::Milestone { done: true, .. } => tr!("room-kr-done"),
        KrKind::Ordinal { zones, current } => current.and_then(|c| zones.get(c)).map_or_else(
            || tr!("room-kr-no-level"),
            |z| tr!("room-kr-at", level = &z.name),
        ),
        KrKind::Milestone { done: false, due } => due.map_or_else(
            || tr!("room-kr-not-done"),
            |d| tr!("room-kr-due", date = crate::i18n::date(d)),
        ),
    }
}

/// One key result as a row: score chip, full name with owner and state below, then the
/// latest confidence and the trend.
fn key_result(ui: &mut Ui, plan: &Plan, kr: &crate::model::KeyResult, t: crate::model::Thresholds) {
    let chip = 190.0;
    let status_w = 330.0;
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(chip, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(chip);
                let score = kr.score();
                score_chip(ui, score, Status::of(score, t), SMALL);
            },
        );
        let name_w = (ui.available_width() - status_w).max(300.0);
        ui.allocate_ui_with_layout(
            egui::vec2(name_w, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(name_w);
                ui.add(egui::Label::new(RichText::new(format!("▸ {}", kr.name)).size(BODY)).wrap());
                ui.add(
                    egui::Label::new(
                        RichText::new(format!(
                            "{} · {}",
                            plan.owner_name(kr.owner),
                            kr_state(&kr.kind)
                        ))
                        .size(SMALL)
                        .color(ui.visuals().weak_text_color()),
                    )
                    .wrap(),
                );
            },
        );
        let mut status = Vec::new();
        if let Some(c) = kr.check_ins.last() {
            status.push(tr!("room-confidence", value = u32::from(c.confidence)));
        }
        if let Some(tr) = kr.trend() {
            status.push(format!("{} {}", tr.arrow(), tr.label()));
        }
        ui.vertical(|ui| {
            for line in status {
                ui.label(RichText::new(line).size(SMALL));
            }
        });
    });
    ui.add_space(4.0);
}

pub fn team(ui: &mut Ui, plan: &Plan, team: Option<Id>) {
    let name = match team.and_then(|t| plan.team(t)) {
        Some(t) => t.name.clone(),
        None => tr!("room-no-team"),
    };
    let objectives: Vec<_> = plan
        .okrs
        .iter()
        .filter(|o| match team {
            Some(t) => o.team == Some(t),
            None => o.team.is_none_or(|t| plan.team(t).is_none()),
        })
        .collect();
    let sc = &plan.settings.scoring;
    let total = plan.okr_total();
    caption(
        ui,
        tr!(
            "room-okrs",
            plan = &plan.title,
            period = &plan.current_period,
            score = crate::drawing::strategy_map::score_line(
                total,
                crate::model::Status::of(total, sc.okrs)
            ),
            verdict = crate::model::total_text(total, sc.pass_mark)
        ),
    );
    ui.label(RichText::new(name).size(HEADING + 4.0).strong());
    if objectives.is_empty() {
        super::text(ui, tr!("room-no-okrs"), HEADING);
        return;
    }
    let t = plan.settings.scoring.okrs;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for o in objectives {
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let score = o.score();
                let how = crate::ui::Scoring {
                    bands: t,
                    explain: &o.explain(),
                    name: &o.name,
                };
                crate::ui::score_bar_sized(ui, score, how, egui::vec2(260.0, 34.0), SMALL);
                ui.add(egui::Label::new(RichText::new(&o.name).size(HEADING).strong()).wrap());
            });
            let mut about = vec![o.period.clone()];
            if o.is_closed() {
                about.push(o.score_text());
            }
            if o.owner.is_some() {
                about.push(plan.owner_name(o.owner).to_owned());
            }
            if let Some(p) = o.priority.and_then(|p| plan.priority(p)) {
                about.push(tr!("room-serves", name = &p.name));
            }
            ui.label(
                RichText::new(about.join(" · "))
                    .size(SMALL)
                    .color(ui.visuals().weak_text_color()),
            );
            for kr in &o.key_results {
                key_result(ui, plan, kr, t);
            }
        }
    });
}
