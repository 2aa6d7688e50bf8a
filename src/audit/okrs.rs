//! OKR rules from the article: too many objectives per team and quarter, 3–5 key results,
//! single owners, a why, a link to a priority, outcomes rather than activities, and agreed
//! cross-team dependencies.

use super::{Finding, Severity};
use crate::model::{Id, OkrObjective, Plan};
use crate::tr;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// More objectives than this per team per quarter is "too many goals".
pub const MAX_OBJECTIVES_PER_TEAM: usize = 3;
pub const MIN_KRS: usize = 3;
pub const MAX_KRS: usize = 5;

/// Verbs that name an activity rather than an outcome ("hold meetings", "launch the app",
/// "CRM einführen"). English ones come first in a key result, German infinitives last.
const ACTIVITY_VERBS_EN: [&str; 26] = [
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
    "complete",
    "finish",
    "source",
    "triage",
    "move",
    "roll",
    "deploy",
    "introduce",
    "migrate",
    "set",
];
const ACTIVITY_VERBS_DE: [&str; 10] = [
    "einführen",
    "durchführen",
    "umsetzen",
    "erstellen",
    "abhalten",
    "entwickeln",
    "starten",
    "organisieren",
    "abschließen",
    "implementieren",
];
/// Phrases that count work done instead of results.
const ACTIVITY_PHRASES: [&str; 6] = [
    "number of meetings",
    "meetings held",
    "features shipped",
    "number of features",
    "anzahl der meetings",
    "anzahl meetings",
];

/// Whether a key result reads like an activity instead of an outcome: an English activity
/// verb first, a German one first or last, or a count of work done.
pub fn is_activity(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    ACTIVITY_VERBS_EN.contains(first)
        || ACTIVITY_VERBS_DE.contains(first)
        || ACTIVITY_VERBS_DE.contains(last)
        || ACTIVITY_PHRASES.iter().any(|p| lower.contains(p))
}

/// " (Team)" after an objective's name in a message, when it has a team.
pub(super) fn team_of(plan: &Plan, o: &OkrObjective) -> String {
    match plan.team_name(o.team) {
        "" => String::new(),
        team => format!(" ({team})"),
    }
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

pub fn findings(plan: &Plan, today: Date) -> Vec<Finding> {
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
            let team = team.map_or_else(
                || tr!("room-no-team"),
                |t| plan.team_name(Some(t)).to_owned(),
            );
            out.push(Finding {
                rule: "goals.too-many-objectives",
                severity: Severity::Warning,
                message: tr!(
                    "a-too-many-objectives",
                    team = team,
                    count = ids.len(),
                    period = period
                ),
                hint: tr!("a-too-many-objectives-hint", max = MAX_OBJECTIVES_PER_TEAM),
                targets: ids,
            });
        }
    }
    for o in open {
        objective_findings(plan, o, &mut out);
        super::key_results::findings(plan, o, today, &mut out);
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
                message: {
                    let (from, on) = (name(d.from), name(d.on));
                    let (from_team, on_team) = (plan.team_name(from_team), plan.team_name(on_team));
                    // The team that has not agreed, when only one of them has.
                    let missing = match (d.agreed_by_from, d.agreed_by_on) {
                        (true, false) => Some(on_team),
                        (false, true) => Some(from_team),
                        _ => None,
                    };
                    match missing {
                        Some(missing) => tr!(
                            "a-dependency-one",
                            from = from,
                            from_team = from_team,
                            on = on,
                            on_team = on_team,
                            missing = missing
                        ),
                        None => tr!(
                            "a-dependency-none",
                            from = from,
                            from_team = from_team,
                            on = on,
                            on_team = on_team
                        ),
                    }
                },
                hint: tr!("a-dependency-hint"),
                targets: vec![d.id, d.from, d.on],
            });
        }
    }
    out
}

fn objective_findings(plan: &Plan, o: &OkrObjective, out: &mut Vec<Finding>) {
    let n = o.key_results.len();
    let team = team_of(plan, o);
    let name = &o.name;

    if n > MAX_KRS {
        out.push(Finding {
            rule: "goals.too-many-krs",
            severity: Severity::Warning,
            message: tr!("a-objective-krs", name = name, team = &team, count = n),
            hint: tr!("a-too-many-krs-hint", min = MIN_KRS, max = MAX_KRS),
            targets: vec![o.id],
        });
    } else if n < MIN_KRS {
        out.push(Finding {
            rule: "measurable.too-few-krs",
            severity: Severity::Warning,
            message: tr!("a-objective-krs", name = name, team = &team, count = n),
            hint: tr!("a-too-few-krs-hint", min = MIN_KRS, max = MAX_KRS),
            targets: vec![o.id],
        });
    }
    if o.owner.is_none() {
        out.push(Finding {
            rule: "ownership.objective",
            severity: Severity::Warning,
            message: tr!("a-objective-owner", name = name, team = &team),
            hint: tr!("a-objective-owner-hint"),
            targets: vec![o.id],
        });
    }
    if o.why.trim().is_empty() {
        out.push(Finding {
            rule: "why.objective",
            severity: Severity::Warning,
            message: tr!("a-objective-why", name = name, team = &team),
            hint: tr!("a-objective-why-hint"),
            targets: vec![o.id],
        });
    }
    if !serves_priority(plan, o) {
        out.push(Finding {
            rule: "alignment.orphan-objective",
            severity: Severity::Warning,
            message: tr!("a-orphan", name = name, team = &team),
            hint: tr!("a-orphan-hint"),
            targets: vec![o.id],
        });
    }
}
