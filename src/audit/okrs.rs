//! OKR rules from the article: too many objectives per team and quarter, 3–5 key results,
//! single owners, a why, a link to a priority, outcomes rather than activities, and agreed
//! cross-team dependencies.

use super::{Finding, Severity};
use crate::model::{Id, KrKind, OkrObjective, Plan};
use std::collections::BTreeMap;

/// More objectives than this per team per quarter is "too many goals".
pub const MAX_OBJECTIVES_PER_TEAM: usize = 3;
pub const MIN_KRS: usize = 3;
pub const MAX_KRS: usize = 5;

/// Words that start an activity rather than an outcome ("hold meetings", "ship features").
const ACTIVITY_VERBS: [&str; 16] = [
    "hold",
    "run",
    "ship",
    "launch",
    "do",
    "attend",
    "conduct",
    "organise",
    "organize",
    "write",
    "build",
    "create",
    "implement",
    "develop",
    "have",
    "start",
];
/// Phrases that count work done instead of results.
const ACTIVITY_PHRASES: [&str; 4] = [
    "number of meetings",
    "meetings held",
    "features shipped",
    "number of features",
];

/// Whether a key result reads like an activity instead of an outcome.
pub fn is_activity(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    ACTIVITY_VERBS.contains(&first) || ACTIVITY_PHRASES.iter().any(|p| lower.contains(p))
}

/// An objective serves a priority directly or through its parent chain.
fn serves_priority(plan: &Plan, o: &OkrObjective) -> bool {
    let mut seen = Vec::new();
    let mut cur = Some(o);
    while let Some(x) = cur {
        if x.priority.is_some() {
            return true;
        }
        if seen.contains(&x.id) {
            return false;
        }
        seen.push(x.id);
        cur = x.parent.and_then(|p| plan.okr(p));
    }
    false
}

pub fn findings(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    let open: Vec<&OkrObjective> = plan.okrs.iter().filter(|o| !o.is_closed()).collect();
    let mut per_team: BTreeMap<(Option<Id>, &str), Vec<Id>> = BTreeMap::new();
    for o in &open {
        per_team
            .entry((o.team, o.period.as_str()))
            .or_default()
            .push(o.id);
    }
    for ((team, period), ids) in per_team {
        if ids.len() > MAX_OBJECTIVES_PER_TEAM {
            let team = team.map_or("Objectives without a team", |t| plan.team_name(Some(t)));
            out.push(Finding {
                rule: "goals.too-many-objectives",
                severity: Severity::Warning,
                message: format!("{team} has {} objectives in {period}.", ids.len()),
                hint: format!(
                    "At most {MAX_OBJECTIVES_PER_TEAM} per team per quarter; focus beats coverage."
                ),
                targets: ids,
            });
        }
    }
    for o in open {
        objective_findings(plan, o, &mut out);
    }
    for d in &plan.dependencies {
        let (from_team, on_team) = (plan.okr_team(d.from), plan.okr_team(d.on));
        if from_team != on_team && !(d.agreed_by_from && d.agreed_by_on) {
            let name = |id| {
                plan.okr(id)
                    .map(|o| o.name.as_str())
                    .or_else(|| plan.key_result(id).map(|(_, k)| k.name.as_str()))
                    .unwrap_or("?")
            };
            out.push(Finding {
                rule: "dependency.unagreed",
                severity: Severity::Warning,
                message: format!(
                    "“{}” ({}) depends on “{}” ({}), but {} not agreed to it.",
                    name(d.from),
                    plan.team_name(from_team),
                    name(d.on),
                    plan.team_name(on_team),
                    match (d.agreed_by_from, d.agreed_by_on) {
                        (true, false) => format!("{} has", plan.team_name(on_team)),
                        (false, true) => format!("{} has", plan.team_name(from_team)),
                        _ => "neither team has".to_owned(),
                    }
                ),
                hint:
                    "Agree it with both teams in the OKRs panel's dependencies, or plan around it."
                        .into(),
                targets: vec![d.id, d.from, d.on],
            });
        }
    }
    out
}

fn objective_findings(plan: &Plan, o: &OkrObjective, out: &mut Vec<Finding>) {
    let n = o.key_results.len();
    if !(MIN_KRS..=MAX_KRS).contains(&n) {
        out.push(Finding {
            rule: "goals.kr-count",
            severity: Severity::Warning,
            message: format!(
                "The objective “{}” has {n} key result{}.",
                o.name,
                if n == 1 { "" } else { "s" }
            ),
            hint: format!("Aim for {MIN_KRS} to {MAX_KRS} measurable key results."),
            targets: vec![o.id],
        });
    }
    if o.owner.is_none() {
        out.push(Finding {
            rule: "ownership.objective",
            severity: Severity::Warning,
            message: format!("The objective “{}” has no owner.", o.name),
            hint: "Give it exactly one owner.".into(),
            targets: vec![o.id],
        });
    }
    if o.why.trim().is_empty() {
        out.push(Finding {
            rule: "why.objective",
            severity: Severity::Warning,
            message: format!("The objective “{}” has no why.", o.name),
            hint: "Write why it matters and which priority it moves.".into(),
            targets: vec![o.id],
        });
    }
    if !serves_priority(plan, o) {
        out.push(Finding {
            rule: "alignment.orphan-objective",
            severity: Severity::Warning,
            message: format!("The objective “{}” is not linked to any strategic priority.", o.name),
            hint: "Link it to the priority it serves (or to a parent objective that does), or question why it is there.".into(),
            targets: vec![o.id],
        });
    }
    for k in &o.key_results {
        if k.owner.is_none() {
            out.push(Finding {
                rule: "ownership.key-result",
                severity: Severity::Warning,
                message: format!("The key result “{}” has no owner.", k.name),
                hint: "Give it exactly one owner.".into(),
                targets: vec![k.id],
            });
        }
        let no_deadline = matches!(k.kind, KrKind::Milestone { due: None, .. });
        if no_deadline || is_activity(&k.name) {
            out.push(Finding {
                rule: "outcome.activity",
                severity: Severity::Warning,
                message: format!(
                    "The key result “{}” {}.",
                    k.name,
                    if no_deadline { "has neither a number nor a deadline" } else { "reads like an activity, not an outcome" }
                ),
                hint: "State the result you want, with a number or a date (“cut load time to 1.4 s”, not “hold meetings”).".into(),
                targets: vec![k.id],
            });
        }
    }
}
