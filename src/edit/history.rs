//! Undo/redo stacks of inverse edits, with typing merged into one step and a saved position
//! that decides the unsaved marker.

use super::{Edit, TextField};
use crate::model::Id;

/// Edits with the same key, one right after another, merge into one undo step (typing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MergeKey {
    Text(TextField),
    Item(Id),
    Pair(Id, Id),
    Thresholds,
    Perspectives,
    Periods,
    /// Typing in the workshop record (a decision, a parked topic).
    Workshop,
}

impl MergeKey {
    pub fn of(edit: &Edit) -> Option<MergeKey> {
        match edit {
            Edit::SetText { field, .. } => Some(MergeKey::Text(*field)),
            Edit::UpdatePriority(p) => Some(MergeKey::Item(p.id)),
            Edit::UpdateVisionTarget(t) => Some(MergeKey::Item(t.id)),
            Edit::UpdateXItem(i) => Some(MergeKey::Item(i.id)),
            Edit::UpdateMetric(m) => Some(MergeKey::Item(m.id)),
            Edit::UpdatePerson(p) => Some(MergeKey::Item(p.id)),
            Edit::UpdateTeam(t) => Some(MergeKey::Item(t.id)),
            Edit::UpdateBscObjective(o) => Some(MergeKey::Item(o.id)),
            Edit::UpdateOkr(o) => Some(MergeKey::Item(o.id)),
            Edit::UpdateDependency(d) => Some(MergeKey::Item(d.id)),
            Edit::SetScoring(_) => Some(MergeKey::Thresholds),
            Edit::SetPerspectives(_) => Some(MergeKey::Perspectives),
            Edit::SetPeriods(_) => Some(MergeKey::Periods),
            Edit::SetWorkshop(_) => Some(MergeKey::Workshop),
            // Typing a mark's rationale; clicks on the cell seal after each change.
            Edit::SetCorrelation { a, b, .. } => Some(MergeKey::Pair(*a, *b)),
            _ => None,
        }
    }
}

/// One step of the history. On the undo stack `edit` undoes the step; on the redo stack it
/// redoes it.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    pub(super) edit: Edit,
    /// What the step did, for "Undo …" in the menu.
    pub(super) label: &'static str,
    /// Identifies the plan state after this step, for the saved marker.
    pub(super) state: u64,
    pub(super) merge: Option<MergeKey>,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    next_state: u64,
    /// The state that is on disk; 0 is the state the document was opened in.
    saved_state: Option<u64>,
    /// Set when the next edit must start a new step even if its key matches.
    sealed: bool,
}

impl History {
    /// A history whose starting state is the one on disk.
    pub fn new_saved() -> Self {
        Self {
            next_state: 1,
            saved_state: Some(0),
            ..Self::default()
        }
    }

    /// A history for a document that was never saved (new plan, restored snapshot).
    pub fn new_unsaved() -> Self {
        Self {
            next_state: 1,
            saved_state: None,
            ..Self::default()
        }
    }

    /// Identifies the current plan state: equal states mean equal plans.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(0, |e| e.state)
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state())
    }

    pub fn mark_saved(&mut self) {
        self.saved_state = Some(self.state());
        self.sealed = true;
    }

    /// The next edit starts a new undo step (a field lost focus, a selection changed).
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    fn fresh_state(&mut self) -> u64 {
        let s = self.next_state;
        self.next_state += 1;
        s
    }

    /// Records an applied edit by its inverse. `key` is the applied edit's merge key.
    pub fn record(&mut self, inverse: Edit, label: &'static str, key: Option<MergeKey>) {
        self.redo.clear();
        let state = self.fresh_state();
        let saved = self.saved_state;
        if let Some(top) = self.undo.last_mut() {
            let mergeable = !self.sealed && key.is_some() && top.merge == key;
            // Never merge across the saved state: undo must be able to reach it again.
            if mergeable && saved != Some(top.state) {
                top.state = state;
                return;
            }
        }
        self.sealed = false;
        self.undo.push(Entry {
            edit: inverse,
            label,
            state,
            merge: key,
        });
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|e| e.label)
    }

    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|e| e.label)
    }

    /// Takes the step to undo; the caller applies it and hands the step back with the edit
    /// that redoes it ([`History::push_redo`]), or unchanged when applying failed
    /// ([`History::push_undo`]).
    pub(super) fn pop_undo(&mut self) -> Option<Entry> {
        self.sealed = true;
        self.undo.pop()
    }

    /// Takes the step to redo; the caller applies it and hands it back with the edit that undoes
    /// it ([`History::push_undo`]), or unchanged when applying failed ([`History::push_redo`]).
    pub(super) fn pop_redo(&mut self) -> Option<Entry> {
        self.sealed = true;
        self.redo.pop()
    }

    pub(super) fn push_redo(&mut self, entry: Entry) {
        self.redo.push(Entry {
            merge: None,
            ..entry
        });
    }

    pub(super) fn push_undo(&mut self, entry: Entry) {
        self.undo.push(Entry {
            merge: None,
            ..entry
        });
    }
}
