//! The rules for adding to a history and for starting a period afresh: a reading or check-in
//! goes in date order after those of the same day, and the latest one is the current value; an
//! objective carried over starts where its last check-in left off.

use super::{
    BscObjective, CheckIn, Id, KeyResult, KrKind, Measure, ObjectiveState, OkrObjective, Reading,
};

impl Measure {
    /// Adds a reading in date order (after any of the same day) and makes the latest reading
    /// the current value. The history is kept, never overwritten.
    pub fn record(&mut self, reading: Reading) {
        let at = self.history.partition_point(|r| r.date <= reading.date);
        self.history.insert(at, reading);
        self.current = self.history.last().map(|r| r.value);
    }
}

impl KeyResult {
    /// Adds a check-in in date order (after any of the same day) and sets the key result's
    /// state from the latest check-in: the value of a metric, done for a milestone at 1, the
    /// zone (clamped to the zones there are) of an ordinal key result.
    pub fn record(&mut self, check_in: CheckIn) {
        let at = self.check_ins.partition_point(|c| c.date <= check_in.date);
        self.check_ins.insert(at, check_in);
        let latest = self.check_ins.last().map(|c| c.value);
        match &mut self.kind {
            KrKind::Metric { current, .. } => *current = latest,
            KrKind::Milestone { done, .. } => *done = latest.is_some_and(|v| v >= 1.0),
            KrKind::Ordinal { zones, current } => {
                *current = latest.map(|v| (v.max(0.0) as usize).min(zones.len().saturating_sub(1)));
            }
        }
    }
}

impl OkrObjective {
    /// The objective and its key results' ids.
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        std::iter::once(self.id).chain(self.key_results.iter().map(|k| k.id))
    }

    /// A copy for `period`, open, without parent or final score, with fresh ids from `fresh`;
    /// each key result starts where its last check-in (or current value) left off, with no
    /// check-ins yet.
    #[must_use]
    pub fn carried_to(&self, period: &str, mut fresh: impl FnMut() -> Id) -> OkrObjective {
        let mut next = self.clone();
        next.id = fresh();
        period.clone_into(&mut next.period);
        next.parent = None;
        next.state = ObjectiveState::Open;
        next.final_score = None;
        for kr in &mut next.key_results {
            kr.id = fresh();
            let last = kr.check_ins.last().map(|c| c.value);
            kr.check_ins.clear();
            match &mut kr.kind {
                KrKind::Metric { start, current, .. } => {
                    *start = last.or(*current).unwrap_or(*start);
                    *current = None;
                }
                KrKind::Milestone { done, .. } => *done = false,
                KrKind::Ordinal { current, .. } => *current = None,
            }
        }
        next
    }
}

impl BscObjective {
    /// The objective's, its measures' and its initiatives' ids.
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        std::iter::once(self.id)
            .chain(self.measures.iter().map(|m| m.id))
            .chain(self.initiatives.iter().map(|i| i.id))
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // values set and read back exactly
mod tests {
    use super::*;
    use crate::model::Plan;
    use jiff::civil::date;

    fn sample() -> Plan {
        crate::sample::sample_plan().unwrap()
    }

    fn check_in(day: i8, value: f64) -> CheckIn {
        CheckIn {
            date: date(2027, 3, day),
            value,
            confidence: 5,
            comment: String::new(),
            who: None,
        }
    }

    #[test]
    fn a_reading_goes_in_date_order_and_the_latest_is_current() {
        let plan = sample();
        let mut m = plan.scorecard.objectives[0].measures[0].clone();
        m.history.clear();
        m.record(Reading {
            date: date(2027, 3, 10),
            value: 5.0,
        });
        m.record(Reading {
            date: date(2027, 3, 1),
            value: 2.0,
        });
        assert_eq!(
            m.current,
            Some(5.0),
            "a back-dated reading is not the current value"
        );
        m.record(Reading {
            date: date(2027, 3, 10),
            value: 6.0,
        });
        let values: Vec<f64> = m.history.iter().map(|r| r.value).collect();
        assert_eq!(
            values,
            [2.0, 5.0, 6.0],
            "same day: the later entry comes last"
        );
        assert_eq!(m.current, Some(6.0));
    }

    #[test]
    fn a_check_in_sets_the_state_of_each_kind_of_key_result() {
        let plan = sample();
        let mut krs = plan.okrs.iter().flat_map(|o| o.key_results.iter());
        let mut metric = krs
            .clone()
            .find(|k| matches!(k.kind, KrKind::Metric { .. }))
            .unwrap()
            .clone();
        metric.check_ins.clear();
        metric.record(check_in(9, 30.0));
        metric.record(check_in(2, 10.0));
        assert!(matches!(metric.kind, KrKind::Metric { current: Some(v), .. } if v == 30.0));
        assert_eq!(metric.check_ins[0].value, 10.0);

        let mut milestone = krs
            .find(|k| matches!(k.kind, KrKind::Milestone { .. }))
            .unwrap()
            .clone();
        milestone.record(check_in(28, 1.0));
        assert!(matches!(
            milestone.kind,
            KrKind::Milestone { done: true, .. }
        ));

        let mut ordinal = milestone.clone();
        ordinal.kind = KrKind::Ordinal {
            zones: ["red", "amber", "green"]
                .iter()
                .zip([0.0, 0.5, 1.0])
                .map(|(name, score)| crate::model::Zone {
                    name: (*name).to_owned(),
                    description: String::new(),
                    score,
                })
                .collect(),
            current: None,
        };
        ordinal.record(check_in(29, 7.0));
        assert!(
            matches!(
                ordinal.kind,
                KrKind::Ordinal {
                    current: Some(2),
                    ..
                }
            ),
            "clamped to the last zone"
        );
    }

    #[test]
    fn a_carried_objective_starts_where_it_left_off_with_fresh_ids() {
        let plan = sample();
        let o = plan
            .okrs
            .iter()
            .find(|o| o.key_results.iter().any(|k| !k.check_ins.is_empty()))
            .unwrap();
        let mut next_id = 10_000;
        let copy = o.carried_to("2027-Q3", || {
            next_id += 1;
            Id(next_id)
        });
        assert_eq!(copy.period, "2027-Q3");
        assert_eq!(copy.state, ObjectiveState::Open);
        assert!(copy.ids().all(|id| id.0 > 10_000), "every id is fresh");
        assert_eq!(copy.ids().count(), o.ids().count());
        for (old, new) in o.key_results.iter().zip(&copy.key_results) {
            assert!(new.check_ins.is_empty());
            if let (KrKind::Metric { current: was, .. }, KrKind::Metric { start, current, .. }) =
                (&old.kind, &new.kind)
            {
                let last = old.check_ins.last().map(|c| c.value).or(*was);
                if let Some(last) = last {
                    assert_eq!(*start, last);
                }
                assert_eq!(*current, None);
            }
        }
    }
}
