//! Editing the X-matrix in place: the details window (F2 / double-click), the context menus of
//! the cells, and adding items and people.

use super::XMatrixView;
use super::actions;
use crate::drawing::xmatrix::CellKind;
use crate::edit::Edit;
use crate::model::{Arm, Corner, Id, Person, Plan, Vocabulary, XItem, XMetric};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::widgets::{Name, text_edit};
use egui::{RichText, TextEdit, Ui};

/// What the details window edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Item(Id),
    Person(Id),
    Mark { corner: Corner, a: Id, b: Id },
}

impl Target {
    pub fn of(kind: CellKind) -> Option<Target> {
        match kind {
            CellKind::Item { id, .. } => Some(Target::Item(id)),
            CellKind::Person { id, .. } => Some(Target::Person(id)),
            CellKind::Mark { corner, a, b } => Some(Target::Mark { corner, a, b }),
            _ => None,
        }
    }
}

pub fn context_menu(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut XMatrixView,
    sink: &mut EditSink,
    kind: CellKind,
) {
    // The levels in key order (1, 2, 3 …), the last entry clearing.
    let mut level = |ui: &mut Ui, labels: &[String]| {
        let clear = labels.len() - 1;
        for (i, label) in labels.iter().enumerate() {
            if ui.button(label).clicked() {
                actions::set_level(plan, sink, kind, (i < clear).then_some(i));
            }
        }
    };
    match kind {
        CellKind::Mark { .. } => {
            level(
                ui,
                &[
                    tr!("xm-mark-strong"),
                    tr!("xm-mark-medium"),
                    tr!("xm-mark-weak"),
                    tr!("xm-mark-linked"),
                    tr!("xm-clear"),
                ],
            );
            ui.separator();
            if ui.button(tr!("xm-why-linked-menu")).clicked() {
                view.open_editor(kind);
            }
        }
        CellKind::Role { .. } => {
            level(
                ui,
                &[
                    tr!("xm-role-lead"),
                    tr!("xm-role-core"),
                    tr!("xm-role-consulted"),
                    tr!("xm-role-none"),
                ],
            );
        }
        CellKind::Item { .. } | CellKind::Person { .. } => {
            // Back, forward (along the arm) and the way out of the matrix.
            let labels = match kind {
                CellKind::Item {
                    arm: Arm::North | Arm::South,
                    ..
                } => [tr!("xm-move-up"), tr!("xm-move-down"), tr!("xm-delete")],
                CellKind::Item { .. } => {
                    [tr!("xm-move-left"), tr!("xm-move-right"), tr!("xm-delete")]
                }
                _ => [
                    tr!("xm-move-left"),
                    tr!("xm-move-right"),
                    tr!("xm-remove-person"),
                ],
            };
            item_menu(ui, plan, view, sink, kind, &labels);
        }
        CellKind::Centre | CellKind::Empty => {}
    }
}

fn item_menu(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut XMatrixView,
    sink: &mut EditSink,
    kind: CellKind,
    labels: &[String; 3],
) {
    if ui.button(tr!("xm-edit")).clicked() {
        view.open_editor(kind);
    }
    if ui.button(&labels[0]).clicked() {
        actions::shift(plan, sink, kind, -1);
    }
    if ui.button(&labels[1]).clicked() {
        actions::shift(plan, sink, kind, 1);
    }
    ui.separator();
    if ui.button(&labels[2]).clicked() {
        actions::delete(plan, sink, kind);
    }
}

/// Adds a new item at the end of an arm and opens it for naming.
pub fn add_item(plan: &Plan, view: &mut XMatrixView, sink: &mut EditSink, arm: Arm) {
    let id = sink.fresh_id();
    let name = tr!(
        "xm-new-item",
        item = crate::i18n::arm_item(arm, plan.settings.vocabulary)
    );
    let index = plan.xmatrix.arm_len(arm);
    sink.push(match arm {
        Arm::East => Edit::InsertMetric {
            index,
            metric: XMetric {
                id,
                name,
                unit: String::new(),
                target: None,
                direction: crate::model::Direction::HigherIsBetter,
                rubric: Vec::new(),
            },
        },
        _ => Edit::InsertXItem {
            arm,
            index,
            item: XItem {
                id,
                name,
                note: String::new(),
            },
        },
    });
    sink.seal();
    view.pending.jump_to = Some(id);
    view.editor = Some(Target::Item(id));
    view.pending.focus_editor = true;
}

pub fn add_person_menu(ui: &mut Ui, plan: &Plan, view: &mut XMatrixView, sink: &mut EditSink) {
    ui.menu_button(tr!("xm-add-person"), |ui| {
        let index = plan.xmatrix.people.len();
        let outside: Vec<&Person> = plan
            .people
            .iter()
            .filter(|p| !plan.xmatrix.people.contains(&p.id))
            .collect();
        for p in outside {
            if ui.button(&p.name).clicked() {
                sink.push(Edit::InsertXPerson {
                    index,
                    person: p.id,
                });
                sink.seal();
            }
        }
        if !plan
            .people
            .iter()
            .all(|p| plan.xmatrix.people.contains(&p.id))
        {
            ui.separator();
        }
        if ui.button(tr!("xm-new-person-menu")).clicked() {
            let id = sink.fresh_id();
            let person = Person {
                id,
                name: tr!("xm-new-person"),
                role: String::new(),
                team: None,
            };
            sink.push(Edit::step(
                "add person column",
                vec![
                    Edit::InsertPerson {
                        index: plan.people.len(),
                        person,
                    },
                    Edit::InsertXPerson { index, person: id },
                ],
            ));
            sink.seal();
            view.pending.jump_to = Some(id);
            view.editor = Some(Target::Person(id));
            view.pending.focus_editor = true;
        }
    });
}

pub fn vocabulary_combo(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    let current = plan.settings.vocabulary;
    let label = |v: Vocabulary| match v {
        Vocabulary::Classic => tr!("xm-classic-names"),
        Vocabulary::Taste => tr!("xm-taste-names"),
    };
    let mut chosen = current;
    egui::ComboBox::from_id_salt("xm-vocabulary")
        .selected_text(label(current))
        .show_ui(ui, |ui| {
            for v in [Vocabulary::Classic, Vocabulary::Taste] {
                ui.selectable_value(&mut chosen, v, label(v));
            }
        })
        .response
        .accessible_name(tr!("xm-arm-names"))
        .on_hover_text(tr!("xm-taste-hint"));
    if chosen != current {
        sink.push(Edit::SetVocabulary(chosen));
        sink.seal();
    }
}

/// The details window of the item, person or mark being edited. Changes apply as you type
/// (one undo step per field); Done, Enter on a one-line field or Escape closes it.
pub fn editor_window(ui: &mut Ui, plan: &Plan, view: &mut XMatrixView, sink: &mut EditSink) {
    let Some(target) = view.editor else { return };
    let vocab = plan.settings.vocabulary;
    let x = &plan.xmatrix;
    let title = match target {
        Target::Item(id) => x
            .locate(id)
            .map(|(arm, _)| tr!("xm-edit-item", item = crate::i18n::arm_item(arm, vocab))),
        Target::Person(id) => plan.person(id).map(|_| tr!("xm-edit-person")),
        Target::Mark { .. } => Some(tr!("xm-why-linked")),
    };
    let Some(title) = title else {
        // A just-added item appears in the plan after this frame's edits are applied; anything
        // else that vanished (deleted, undone) closes its editor.
        if !view.pending.focus_editor {
            view.editor = None;
        }
        return;
    };
    let mut open = true;
    let mut done = false;
    let focus = std::mem::take(&mut view.pending.focus_editor);
    egui::Window::new(RichText::new(title).strong())
        .id(egui::Id::unique("xm-editor"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            done = match target {
                Target::Item(id) => item_fields(ui, plan, sink, id, focus),
                Target::Person(id) => person_fields(ui, plan, sink, id, focus),
                Target::Mark { corner, a, b } => mark_fields(ui, plan, sink, corner, a, b, focus),
            };
            ui.add_space(8.0);
            done |= ui
                .button(RichText::new(tr!("xm-done")).size(19.0))
                .clicked();
        });
    if !open || done || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.editor = None;
        sink.seal();
    }
}

/// A labelled one-line field; returns the new text when changed, and whether Enter was pressed.
fn field(
    ui: &mut Ui,
    sink: &mut EditSink,
    label: &str,
    value: &str,
    focus: bool,
) -> (Option<String>, bool) {
    let l = ui.label(RichText::new(label).strong());
    let id = ui.scope_id().with(("xm-field", label));
    if focus {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let (changed, _) = text_edit(ui, sink, Name::Label(l.id), value, |t| {
        TextEdit::singleline(t).id(id).desired_width(480.0)
    });
    (changed, ui.input(|i| i.key_pressed(egui::Key::Enter)))
}

fn item_fields(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, id: Id, focus: bool) -> bool {
    let x = &plan.xmatrix;
    if let Some(item) = x
        .breakthroughs
        .iter()
        .chain(&x.annuals)
        .chain(&x.improvements)
        .find(|i| i.id == id)
    {
        let (name, enter) = field(ui, sink, &tr!("xm-name"), &item.name, focus);
        if let Some(name) = name {
            sink.push(Edit::UpdateXItem(XItem {
                name,
                ..item.clone()
            }));
        }
        let (note, _) = field(ui, sink, &tr!("xm-note"), &item.note, false);
        if let Some(note) = note {
            sink.push(Edit::UpdateXItem(XItem {
                note,
                ..item.clone()
            }));
        }
        return enter;
    }
    let Some(m) = x.metrics.iter().find(|m| m.id == id) else {
        return true;
    };
    let (name, enter) = field(ui, sink, &tr!("xm-name"), &m.name, focus);
    if let Some(name) = name {
        sink.push(Edit::UpdateMetric(XMetric { name, ..m.clone() }));
    }
    let (unit, _) = field(ui, sink, &tr!("xm-unit"), &m.unit, false);
    if let Some(unit) = unit {
        sink.push(Edit::UpdateMetric(XMetric { unit, ..m.clone() }));
    }
    super::metric::fields(ui, sink, m);
    enter
}

fn person_fields(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, id: Id, focus: bool) -> bool {
    let Some(p) = plan.person(id) else {
        return true;
    };
    let (name, enter) = field(ui, sink, &tr!("xm-name"), &p.name, focus);
    if let Some(name) = name {
        sink.push(Edit::UpdatePerson(Person { name, ..p.clone() }));
    }
    let (role, _) = field(ui, sink, &tr!("xm-role"), &p.role, false);
    if let Some(role) = role {
        sink.push(Edit::UpdatePerson(Person { role, ..p.clone() }));
    }
    enter
}

fn mark_fields(
    ui: &mut Ui,
    plan: &Plan,
    sink: &mut EditSink,
    corner: Corner,
    a: Id,
    b: Id,
    focus: bool,
) -> bool {
    let x = &plan.xmatrix;
    ui.label(format!(
        "{}  ×  {}",
        x.item_name(a).unwrap_or_default(),
        x.item_name(b).unwrap_or_default()
    ));
    let Some(mark) = x.mark(corner, a, b) else {
        ui.label(tr!("xm-no-mark-yet"));
        return false;
    };
    let (why, enter) = field(ui, sink, &tr!("xm-why-field"), &mark.rationale, focus);
    if let Some(why) = why {
        sink.push(Edit::SetCorrelation {
            corner,
            a,
            b,
            value: Some((mark.strength, why)),
        });
    }
    enter
}
