//! The key results of an objective as a table: the name takes the free width (full text,
//! wrapping), then owner (a person or a team), start → target (or done and due, or the levels),
//! now, the score bar in one aligned column, last confidence, and one ⋯ menu for check-in,
//! history, settings, moving, reordering and deleting.

use super::objectives::{Scoring, score_bar, update};
use super::{OkrsView, checkins, kr_settings};
use crate::edit::Edit;
use crate::model::{KeyResult, KrKind, OkrObjective, Plan};
use crate::tr;
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
        ui.label(RichText::new(tr!("kr-none")).weak());
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
            &crate::ui::widgets::field_name(label, &tr!("f-owner")),
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
                .on_hover_text(if c.comment.is_empty() {
                    tr!(
                        "kr-confidence-hint",
                        date = crate::i18n::date(c.date),
                        who = plan.person_name(c.who)
                    )
                } else {
                    tr!(
                        "kr-confidence-hint-comment",
                        date = crate::i18n::date(c.date),
                        who = plan.person_name(c.who),
                        comment = &c.comment
                    )
                });
        }
        None => {
            ui.label(RichText::new("—").weak())
                .on_hover_text(tr!("rep-no-check-in"));
        }
    });
    actions(ui, plan, view, sink, o, k, kr, label);
}

fn now_text(kr: &KeyResult) -> String {
    match &kr.kind {
        // The unit is in the column before.
        KrKind::Metric { current, .. } => {
            tr!("kr-now", value = current.map_or("—".to_owned(), num))
        }
        KrKind::Milestone { done: true, .. } => tr!("room-kr-done"),
        KrKind::Milestone { done: false, .. } => tr!("kr-not-done"),
        KrKind::Ordinal { zones, current } => current
            .and_then(|c| zones.get(c))
            .map_or_else(|| tr!("kr-no-level"), |z| z.name.clone()),
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
                    .add(crate::ui::widgets::decimal(&mut v).speed(0.1))
                    .accessible_name(if what == "start" {
                        tr!("kr-start-n", label = label)
                    } else {
                        tr!("kr-target-n", label = label)
                    })
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
            let (u, _) = text_edit(
                ui,
                sink,
                Name::Text(&tr!("kr-unit-n", label = label)),
                unit,
                |t| {
                    TextEdit::singleline(t)
                        .hint_text(tr!("kr-unit"))
                        .desired_width(52.0)
                },
            );
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
                .checkbox(&mut d, tr!("kr-done"))
                .accessible_name(tr!("kr-done-n", label = label))
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
                &tr!("kr-due-n", label = label),
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
                .on_hover_text(tr!("kr-levels-hint"));
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
                .button(tr!("kr-check-in"))
                .accessible_name(tr!("kr-check-in-n", label = label))
                .clicked()
            {
                view.checkin = Some(checkins::Draft::new(plan, kr));
                ui.close();
            }
            if ui
                .button(tr!("kr-history"))
                .accessible_name(tr!("kr-history-n", label = label))
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
                .add_enabled(k > 0, egui::Button::new(tr!("kr-move-up")))
                .accessible_name(tr!("kr-move-up-n", label = label))
                .clicked()
            {
                moved(ui, k - 1);
            }
            if ui
                .add_enabled(
                    k + 1 < o.key_results.len(),
                    egui::Button::new(tr!("kr-move-down")),
                )
                .accessible_name(tr!("kr-move-down-n", label = label))
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
        .accessible_name(tr!("kr-actions-n", label = label))
        .on_hover_text(tr!("kr-actions-hint"));
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
    let header = egui::CollapsingHeader::new(tr!("kr-move-to"))
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
        .accessible_name(tr!("kr-move-to-n", label = label));
}
