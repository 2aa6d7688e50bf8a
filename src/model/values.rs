//! The values a plan may hold: finite numbers, thresholds in order, ranges from low to high,
//! weights that are not negative, levels with names, confidence on the plan's scale, teams that
//! do not contain themselves. Each problem names the item.

use super::{Id, KrKind, Plan, Problem, Target, Thresholds};
use crate::i18n::{date, number};
use crate::tr;
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
            tr!("vp-not-finite", what = what, id = id.0.to_string()),
        );
    }
}

fn thresholds(problems: &mut Vec<Problem>, scorecard: bool, t: Thresholds) {
    if !(0.0..=1.0).contains(&t.amber_from)
        || !(0.0..=1.0).contains(&t.green_from)
        || t.amber_from > t.green_from
    {
        problem(
            problems,
            &[],
            if scorecard {
                tr!(
                    "vp-thresholds-scorecard",
                    amber = number(t.amber_from),
                    green = number(t.green_from)
                )
            } else {
                tr!(
                    "vp-thresholds-okr",
                    amber = number(t.amber_from),
                    green = number(t.green_from)
                )
            },
        );
    }
}

fn weight(problems: &mut Vec<Problem>, id: Id, what: &str, w: f64) {
    if w < 0.0 {
        problem(
            problems,
            &[id],
            tr!(
                "vp-negative-weight",
                what = what,
                id = id.0.to_string(),
                weight = number(w)
            ),
        );
    }
}

/// A range whose ends are the wrong way round: a target range, or (`min_max`) a minimum and
/// maximum.
fn range(
    problems: &mut Vec<Problem>,
    id: Id,
    what: &str,
    ends: (Option<f64>, Option<f64>),
    min_max: bool,
) {
    if let (Some(lo), Some(hi)) = ends
        && lo > hi
    {
        let (id_text, lo, hi) = (id.0.to_string(), number(lo), number(hi));
        problem(
            problems,
            &[id],
            if min_max {
                tr!("vp-min-max", what = what, id = id_text, lo = lo, hi = hi)
            } else {
                tr!("vp-range", what = what, id = id_text, lo = lo, hi = hi)
            },
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
    thresholds(problems, true, scoring.scorecard);
    thresholds(problems, false, scoring.okrs);
    if scoring.pass_mark.is_some_and(|p| !(0.0..=1.0).contains(&p)) {
        problem(problems, &[], tr!("vp-pass-mark"));
    }
    for v in &plan.vision.targets {
        let what = tr!("vp-vision-target", name = &v.metric);
        finite(problems, v.id, &what, &[Some(v.value)]);
    }
    for m in &plan.xmatrix.metrics {
        let what = tr!("vp-metric", name = &m.name);
        finite(problems, m.id, &what, &[m.target]);
        if m.rubric.iter().any(|l| l.name.trim().is_empty()) {
            problem(
                problems,
                &[m.id],
                tr!("vp-unnamed-level", what = &what, id = m.id.0.to_string()),
            );
        }
    }
    for o in &plan.scorecard.objectives {
        for m in &o.measures {
            let what = tr!("vp-measure", name = &m.name);
            let (lo, hi) = match m.target {
                Some(Target::Value(t)) => (Some(t), None),
                Some(Target::Range(lo, hi)) => {
                    range(problems, m.id, &what, (Some(lo), Some(hi)), false);
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
            range(problems, m.id, &what, (m.min, m.max), true);
            // Values a measure cannot take (a rating of 6 on 1–5 stars).
            let outside = |v: f64| m.min.is_some_and(|lo| v < lo) || m.max.is_some_and(|hi| v > hi);
            let values = [m.current, m.baseline, lo, hi]
                .into_iter()
                .flatten()
                .chain(m.history.iter().map(|r| r.value));
            if let Some(v) = values.into_iter().find(|v| outside(*v)) {
                let fmt = |x: Option<f64>| x.map_or("…".to_owned(), number);
                problem(
                    problems,
                    &[m.id],
                    tr!(
                        "vp-outside",
                        what = &what,
                        id = m.id.0.to_string(),
                        value = number(v),
                        lo = fmt(m.min),
                        hi = fmt(m.max)
                    ),
                );
            }
        }
        for i in &o.initiatives {
            finite(
                problems,
                i.id,
                &tr!("vp-initiative", name = &i.name),
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
                tr!("vp-final-score", name = &o.name, id = o.id.0.to_string()),
            );
        }
        for k in &o.key_results {
            let what = tr!("vp-key-result", name = &k.name);
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
                            tr!("vp-unnamed-level", what = &what, id = k.id.0.to_string()),
                        );
                    }
                    if current.is_some_and(|c| c >= zones.len()) {
                        problem(
                            problems,
                            &[k.id],
                            tr!("vp-missing-level", what = &what, id = k.id.0.to_string()),
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
                        tr!(
                            "vp-check-in-confidence",
                            what = &what,
                            id = k.id.0.to_string(),
                            date = date(c.date),
                            confidence = c.confidence.to_string(),
                            low = confidence.start().to_string(),
                            high = confidence.end().to_string()
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
            problem(problems, &[], tr!("vp-period-unnamed"));
        } else if !seen.insert(p.name.trim()) {
            problem(problems, &[], tr!("vp-period-twice", name = &p.name));
        }
        if let (Some(start), Some(end)) = (p.start, p.end)
            && start > end
        {
            problem(
                problems,
                &[],
                tr!(
                    "vp-period-order",
                    name = &p.name,
                    end = date(end),
                    start = date(start)
                ),
            );
        }
    }
}

/// Dots within each participant's budget and on the vote's own items; confidence on the
/// plan's scale.
fn check_workshop(plan: &Plan, problems: &mut Vec<Problem>) {
    for v in &plan.workshop.votes {
        let what = tr!("vp-vote", question = &v.question, id = v.id.0.to_string());
        for b in &v.ballots {
            let given = b.dots.len();
            if given > v.dots_per_person as usize {
                problem(
                    problems,
                    &[v.id],
                    tr!(
                        "vp-vote-over",
                        what = &what,
                        who = &b.participant,
                        given = given.to_string(),
                        budget = v.dots_per_person.to_string()
                    ),
                );
            }
            if b.dots.iter().any(|d| !v.items.contains(d)) {
                problem(
                    problems,
                    &[v.id],
                    tr!("vp-vote-foreign", what = &what, who = &b.participant),
                );
            }
            let distinct: HashSet<Id> = b.dots.iter().copied().collect();
            if v.one_per_item && distinct.len() < given {
                problem(
                    problems,
                    &[v.id],
                    tr!("vp-vote-twice", what = &what, who = &b.participant),
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
                tr!(
                    "vp-round-scale",
                    question = &r.question,
                    id = r.id.0.to_string(),
                    who = &a.participant,
                    value = a.value.to_string(),
                    low = scale.start().to_string(),
                    high = scale.end().to_string()
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
                    tr!("vp-team-cycle", name = &t.name, id = t.id.0.to_string()),
                );
                break;
            }
            at = plan.team(parent).and_then(|p| p.parent);
        }
    }
}
