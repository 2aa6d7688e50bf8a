//! The Balanced Scorecard: objectives in four perspectives, their measures and initiatives.

use super::Id;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The four perspectives of Kaplan and Norton's scorecard, the default set (and the only one of
/// format 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ClassicPerspective {
    Financial,
    Customer,
    InternalProcesses,
    LearningGrowth,
}

impl ClassicPerspective {
    /// Top to bottom, as in a table; the strategy map draws them in the same order.
    pub const ALL: [ClassicPerspective; 4] = [
        ClassicPerspective::Financial,
        ClassicPerspective::Customer,
        ClassicPerspective::InternalProcesses,
        ClassicPerspective::LearningGrowth,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ClassicPerspective::Financial => "Financial",
            ClassicPerspective::Customer => "Customer",
            ClassicPerspective::InternalProcesses => "Internal processes",
            ClassicPerspective::LearningGrowth => "Learning & growth",
        }
    }
}

/// A perspective of the scorecard, a band of the strategy map: the classic four by default,
/// renamed or others where a plan needs them ("Stakeholder", "Organisational capacity").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub id: Id,
    pub name: String,
}

/// What a measure aims at: one value, or a range where anything inside is met.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Target {
    Value(f64),
    /// From the first to the second, both included ("between 150 and 600").
    Range(f64, f64),
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
    pub date: Date,
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
    /// Where the measure started; `None` when nobody knows ("no baseline", never a made-up 0).
    pub baseline: Option<f64>,
    pub target: Option<Target>,
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
    pub due: Option<Date>,
    #[serde(default)]
    pub status: InitiativeStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BscObjective {
    pub id: Id,
    pub name: String,
    /// The perspective's id.
    pub perspective: Id,
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
    /// The year the objective is to be reached by.
    #[serde(default)]
    pub target_year: Option<i32>,
    /// A free note on where it stands ("on hold until the budget review").
    #[serde(default)]
    pub status_note: String,
}

/// "Improving `cause` drives `effect`", an arrow in the strategy map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CauseEffect {
    pub cause: Id,
    pub effect: Id,
}

impl CauseEffect {
    /// What the links are kept sorted and found by: one link per cause and effect.
    pub fn key(&self) -> (Id, Id) {
        (self.cause, self.effect)
    }
}

/// Scores below `amber_from` are red, below `green_from` amber, from there green.
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
    /// Top to bottom; the strategy map draws the first at the top.
    pub perspectives: Vec<Perspective>,
    pub objectives: Vec<BscObjective>,
    pub links: Vec<CauseEffect>,
}

impl Scorecard {
    /// The classic four perspectives with the given ids (financial, customer, internal
    /// processes, learning & growth).
    pub fn classic_perspectives(ids: [Id; 4]) -> Vec<Perspective> {
        ClassicPerspective::ALL
            .iter()
            .zip(ids)
            .map(|(p, id)| Perspective {
                id,
                name: p.label().to_owned(),
            })
            .collect()
    }

    pub fn perspective(&self, id: Id) -> Option<&Perspective> {
        self.perspectives.iter().find(|p| p.id == id)
    }

    /// The name of a perspective, or "" for an unknown id.
    pub fn perspective_name(&self, id: Id) -> &str {
        self.perspective(id).map_or("", |p| p.name.as_str())
    }
}
