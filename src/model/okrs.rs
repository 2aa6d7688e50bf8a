//! OKRs cascaded to teams: objectives, key results and their check-ins.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A dated progress record on a key result. History is kept, never overwritten.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub date: NaiveDate,
    /// The metric's value, or 1.0 / 0.0 for a milestone done / not done.
    pub value: f64,
    /// 1 (no chance) to 10 (certain).
    pub confidence: u8,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub who: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum KrKind {
    Metric {
        start: f64,
        target: f64,
        current: Option<f64>,
        unit: String,
    },
    Milestone {
        done: bool,
        due: Option<NaiveDate>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyResult {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub owner: Option<Id>,
    pub kind: KrKind,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OkrObjective {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub team: Option<Id>,
    #[serde(default)]
    pub owner: Option<Id>,
    /// E.g. "2027-Q1".
    pub period: String,
    /// The strategic priority it serves.
    #[serde(default)]
    pub priority: Option<Id>,
    /// The objective one level up it contributes to.
    #[serde(default)]
    pub parent: Option<Id>,
    #[serde(default)]
    pub key_results: Vec<KeyResult>,
    /// Set when its quarter was closed: the final score, kept for reading.
    #[serde(default)]
    pub closed: Option<f64>,
}

impl OkrObjective {
    /// The mean score of the key results that have one; `None` when none has.
    pub fn score(&self) -> Option<f64> {
        let scores: Vec<f64> = self
            .key_results
            .iter()
            .filter_map(KeyResult::score)
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    }
}

/// The quarter after `period` ("2027-Q4" → "2028-Q1"); `None` when it is not of that form.
pub fn next_period(period: &str) -> Option<String> {
    let (year, q) = period.trim().split_once("-Q")?;
    let year: i32 = year.parse().ok()?;
    let q: u8 = q.parse().ok()?;
    match q {
        1..=3 => Some(format!("{year}-Q{}", q + 1)),
        4 => Some(format!("{}-Q1", year + 1)),
        _ => None,
    }
}

impl KeyResult {
    /// The OKR score 0.0–1.0: progress from start to target, or 1/0 for a milestone.
    pub fn score(&self) -> Option<f64> {
        match &self.kind {
            KrKind::Metric {
                start,
                target,
                current,
                ..
            } => super::progress(*start, *target, (*current)?),
            KrKind::Milestone { done, .. } => Some(if *done { 1.0 } else { 0.0 }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::next_period;

    #[test]
    fn the_next_quarter_wraps_into_the_next_year() {
        assert_eq!(next_period("2027-Q1").as_deref(), Some("2027-Q2"));
        assert_eq!(next_period("2027-Q4").as_deref(), Some("2028-Q1"));
        assert_eq!(next_period(" 2027-Q3 ").as_deref(), Some("2027-Q4"));
        assert_eq!(next_period("2027-Q5"), None);
        assert_eq!(next_period("Spring 2027"), None);
    }
}
