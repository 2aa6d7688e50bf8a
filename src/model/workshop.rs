//! Workshop state that belongs in the file: votes, decisions, parking lot, catchball proposals,
//! and cross-team dependencies.

use super::Id;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A dot vote: the question, the items on the wall, each participant's dots. Votes stay hidden
/// until the facilitator reveals them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DotVote {
    pub id: Id,
    pub question: String,
    #[serde(default)]
    pub date: Option<Date>,
    /// The items voted on (priorities, annual objectives, measures, parking-lot notes …).
    pub items: Vec<Id>,
    /// How many dots each participant has.
    pub dots_per_person: u32,
    /// At most one dot per item and participant.
    #[serde(default)]
    pub one_per_item: bool,
    #[serde(default)]
    pub ballots: Vec<Ballot>,
    #[serde(default)]
    pub revealed: bool,
}

/// One participant's dots: an item listed twice got two dots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    /// A participant's name (a person of the plan, or a guest).
    pub participant: String,
    pub dots: Vec<Id>,
}

impl DotVote {
    /// The dots each item got, in the order of `items`.
    pub fn totals(&self) -> Vec<(Id, u32)> {
        self.items
            .iter()
            .map(|&item| {
                let n = self
                    .ballots
                    .iter()
                    .flat_map(|b| &b.dots)
                    .filter(|&&d| d == item)
                    .count();
                (item, u32::try_from(n).unwrap_or(u32::MAX))
            })
            .collect()
    }
}

/// A confidence round (fist of five, or 1–10): each participant's value on a set of OKRs or the
/// whole plan, hidden until revealed; low voters say why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceRound {
    pub id: Id,
    pub question: String,
    #[serde(default)]
    pub date: Option<Date>,
    /// The OKR objectives or key results asked about; empty for the whole plan.
    #[serde(default)]
    pub about: Vec<Id>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub revealed: bool,
}

/// One participant's confidence, on the plan's scale, with why when it is low.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub participant: String,
    pub value: u8,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: Id,
    pub text: String,
    pub date: Option<Date>,
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
    pub date: Option<Date>,
    #[serde(default)]
    pub comment: String,
}

/// A goal passed up or down the hierarchy (the catchball), with its history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: Id,
    /// The item being negotiated (a priority, an objective, a key result …).
    pub item: Id,
    /// The team it is thrown to.
    #[serde(default)]
    pub team: Option<Id>,
    pub status: CatchballStatus,
    #[serde(default)]
    pub history: Vec<StatusChange>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Workshop {
    pub votes: Vec<DotVote>,
    pub confidence_rounds: Vec<ConfidenceRound>,
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
    /// The item whose finding is muted; `None` mutes the rule for the whole plan.
    pub item: Option<Id>,
    pub reason: String,
}

impl Mute {
    /// Whether this mute silences a finding of `rule` about `item`.
    pub fn covers(&self, rule: &str, item: Option<Id>) -> bool {
        self.rule == rule && (self.item.is_none() || self.item == item)
    }
}
