//! Stable entity ids. Ids are plain numbers in the file; links between entities are by id.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The id of any entity in a plan. Unique across the whole plan, never reused in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub u64);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Hands out fresh ids. It lives beside the plan (in the session), not in the file, so that
/// undoing an addition gives back a byte-identical file while ids stay unique in the session.
#[derive(Clone, Debug)]
pub struct IdAllocator {
    next: u64,
}

impl IdAllocator {
    /// Starts above every id the plan already holds.
    pub fn for_plan(plan: &super::Plan) -> Self {
        Self {
            next: plan.max_id() + 1,
        }
    }

    pub fn fresh(&mut self) -> Id {
        let id = Id(self.next);
        self.next += 1;
        id
    }

    /// Makes sure later ids stay above `id` (after an edit inserted it).
    pub fn observe(&mut self, id: Id) {
        self.next = self.next.max(id.0 + 1);
    }
}
