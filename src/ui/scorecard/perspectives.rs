//! The perspectives of the scorecard, edited in a window: renamed ("Stakeholder",
//! "Organisational capacity"), added, reordered, removed once no objective is in them. The list
//! is one edit, so each change is one undo step.

use super::ScorecardView;
use crate::edit::Edit;
use crate::model::{Perspective, Plan};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::widgets::{Name, RowAction, field_name, move_delete_buttons, text_edit};
use egui::{RichText, TextEdit, Ui};

pub fn window(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    if !view.editing_perspectives {
        return;
    }
    let mut open = true;
    egui::Window::new(RichText::new(tr!("persp-title")).strong())
        .id(egui::Id::unique("bsc-perspectives"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .show(ui.ctx(), |ui| {
            ui.label(tr!("persp-intro"));
            let list = &plan.scorecard.perspectives;
            for (i, p) in list.iter().enumerate() {
                ui.horizontal(|ui| {
                    let label = tr!("lbl-perspective", n = i + 1);
                    let (name, _) = text_edit(
                        ui,
                        sink,
                        Name::Text(&field_name(&label, &tr!("f-name"))),
                        &p.name,
                        |t| TextEdit::singleline(t).desired_width(300.0),
                    );
                    if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
                        let mut changed = list.clone();
                        changed[i].name = name;
                        sink.push(Edit::SetPerspectives(changed));
                    }
                    let used = plan
                        .scorecard
                        .objectives
                        .iter()
                        .filter(|o| o.perspective == p.id)
                        .count();
                    ui.label(RichText::new(tr!("persp-used", count = used)).weak());
                    let up = i.checked_sub(1);
                    let down = (i + 1 < list.len()).then_some(i + 1);
                    match move_delete_buttons(
                        ui,
                        &crate::i18n::in_sentence(&label),
                        up,
                        down,
                        &p.name,
                    ) {
                        Some(RowAction::MoveTo(to)) => {
                            let mut changed = list.clone();
                            let moved = changed.remove(i);
                            changed.insert(to, moved);
                            sink.push(Edit::SetPerspectives(changed));
                            sink.seal();
                        }
                        // Removing one that still has objectives is refused with a message.
                        Some(RowAction::Delete) => {
                            let mut changed = list.clone();
                            changed.remove(i);
                            sink.push(Edit::SetPerspectives(changed));
                            sink.seal();
                        }
                        None => {}
                    }
                });
            }
            if ui.button(tr!("persp-add")).clicked() {
                let mut changed = list.clone();
                changed.push(Perspective {
                    id: sink.fresh_id(),
                    name: tr!("lbl-perspective", n = list.len() + 1),
                });
                sink.push(Edit::SetPerspectives(changed));
                sink.seal();
            }
        });
    if !open {
        view.editing_perspectives = false;
    }
}
