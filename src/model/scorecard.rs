//! The Balanced Scorecard: objectives in four perspectives, their measures and initiatives.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Perspective {
    Financial,
    Customer,
    InternalProcesses,
    LearningGrowth,
}

impl Perspective {
    /// Top to bottom, as in a table; the strategy map draws them in reverse.
    pub const ALL: [Perspective; 4] = [
        Perspective::Financial,
        Perspective::Customer,
        Perspective::InternalProcesses,
        Perspective::LearningGrowth,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Perspective::Financial => "Financial",
            Perspective::Customer => "Customer",
            Perspective::InternalProcesses => "Internal processes",
            Perspective::LearningGrowth => "Learning & growth",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    #[default]
    HigherIsBetter,
    LowerIsBetter,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpdateInterval {
    Weekly,
    #[default]
    Monthly,
    Quarterly,
    Yearly,
}

impl UpdateInterval {
    pub fn label(self) -> &'static str {
        match self {
            UpdateInterval::Weekly => "weekly",
            UpdateInterval::Monthly => "monthly",
            UpdateInterval::Quarterly => "quarterly",
            UpdateInterval::Yearly => "yearly",
        }
    }
}

/// A recorded value of a measure; the history is kept, never overwritten.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub date: NaiveDate,
    pub value: f64,
}

/// A KPI of a scorecard objective.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    pub baseline: f64,
    pub target: Option<f64>,
    /// `None` is "no data", which is not zero.
    pub current: Option<f64>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    pub weight: f64,
    #[serde(default)]
    pub interval: UpdateInterval,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default)]
    pub history: Vec<Reading>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum InitiativeStatus {
    #[default]
    NotStarted,
    OnTrack,
    AtRisk,
    Late,
    Done,
}

impl InitiativeStatus {
    pub fn label(self) -> &'static str {
        match self {
            InitiativeStatus::NotStarted => "not started",
            InitiativeStatus::OnTrack => "on track",
            InitiativeStatus::AtRisk => "at risk",
            InitiativeStatus::Late => "late",
            InitiativeStatus::Done => "done",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub owner: Option<Id>,
    #[serde(default)]
    pub budget: Option<f64>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: InitiativeStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BscObjective {
    pub id: Id,
    pub name: String,
    pub perspective: Perspective,
    #[serde(default)]
    pub owner: Option<Id>,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub measures: Vec<Measure>,
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
    /// Strategic priorities this objective serves.
    #[serde(default)]
    pub priorities: Vec<Id>,
    /// X-matrix metrics this objective moves.
    #[serde(default)]
    pub metrics: Vec<Id>,
}

/// "Improving `cause` drives `effect`", an arrow in the strategy map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CauseEffect {
    pub cause: Id,
    pub effect: Id,
}

/// Progress below `amber_from` is red, below `green_from` amber, from there green.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub amber_from: f64,
    pub green_from: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            amber_from: 0.4,
            green_from: 0.7,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scorecard {
    pub objectives: Vec<BscObjective>,
    pub links: Vec<CauseEffect>,
    pub thresholds: Thresholds,
}
