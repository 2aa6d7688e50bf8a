//! How an OKR score came about, in words, for every hover: the rule and the inputs.

use super::{KeyResult, KrKind, ObjectiveState, OkrObjective};
use crate::i18n::{number, score};
use crate::tr;

/// An objective's state in words ("partly achieved", "teilweise erreicht").
fn state(s: ObjectiveState) -> String {
    crate::i18n::text_or(&format!("okr-state-{s:?}").to_lowercase(), s.label())
}

impl KeyResult {
    /// "(26 − 18) / (40 − 18) = 0.36", the bands when commit and stretch are set, "done: 1.00",
    /// "at “target”: 0.70", or why there is no score.
    pub fn explain(&self) -> String {
        let n = number;
        match &self.kind {
            KrKind::Metric {
                start,
                target,
                current,
                commit,
                stretch,
                ..
            } => {
                let Some(current) = current else {
                    return tr!("ex-no-check-in");
                };
                let got = self.score().map_or_else(|| tr!("score-no-data"), score);
                match (commit, stretch) {
                    (_, Some(s)) => tr!(
                        "ex-bands",
                        current = n(*current),
                        commit = commit.map_or(String::new(), |c| tr!("ex-commit", commit = n(c))),
                        start = n(*start),
                        target = n(*target),
                        stretch = n(*s),
                        score = got
                    ),
                    _ if (target - start).abs() < f64::EPSILON => tr!(
                        "ex-target-equals-start",
                        target = n(*target),
                        current = n(*current),
                        score = got
                    ),
                    _ => {
                        let away =
                            self.score() == Some(0.0) && (current - start) * (target - start) < 0.0;
                        let beyond = (current - start) / (target - start) > 1.0;
                        tr!(
                            "ex-formula",
                            note = if away {
                                "away"
                            } else if beyond {
                                "beyond"
                            } else {
                                "none"
                            },
                            current = n(*current),
                            start = n(*start),
                            target = n(*target),
                            score = got
                        )
                    }
                }
            }
            KrKind::Milestone { done: true, .. } => tr!("ex-milestone-done"),
            KrKind::Milestone { done: false, .. } => tr!("ex-milestone-not-done"),
            KrKind::Ordinal { zones, current } => match current.and_then(|c| zones.get(c)) {
                Some(z) => tr!("ex-at-level", level = &z.name, score = score(z.score)),
                None => tr!("ex-no-level"),
            },
        }
    }
}

impl OkrObjective {
    /// "0.46", "0.80 (final, partly achieved)", "no data".
    pub fn score_text(&self) -> String {
        match (self.score(), self.final_score) {
            (Some(s), Some(_)) => tr!("ex-final", score = score(s), state = state(self.state)),
            (Some(s), None) => score(s),
            (None, _) => tr!("score-no-data"),
        }
    }

    /// How the objective's score came about: the final score people gave it, or the weighted
    /// mean of its key results.
    pub fn explain(&self) -> String {
        if let Some(f) = self.final_score {
            let computed = self
                .computed_score()
                .map_or_else(|| tr!("score-no-data"), score);
            return tr!(
                "ex-final-given",
                score = score(f),
                state = state(self.state),
                computed = computed
            );
        }
        let parts: Vec<String> = self
            .key_results
            .iter()
            .filter_map(|k| {
                k.score().map(|s| {
                    tr!(
                        "ex-term",
                        weight = number(k.weight),
                        score = score(s),
                        name = &k.name
                    )
                })
            })
            .collect();
        let left_out = self.key_results.len() - parts.len();
        let left_out = if left_out > 0 {
            tr!("ex-krs-left-out", count = left_out)
        } else {
            String::new()
        };
        match self.computed_score() {
            Some(s) => {
                let total: f64 = self
                    .key_results
                    .iter()
                    .filter(|k| k.score().is_some())
                    .map(|k| k.weight)
                    .sum();
                tr!(
                    "ex-weighted-mean",
                    terms = parts.join(" + "),
                    total = number(total),
                    score = score(s),
                    left_out = left_out
                )
            }
            None if self.key_results.is_empty() => tr!("ex-no-krs"),
            None => tr!("ex-no-kr-score", left_out = left_out),
        }
    }
}
