//! One scorecard objective as a card: name, owner, perspective, score, why, the priorities and
//! metrics it serves, its measures and its initiatives. Every change is one `UpdateBscObjective`.

use super::{ScorecardView, measures, score_chip};
use crate::edit::Edit;
use crate::model::{BscObjective, Initiative, InitiativeStatus, Perspective, Plan};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::widgets::field_name;
use crate::ui::widgets::{
    Name, Picked, RowAction, item_card, move_delete_buttons, optional_date, optional_number,
    person_combo, text_edit,
};
use egui::{RichText, TextEdit, Ui};

/// Pushes the objective changed by `f`.
pub fn update(sink: &mut EditSink, o: &BscObjective, f: impl FnOnce(&mut BscObjective)) {
    sink.update(o, Edit::UpdateBscObjective, f);
}

pub fn add(plan: &Plan, sink: &mut EditSink, perspective: &Perspective) {
    let id = sink.fresh_id();
    // After the last objective of the same perspective, so the table order holds.
    let index = plan
        .scorecard
        .objectives
        .iter()
        .rposition(|o| o.perspective == perspective.id)
        .map_or(plan.scorecard.objectives.len(), |i| i + 1);
    sink.push(Edit::InsertBscObjective {
        index,
        objective: BscObjective {
            id,
            name: tr!(
                "bsc-new-objective",
                perspective = &perspective.name,
                lower = perspective.name.to_lowercase()
            ),
            perspective: perspective.id,
            owner: None,
            why: String::new(),
            measures: Vec::new(),
            initiatives: Vec::new(),
            priorities: Vec::new(),
            metrics: Vec::new(),
            target_year: None,
            status_note: String::new(),
        },
    });
    sink.seal();
}

pub fn card(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut ScorecardView,
    sink: &mut EditSink,
    index: usize,
    o: &BscObjective,
) {
    let n = index + 1;
    let focused = view.focus == Some(o.id);
    let mut scroll = std::mem::take(&mut view.scroll_to_focus);
    item_card(ui, focused, &mut scroll, |ui| {
        ui.horizontal(|ui| {
            let width = (ui.available_width() - 300.0).max(240.0);
            let name = Name::Text(&tr!("bsc-objective-name", n = n));
            let (name, _) = text_edit(ui, sink, name, &o.name, |t| {
                TextEdit::singleline(t)
                    .font(egui::TextStyle::Heading)
                    .desired_width(width)
            });
            if let Some(name) = name {
                update(sink, o, |x| x.name = name);
            }
            let t = plan.settings.scoring.scorecard;
            score_chip(ui, o.score(), t, &o.explain(), &o.name);
            move_buttons(ui, plan, sink, index, o);
        });
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr!("priorities-owner")).strong());
            let name = tr!("bsc-objective-owner", n = n);
            if let Picked::Changed(owner) =
                person_combo(ui, plan, ("bsc-owner", o.id), &name, o.owner, 190.0)
            {
                update(sink, o, |x| x.owner = owner);
            }
            ui.label(RichText::new(tr!("bsc-perspective")).strong());
            perspective_combo(ui, plan, sink, o, n);
            ui.label(RichText::new(tr!("bsc-by")).strong());
            if let Picked::Changed(year) = crate::ui::widgets::optional_year(
                ui,
                &tr!("bsc-objective-year", n = n),
                o.target_year,
                plan.vision.target_year.unwrap_or(2030),
            ) {
                update(sink, o, |x| x.target_year = year);
                sink.seal();
            }
            if o.owner.is_none() {
                ui.label(
                    RichText::new(tr!("priorities-no-owner")).color(ui.visuals().warn_fg_color),
                );
            }
        });
        let name = Name::Text(&tr!("bsc-objective-why", n = n));
        let (why, _) = text_edit(ui, sink, name, &o.why, |t| {
            TextEdit::singleline(t)
                .hint_text(tr!("bsc-why-hint"))
                .desired_width(f32::INFINITY)
        });
        if let Some(why) = why {
            update(sink, o, |x| x.why = why);
        }
        let name = Name::Text(&tr!("bsc-objective-note", n = n));
        let (note, _) = text_edit(ui, sink, name, &o.status_note, |t| {
            TextEdit::singleline(t)
                .hint_text(tr!("bsc-note-hint"))
                .desired_width(f32::INFINITY)
        });
        if let Some(note) = note {
            update(sink, o, |x| x.status_note = note);
        }
        ties(ui, plan, sink, o, n);
        measures::table(ui, plan, view, sink, o, n);
        initiatives(ui, plan, sink, o, n);
    });
    // Scrolled to once (after "Go to"), unless this card was not the focused one.
    view.scroll_to_focus = scroll;
}

fn perspective_combo(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &BscObjective, n: usize) {
    let options: Vec<(crate::model::Id, String)> = plan
        .scorecard
        .perspectives
        .iter()
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let name = tr!("bsc-objective-perspective", n = n);
    let chosen = crate::ui::widgets::id_combo(
        ui,
        ("bsc-perspective", o.id),
        &name,
        Some(o.perspective),
        &options,
        "—",
        170.0,
    );
    if let Picked::Changed(Some(p)) = chosen {
        update(sink, o, |x| x.perspective = p);
        sink.seal();
    }
}

/// ⬆ ⬇ move among the objectives of the same perspective; 🗑 deletes (undoable).
fn move_buttons(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, index: usize, o: &BscObjective) {
    let same: Vec<usize> = plan
        .scorecard
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, x)| x.perspective == o.perspective)
        .map(|(i, _)| i)
        .collect();
    let pos = same.iter().position(|&i| i == index).unwrap_or(0);
    let up = pos.checked_sub(1).map(|p| same[p]);
    let down = same.get(pos + 1).copied();
    let label = tr!("lbl-scorecard-objective", n = index + 1);
    match move_delete_buttons(ui, &label, up, down, &o.name) {
        Some(RowAction::MoveTo(to)) => sink.push(Edit::MoveBscObjective { id: o.id, to }),
        Some(RowAction::Delete) => sink.push(Edit::RemoveBscObjective(o.id)),
        None => return,
    }
    sink.seal();
}

/// The strategic priorities it serves and the X-matrix metrics it moves, as removable chips.
fn ties(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &BscObjective, n: usize) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("bsc-serves")).strong());
        for &p in &o.priorities {
            let name = plan.priority(p).map_or("?", |x| x.name.as_str());
            if ui
                .small_button(format!("{name}  ×"))
                .on_hover_text(tr!("bsc-remove-link"))
                .clicked()
            {
                update(sink, o, |x| x.priorities.retain(|&q| q != p));
                sink.seal();
            }
        }
        ui.menu_button(tr!("bsc-add-priority"), |ui| {
            for p in plan
                .priorities
                .iter()
                .filter(|p| !o.priorities.contains(&p.id))
            {
                if ui.button(&p.name).clicked() {
                    update(sink, o, |x| x.priorities.push(p.id));
                    sink.seal();
                }
            }
        })
        .response
        .accessible_name(tr!("bsc-link-priority", n = n));
        ui.add_space(16.0);
        ui.label(RichText::new(tr!("bsc-moves")).strong());
        for &m in &o.metrics {
            let name = plan.xmatrix.item_name(m).unwrap_or("?");
            if ui
                .small_button(format!("{name}  ×"))
                .on_hover_text(tr!("bsc-remove-link"))
                .clicked()
            {
                update(sink, o, |x| x.metrics.retain(|&q| q != m));
                sink.seal();
            }
        }
        ui.menu_button(tr!("bsc-add-metric"), |ui| {
            for m in plan
                .xmatrix
                .metrics
                .iter()
                .filter(|m| !o.metrics.contains(&m.id))
            {
                if ui.button(&m.name).clicked() {
                    update(sink, o, |x| x.metrics.push(m.id));
                    sink.seal();
                }
            }
        })
        .response
        .accessible_name(tr!("bsc-link-metric", n = n));
    });
}

const STATUSES: [InitiativeStatus; 5] = [
    InitiativeStatus::NotStarted,
    InitiativeStatus::OnTrack,
    InitiativeStatus::AtRisk,
    InitiativeStatus::Late,
    InitiativeStatus::Done,
];

fn initiatives(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &BscObjective, n: usize) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("rep-initiatives")).strong());
        if ui
            .small_button(tr!("bsc-add-initiative"))
            .on_hover_text(tr!("bsc-add-initiative-hint"))
            .clicked()
        {
            let id = sink.fresh_id();
            update(sink, o, |x| {
                x.initiatives.push(Initiative {
                    id,
                    name: tr!("bsc-new-initiative"),
                    owner: None,
                    budget: None,
                    due: None,
                    status: InitiativeStatus::NotStarted,
                });
            });
            sink.seal();
        }
    });
    for (k, i) in o.initiatives.iter().enumerate() {
        let label = tr!("lbl-initiative", n = format!("{n}.{}", k + 1));
        ui.horizontal_wrapped(|ui| {
            let set = |sink: &mut EditSink, f: &dyn Fn(&mut Initiative)| {
                update(sink, o, |x| f(&mut x.initiatives[k]));
            };
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&label, &tr!("f-name"))),
                &i.name,
                |t| TextEdit::singleline(t).desired_width(300.0),
            );
            if let Some(name) = name {
                set(sink, &|x| x.name.clone_from(&name));
            }
            if let Picked::Changed(owner) = person_combo(
                ui,
                plan,
                ("init-owner", i.id),
                &field_name(&label, &tr!("f-owner")),
                i.owner,
                150.0,
            ) {
                set(sink, &|x| x.owner = owner);
            }
            ui.label(tr!("rep-col-budget"));
            if let Picked::Changed(b) =
                optional_number(ui, &field_name(&label, &tr!("f-budget")), i.budget)
            {
                set(sink, &|x| x.budget = b);
            }
            ui.label(tr!("rep-col-due"));
            let salt = format!("init-due-{}", i.id.0);
            if let Picked::Changed(due) =
                optional_date(ui, &salt, &field_name(&label, &tr!("f-due-date")), i.due)
            {
                set(sink, &|x| x.due = due);
                sink.seal();
            }
            let mut status = i.status;
            egui::ComboBox::from_id_salt(("init-status", i.id))
                .selected_text(crate::i18n::initiative(status))
                .width(110.0)
                .show_ui(ui, |ui| {
                    for s in STATUSES {
                        ui.selectable_value(&mut status, s, crate::i18n::initiative(s));
                    }
                })
                .response
                .accessible_name(field_name(&label, &tr!("f-status")));
            if status != i.status {
                set(sink, &|x| x.status = status);
                sink.seal();
            }
            if ui
                .small_button("🗑")
                .accessible_name(tr!("w-delete-of", label = &label))
                .clicked()
            {
                update(sink, o, |x| {
                    x.initiatives.remove(k);
                });
                sink.seal();
            }
        });
    }
}
