//! One key result as a row: name, owner (a person or a team), metric (start, target, unit, now),
//! milestone (done, due) or levels (where it stands), score against the 0.7 sweet spot, last
//! confidence, and its actions.

use super::objectives::{Scoring, score_bar, update};
use super::{OkrsView, checkins, kr_settings};
use crate::edit::Edit;
use crate::model::{KeyResult, KrKind, OkrObjective, Plan};
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::{
    Name, RowAction, move_delete_buttons, optional_date, owner_combo, text_edit,
};
use egui::{RichText, TextEdit, Ui};

#[allow(clippy::too_many_arguments)]
pub fn key_result(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut OkrsView,
    sink: &mut EditSink,
    o: &OkrObjective,
    k: usize,
    kr: &KeyResult,
    label: &str,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut KeyResult)| {
        update(sink, o, |x| f(&mut x.key_results[k]));
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("▸").strong());
        let (name, _) = text_edit(
            ui,
            sink,
            Name::Text(&format!("{label} name")),
            &kr.name,
            |t| TextEdit::singleline(t).desired_width(340.0),
        );
        if let Some(name) = name {
            set(sink, &|x| x.name.clone_from(&name));
        }
        if let Some(owner) = owner_combo(
            ui,
            plan,
            ("kr-owner", kr.id),
            &format!("{label} owner"),
            kr.owner,
            150.0,
        ) {
            set(sink, &|x| x.owner = owner);
        }
        match &kr.kind {
            KrKind::Metric {
                start,
                target,
                current,
                unit,
                ..
            } => {
                for (what, value) in [("start", *start), ("target", *target)] {
                    let mut v = value;
                    ui.label(what);
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
                    TextEdit::singleline(t).desired_width(70.0)
                });
                if let Some(u) = u {
                    set(sink, &|x| {
                        if let KrKind::Metric { unit, .. } = &mut x.kind {
                            unit.clone_from(&u);
                        }
                    });
                }
                ui.label(format!("now {}", current.map_or("—".to_owned(), num)));
            }
            KrKind::Ordinal { zones, current } => {
                let now = current
                    .and_then(|c| zones.get(c))
                    .map_or("no level yet", |z| z.name.as_str());
                ui.label(format!(
                    "levels: {}",
                    zones
                        .iter()
                        .map(|z| z.name.as_str())
                        .collect::<Vec<_>>()
                        .join(" · ")
                ));
                ui.label(RichText::new(format!("now {now}")).strong());
            }
            KrKind::Milestone { done, due } => {
                let mut d = *done;
                if ui.checkbox(&mut d, "done").changed() {
                    set(sink, &|x| {
                        if let KrKind::Milestone { done, .. } = &mut x.kind {
                            *done = d;
                        }
                    });
                    sink.seal();
                }
                ui.label("due");
                if let Some(new_due) = optional_date(
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
        }
        score_bar(
            ui,
            kr.score(),
            Scoring {
                bands: plan.settings.scoring.okrs,
                explain: &kr.explain(),
                name: &kr.name,
            },
        );
        if let Some(c) = kr.check_ins.last() {
            ui.label(RichText::new(format!("confidence {}/10", c.confidence)).weak())
                .on_hover_text(format!(
                    "Last check-in {} by {}: {}",
                    c.date,
                    plan.person_name(c.who),
                    c.comment
                ));
        }
        if ui
            .small_button("Check in…")
            .accessible_name(format!("Check in {label}"))
            .clicked()
        {
            view.checkin = Some(checkins::Draft::new(plan, kr));
        }
        if ui
            .small_button("History")
            .accessible_name(format!("History of {label}"))
            .clicked()
        {
            view.history = Some(kr.id);
        }
        kr_settings::menu(ui, sink, o, k, kr, label);
        move_menu(ui, plan, sink, o, k, kr, label);
        let up = k.checked_sub(1);
        let down = (k + 1 < o.key_results.len()).then_some(k + 1);
        match move_delete_buttons(ui, label, up, down, &kr.name) {
            Some(RowAction::MoveTo(to)) => update(sink, o, |x| {
                let moved = x.key_results.remove(k);
                x.key_results.insert(to, moved);
            }),
            Some(RowAction::Delete) => update(sink, o, |x| {
                x.key_results.remove(k);
            }),
            None => return,
        }
        sink.seal();
    });
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
    ui.menu_button("Move to ▾", |ui| {
        for target in plan.okrs.iter().filter(|x| x.id != o.id && !x.is_closed()) {
            if ui.button(&target.name).clicked() {
                let mut from = o.clone();
                from.key_results.remove(k);
                let mut to = target.clone();
                to.key_results.push(kr.clone());
                sink.push(Edit::Batch(vec![
                    Edit::UpdateOkr(from),
                    Edit::UpdateOkr(to),
                ]));
                sink.seal();
            }
        }
    })
    .response
    .accessible_name(format!("Move {label} to another objective"));
}
