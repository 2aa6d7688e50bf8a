//! The plan: everything a workshop produces, as plain data with stable ids.
//! Nothing here knows about egui or files; it is serialised by `crate::file`.

mod id;
mod lineage;
mod okr_explain;
mod okrs;
mod people;
mod records;
mod renumber;
mod rounds;
mod scoreboard;
mod scorecard;
mod scoring;
mod strategy;
mod text;
mod trend;
mod validate;
mod values;
mod votes;
mod walk;
mod workshop;
mod xmatrix;

pub use id::{Id, IdAllocator};
pub use lineage::{Lineage, new_plan_id};
pub use okrs::{
    CheckIn, KeyResult, KrKind, ObjectiveState, OkrObjective, Period, Zone, next_period,
};
pub use people::{Person, Team};
pub use rounds::Spread;
pub use scoreboard::{Scored, ScoredKind, total_text};
pub use scorecard::{
    BscObjective, CauseEffect, ClassicPerspective, Direction, Initiative, InitiativeStatus,
    Measure, Perspective, Reading, Scorecard, Target, Thresholds, UpdateInterval,
};
pub use scoring::{MeasureState, Status, fmt_score};
pub use strategy::{Priority, Vision, VisionTarget};
pub use text::{MAX_LINE, MAX_PARAGRAPH, TextKind, TextProblem, text_problems};
pub use trend::Trend;
pub use validate::{Problem, validate};
pub use values::value_problems;
pub use votes::BallotError;
pub use walk::{EntityKind, EntityRef};
pub use workshop::{
    Answer, Ballot, CatchballStatus, ConfidenceRound, Decision, Dependency, DotVote, Mute, Note,
    Proposal, StatusChange, Workshop,
};
pub use xmatrix::{
    Arm, Assignment, Corner, Correlation, Role, RubricLevel, Strength, XItem, XMatrix, XMetric,
};

use serde::{Deserialize, Serialize};

/// How far `current` has come from `start` towards `target`, clamped to 0..=1. Works for
/// "lower is better" too (target below start). `None` when start equals target: there is no
/// distance to travel, so no progress can be measured.
pub fn progress(start: f64, target: f64, current: f64) -> Option<f64> {
    let span = target - start;
    if span == 0.0 || !span.is_finite() {
        return None;
    }
    Some(((current - start) / span).clamp(0.0, 1.0))
}

/// A number without needless decimals: 40, 4.5, 0.42.
pub fn fmt_num(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Which names the X-matrix arms carry on screen and in exports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Vocabulary {
    /// Breakthrough objectives, annual objectives, improvement priorities, metrics.
    #[default]
    Classic,
    /// Karl Scotland's names: True North, Aspirations, Strategies, Tactics, Evidence.
    Taste,
}

/// Plan-wide settings that travel with the file (not UI preferences).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanSettings {
    pub vocabulary: Vocabulary,
    pub scoring: Scoring,
    pub confidence: ConfidenceScale,
}

/// How scores are coloured, per part of the plan, and what counts as passing overall.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scoring {
    pub scorecard: Thresholds,
    pub okrs: Thresholds,
    /// The overall score a scorecard or a period's OKRs should reach, if the plan sets one.
    pub pass_mark: Option<f64>,
}

/// The scale check-in confidence is given on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConfidenceScale {
    #[default]
    OneToTen,
    ZeroToTen,
}

impl ConfidenceScale {
    pub fn range(self) -> std::ops::RangeInclusive<u8> {
        match self {
            ConfidenceScale::OneToTen => 1..=10,
            ConfidenceScale::ZeroToTen => 0..=10,
        }
    }
}

/// Today's date where the app runs (the local calendar day).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// One strategy plan: the whole content of a `.plan.ron` file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub lineage: Lineage,
    pub title: String,
    pub organisation: String,
    pub facilitator: String,
    /// The planning horizon, e.g. "2026–2030".
    pub horizon: String,
    /// The period check-ins and OKRs default to, e.g. "2027-Q1".
    pub current_period: String,
    /// The plan's own periods, in order, when it does not count in calendar quarters.
    pub periods: Vec<Period>,
    pub settings: PlanSettings,
    pub people: Vec<Person>,
    pub teams: Vec<Team>,
    pub vision: Vision,
    pub priorities: Vec<Priority>,
    pub xmatrix: XMatrix,
    pub scorecard: Scorecard,
    pub okrs: Vec<OkrObjective>,
    pub dependencies: Vec<Dependency>,
    pub workshop: Workshop,
    /// Audit findings muted on purpose, with their reasons.
    pub mutes: Vec<Mute>,
}

impl Plan {
    /// An empty plan with a title, as File → New makes it: nothing in it but the scorecard's
    /// classic four perspectives (ids 1–4).
    pub fn new(title: impl Into<String>) -> Self {
        let mut plan = Self {
            title: title.into(),
            ..Self::default()
        };
        plan.lineage.plan_id = new_plan_id();
        plan.scorecard.perspectives = Scorecard::classic_perspectives([1, 2, 3, 4].map(Id));
        plan
    }

    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn person_name(&self, id: Option<Id>) -> &str {
        id.and_then(|id| self.person(id))
            .map_or("", |p| p.name.as_str())
    }

    pub fn team(&self, id: Id) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    /// The name of an owner, which may be a person or a team.
    pub fn owner_name(&self, id: Option<Id>) -> &str {
        id.and_then(|id| {
            self.person(id)
                .map(|p| p.name.as_str())
                .or_else(|| self.team(id).map(|t| t.name.as_str()))
        })
        .unwrap_or("")
    }

    pub fn team_name(&self, id: Option<Id>) -> &str {
        id.and_then(|id| self.team(id))
            .map_or("", |t| t.name.as_str())
    }

    pub fn priority(&self, id: Id) -> Option<&Priority> {
        self.priorities.iter().find(|p| p.id == id)
    }

    pub fn okr(&self, id: Id) -> Option<&OkrObjective> {
        self.okrs.iter().find(|o| o.id == id)
    }

    /// The objective holding a key result, and the key result.
    pub fn key_result(&self, id: Id) -> Option<(&OkrObjective, &KeyResult)> {
        self.okrs
            .iter()
            .find_map(|o| o.key_results.iter().find(|k| k.id == id).map(|k| (o, k)))
    }

    /// The team an OKR objective or key result belongs to.
    pub fn okr_team(&self, id: Id) -> Option<Id> {
        self.okr(id)
            .or_else(|| self.key_result(id).map(|(o, _)| o))
            .and_then(|o| o.team)
    }

    pub fn priority_index(&self, id: Id) -> Option<usize> {
        self.priorities.iter().position(|p| p.id == id)
    }

    /// The largest id used anywhere in the plan (0 for an empty plan).
    pub fn max_id(&self) -> u64 {
        self.entities().iter().map(|e| e.id.0).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::progress;

    #[test]
    fn progress_runs_from_start_to_target_in_either_direction() {
        assert_eq!(progress(10.0, 20.0, 15.0), Some(0.5));
        // Lower is better: load time from 2.0 s towards 1.4 s, now 1.7 s.
        assert!((progress(2.0, 1.4, 1.7).unwrap() - 0.5).abs() < 1e-9);
        assert_eq!(progress(10.0, 20.0, 30.0), Some(1.0));
        assert_eq!(progress(10.0, 20.0, 0.0), Some(0.0));
        assert_eq!(progress(5.0, 5.0, 5.0), None);
    }
}
