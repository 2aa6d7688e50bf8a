//! Where the edits of a frame land: the panel is drawn, then what it emitted is applied to the
//! document in one place (refused when read-only, deletions announced by name); undo, redo and
//! jumps to an item.

use super::CatchballApp;
use crate::ui::{self, EditSink, PanelKind};
use egui::Ui;

impl CatchballApp {
    pub(super) fn central(&mut self, ui: &mut Ui) {
        let Some(doc) = &mut self.doc else {
            self.welcome(ui);
            return;
        };
        ui::derived::set_revision(ui.ctx(), doc.session.revision());
        ui::set_today(ui.ctx(), self.config.clock.today());
        if self.presenting {
            let face = self.timer.face(self.config.clock.now());
            self.views.room.today = Some(self.config.clock.today());
            for action in ui::room_ui(ui, doc.plan(), &mut self.views.room, face) {
                match action {
                    ui::RoomAction::Leave => self.present(ui.ctx(), false),
                    ui::RoomAction::Timer => self.timer.toggle(self.config.clock.now()),
                    ui::RoomAction::AddMinute => self.timer.add_minute(self.config.clock.now()),
                }
            }
            return;
        }
        let editable = doc.read_only.is_none();
        let (plan, ids) = doc.session.split();
        let mut sink = EditSink::new(ids);
        let views = &mut self.views;
        views.audit.today = Some(self.config.clock.today());
        ui.add_enabled_ui(editable, |ui| match self.panel {
            PanelKind::Vision => ui::vision_ui(ui, plan, &mut sink),
            PanelKind::Priorities => ui::priorities_ui(ui, plan, &mut views.priorities, &mut sink),
            PanelKind::XMatrix => ui::xmatrix_ui(ui, plan, &mut views.xmatrix, &mut sink),
            PanelKind::Scorecard => ui::scorecard_ui(ui, plan, &mut views.scorecard, &mut sink),
            PanelKind::Okrs => ui::okrs_ui(ui, plan, &mut views.okrs, &mut sink),
            PanelKind::Audit => ui::audit_ui(ui, plan, &mut views.audit, &mut sink),
            PanelKind::Workshop => ui::workshop_ui(ui, plan, &mut views.workshop, &mut sink),
        });
        // A request for the first field that no field took (a panel without fields) lapses.
        ui::widgets::take_first_focus(ui);
        let (edits, seal, jump) = sink.finish();
        // Every way of editing ends here, so a read-only document refuses them all here.
        if doc.read_only.is_some() && !edits.is_empty() {
            self.refused_edit = Some(std::time::Instant::now());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(4));
            if let Some(id) = jump {
                self.jump_to(id);
            }
            return;
        }
        for edit in edits {
            // Deleting is never asked about; it is announced by name, with the way back.
            let removed = (edit.kind() == crate::edit::EditKind::Remove).then(|| {
                let name = edit.removed().and_then(|id| {
                    let entities = doc.plan().entities();
                    entities
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| e.name.to_owned())
                });
                removal_notice(edit.describe(), name.as_deref())
            });
            match doc.session.apply(edit) {
                Ok(()) => {
                    if let Some(text) = removed {
                        self.notices.info(text);
                    }
                }
                Err(e) => {
                    self.notices.error(e.to_string());
                }
            }
        }
        if seal {
            doc.session.seal();
        }
        if let Some(id) = jump {
            self.jump_to(id);
        }
    }

    /// Shows an item in the panel where it lives, selected.
    pub fn jump_to(&mut self, id: crate::model::Id) {
        use crate::model::EntityKind as K;
        let Some(doc) = &self.doc else { return };
        let plan = doc.plan();
        let Some(kind) = plan.entities().iter().find(|e| e.id == id).map(|e| e.kind) else {
            return;
        };
        let panel = match kind {
            K::VisionTarget => PanelKind::Vision,
            K::Priority => {
                self.views.priorities.selected = Some(id);
                PanelKind::Priorities
            }
            K::Breakthrough | K::Annual | K::Improvement | K::Metric | K::Person | K::Team => {
                self.views.xmatrix.show(id);
                PanelKind::XMatrix
            }
            K::Perspective => {
                self.views.scorecard.mode = ui::ScorecardMode::Table;
                PanelKind::Scorecard
            }
            K::BscObjective | K::Measure | K::Initiative => {
                let objective = plan.scorecard.objectives.iter().find(|o| {
                    o.id == id
                        || o.measures.iter().any(|m| m.id == id)
                        || o.initiatives.iter().any(|i| i.id == id)
                });
                self.views.scorecard.mode = ui::ScorecardMode::Table;
                self.views.scorecard.focus = objective.map(|o| o.id);
                self.views.scorecard.scroll_to_focus = true;
                PanelKind::Scorecard
            }
            K::OkrObjective | K::KeyResult | K::Dependency => {
                self.views.okrs.show(plan, id);
                PanelKind::Okrs
            }
            K::Decision | K::Note | K::Proposal | K::DotVote | K::ConfidenceRound => {
                PanelKind::Workshop
            }
        };
        self.show_panel(panel);
    }

    pub(super) fn undo_redo(&mut self, undo: bool) {
        let Some(doc) = &mut self.doc else { return };
        let result = if undo {
            doc.session.undo()
        } else {
            doc.session.redo()
        };
        if let Err(e) = result {
            self.notices.error(if undo {
                crate::tr!("undo-failed", error = e.to_string())
            } else {
                crate::tr!("redo-failed", error = e.to_string())
            });
        }
    }
}

/// "Deleted priority “Electrify the fleet” — Ctrl+Z undoes it".
fn removal_notice(what: &str, name: Option<&str>) -> String {
    let mut text = crate::i18n::edit_label(what);
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    match name {
        Some(name) => {
            // A long name is cut so the notice stays one line.
            let mut name = crate::model::TextKind::Line.clean(name);
            if let Some((cut, _)) = name.char_indices().nth(60) {
                name.truncate(cut);
                name.push('…');
            }
            crate::tr!("removed-named", what = text, name = name)
        }
        None => crate::tr!("removed", what = text),
    }
}
