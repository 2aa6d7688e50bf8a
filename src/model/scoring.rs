//! Balanced Scorecard scoring, transparent: each number comes with the words that explain it.
//! Progress of a measure = (current − baseline) / (target − baseline), clamped to 0..1; an
//! objective's score is the weighted mean of its measures; a perspective's, the mean of its
//! objectives. Missing data is "no data", never zero.

use super::{BscObjective, Measure, Perspective, Scorecard, Thresholds};
use crate::model::progress;

/// Where a measure stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MeasureState {
    /// No target set: progress cannot be measured.
    NoTarget,
    /// No current value recorded yet.
    NoData,
    /// Target equals baseline: there is no distance to travel.
    Flat,
    /// Progress from baseline to target, 0..=1.
    Progress(f64),
}

/// Red, amber or green by the plan's thresholds, or no data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Red,
    Amber,
    Green,
    NoData,
}

impl Status {
    pub fn of(score: Option<f64>, t: Thresholds) -> Status {
        match score {
            None => Status::NoData,
            Some(s) if s < t.amber_from => Status::Red,
            Some(s) if s < t.green_from => Status::Amber,
            Some(_) => Status::Green,
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

impl Measure {
    pub fn state(&self) -> MeasureState {
        let Some(target) = self.target else {
            return MeasureState::NoTarget;
        };
        let Some(current) = self.current else {
            return MeasureState::NoData;
        };
        match progress(self.baseline, target, current) {
            Some(p) => MeasureState::Progress(p),
            None => MeasureState::Flat,
        }
    }

    /// How the measure's progress was computed, in words.
    pub fn explain(&self) -> String {
        let n = crate::model::fmt_num;
        match (self.state(), self.target, self.current) {
            (MeasureState::NoTarget, ..) => "No target set, so progress cannot be measured.".into(),
            (MeasureState::NoData, ..) => {
                "No current value recorded yet (no data, not zero).".into()
            }
            (MeasureState::Flat, ..) => format!(
                "Target equals baseline ({}): there is no distance to measure progress on.",
                n(self.baseline)
            ),
            (MeasureState::Progress(p), Some(t), Some(c)) => format!(
                "({} − {}) / ({} − {}) = {:.2}{}",
                n(c),
                n(self.baseline),
                n(t),
                n(self.baseline),
                p,
                if (c - self.baseline) / (t - self.baseline) > 1.0 {
                    ", beyond target, shown as 1.00"
                } else if (c - self.baseline) / (t - self.baseline) < 0.0 {
                    ", moving away from target, shown as 0.00"
                } else {
                    ""
                }
            ),
            (MeasureState::Progress(p), ..) => format!("{p:.2}"),
        }
    }
}

impl BscObjective {
    /// The weighted mean progress of the measures that have one; `None` when none has.
    pub fn score(&self) -> Option<f64> {
        let (sum, weight) = self.scored().fold((0.0, 0.0), |(s, w), (m, p)| {
            (s + m.weight * p, w + m.weight)
        });
        (weight > 0.0).then(|| sum / weight)
    }

    fn scored(&self) -> impl Iterator<Item = (&Measure, f64)> {
        self.measures.iter().filter_map(|m| match m.state() {
            MeasureState::Progress(p) => Some((m, p)),
            _ => None,
        })
    }

    /// How the objective's score was computed, in words.
    pub fn explain(&self) -> String {
        let parts: Vec<String> = self
            .scored()
            .map(|(m, p)| {
                format!(
                    "{} × {:.2} ({})",
                    crate::model::fmt_num(m.weight),
                    p,
                    m.name
                )
            })
            .collect();
        let skipped = self.measures.len() - parts.len();
        let skipped = if skipped > 0 {
            format!(" {skipped} measure(s) without data or target are left out.")
        } else {
            String::new()
        };
        match self.score() {
            None if self.measures.is_empty() => "No measures yet.".into(),
            None => format!("No measure has data and a target yet.{skipped}"),
            Some(s) => {
                let total: f64 = self.scored().map(|(m, _)| m.weight).sum();
                format!(
                    "Weighted mean: ({}) / {} = {:.2}.{skipped}",
                    parts.join(" + "),
                    crate::model::fmt_num(total),
                    s
                )
            }
        }
    }
}

impl Scorecard {
    /// The mean score of a perspective's objectives that have a score.
    pub fn perspective_score(&self, p: Perspective) -> Option<f64> {
        let scores: Vec<f64> = self
            .objectives
            .iter()
            .filter(|o| o.perspective == p)
            .filter_map(BscObjective::score)
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    }

    pub fn objective(&self, id: super::Id) -> Option<&BscObjective> {
        self.objectives.iter().find(|o| o.id == id)
    }
}
