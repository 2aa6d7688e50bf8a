//! Older formats, read and brought up to the current one — all in this one place. Format 1 had
//! the four classic perspectives fixed, a baseline that was always a number, a single target
//! value, an objective's final score as `closed`, the scorecard's colour thresholds inside the
//! scorecard, dot votes as totals per item, mutes always on one item, and no plan id. Every
//! format-1 file loads unchanged in meaning.

use crate::model::{
    Ballot, BscObjective, CatchballStatus, CauseEffect, ClassicPerspective, Decision, Dependency,
    Direction, DotVote, Id, Initiative, KeyResult, Lineage, Measure, Mute, Note, ObjectiveState,
    OkrObjective, Person, Plan, PlanSettings, Priority, Proposal, Reading, Scorecard, StatusChange,
    Target, Team, Thresholds, UpdateInterval, Vision, Workshop, XMatrix,
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
    workshop: WorkshopV1,
    mutes: Vec<MuteV1>,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct WorkshopV1 {
    votes: Vec<VoteV1>,
    decisions: Vec<Decision>,
    parking_lot: Vec<Note>,
    proposals: Vec<ProposalV1>,
}

/// Dots given to one item, the total of everyone's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteV1 {
    item: Id,
    dots: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProposalV1 {
    id: Id,
    item: Id,
    status: CatchballStatus,
    #[serde(default)]
    history: Vec<StatusChange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MuteV1 {
    rule: String,
    item: Id,
    reason: String,
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

/// Format 1 had no plan id. Copies of one format-1 plan should still be recognised as copies,
/// so the id comes from what copies share: the title and the organisation.
fn v1_plan_id(title: &str, organisation: &str) -> String {
    let hash =
        super::content_hash(format!("catchball format 1\n{title}\n{organisation}").as_bytes());
    hash[..32].to_owned()
}

/// Format 1 kept only the dots per item: they become one revealed vote, its ballot the totals.
fn workshop_from_v1(w: WorkshopV1, vote_id: Id) -> Workshop {
    let votes = if w.votes.is_empty() {
        Vec::new()
    } else {
        let dots: Vec<Id> = w
            .votes
            .iter()
            .flat_map(|v| std::iter::repeat_n(v.item, v.dots as usize))
            .collect();
        vec![DotVote {
            id: vote_id,
            question: "Dot vote (totals kept by an older Catchball)".to_owned(),
            date: None,
            items: w.votes.iter().map(|v| v.item).collect(),
            dots_per_person: u32::try_from(dots.len()).unwrap_or(u32::MAX),
            one_per_item: false,
            ballots: vec![Ballot {
                participant: "all participants".to_owned(),
                dots,
            }],
            revealed: true,
        }]
    };
    Workshop {
        votes,
        confidence_rounds: Vec::new(),
        decisions: w.decisions,
        parking_lot: w.parking_lot,
        proposals: w
            .proposals
            .into_iter()
            .map(|p| Proposal {
                id: p.id,
                item: p.item,
                team: None,
                status: p.status,
                history: p.history,
            })
            .collect(),
    }
}

/// Format 1's one rule for a key-result count outside 3–5 became two (too many, too few): a
/// mute of it mutes both.
fn mute_from_v1(m: MuteV1) -> Vec<Mute> {
    let rules = if m.rule == "goals.kr-count" {
        vec![
            "goals.too-many-krs".to_owned(),
            "measurable.too-few-krs".to_owned(),
        ]
    } else {
        vec![m.rule]
    };
    rules
        .into_iter()
        .map(|rule| Mute {
            rule,
            item: Some(m.item),
            reason: m.reason.clone(),
        })
        .collect()
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
        lineage: Lineage {
            plan_id: v1_plan_id(&v1.title, &v1.organisation),
            ..Lineage::default()
        },
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
        workshop: Workshop::default(),
        mutes: v1.mutes.into_iter().flat_map(mute_from_v1).collect(),
    };
    plan.settings.scoring.scorecard = v1.scorecard.thresholds;
    plan.workshop = workshop_from_v1(v1.workshop, Id(0));
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
    // The vote's id, above every other now that all are in place.
    let top = plan.max_id();
    if let Some(v) = plan.workshop.votes.first_mut() {
        v.id = Id(top + 1);
    }
    plan
}
