//! The Priorities panel: the 3–5 strategic priorities, each with its why, single owner and
//! horizon. Add, rename, describe, reorder (drag the handle, or Alt+↑/↓), delete. Emits edits.

use super::EditSink;
use super::widgets::{
    Name, Picked, RowAction, move_delete_buttons, paragraph_edit, person_combo, text_edit,
};
use crate::edit::Edit;
use crate::model::{Id, Plan, Priority};
use crate::ui::commands::{Command, Context};
use egui::{RichText, TextEdit, Ui};

/// View state: which priority has keyboard focus, for Alt+↑/↓ and Delete.
#[derive(Debug, Default)]
pub struct PrioritiesView {
    pub selected: Option<Id>,
}

/// Dragged by a card's handle.
#[derive(Clone, Copy)]
struct DragPriority(Id);

pub fn priorities_ui(ui: &mut Ui, plan: &Plan, view: &mut PrioritiesView, sink: &mut EditSink) {
    let count = plan.priorities.len();
    ui.horizontal(|ui| {
        ui.heading(crate::tr!("priorities-heading"));
        let (text, color) = match count {
            0 => (String::new(), ui.visuals().weak_text_color()),
            3..=5 => (
                crate::tr!("priorities-count-ok", count = count),
                ui.visuals().weak_text_color(),
            ),
            _ => (
                crate::tr!("priorities-count-warn", count = count),
                ui.visuals().warn_fg_color,
            ),
        };
        ui.label(RichText::new(text).color(color));
    });
    ui.label(crate::tr!("priorities-intro"));
    ui.add_space(8.0);
    if plan.priorities.is_empty() {
        ui.label(RichText::new(crate::tr!("priorities-none")).size(20.0));
    }
    keyboard(ui, plan, view, sink);
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height(ui.available_height() - 48.0)
        .show(ui, |ui| {
            for (index, p) in plan.priorities.iter().enumerate() {
                card(ui, plan, view, sink, index, p);
                ui.add_space(6.0);
            }
        });
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new(crate::tr!("priorities-add")).size(18.0))
            .clicked()
        {
            let id = sink.fresh_id();
            sink.push(Edit::InsertPriority {
                index: count,
                priority: Priority::new(id, crate::tr!("priorities-new", n = count + 1)),
            });
            view.selected = Some(id);
        }
        // Too many candidates? Let the room vote; the Workshop panel runs it.
        super::dot_votes::start_button(ui, plan, sink, super::dot_votes::VoteOn::Priorities);
    });
}

/// Alt+↑ / Alt+↓ move the selected priority; they work while one of its fields has focus.
fn keyboard(ui: &mut Ui, plan: &Plan, view: &PrioritiesView, sink: &mut EditSink) {
    let Some(id) = view.selected else { return };
    let Some(index) = plan.priority_index(id) else {
        return;
    };
    let pressed = Command::pressed(ui.ctx(), Context::Priorities);
    let up = pressed.contains(&Command::PriorityUp);
    let down = pressed.contains(&Command::PriorityDown);
    if up && index > 0 {
        sink.push(Edit::MovePriority { id, to: index - 1 });
    }
    if down && index + 1 < plan.priorities.len() {
        sink.push(Edit::MovePriority { id, to: index + 1 });
    }
}

fn card(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut PrioritiesView,
    sink: &mut EditSink,
    index: usize,
    p: &Priority,
) {
    let n = index + 1;
    let selected = view.selected == Some(p.id);
    let stroke = if selected {
        ui.visuals().selection.stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    let frame = egui::Frame::group(ui.style())
        .stroke(stroke)
        .inner_margin(10.0);
    let (inner, dropped) = ui.dnd_drop_zone::<DragPriority, _>(frame, |ui| {
        ui.set_width(ui.available_width());
        let mut any_focus = false;
        ui.horizontal(|ui| {
            ui.dnd_drag_source(
                ui.scope_id().with(("drag-priority", p.id)),
                DragPriority(p.id),
                |ui| {
                    ui.label(RichText::new("☰").size(22.0))
                        .on_hover_text(crate::tr!("priorities-drag"));
                },
            );
            ui.label(RichText::new(format!("{n}.")).size(22.0).strong());
            let width = ui.available_width() - 190.0;
            let (name, focus) = text_edit(
                ui,
                sink,
                Name::Text(&crate::tr!("priorities-name", n = n)),
                &p.name,
                |t| {
                    TextEdit::singleline(t)
                        .font(egui::TextStyle::Heading)
                        .desired_width(width)
                },
            );
            any_focus |= focus;
            if let Some(name) = name {
                sink.push(Edit::UpdatePriority(Priority { name, ..p.clone() }));
            }
            move_buttons(ui, sink, plan.priorities.len(), index, p);
        });
        ui.horizontal(|ui| {
            ui.label(RichText::new(crate::tr!("priorities-owner")).strong());
            owner_combo(ui, plan, sink, n, p);
            ui.add_space(16.0);
            ui.label(RichText::new(crate::tr!("priorities-horizon")).strong());
            let (horizon, focus) = text_edit(
                ui,
                sink,
                Name::Text(&crate::tr!("priorities-horizon-n", n = n)),
                &p.horizon,
                |t| {
                    TextEdit::singleline(t)
                        .hint_text(crate::tr!("priorities-horizon-hint"))
                        .desired_width(160.0)
                },
            );
            any_focus |= focus;
            if let Some(horizon) = horizon {
                sink.push(Edit::UpdatePriority(Priority {
                    horizon,
                    ..p.clone()
                }));
            }
            if p.owner.is_none() {
                ui.label(
                    RichText::new(crate::tr!("priorities-no-owner"))
                        .color(ui.visuals().warn_fg_color),
                );
            }
        });
        ui.label(RichText::new(crate::tr!("priorities-why")).strong());
        let (why, focus) = paragraph_edit(
            ui,
            sink,
            Name::Text(&crate::tr!("priorities-why-n", n = n)),
            &p.why,
            |t| {
                TextEdit::multiline(t)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .hint_text(crate::tr!("priorities-why-hint"))
            },
        );
        any_focus |= focus;
        if let Some(why) = why {
            sink.push(Edit::UpdatePriority(Priority { why, ..p.clone() }));
        }
        if p.why.trim().is_empty() {
            ui.label(
                RichText::new(crate::tr!("priorities-no-why")).color(ui.visuals().warn_fg_color),
            );
        }
        any_focus
    });
    if inner.inner || inner.response.clicked() {
        view.selected = Some(p.id);
    }
    if let Some(dragged) = dropped
        && dragged.0 != p.id
    {
        sink.push(Edit::MovePriority {
            id: dragged.0,
            to: index,
        });
        view.selected = Some(dragged.0);
    }
}

fn move_buttons(ui: &mut Ui, sink: &mut EditSink, len: usize, index: usize, p: &Priority) {
    let up = index.checked_sub(1);
    let down = (index + 1 < len).then_some(index + 1);
    let label = crate::tr!("lbl-priority", n = index + 1);
    match move_delete_buttons(ui, &label, up, down, &p.name) {
        Some(RowAction::MoveTo(to)) => sink.push(Edit::MovePriority { id: p.id, to }),
        Some(RowAction::Delete) => sink.push(Edit::RemovePriority(p.id)),
        None => {}
    }
}

fn owner_combo(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, n: usize, p: &Priority) {
    let name = crate::tr!("priorities-owner-n", n = n);
    if let Picked::Changed(owner) =
        person_combo(ui, plan, ("priority-owner", p.id), &name, p.owner, 220.0)
    {
        sink.push(Edit::UpdatePriority(Priority { owner, ..p.clone() }));
    }
}
