//! The one place where edits are applied: plan + history + id allocation.

use super::history::Entry;
use super::{Edit, EditError, History, MergeKey};
use crate::model::{Id, IdAllocator, Plan};

/// A plan being edited. Panels never touch `plan` mutably; they hand edits to [`Session::apply`].
#[derive(Debug)]
pub struct Session {
    plan: Plan,
    history: History,
    ids: IdAllocator,
    /// Tells sessions apart, so (generation, history state) names one version of one plan.
    generation: u64,
}

/// A new generation number for every session made in this process.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Session {
    /// A session on a plan that is stored on disk as it is.
    pub fn opened(plan: Plan) -> Self {
        Self {
            ids: IdAllocator::for_plan(&plan),
            plan,
            history: History::new_saved(),
            generation: next_generation(),
        }
    }

    /// A session on a plan that has no file yet (or whose file differs from it).
    pub fn unsaved(plan: Plan) -> Self {
        Self {
            ids: IdAllocator::for_plan(&plan),
            plan,
            history: History::new_unsaved(),
            generation: next_generation(),
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Names the plan as it is now: equal revisions mean equal plans, so what is derived from
    /// the plan (scores, findings, layouts) can be kept until the revision changes.
    pub fn revision(&self) -> (u64, u64) {
        (self.generation, self.history.state())
    }

    /// The plan to read and the id allocator to add with, borrowed together for a panel.
    pub fn split(&mut self) -> (&Plan, &mut IdAllocator) {
        (&self.plan, &mut self.ids)
    }

    /// A fresh id for a new entity; never one used before in this session.
    pub fn fresh_id(&mut self) -> Id {
        self.ids.fresh()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Sets where the plan comes from (its id and revision, who saved it when). Saving does this;
    /// it is not an edit: undo does not take it back and it does not make the plan unsaved.
    pub fn set_lineage(&mut self, lineage: crate::model::Lineage) {
        self.plan.lineage = lineage;
    }

    pub fn mark_saved(&mut self) {
        self.history.mark_saved();
    }

    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Applies an edit and records its inverse. On error the plan is unchanged. An edit that
    /// would give the plan a value it cannot hold (a range upside down, a negative weight, a
    /// team inside itself …) is refused with the message that names the item.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let key = MergeKey::of(&edit);
        let label = edit.describe();
        let mut inverse = edit.apply(&mut self.plan)?;
        let after = crate::model::value_problems(&self.plan);
        if !after.is_empty() {
            // Compare with the plan before the edit: only problems the edit brings count.
            let redo = inverse.apply(&mut self.plan)?;
            let before = crate::model::value_problems(&self.plan);
            if let Some(p) = after
                .iter()
                .find(|p| !before.iter().any(|b| b.message == p.message))
            {
                return Err(EditError::Refused(p.message.clone()));
            }
            inverse = redo.apply(&mut self.plan)?;
        }
        for e in self.plan.entities() {
            self.ids.observe(e.id);
        }
        self.history.record(inverse, label, key);
        Ok(())
    }

    /// Undoes the last step. Returns what was undone, or `None` when there is nothing to undo.
    /// When the step cannot be applied, it stays where it was and the plan is unchanged.
    pub fn undo(&mut self) -> Result<Option<&'static str>, EditError> {
        let Some(entry) = self.history.pop_undo() else {
            return Ok(None);
        };
        match entry.edit.clone().apply(&mut self.plan) {
            Ok(redo) => {
                let label = entry.label;
                self.history.push_redo(Entry {
                    edit: redo,
                    ..entry
                });
                Ok(Some(label))
            }
            Err(e) => {
                self.history.push_undo(entry);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step; like [`Session::undo`], a step that fails stays.
    pub fn redo(&mut self) -> Result<Option<&'static str>, EditError> {
        let Some(entry) = self.history.pop_redo() else {
            return Ok(None);
        };
        match entry.edit.clone().apply(&mut self.plan) {
            Ok(undo) => {
                let label = entry.label;
                self.history.push_undo(Entry {
                    edit: undo,
                    ..entry
                });
                Ok(Some(label))
            }
            Err(e) => {
                self.history.push_redo(entry);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session_with_added_priority() -> (Session, crate::model::Priority) {
        let plan = crate::sample::sample_plan().unwrap();
        let mut session = Session::opened(plan);
        let mut priority = session.plan().priorities[0].clone();
        priority.id = session.fresh_id();
        priority.name = "Open a second plant".into();
        session
            .apply(Edit::InsertPriority {
                index: 0,
                priority: priority.clone(),
            })
            .unwrap();
        (session, priority)
    }

    #[test]
    fn a_redo_that_fails_stays_redoable() {
        let (mut session, priority) = session_with_added_priority();
        assert_eq!(session.undo(), Ok(Some("add priority")));
        // Something outside the history put the same id back: redoing the insert must fail …
        session.plan.priorities.push(priority.clone());
        let before = session.plan.clone();
        assert_eq!(session.redo(), Err(EditError::DuplicateId(priority.id)));
        assert_eq!(session.plan, before, "a failed redo changes nothing");
        // … and stay on the stack, so it works once the way is clear.
        assert_eq!(session.history().redo_label(), Some("add priority"));
        session.plan.priorities.pop();
        assert_eq!(session.redo(), Ok(Some("add priority")));
        assert_eq!(session.plan().priorities[0].name, "Open a second plant");
        assert!(!session.history().can_redo());
    }

    #[test]
    fn an_undo_that_fails_stays_undoable() {
        let (mut session, priority) = session_with_added_priority();
        session.plan.priorities.remove(0);
        assert_eq!(
            session.undo(),
            Err(EditError::NotFound {
                what: "priority",
                id: priority.id
            })
        );
        assert_eq!(session.history().undo_label(), Some("add priority"));
        assert!(!session.history().can_redo());
    }

    #[test]
    fn a_named_step_keeps_its_label_through_undo_and_redo() {
        let plan = crate::sample::sample_plan().unwrap();
        let mut session = Session::opened(plan);
        let closings = crate::edit::Closing::suggested(session.plan());
        assert!(!closings.is_empty());
        let (plan, ids) = session.split();
        let edit = crate::edit::close_period(plan, &closings, "2027-Q9", || ids.fresh());
        session.apply(edit).unwrap();
        assert_eq!(session.history().undo_label(), Some("close period"));
        assert_eq!(session.plan().current_period, "2027-Q9");
        assert_eq!(session.undo(), Ok(Some("close period")));
        assert_eq!(session.history().redo_label(), Some("close period"));
        assert_eq!(session.redo(), Ok(Some("close period")));
        assert_eq!(session.plan().current_period, "2027-Q9");
    }
}
