//! OKRs cascaded to teams: objectives, key results and their check-ins.

use super::Id;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A dated progress record on a key result. History is kept, never overwritten.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub date: Date,
    /// The metric's value, 1.0 / 0.0 for a milestone done / not done, or the zone's index of an
    /// ordinal key result.
    pub value: f64,
    /// On the plan's confidence scale (1–10, or 0–10).
    pub confidence: u8,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub who: Option<Id>,
}

/// A level of an ordinal key result, e.g. fail / commit / target / stretch, with what it means
/// and the score reaching it gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum KrKind {
    Metric {
        start: f64,
        target: f64,
        current: Option<f64>,
        unit: String,
        /// A deadline, where the key result has one.
        #[serde(default)]
        due: Option<Date>,
        /// The value that scores 0.3 ("commit"), when the key result says.
        #[serde(default)]
        commit: Option<f64>,
        /// The value that scores 1.0 ("stretch"); the target then scores 0.7.
        #[serde(default)]
        stretch: Option<f64>,
    },
    Milestone {
        done: bool,
        due: Option<Date>,
    },
    /// Named levels instead of a number: where it stands is one of the zones.
    Ordinal {
        zones: Vec<Zone>,
        /// Index into `zones`; `None` before the first check-in.
        current: Option<usize>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyResult {
    pub id: Id,
    pub name: String,
    /// A person, or a team.
    #[serde(default)]
    pub owner: Option<Id>,
    /// Its share in the objective's score, relative to the other key results.
    #[serde(default = "one")]
    pub weight: f64,
    pub kind: KrKind,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

fn one() -> f64 {
    1.0
}

/// Where an objective stands at the end of its period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
pub enum ObjectiveState {
    #[default]
    Open,
    Achieved,
    Partly,
    Dropped,
    /// Carried into the next period (a copy continues there).
    CarriedOver,
}

impl ObjectiveState {
    pub fn label(self) -> &'static str {
        match self {
            ObjectiveState::Open => "open",
            ObjectiveState::Achieved => "achieved",
            ObjectiveState::Partly => "partly achieved",
            ObjectiveState::Dropped => "dropped",
            ObjectiveState::CarriedOver => "carried over",
        }
    }
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
    /// A person, or a team.
    #[serde(default)]
    pub owner: Option<Id>,
    /// E.g. "2027-Q1", "FY25-Q4", or one of the plan's own periods.
    pub period: String,
    /// The strategic priority it serves.
    #[serde(default)]
    pub priority: Option<Id>,
    /// The objective one level up it contributes to.
    #[serde(default)]
    pub parent: Option<Id>,
    #[serde(default)]
    pub key_results: Vec<KeyResult>,
    #[serde(default)]
    pub state: ObjectiveState,
    /// The final score people gave it when its period was closed; shown everywhere in place
    /// of the computed one.
    #[serde(default)]
    pub final_score: Option<f64>,
}

/// A period OKRs are set for, when the plan uses its own (sprints, "H1 2027", fiscal
/// quarters with dates).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub name: String,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
}

impl OkrObjective {
    /// The score shown for the objective: its final score once closed, else the weighted mean
    /// of its key results' scores; `None` when none has one.
    pub fn score(&self) -> Option<f64> {
        self.final_score.or_else(|| self.computed_score())
    }

    /// The weighted mean of the key results that have a score.
    pub fn computed_score(&self) -> Option<f64> {
        let (sum, weight) = self
            .key_results
            .iter()
            .filter_map(|k| k.score().map(|s| (s, k.weight)))
            .fold((0.0, 0.0), |(s, w), (score, weight)| {
                (s + score * weight, w + weight)
            });
        (weight > 0.0).then(|| sum / weight)
    }

    /// Whether its period is over (closed in any way).
    pub fn is_closed(&self) -> bool {
        self.state != ObjectiveState::Open
    }
}

/// The period after `period`: the next of the plan's own periods when it is one of them, else
/// the next quarter ("2027-Q4" → "2028-Q1", "FY25-Q4" → "FY26-Q1"); `None` when neither.
pub fn next_period(period: &str, own: &[Period]) -> Option<String> {
    let period = period.trim();
    if let Some(i) = own.iter().position(|p| p.name == period) {
        return own.get(i + 1).map(|p| p.name.clone());
    }
    let (prefix, q) = period.rsplit_once('Q')?;
    let q: u8 = q.parse().ok()?;
    match q {
        1..=3 => Some(format!("{prefix}Q{}", q + 1)),
        4 => {
            // The year is the run of digits just before the quarter ("2027-", "FY25-").
            let head = prefix.trim_end_matches(|c: char| !c.is_ascii_digit());
            let digits: String = head
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if digits.is_empty() {
                return None;
            }
            let year: u64 = digits.parse().ok()?;
            let next = format!("{:0width$}", year + 1, width = digits.len());
            let start = head.len() - digits.len();
            Some(format!(
                "{}{next}{}Q1",
                &head[..start],
                &prefix[head.len()..]
            ))
        }
        _ => None,
    }
}

impl KeyResult {
    /// The OKR score 0.0–1.0: progress from start to target (with commit and stretch values,
    /// 0.3 at commit, 0.7 at target, 1.0 at stretch), 1/0 for a milestone, the zone's score for
    /// an ordinal key result.
    pub fn score(&self) -> Option<f64> {
        match &self.kind {
            KrKind::Metric {
                start,
                target,
                current,
                commit,
                stretch,
                ..
            } => metric_score(*start, *target, *commit, *stretch, (*current)?),
            KrKind::Milestone { done, .. } => Some(if *done { 1.0 } else { 0.0 }),
            KrKind::Ordinal { zones, current } => zones.get((*current)?).map(|z| z.score),
        }
    }

    /// The score a value would give (for check-ins recorded in the past).
    pub fn score_of(&self, value: f64) -> Option<f64> {
        match &self.kind {
            KrKind::Metric {
                start,
                target,
                commit,
                stretch,
                ..
            } => metric_score(*start, *target, *commit, *stretch, value),
            KrKind::Milestone { .. } => Some(value.clamp(0.0, 1.0)),
            KrKind::Ordinal { zones, .. } => zones.get(value.max(0.0) as usize).map(|z| z.score),
        }
    }
}

impl KeyResult {
    /// Where the key result stands, in words: "18 → 40 vans, now 26, due 2027-03-31",
    /// "✓ done", "at “commit”".
    pub fn state_text(&self) -> String {
        use crate::tr;
        let n = crate::i18n::number;
        let date = crate::i18n::date;
        match &self.kind {
            KrKind::Metric {
                start,
                target,
                current,
                unit,
                due,
                commit,
                stretch,
            } => {
                // The unit follows the target after a space, when there is one.
                let unit = if unit.trim().is_empty() {
                    String::new()
                } else {
                    format!(" {}", unit.trim())
                };
                let bands = match (commit, stretch) {
                    (Some(c), Some(s)) => tr!("kr-st-bands-both", commit = n(*c), stretch = n(*s)),
                    (None, Some(s)) => tr!("kr-st-bands-stretch", stretch = n(*s)),
                    _ => String::new(),
                };
                tr!(
                    "kr-st-metric",
                    start = n(*start),
                    target = n(*target),
                    unit = unit,
                    current = current.map_or("—".into(), n),
                    bands = bands,
                    due = due.map_or(String::new(), |d| tr!("kr-st-due", due = date(d)))
                )
            }
            KrKind::Milestone { done, due } => {
                let state = if *done {
                    tr!("kr-st-done")
                } else {
                    tr!("kr-st-not-done")
                };
                due.map_or_else(
                    || state.clone(),
                    |d| tr!("kr-st-milestone-due", state = &state, due = date(d)),
                )
            }
            KrKind::Ordinal { zones, current } => current.and_then(|c| zones.get(c)).map_or_else(
                || tr!("kr-st-no-level"),
                |z| tr!("kr-st-at", level = &z.name),
            ),
        }
    }
}

/// Linear from start (0) to target (1), or through commit (0.3), target (0.7) and stretch (1.0)
/// when those are set; clamped to 0–1.
// Exact equality on purpose: only equal points make a zero-width step to skip.
#[allow(clippy::float_cmp)]
fn metric_score(
    start: f64,
    target: f64,
    commit: Option<f64>,
    stretch: Option<f64>,
    value: f64,
) -> Option<f64> {
    let Some(stretch) = stretch else {
        return super::progress(start, target, value);
    };
    let points = match commit {
        Some(commit) if commit != start => {
            vec![(start, 0.0), (commit, 0.3), (target, 0.7), (stretch, 1.0)]
        }
        _ => vec![(start, 0.0), (target, 0.7), (stretch, 1.0)],
    };
    let forward = stretch >= start;
    let past = |v: f64, p: f64| if forward { v >= p } else { v <= p };
    let mut score = 0.0;
    for pair in points.windows(2) {
        let ((a, sa), (b, sb)) = (pair[0], pair[1]);
        if past(value, b) {
            score = sb;
            continue;
        }
        if past(value, a) && a != b {
            score = sa + (sb - sa) * (value - a) / (b - a);
        }
        break;
    }
    Some(score.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_quarter_wraps_into_the_next_year() {
        assert_eq!(next_period("2027-Q1", &[]).as_deref(), Some("2027-Q2"));
        assert_eq!(next_period("2027-Q4", &[]).as_deref(), Some("2028-Q1"));
        assert_eq!(next_period(" 2027-Q3 ", &[]).as_deref(), Some("2027-Q4"));
        assert_eq!(next_period("FY25-Q4", &[]).as_deref(), Some("FY26-Q1"));
        assert_eq!(next_period("FY09-Q4", &[]).as_deref(), Some("FY10-Q1"));
        assert_eq!(next_period("2027-Q5", &[]), None);
        assert_eq!(next_period("Spring 2027", &[]), None);
    }

    #[test]
    fn the_plan_s_own_periods_follow_each_other() {
        let own = ["Sprint 7", "Sprint 8"].map(|n| Period {
            name: n.into(),
            start: None,
            end: None,
        });
        assert_eq!(next_period("Sprint 7", &own).as_deref(), Some("Sprint 8"));
        assert_eq!(next_period("Sprint 8", &own), None);
    }

    #[test]
    fn commit_target_and_stretch_give_the_published_bands() {
        let s = |v| metric_score(0.0, 70.0, Some(30.0), Some(100.0), v).unwrap();
        assert!((s(30.0) - 0.3).abs() < 1e-9);
        assert!((s(70.0) - 0.7).abs() < 1e-9);
        assert!((s(100.0) - 1.0).abs() < 1e-9);
        assert!((s(15.0) - 0.15).abs() < 1e-9);
        assert!((s(85.0) - 0.85).abs() < 1e-9);
        assert!((s(120.0) - 1.0).abs() < 1e-9, "clamped beyond stretch");
        // Lower is better: load time from 3.0 s, commit 2.5, target 2.0, stretch 1.5.
        let l = |v| metric_score(3.0, 2.0, Some(2.5), Some(1.5), v).unwrap();
        assert!((l(2.5) - 0.3).abs() < 1e-9);
        assert!((l(1.5) - 1.0).abs() < 1e-9);
        // Without them, linear from start to target.
        assert_eq!(metric_score(0.0, 10.0, None, None, 5.0), Some(0.5));
    }
}
