//! Older formats, read and brought up to the current one — all in this one place. Format 1 had
//! the four classic perspectives fixed, a baseline that was always a number, a single target
//! value, an objective's final score as `closed`, and the scorecard's colour thresholds inside
//! the scorecard. Every format-1 file loads unchanged in meaning.

use crate::model::{
    BscObjective, CauseEffect, ClassicPerspective, Dependency, Direction, Id, Initiative,
    KeyResult, Measure, Mute, ObjectiveState, OkrObjective, Person, Plan, PlanSettings, Priority,
    Reading, Scorecard, Target, Team, Thresholds, UpdateInterval, Vision, Workshop, XMatrix,
};
use serde::Deserialize;

/// A format-1 plan. Parts that did not change are read as today's types (the fields they gained
/// have defaults).
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct PlanV1 {
    title: String,
    organisation: String,
    facilitator: String,
    horizon: String,
    current_period: String,
    settings: PlanSettings,
    people: Vec<Person>,
    teams: Vec<Team>,
    vision: Vision,
    priorities: Vec<Priority>,
    xmatrix: XMatrix,
    scorecard: ScorecardV1,
    okrs: Vec<OkrV1>,
    dependencies: Vec<Dependency>,
    workshop: Workshop,
    mutes: Vec<Mute>,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct ScorecardV1 {
    objectives: Vec<ObjectiveV1>,
    links: Vec<CauseEffect>,
    thresholds: Thresholds,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectiveV1 {
    id: Id,
    name: String,
    perspective: ClassicPerspective,
    #[serde(default)]
    owner: Option<Id>,
    #[serde(default)]
    why: String,
    #[serde(default)]
    measures: Vec<MeasureV1>,
    #[serde(default)]
    initiatives: Vec<Initiative>,
    #[serde(default)]
    priorities: Vec<Id>,
    #[serde(default)]
    metrics: Vec<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureV1 {
    id: Id,
    name: String,
    #[serde(default)]
    unit: String,
    baseline: f64,
    target: Option<f64>,
    current: Option<f64>,
    #[serde(default)]
    min: Option<f64>,
    #[serde(default)]
    max: Option<f64>,
    weight: f64,
    #[serde(default)]
    interval: UpdateInterval,
    #[serde(default)]
    direction: Direction,
    #[serde(default)]
    history: Vec<Reading>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OkrV1 {
    id: Id,
    name: String,
    #[serde(default)]
    why: String,
    #[serde(default)]
    team: Option<Id>,
    #[serde(default)]
    owner: Option<Id>,
    period: String,
    #[serde(default)]
    priority: Option<Id>,
    #[serde(default)]
    parent: Option<Id>,
    #[serde(default)]
    key_results: Vec<KeyResult>,
    #[serde(default)]
    closed: Option<f64>,
}

impl From<MeasureV1> for Measure {
    fn from(m: MeasureV1) -> Self {
        Measure {
            id: m.id,
            name: m.name,
            unit: m.unit,
            baseline: Some(m.baseline),
            target: m.target.map(Target::Value),
            current: m.current,
            min: m.min,
            max: m.max,
            weight: m.weight,
            interval: m.interval,
            direction: m.direction,
            history: m.history,
        }
    }
}

/// What a closed format-1 objective was, from its final score and the plan's OKR bands:
/// reaching green is achieved, any progress short of it partly, none dropped.
fn closed_state(score: f64, bands: Thresholds) -> ObjectiveState {
    if score >= bands.green_from {
        ObjectiveState::Achieved
    } else if score > 0.0 {
        ObjectiveState::Partly
    } else {
        ObjectiveState::Dropped
    }
}

impl From<OkrV1> for OkrObjective {
    fn from(o: OkrV1) -> Self {
        OkrObjective {
            id: o.id,
            name: o.name,
            why: o.why,
            team: o.team,
            owner: o.owner,
            period: o.period,
            priority: o.priority,
            parent: o.parent,
            key_results: o.key_results,
            state: o.closed.map_or(ObjectiveState::Open, |s| {
                closed_state(s, Thresholds::default())
            }),
            final_score: o.closed,
        }
    }
}

/// Format 1 closed a carried-over objective like any other and started a copy in the next
/// quarter: a closed objective whose copy (same name and team) is in the next quarter was
/// carried over.
fn mark_carried_over(okrs: &mut [OkrObjective]) {
    let copies: Vec<(String, Option<Id>, String)> = okrs
        .iter()
        .map(|o| (o.name.clone(), o.team, o.period.clone()))
        .collect();
    for o in okrs.iter_mut().filter(|o| o.is_closed()) {
        let Some(next) = crate::model::next_period(&o.period, &[]) else {
            continue;
        };
        if copies
            .iter()
            .any(|(name, team, period)| *name == o.name && *team == o.team && *period == next)
        {
            o.state = ObjectiveState::CarriedOver;
        }
    }
}

/// A format-1 plan in today's form. The classic perspectives become the plan's four, with ids
/// above every id the plan had.
pub fn from_v1(v1: PlanV1) -> Plan {
    let mut plan = Plan {
        title: v1.title,
        organisation: v1.organisation,
        facilitator: v1.facilitator,
        horizon: v1.horizon,
        current_period: v1.current_period,
        periods: Vec::new(),
        settings: v1.settings,
        people: v1.people,
        teams: v1.teams,
        vision: v1.vision,
        priorities: v1.priorities,
        xmatrix: v1.xmatrix,
        scorecard: Scorecard::default(),
        okrs: v1.okrs.into_iter().map(OkrObjective::from).collect(),
        dependencies: v1.dependencies,
        workshop: v1.workshop,
        mutes: v1.mutes,
    };
    plan.settings.scoring.scorecard = v1.scorecard.thresholds;
    mark_carried_over(&mut plan.okrs);
    // Ids for the perspectives: above every id of the plan, its scorecard objectives included.
    let objective_ids = v1.scorecard.objectives.iter().flat_map(|o| {
        std::iter::once(o.id.0)
            .chain(o.measures.iter().map(|m| m.id.0))
            .chain(o.initiatives.iter().map(|i| i.id.0))
    });
    let top = objective_ids.fold(plan.max_id(), u64::max);
    let ids = [1, 2, 3, 4].map(|i| Id(top + i));
    plan.scorecard = Scorecard {
        perspectives: Scorecard::classic_perspectives(ids),
        objectives: v1
            .scorecard
            .objectives
            .into_iter()
            .map(|o| {
                let at = ClassicPerspective::ALL
                    .iter()
                    .position(|p| *p == o.perspective)
                    .unwrap_or(0);
                BscObjective {
                    id: o.id,
                    name: o.name,
                    perspective: ids[at],
                    owner: o.owner,
                    why: o.why,
                    measures: o.measures.into_iter().map(Measure::from).collect(),
                    initiatives: o.initiatives,
                    priorities: o.priorities,
                    metrics: o.metrics,
                    target_year: None,
                    status_note: String::new(),
                }
            })
            .collect(),
        links: v1.scorecard.links,
    };
    plan
}
