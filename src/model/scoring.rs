//! Balanced Scorecard scoring, transparent: each number comes with the words that explain it.
//! Progress of a measure = (current − baseline) / (target − baseline), shown as it is (1.50 is
//! half as far again beyond the target) and coloured on its value clamped to 0–1 and rounded as
//! shown; a range target is met anywhere inside it. An objective's score is the weighted mean of
//! its measures; a perspective's, the mean of its objectives. Missing data is "no data", never
//! zero.

use super::{BscObjective, Direction, Id, Measure, Scorecard, Target, Thresholds};

/// Where a measure stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MeasureState {
    /// No target set: progress cannot be measured.
    NoTarget,
    /// No current value recorded yet.
    NoData,
    /// No baseline, and the target is not met yet: how far along it is cannot be told.
    NoBaseline,
    /// Progress from baseline to target, as computed (not clamped).
    Progress(f64),
}

impl MeasureState {
    /// The score it counts with: progress clamped to 0–1.
    pub fn score(self) -> Option<f64> {
        match self {
            MeasureState::Progress(p) => Some(p.clamp(0.0, 1.0)),
            _ => None,
        }
    }
}

/// Red, amber or green by the plan's thresholds, or no data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Red,
    Amber,
    Green,
    NoData,
}

/// A score as it is shown: two decimals, and never "-0.00".
pub fn fmt_score(score: f64) -> String {
    let rounded = (score * 100.0).round() / 100.0;
    if rounded == 0.0 {
        "0.00".to_owned()
    } else {
        format!("{rounded:.2}")
    }
}

impl Status {
    /// The status of a score, judged on the value shown (rounded to two decimals, clamped to
    /// 0–1): 4.05 of 4.5 shows as 0.90 and is in the 0.90 band.
    pub fn of(score: Option<f64>, t: Thresholds) -> Status {
        let Some(s) = score else {
            return Status::NoData;
        };
        let s = ((s.clamp(0.0, 1.0)) * 100.0).round() / 100.0;
        if s < t.amber_from {
            Status::Red
        } else if s < t.green_from {
            Status::Amber
        } else {
            Status::Green
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Red => "red",
            Status::Amber => "amber",
            Status::Green => "green",
            Status::NoData => "no data",
        }
    }
}

impl Target {
    /// Whether `value` meets the target, for the measure's direction.
    pub fn met_by(self, value: f64, direction: Direction) -> bool {
        match (self, direction) {
            (Target::Range(lo, hi), _) => (lo..=hi).contains(&value),
            (Target::Value(t), Direction::HigherIsBetter) => value >= t,
            (Target::Value(t), Direction::LowerIsBetter) => value <= t,
        }
    }

    /// "0.42", "150–600".
    pub fn text(self) -> String {
        match self {
            Target::Value(t) => crate::i18n::number(t),
            Target::Range(lo, hi) => crate::tr!(
                "ex-range",
                lo = crate::i18n::number(lo),
                hi = crate::i18n::number(hi)
            ),
        }
    }
}

impl Measure {
    pub fn state(&self) -> MeasureState {
        self.state_for(self.current)
    }

    /// Where the measure would stand at `current` (for readings of the past).
    // Exact equality on purpose: only a distance of exactly zero cannot be divided by.
    #[allow(clippy::float_cmp)]
    pub fn state_for(&self, current: Option<f64>) -> MeasureState {
        let Some(target) = self.target else {
            return MeasureState::NoTarget;
        };
        let Some(current) = current else {
            return MeasureState::NoData;
        };
        let met = target.met_by(current, self.direction);
        // The value progress runs towards: the target, or the nearer end of the range.
        let aim = match target {
            Target::Value(t) => t,
            Target::Range(lo, _) if current < lo => lo,
            Target::Range(_, hi) => hi,
        };
        match self.baseline {
            _ if met && matches!(target, Target::Range(..)) => MeasureState::Progress(1.0),
            None if met => MeasureState::Progress(1.0),
            None => MeasureState::NoBaseline,
            // It was inside the range and has left it.
            Some(b) if matches!(target, Target::Range(..)) && target.met_by(b, self.direction) => {
                MeasureState::Progress(0.0)
            }
            // No distance to travel: met or not, by the direction.
            Some(b) if b == aim => MeasureState::Progress(if met { 1.0 } else { 0.0 }),
            Some(b) => MeasureState::Progress((current - b) / (aim - b)),
        }
    }

    /// How the measure's progress was computed, in words.
    // The same exact test as in `state_for`, to say which case it was.
    #[allow(clippy::float_cmp)]
    pub fn explain(&self) -> String {
        use crate::tr;
        let n = crate::i18n::number;
        let score = crate::i18n::score;
        let (Some(target), Some(current)) = (self.target, self.current) else {
            return match self.state() {
                MeasureState::NoTarget => tr!("ex-no-target"),
                _ => tr!("ex-no-current"),
            };
        };
        match (self.state(), self.baseline, target) {
            (MeasureState::NoBaseline, ..) => tr!(
                "ex-no-baseline-not-met",
                current = n(current),
                target = target.text()
            ),
            (MeasureState::Progress(p), _, Target::Range(lo, hi)) if p >= 1.0 => {
                tr!("ex-in-range", current = n(current), lo = n(lo), hi = n(hi))
            }
            (MeasureState::Progress(_), None, _) => tr!(
                "ex-no-baseline-met",
                current = n(current),
                target = target.text()
            ),
            (MeasureState::Progress(p), Some(b), _) => {
                let aim = match target {
                    Target::Value(t) => t,
                    Target::Range(lo, _) if current < lo => lo,
                    Target::Range(_, hi) => hi,
                };
                let same = b == aim;
                let (baseline, current, aim, got) = (n(b), n(current), n(aim), score(p));
                if same && p >= 1.0 {
                    tr!(
                        "ex-target-equals-baseline-met",
                        baseline = baseline,
                        current = current,
                        score = got
                    )
                } else if same {
                    tr!(
                        "ex-target-equals-baseline-not-met",
                        baseline = baseline,
                        current = current,
                        score = got
                    )
                } else {
                    tr!(
                        "ex-progress",
                        note = if p > 1.0 {
                            "beyond"
                        } else if p < 0.0 {
                            "away"
                        } else {
                            "none"
                        },
                        current = current,
                        baseline = baseline,
                        aim = aim,
                        score = got
                    )
                }
            }
            _ => String::new(),
        }
    }
}

impl BscObjective {
    /// The weighted mean of its measures' scores (progress clamped to 0–1); `None` when no
    /// measure has one.
    pub fn score(&self) -> Option<f64> {
        let (sum, weight) = self.scored().fold((0.0, 0.0), |(s, w), (m, p)| {
            (s + m.weight * p, w + m.weight)
        });
        (weight > 0.0).then(|| sum / weight)
    }

    fn scored(&self) -> impl Iterator<Item = (&Measure, f64)> {
        self.measures
            .iter()
            .filter_map(|m| m.state().score().map(|p| (m, p)))
    }

    /// How the objective's score was computed, in words.
    pub fn explain(&self) -> String {
        let parts: Vec<String> = self
            .scored()
            .map(|(m, p)| {
                crate::tr!(
                    "ex-term",
                    weight = crate::i18n::number(m.weight),
                    score = crate::i18n::score(p),
                    name = &m.name
                )
            })
            .collect();
        let skipped = self.measures.len() - parts.len();
        let skipped = if skipped > 0 {
            crate::tr!("ex-measures-left-out", count = skipped)
        } else {
            String::new()
        };
        match self.score() {
            None if self.measures.is_empty() => crate::tr!("ex-no-measures"),
            None => crate::tr!("ex-no-measure-score", left_out = skipped),
            Some(s) => {
                let total: f64 = self.scored().map(|(m, _)| m.weight).sum();
                crate::tr!(
                    "ex-weighted-mean",
                    terms = parts.join(" + "),
                    total = crate::i18n::number(total),
                    score = crate::i18n::score(s),
                    left_out = skipped
                )
            }
        }
    }
}

impl Scorecard {
    /// The mean score of a perspective's objectives that have a score.
    pub fn perspective_score(&self, perspective: Id) -> Option<f64> {
        let scores: Vec<f64> = self
            .objectives
            .iter()
            .filter(|o| o.perspective == perspective)
            .filter_map(BscObjective::score)
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    }

    /// The whole scorecard's score: the mean of its perspectives' scores.
    pub fn total(&self) -> Option<f64> {
        let scores: Vec<f64> = self
            .perspectives
            .iter()
            .filter_map(|p| self.perspective_score(p.id))
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    }

    pub fn objective(&self, id: Id) -> Option<&BscObjective> {
        self.objectives.iter().find(|o| o.id == id)
    }
}
