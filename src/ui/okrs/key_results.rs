//! The key results of an objective as a table: the name takes the free width (full text,
//! wrapping), then owner (a person or a team), start → target (or done and due, or the levels),
//! now, the score bar in one aligned column, last confidence, and one ⋯ menu for check-in,
//! history, settings, moving, reordering and deleting.

use super::objectives::{Scoring, score_bar, update};
use super::{OkrsView, checkins, kr_settings};
use crate::edit::Edit;
use crate::model::{KeyResult, KrKind, OkrObjective, Plan};
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::{Name, Picked, fixed_cell, optional_date, owner_combo, text_edit};
use egui::{RichText, TextEdit, Ui};

/// Widths of the fixed columns: owner, start → target, now, score, confidence, ⋯.
const FIXED: [f32; 6] = [160.0, 262.0, 110.0, 130.0, 44.0, 34.0];

pub fn table(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut OkrsView,
    sink: &mut EditSink,
    o: &OkrObjective,
    n: usize,
) {
    if o.key_results.is_empty() {
        ui.label(
            RichText::new("No key results yet: add 3 to 5 that say how you will know.").weak(),
        );
        return;
    }
    // Every row has the same fixed columns, so they line up; the name takes what is left.
    let spacing = ui.spacing().item_spacing.x;
    let fixed: f32 = FIXED.iter().sum::<f32>() + spacing * FIXED.len() as f32;
    let name_width = (ui.available_width() - fixed - 24.0).max(160.0);
    for (k, kr) in o.key_results.iter().enumerate() {
        if k > 0 {
            ui.separator();
        }
        let label = format!("KR {n}.{}", k + 1);
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
            row(ui, plan, view, sink, o, k, kr, &label, name_width);
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn row(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut OkrsView,
    sink: &mut EditSink,
    o: &OkrObjective,
    k: usize,
    kr: &KeyResult,
    label: &str,
    name_width: f32,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut KeyResult)| {
        update(sink, o, |x| f(&mut x.key_results[k]));
    };
    let name = crate::ui::widgets::wrapping_name(ui, sink, label, &kr.name, name_width);
    if let Some(name) = name {
        set(sink, &|x| x.name.clone_from(&name));
    }
    fixed_cell(ui, FIXED[0], |ui| {
        if let Picked::Changed(owner) = owner_combo(
            ui,
            plan,
            ("kr-owner", kr.id),
            &format!("{label} owner"),
            kr.owner,
            FIXED[0] - 8.0,
        ) {
            set(sink, &|x| x.owner = owner);
        }
    });
    fixed_cell(ui, FIXED[1], |ui| progress_cell(ui, sink, kr, label, &set));
    fixed_cell(ui, FIXED[2], |ui| {
        ui.label(now_text(kr));
    });
    score_bar(
        ui,
        kr.score(),
        Scoring {
            bands: plan.settings.scoring.okrs,
            explain: &kr.explain(),
            name: &kr.name,
        },
    );
    fixed_cell(ui, FIXED[4], |ui| match kr.check_ins.last() {
        Some(c) => {
            ui.label(RichText::new(format!("{}/10", c.confidence)).weak())
                .on_hover_text(format!(
                    "Confidence at the last check-in, {} by {}{}",
                    c.date,
                    plan.person_name(c.who),
                    if c.comment.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", c.comment)
                    }
                ));
        }
        None => {
            ui.label(RichText::new("—").weak())
                .on_hover_text("No check-in yet");
        }
    });
    actions(ui, plan, view, sink, o, k, kr, label);
}

fn now_text(kr: &KeyResult) -> String {
    match &kr.kind {
        // The unit is in the column before.
        KrKind::Metric { current, .. } => {
            current.map_or("now —".to_owned(), |c| format!("now {}", num(c)))
        }
        KrKind::Milestone { done: true, .. } => "✓ done".to_owned(),
        KrKind::Milestone { done: false, .. } => "not done".to_owned(),
        KrKind::Ordinal { zones, current } => current
            .and_then(|c| zones.get(c))
            .map_or("no level".to_owned(), |z| z.name.clone()),
    }
}

/// Start → target and unit of a metric, done and due of a milestone, the levels of an ordinal.
fn progress_cell(
    ui: &mut Ui,
    sink: &mut EditSink,
    kr: &KeyResult,
    label: &str,
    set: &kr_settings::SetKr,
) {
    match &kr.kind {
        KrKind::Metric {
            start,
            target,
            unit,
            ..
        } => {
            for (i, (what, value)) in [("start", *start), ("target", *target)]
                .into_iter()
                .enumerate()
            {
                if i == 1 {
                    ui.label("→");
                }
                let mut v = value;
                if ui
                    .add(egui::DragValue::new(&mut v).speed(0.1))
                    .accessible_name(format!("{label} {what}"))
                    .changed()
                {
                    set(sink, &|x| {
                        if let KrKind::Metric { start, target, .. } = &mut x.kind {
                            if what == "start" {
                                *start = v;
                            } else {
                                *target = v;
                            }
                        }
                    });
                }
            }
            let (u, _) = text_edit(ui, sink, Name::Text(&format!("{label} unit")), unit, |t| {
                TextEdit::singleline(t)
                    .hint_text("unit")
                    .desired_width(52.0)
            });
            if let Some(u) = u {
                set(sink, &|x| {
                    if let KrKind::Metric { unit, .. } = &mut x.kind {
                        unit.clone_from(&u);
                    }
                });
            }
        }
        KrKind::Milestone { done, due } => {
            let mut d = *done;
            if ui
                .checkbox(&mut d, "done")
                .accessible_name(format!("{label} done"))
                .changed()
            {
                set(sink, &|x| {
                    if let KrKind::Milestone { done, .. } = &mut x.kind {
                        *done = d;
                    }
                });
                sink.seal();
            }
            if let Picked::Changed(new_due) = optional_date(
                ui,
                &format!("kr-due-{}", kr.id.0),
                &format!("{label} due date"),
                *due,
            ) {
                set(sink, &|x| {
                    if let KrKind::Milestone { due, .. } = &mut x.kind {
                        *due = new_due;
                    }
                });
                sink.seal();
            }
        }
        KrKind::Ordinal { zones, .. } => {
            let names: Vec<&str> = zones.iter().map(|z| z.name.as_str()).collect();
            ui.add(egui::Label::new(RichText::new(names.join(" · ")).weak()).truncate())
                .on_hover_text("The levels; ⋯ ▸ Settings changes them");
        }
    }
}

/// The ⋯ menu: check in, history, settings, move to another objective, reorder, delete.
#[allow(clippy::too_many_arguments)]
fn actions(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut OkrsView,
    sink: &mut EditSink,
    o: &OkrObjective,
    k: usize,
    kr: &KeyResult,
    label: &str,
) {
    // Clicks inside keep it open (sections, settings); actions close it themselves.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let (response, _) = egui::containers::menu::MenuButton::new("⋯")
        .config(config)
        .ui(ui, |ui| {
            ui.label(RichText::new(&kr.name).strong());
            if ui
                .button("Check in…")
                .accessible_name(format!("Check in {label}"))
                .clicked()
            {
                view.checkin = Some(checkins::Draft::new(plan, kr));
                ui.close();
            }
            if ui
                .button("History")
                .accessible_name(format!("History of {label}"))
                .clicked()
            {
                view.history = Some(kr.id);
                ui.close();
            }
            kr_settings::menu(ui, sink, o, k, kr, label);
            move_menu(ui, plan, sink, o, k, kr, label);
            ui.separator();
            let mut moved = |ui: &mut Ui, to: usize| {
                update(sink, o, |x| {
                    let kr = x.key_results.remove(k);
                    x.key_results.insert(to, kr);
                });
                sink.seal();
                ui.close();
            };
            if ui
                .add_enabled(k > 0, egui::Button::new("⬆ Move up"))
                .accessible_name(format!("Move {label} up"))
                .clicked()
            {
                moved(ui, k - 1);
            }
            if ui
                .add_enabled(
                    k + 1 < o.key_results.len(),
                    egui::Button::new("⬇ Move down"),
                )
                .accessible_name(format!("Move {label} down"))
                .clicked()
            {
                moved(ui, k + 1);
            }
            if crate::ui::widgets::menu_delete(ui, label, &kr.name) {
                update(sink, o, |x| {
                    x.key_results.remove(k);
                });
                sink.seal();
            }
        });
    response
        .accessible_name(format!("Actions for {label}"))
        .on_hover_text("Check in, history, settings, move, delete");
}

/// Moves a key result (with its check-ins) to another objective, as one undo step.
fn move_menu(
    ui: &mut Ui,
    plan: &Plan,
    sink: &mut EditSink,
    o: &OkrObjective,
    k: usize,
    kr: &KeyResult,
    label: &str,
) {
    // A section of the menu rather than a submenu: the list can be long, and stays put.
    let header = egui::CollapsingHeader::new("Move to another objective")
        .id_salt(("kr-move", kr.id))
        .show(ui, |ui| {
            for target in plan.okrs.iter().filter(|x| x.id != o.id && !x.is_closed()) {
                if ui.button(&target.name).clicked() {
                    let mut from = o.clone();
                    from.key_results.remove(k);
                    let mut to = target.clone();
                    to.key_results.push(kr.clone());
                    sink.push(Edit::step(
                        "move key result",
                        vec![Edit::UpdateOkr(from), Edit::UpdateOkr(to)],
                    ));
                    sink.seal();
                    ui.close();
                }
            }
        });
    header
        .header_response
        .accessible_name(format!("Move {label} to another objective"));
}
