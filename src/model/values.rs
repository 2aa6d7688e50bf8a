//! The values a plan may hold: finite numbers, thresholds in order, ranges from low to high,
//! weights that are not negative, levels with names, confidence on the plan's scale, teams that
//! do not contain themselves. Each problem names the item.

use super::{Id, KrKind, Plan, Problem, Target, Thresholds};
use std::collections::HashSet;

fn problem(problems: &mut Vec<Problem>, ids: &[Id], message: String) {
    problems.push(Problem {
        message,
        ids: ids.to_vec(),
    });
}

fn finite(problems: &mut Vec<Problem>, id: Id, what: &str, values: &[Option<f64>]) {
    if values.iter().flatten().any(|v| !v.is_finite()) {
        problem(
            problems,
            &[id],
            format!("{what} (id {}) has a number that is not finite.", id.0),
        );
    }
}

fn thresholds(problems: &mut Vec<Problem>, part: &str, t: Thresholds) {
    if !(0.0..=1.0).contains(&t.amber_from)
        || !(0.0..=1.0).contains(&t.green_from)
        || t.amber_from > t.green_from
    {
        problem(
            problems,
            &[],
            format!(
                "The {part} thresholds must satisfy 0 ≤ amber ({}) ≤ green ({}) ≤ 1.",
                t.amber_from, t.green_from
            ),
        );
    }
}

fn weight(problems: &mut Vec<Problem>, id: Id, what: &str, w: f64) {
    if w < 0.0 {
        problem(
            problems,
            &[id],
            format!(
                "{what} (id {}) has a negative weight ({w}); weights are 0 or more.",
                id.0
            ),
        );
    }
}

fn range(problems: &mut Vec<Problem>, id: Id, what: &str, lo: Option<f64>, hi: Option<f64>) {
    if let (Some(lo), Some(hi)) = (lo, hi)
        && lo > hi
    {
        problem(
            problems,
            &[id],
            format!(
                "{what} (id {}) has a range from {lo} to {hi}; the first must not be above the \
                    second.",
                id.0
            ),
        );
    }
}

/// The values of the plan it cannot hold, each naming its item.
pub fn value_problems(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_values(plan, &mut problems);
    problems
}

pub(super) fn check_values(plan: &Plan, problems: &mut Vec<Problem>) {
    let scoring = &plan.settings.scoring;
    thresholds(problems, "scorecard", scoring.scorecard);
    thresholds(problems, "OKR", scoring.okrs);
    if scoring.pass_mark.is_some_and(|p| !(0.0..=1.0).contains(&p)) {
        problem(
            problems,
            &[],
            "The pass mark must be between 0 and 1.".into(),
        );
    }
    for v in &plan.vision.targets {
        let what = format!("The vision target “{}”", v.metric);
        finite(problems, v.id, &what, &[Some(v.value)]);
    }
    for m in &plan.xmatrix.metrics {
        let what = format!("The metric “{}”", m.name);
        finite(problems, m.id, &what, &[m.target]);
        if m.rubric.iter().any(|l| l.name.trim().is_empty()) {
            problem(
                problems,
                &[m.id],
                format!(
                    "{what} (id {}) has a level with no name; give every level a name.",
                    m.id.0
                ),
            );
        }
    }
    for o in &plan.scorecard.objectives {
        for m in &o.measures {
            let what = format!("The measure “{}”", m.name);
            let (lo, hi) = match m.target {
                Some(Target::Value(t)) => (Some(t), None),
                Some(Target::Range(lo, hi)) => {
                    range(problems, m.id, &what, Some(lo), Some(hi));
                    (Some(lo), Some(hi))
                }
                None => (None, None),
            };
            let history: Vec<Option<f64>> = m.history.iter().map(|r| Some(r.value)).collect();
            finite(
                problems,
                m.id,
                &what,
                &[m.baseline, lo, hi, m.current, m.min, m.max],
            );
            finite(problems, m.id, &what, &history);
            weight(problems, m.id, &what, m.weight);
            range(
                problems,
                m.id,
                &format!("{what}'s minimum and maximum"),
                m.min,
                m.max,
            );
            // Values a measure cannot take (a rating of 6 on 1–5 stars).
            let outside = |v: f64| m.min.is_some_and(|lo| v < lo) || m.max.is_some_and(|hi| v > hi);
            let values = [m.current, m.baseline, lo, hi]
                .into_iter()
                .flatten()
                .chain(m.history.iter().map(|r| r.value));
            if let Some(v) = values.into_iter().find(|v| outside(*v)) {
                let fmt = |x: Option<f64>| x.map_or("…".to_owned(), super::fmt_num);
                problem(
                    problems,
                    &[m.id],
                    format!(
                        "{what} (id {}) has the value {} outside its range {}–{}.",
                        m.id.0,
                        super::fmt_num(v),
                        fmt(m.min),
                        fmt(m.max)
                    ),
                );
            }
        }
        for i in &o.initiatives {
            finite(
                problems,
                i.id,
                &format!("The initiative “{}”", i.name),
                &[i.budget],
            );
        }
    }
    let confidence = plan.settings.confidence.range();
    for o in &plan.okrs {
        if o.final_score.is_some_and(|s| !(0.0..=1.0).contains(&s)) {
            problem(
                problems,
                &[o.id],
                format!(
                    "The objective “{}” (id {}) has a final score outside 0–1.",
                    o.name, o.id.0
                ),
            );
        }
        for k in &o.key_results {
            let what = format!("The key result “{}”", k.name);
            weight(problems, k.id, &what, k.weight);
            finite(problems, k.id, &what, &[Some(k.weight)]);
            match &k.kind {
                KrKind::Metric {
                    start,
                    target,
                    current,
                    commit,
                    stretch,
                    ..
                } => finite(
                    problems,
                    k.id,
                    &what,
                    &[Some(*start), Some(*target), *current, *commit, *stretch],
                ),
                KrKind::Ordinal { zones, current } => {
                    if zones.iter().any(|z| z.name.trim().is_empty()) {
                        problem(
                            problems,
                            &[k.id],
                            format!(
                                "{what} (id {}) has a level with no name; give every level a name.",
                                k.id.0
                            ),
                        );
                    }
                    if current.is_some_and(|c| c >= zones.len()) {
                        problem(
                            problems,
                            &[k.id],
                            format!("{what} (id {}) stands at a level it does not have.", k.id.0),
                        );
                    }
                    let scores: Vec<Option<f64>> = zones.iter().map(|z| Some(z.score)).collect();
                    finite(problems, k.id, &what, &scores);
                }
                KrKind::Milestone { .. } => {}
            }
            for c in &k.check_ins {
                finite(problems, k.id, &what, &[Some(c.value)]);
                if !confidence.contains(&c.confidence) {
                    problem(
                        problems,
                        &[k.id],
                        format!(
                            "{what} (id {}) has a check-in on {} with confidence {}; this \
                                plan's scale is {} to {}.",
                            k.id.0,
                            c.date,
                            c.confidence,
                            confidence.start(),
                            confidence.end()
                        ),
                    );
                }
            }
        }
    }
    check_team_cycles(plan, problems);
    check_workshop(plan, problems);
    check_periods(plan, problems);
}

/// Periods with names, each once, none ending before it starts.
fn check_periods(plan: &Plan, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for p in &plan.periods {
        if p.name.trim().is_empty() {
            problem(
                problems,
                &[],
                "A period has no name; give every period a name.".into(),
            );
        } else if !seen.insert(p.name.trim()) {
            problem(
                problems,
                &[],
                format!(
                    "The period “{}” is there twice; period names must differ.",
                    p.name
                ),
            );
        }
        if let (Some(start), Some(end)) = (p.start, p.end)
            && start > end
        {
            problem(
                problems,
                &[],
                format!(
                    "The period “{}” ends ({end}) before it starts ({start}).",
                    p.name
                ),
            );
        }
    }
}

/// Dots within each participant's budget and on the vote's own items; confidence on the
/// plan's scale.
fn check_workshop(plan: &Plan, problems: &mut Vec<Problem>) {
    for v in &plan.workshop.votes {
        let what = format!("The vote “{}” (id {})", v.question, v.id.0);
        for b in &v.ballots {
            let given = b.dots.len();
            if given > v.dots_per_person as usize {
                problem(
                    problems,
                    &[v.id],
                    format!(
                        "{what}: {} gave {given} dots; each participant has {}.",
                        b.participant, v.dots_per_person
                    ),
                );
            }
            if b.dots.iter().any(|d| !v.items.contains(d)) {
                problem(
                    problems,
                    &[v.id],
                    format!(
                        "{what}: {} put a dot on an item that is not part of the vote.",
                        b.participant
                    ),
                );
            }
            let distinct: HashSet<Id> = b.dots.iter().copied().collect();
            if v.one_per_item && distinct.len() < given {
                problem(
                    problems,
                    &[v.id],
                    format!(
                        "{what}: {} put more than one dot on an item; this vote allows one per \
                            item.",
                        b.participant
                    ),
                );
            }
        }
    }
    let scale = plan.settings.confidence.range();
    for r in &plan.workshop.confidence_rounds {
        for a in r.answers.iter().filter(|a| !scale.contains(&a.value)) {
            problem(
                problems,
                &[r.id],
                format!(
                    "The confidence round “{}” (id {}): {} answered {}; this plan's scale is {} \
                        to {}.",
                    r.question,
                    r.id.0,
                    a.participant,
                    a.value,
                    scale.start(),
                    scale.end()
                ),
            );
        }
    }
}

/// A team inside itself (directly or through other teams) has no place in the tree.
fn check_team_cycles(plan: &Plan, problems: &mut Vec<Problem>) {
    for t in &plan.teams {
        let mut seen = HashSet::from([t.id]);
        let mut at = t.parent;
        while let Some(parent) = at {
            if !seen.insert(parent) {
                problem(
                    problems,
                    &[t.id],
                    format!(
                        "The team “{}” (id {}) would contain itself through its parent teams; \
                            give it another parent.",
                        t.name, t.id.0
                    ),
                );
                break;
            }
            at = plan.team(parent).and_then(|p| p.parent);
        }
    }
}
