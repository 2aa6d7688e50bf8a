//! The one place where edits are applied: plan + history + id allocation.

use super::{Edit, EditError, History, MergeKey};
use crate::model::{Id, IdAllocator, Plan};

/// A plan being edited. Panels never touch `plan` mutably; they hand edits to [`Session::apply`].
#[derive(Debug)]
pub struct Session {
    plan: Plan,
    history: History,
    ids: IdAllocator,
}

impl Session {
    /// A session on a plan that is stored on disk as it is.
    pub fn opened(plan: Plan) -> Self {
        Self {
            ids: IdAllocator::for_plan(&plan),
            plan,
            history: History::new_saved(),
        }
    }

    /// A session on a plan that has no file yet (or whose file differs from it).
    pub fn unsaved(plan: Plan) -> Self {
        Self {
            ids: IdAllocator::for_plan(&plan),
            plan,
            history: History::new_unsaved(),
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn history(&self) -> &History {
        &self.history
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
    pub fn undo(&mut self) -> Result<Option<&'static str>, EditError> {
        let Some(entry) = self.history.pop_undo() else {
            return Ok(None);
        };
        let (edit, label, state, _) = entry.clone();
        match edit.apply(&mut self.plan) {
            Ok(redo) => {
                self.history.push_redo(redo, label, state);
                Ok(Some(label))
            }
            Err(e) => {
                self.history.restore_undo(entry);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) -> Result<Option<&'static str>, EditError> {
        let Some((edit, label, state)) = self.history.pop_redo() else {
            return Ok(None);
        };
        let undo = edit.apply(&mut self.plan)?;
        self.history.push_undo(undo, label, state);
        Ok(Some(label))
    }
}
