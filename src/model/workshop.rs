//! Workshop state that belongs in the file: votes, decisions, parking lot, catchball proposals,
//! and cross-team dependencies.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Dot votes given to one item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub item: Id,
    pub dots: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: Id,
    pub text: String,
    pub date: Option<NaiveDate>,
    /// What the decision is about, if anything in particular.
    #[serde(default)]
    pub about: Option<Id>,
}

/// A parking-lot note: raised in the workshop, dealt with later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Id,
    pub text: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CatchballStatus {
    #[default]
    Draft,
    Proposed,
    Agreed,
    Revised,
    Rejected,
}

impl CatchballStatus {
    pub fn label(self) -> &'static str {
        match self {
            CatchballStatus::Draft => "draft",
            CatchballStatus::Proposed => "proposed",
            CatchballStatus::Agreed => "agreed",
            CatchballStatus::Revised => "revised",
            CatchballStatus::Rejected => "rejected",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: CatchballStatus,
    pub who: Option<Id>,
    pub date: Option<NaiveDate>,
}

/// A goal passed up or down the hierarchy (the catchball), with its history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: Id,
    /// The item being negotiated (a priority, an objective, a key result …).
    pub item: Id,
    pub status: CatchballStatus,
    #[serde(default)]
    pub history: Vec<StatusChange>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Workshop {
    pub votes: Vec<Vote>,
    pub decisions: Vec<Decision>,
    pub parking_lot: Vec<Note>,
    pub proposals: Vec<Proposal>,
}

/// `from` (an OKR objective or key result) needs `on` (another team's objective or key result).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    pub id: Id,
    pub from: Id,
    pub on: Id,
    #[serde(default)]
    pub note: String,
    /// Agreed by the team that depends.
    #[serde(default)]
    pub agreed_by_from: bool,
    /// Agreed by the team depended on.
    #[serde(default)]
    pub agreed_by_on: bool,
}

/// A finding of one audit rule on one item, muted on purpose, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mute {
    /// The rule id, e.g. `okr.kr-count`.
    pub rule: String,
    pub item: Id,
    pub reason: String,
}
