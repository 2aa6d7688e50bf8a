//! Which way a key result or a measure is heading: its last recorded value against the one
//! before, judged by the direction that counts as better.

use super::{BscObjective, Direction, KeyResult, KrKind, Measure};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Better,
    Same,
    Worse,
}

impl Trend {
    /// An arrow that reads without colour: ↗ better, → same, ↘ worse.
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Better => "↗",
            Trend::Same => "→",
            Trend::Worse => "↘",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Trend::Better => "improving",
            Trend::Same => "flat",
            Trend::Worse => "worsening",
        }
    }

    /// From the change of a value where `higher` means better.
    fn of(previous: f64, last: f64, higher_is_better: bool) -> Trend {
        let delta = last - previous;
        let scale = previous.abs().max(last.abs()).max(1e-9);
        if delta.abs() <= scale * 1e-9 {
            Trend::Same
        } else if (delta > 0.0) == higher_is_better {
            Trend::Better
        } else {
            Trend::Worse
        }
    }
}

impl KeyResult {
    /// The last check-in against the one before; `None` with fewer than two check-ins.
    pub fn trend(&self) -> Option<Trend> {
        let [.., previous, last] = self.check_ins.as_slice() else {
            return None;
        };
        let higher_is_better = match &self.kind {
            KrKind::Metric { start, target, .. } => target >= start,
            // Done is 1, and a later zone is further along.
            KrKind::Milestone { .. } | KrKind::Ordinal { .. } => true,
        };
        Some(Trend::of(previous.value, last.value, higher_is_better))
    }
}

impl Measure {
    /// The last reading against the one before; `None` with fewer than two readings.
    pub fn trend(&self) -> Option<Trend> {
        let [.., previous, last] = self.history.as_slice() else {
            return None;
        };
        Some(Trend::of(
            previous.value,
            last.value,
            self.direction == Direction::HigherIsBetter,
        ))
    }
}

impl BscObjective {
    /// How the weighted progress of the measures moved between their last two readings;
    /// `None` when no measure with a score has two readings.
    pub fn trend(&self) -> Option<Trend> {
        let mut change = 0.0;
        let mut weight = 0.0;
        for m in &self.measures {
            let [.., previous, last] = m.history.as_slice() else {
                continue;
            };
            let progress = |v: f64| m.state_for(Some(v)).score();
            if let (Some(p0), Some(p1)) = (progress(previous.value), progress(last.value)) {
                change += m.weight * (p1 - p0);
                weight += m.weight;
            }
        }
        (weight > 0.0).then(|| Trend::of(0.0, change / weight, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CheckIn, Id, Reading};
    use jiff::civil::Date;

    fn day(d: i8) -> Date {
        jiff::civil::date(2027, 1, d)
    }

    fn kr(start: f64, target: f64, values: &[f64]) -> KeyResult {
        KeyResult {
            id: Id(1),
            name: "k".into(),
            owner: None,
            weight: 1.0,
            kind: KrKind::Metric {
                start,
                target,
                current: values.last().copied(),
                unit: String::new(),
                due: None,
                commit: None,
                stretch: None,
            },
            check_ins: values
                .iter()
                .enumerate()
                .map(|(i, &value)| CheckIn {
                    date: day(i8::try_from(i).unwrap() + 1),
                    value,
                    confidence: 5,
                    comment: String::new(),
                    who: None,
                })
                .collect(),
        }
    }

    #[test]
    fn a_key_result_trends_towards_its_target() {
        assert_eq!(kr(0.0, 10.0, &[2.0, 4.0]).trend(), Some(Trend::Better));
        assert_eq!(kr(0.0, 10.0, &[4.0, 2.0]).trend(), Some(Trend::Worse));
        // Lower is better: from 2.0 s towards 1.4 s.
        assert_eq!(kr(2.0, 1.4, &[1.9, 1.7]).trend(), Some(Trend::Better));
        assert_eq!(kr(0.0, 10.0, &[3.0, 3.0]).trend(), Some(Trend::Same));
        assert_eq!(kr(0.0, 10.0, &[3.0]).trend(), None);
    }

    #[test]
    fn a_measure_trends_by_its_direction() {
        let mut m = Measure {
            id: Id(2),
            name: "m".into(),
            unit: String::new(),
            baseline: Some(0.0),
            target: Some(crate::model::Target::Value(1.0)),
            current: None,
            min: None,
            max: None,
            weight: 1.0,
            interval: crate::model::UpdateInterval::Monthly,
            direction: Direction::LowerIsBetter,
            history: vec![
                Reading {
                    date: day(1),
                    value: 5.0,
                },
                Reading {
                    date: day(2),
                    value: 4.0,
                },
            ],
        };
        assert_eq!(m.trend(), Some(Trend::Better));
        m.direction = Direction::HigherIsBetter;
        assert_eq!(m.trend(), Some(Trend::Worse));
        // From baseline 0 towards −10: −2 then −5 is progress from 0.2 to 0.5.
        m.target = Some(crate::model::Target::Value(-10.0));
        m.direction = Direction::LowerIsBetter;
        m.history[0].value = -2.0;
        m.history[1].value = -5.0;
        let objective = BscObjective {
            id: Id(3),
            name: "o".into(),
            perspective: Id(9),
            owner: None,
            why: String::new(),
            measures: vec![m],
            initiatives: Vec::new(),
            priorities: Vec::new(),
            metrics: Vec::new(),
            target_year: None,
            status_note: String::new(),
        };
        assert_eq!(objective.trend(), Some(Trend::Better));
    }
}
