//! The Workshop panel (Ctrl+7): what the room decided and what it parked, kept in the plan,
//! and the dot votes taken. Every change replaces the plan's workshop record in one undoable
//! edit.

use super::EditSink;
use super::widgets::{Name, Picked, id_combo, optional_date, paragraph_edit, text_edit};
use crate::edit::Edit;
use crate::model::{Decision, Id, Note, Plan, Workshop};
use crate::tr;
use egui::{RichText, TextEdit, Ui};

/// Per-panel state that is not in the plan.
#[derive(Debug, Default)]
pub struct WorkshopView {
    /// A decision or parked topic just added: its text field takes the keyboard.
    pub focus_new: Option<Id>,
    /// Ballots being typed, by vote.
    pub votes: super::dot_votes::Drafts,
    /// Answers being typed, by confidence round.
    pub rounds: super::confidence::Drafts,
    /// The proposal being put together, and comments being typed.
    pub catchball: super::catchball::Draft,
    /// The day new rows are dated with (the app's clock).
    pub today: Option<jiff::civil::Date>,
    /// A row asked for from elsewhere (the palette, the Workshop menu), added on the next frame.
    pub pending: Option<Pending>,
}

/// What the palette asked the panel to add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    Decision,
    Topic,
}

/// Pushes the workshop record changed by `f`; `label` names the step in the Undo menu, and
/// typing (no label) merges into one step per field.
pub(super) fn change(
    sink: &mut EditSink,
    plan: &Plan,
    label: Option<&'static str>,
    f: impl FnOnce(&mut Workshop),
) {
    let mut w = plan.workshop.clone();
    f(&mut w);
    if w == plan.workshop {
        return;
    }
    match label {
        Some(label) => {
            sink.push(Edit::named(label, Edit::SetWorkshop(w)));
            sink.seal();
        }
        None => sink.push(Edit::SetWorkshop(w)),
    }
}

/// Adds an empty decision dated today and asks for its text.
pub fn add_decision(plan: &Plan, view: &mut WorkshopView, sink: &mut EditSink) {
    let id = sink.fresh_id();
    change(sink, plan, Some("record a decision"), |w| {
        w.decisions.push(Decision {
            id,
            text: String::new(),
            date: Some(view.today.unwrap_or_else(crate::model::today)),
            about: None,
        });
    });
    view.focus_new = Some(id);
}

/// Adds an empty parked topic and asks for its text.
pub fn park_topic(plan: &Plan, view: &mut WorkshopView, sink: &mut EditSink) {
    let id = sink.fresh_id();
    change(sink, plan, Some("park a topic"), |w| {
        w.parking_lot.push(Note {
            id,
            text: String::new(),
        });
    });
    view.focus_new = Some(id);
}

pub fn workshop_ui(ui: &mut Ui, plan: &Plan, view: &mut WorkshopView, sink: &mut EditSink) {
    view.today = Some(super::today(ui.ctx()));
    match view.pending.take() {
        Some(Pending::Decision) => add_decision(plan, view, sink),
        Some(Pending::Topic) => park_topic(plan, view, sink),
        None => {}
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr!("panel-workshop"));
            ui.label(RichText::new(tr!("ws-intro")).weak());
            ui.add_space(8.0);
            decisions(ui, plan, view, sink);
            ui.add_space(16.0);
            parking_lot(ui, plan, view, sink);
            ui.add_space(16.0);
            super::dot_votes::votes_ui(ui, plan, &mut view.votes, sink);
            ui.add_space(16.0);
            super::confidence::rounds_ui(ui, plan, &mut view.rounds, sink);
            ui.add_space(16.0);
            super::catchball::catchball_ui(ui, plan, &mut view.catchball, sink);
        });
}

/// Everything a decision can be about: priorities, X-matrix items, scorecard and OKR
/// objectives, with what they are.
fn subjects(plan: &Plan) -> Vec<(Id, String)> {
    let x = &plan.xmatrix;
    let items = x
        .breakthroughs
        .iter()
        .chain(&x.annuals)
        .chain(&x.improvements)
        .map(|i| (i.id, tr!("about-xmatrix", name = &i.name)));
    plan.priorities
        .iter()
        .map(|p| (p.id, tr!("about-priority", name = &p.name)))
        .chain(items)
        .chain(
            plan.scorecard
                .objectives
                .iter()
                .map(|o| (o.id, tr!("about-scorecard", name = &o.name))),
        )
        .chain(
            plan.okrs
                .iter()
                .map(|o| (o.id, tr!("about-okr", name = &o.name))),
        )
        .collect()
}

/// A section's heading with its add button beside it; true when the button was clicked.
fn heading_with_add(ui: &mut Ui, title: String, add: String, hint: String) -> bool {
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).size(24.0).strong());
        ui.button(add).on_hover_text(hint).clicked()
    })
    .inner
}

fn decisions(ui: &mut Ui, plan: &Plan, view: &mut WorkshopView, sink: &mut EditSink) {
    let add = tr!("ws-add-decision");
    if heading_with_add(ui, tr!("ws-decisions"), add, tr!("ws-add-decision-hint")) {
        add_decision(plan, view, sink);
    }
    if plan.workshop.decisions.is_empty() {
        ui.label(RichText::new(tr!("ws-no-decisions")).weak());
        return;
    }
    let subjects = super::derived::cached(ui.ctx(), "decision-subjects", (), || subjects(plan));
    for (i, d) in plan.workshop.decisions.iter().enumerate() {
        let n = i + 1;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if view.focus_new == Some(d.id) {
                view.focus_new = None;
                super::widgets::request_first_focus(ui.ctx());
            }
            let (text, _) = paragraph_edit(
                ui,
                sink,
                Name::Text(&tr!("ws-decision-n", n = n)),
                &d.text,
                |t| {
                    TextEdit::multiline(t)
                        .desired_rows(1)
                        .desired_width(f32::INFINITY)
                        .hint_text(tr!("ws-decision-hint"))
                },
            );
            if let Some(text) = text {
                change(sink, plan, None, |w| w.decisions[i].text = text);
            }
            ui.horizontal(|ui| {
                ui.label(tr!("ws-on"));
                if let Picked::Changed(date) = optional_date(
                    ui,
                    &format!("decision-date-{}", d.id.0),
                    &tr!("ws-decision-date", n = n),
                    d.date,
                ) {
                    change(sink, plan, Some("date a decision"), |w| {
                        w.decisions[i].date = date;
                    });
                }
                ui.label(tr!("ws-about"));
                if let Picked::Changed(about) = id_combo(
                    ui,
                    ("decision-about", d.id),
                    &tr!("ws-decision-about", n = n),
                    d.about,
                    &subjects,
                    &tr!("ws-whole-plan"),
                    360.0,
                ) {
                    change(sink, plan, Some("link a decision"), |w| {
                        w.decisions[i].about = about;
                    });
                }
                if ui
                    .button("🗑")
                    .accessible_name(tr!("ws-delete-decision", n = n))
                    .on_hover_text(tr!("ws-delete-decision-hint"))
                    .clicked()
                {
                    change(sink, plan, Some("delete decision"), |w| {
                        w.decisions.remove(i);
                    });
                }
            });
        });
    }
}

fn parking_lot(ui: &mut Ui, plan: &Plan, view: &mut WorkshopView, sink: &mut EditSink) {
    let add = tr!("ws-add-topic");
    if heading_with_add(ui, tr!("ws-parking-lot"), add, tr!("ws-add-topic-hint")) {
        park_topic(plan, view, sink);
    }
    if plan.workshop.parking_lot.is_empty() {
        ui.label(RichText::new(tr!("room-nothing-parked")).weak());
        return;
    }
    for (i, note) in plan.workshop.parking_lot.iter().enumerate() {
        let n = i + 1;
        if view.focus_new == Some(note.id) {
            view.focus_new = None;
            super::widgets::request_first_focus(ui.ctx());
        }
        ui.horizontal(|ui| {
            let width = (ui.available_width() - 60.0).max(200.0);
            let (text, _) = text_edit(
                ui,
                sink,
                Name::Text(&tr!("ws-topic-n", n = n)),
                &note.text,
                |t| {
                    TextEdit::singleline(t)
                        .desired_width(width)
                        .hint_text(tr!("ws-topic-hint"))
                },
            );
            if let Some(text) = text {
                change(sink, plan, None, |w| w.parking_lot[i].text = text);
            }
            if ui
                .button("🗑")
                .accessible_name(tr!("ws-delete-topic", n = n))
                .on_hover_text(tr!("ws-delete-topic-hint"))
                .clicked()
            {
                change(sink, plan, Some("delete parked topic"), |w| {
                    w.parking_lot.remove(i);
                });
            }
        });
    }
}
