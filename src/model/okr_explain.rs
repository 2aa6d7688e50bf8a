//! How an OKR score came about, in words, for every hover: the rule and the inputs.

use super::{KeyResult, KrKind, ObjectiveState, OkrObjective, fmt_num, fmt_score};

impl KeyResult {
    /// "(26 − 18) / (40 − 18) = 0.36", the bands when commit and stretch are set, "done: 1.00",
    /// "at “target”: 0.70", or why there is no score.
    pub fn explain(&self) -> String {
        let n = fmt_num;
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
                    return "No check-in yet (no data, not zero).".to_owned();
                };
                let score = self.score().map_or("no data".to_owned(), fmt_score);
                match (commit, stretch) {
                    (_, Some(s)) => format!(
                        "Now {}. Bands: {}start {} = 0.00, target {} = 0.70, stretch {} = 1.00; \
                         linear between them: {score}.",
                        n(*current),
                        commit.map_or(String::new(), |c| format!("commit {} = 0.30, ", n(c))),
                        n(*start),
                        n(*target),
                        n(*s)
                    ),
                    _ if (target - start).abs() < f64::EPSILON => format!(
                        "Target equals start ({}): now {} gives {score}.",
                        n(*target),
                        n(*current)
                    ),
                    _ => format!(
                        "({} − {}) / ({} − {}) = {score}{}",
                        n(*current),
                        n(*start),
                        n(*target),
                        n(*start),
                        if self.score() == Some(0.0) && (current - start) * (target - start) < 0.0 {
                            ", moving away from the target (counted as 0.00)"
                        } else if (current - start) / (target - start) > 1.0 {
                            ", beyond the target (counted as 1.00)"
                        } else {
                            ""
                        }
                    ),
                }
            }
            KrKind::Milestone { done: true, .. } => "Milestone done: 1.00.".to_owned(),
            KrKind::Milestone { done: false, .. } => "Milestone not done yet: 0.00.".to_owned(),
            KrKind::Ordinal { zones, current } => match current.and_then(|c| zones.get(c)) {
                Some(z) => format!("At the level “{}”: {}.", z.name, fmt_score(z.score)),
                None => "No level checked in yet (no data, not zero).".to_owned(),
            },
        }
    }
}

impl OkrObjective {
    /// "0.46", "0.80 (final, partly achieved)", "no data".
    pub fn score_text(&self) -> String {
        match (self.score(), self.final_score) {
            (Some(s), Some(_)) => format!("{} (final, {})", fmt_score(s), self.state.label()),
            (Some(s), None) => fmt_score(s),
            (None, _) => "no data".to_owned(),
        }
    }

    /// How the objective's score came about: the final score people gave it, or the weighted
    /// mean of its key results.
    pub fn explain(&self) -> String {
        if let Some(f) = self.final_score {
            let computed = self
                .computed_score()
                .map_or("no data".to_owned(), fmt_score);
            let state = if self.state == ObjectiveState::Open {
                "open".to_owned()
            } else {
                self.state.label().to_owned()
            };
            return format!(
                "Final score {} given when the period closed ({state}); its key results \
                    computed {computed}.",
                fmt_score(f)
            );
        }
        let parts: Vec<String> = self
            .key_results
            .iter()
            .filter_map(|k| {
                k.score()
                    .map(|s| format!("{} × {} ({})", fmt_num(k.weight), fmt_score(s), k.name))
            })
            .collect();
        let left_out = self.key_results.len() - parts.len();
        let left_out = if left_out > 0 {
            format!(" {left_out} key result(s) without a check-in are left out.")
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
                format!(
                    "Weighted mean: ({}) / {} = {}.{left_out}",
                    parts.join(" + "),
                    fmt_num(total),
                    fmt_score(s)
                )
            }
            None if self.key_results.is_empty() => "No key results yet.".to_owned(),
            None => format!("No key result has a score yet.{left_out}"),
        }
    }
}
