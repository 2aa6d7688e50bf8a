//! The rules of a confidence round: answers on the plan's scale, hidden until revealed, and the
//! spread the room then sees (lowest, median, highest) with who answered low and why.

use super::{Answer, ConfidenceRound};

/// How far apart the room's answers are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub min: u8,
    pub median: f64,
    pub max: u8,
}

impl std::fmt::Display for Spread {
    /// "lowest 3 · median 7.5 · highest 9".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "lowest {} · median {} · highest {}",
            self.min,
            super::fmt_num(self.median),
            self.max
        )
    }
}

impl ConfidenceRound {
    /// The round with `participant`'s answer (replacing one they gave before); refused with the
    /// reason when nobody is named or the value is off the scale.
    pub fn answer(
        &self,
        participant: &str,
        value: u8,
        note: &str,
        scale: std::ops::RangeInclusive<u8>,
    ) -> Result<ConfidenceRound, String> {
        let participant = participant.trim();
        if participant.is_empty() {
            return Err(crate::tr!("round-no-participant"));
        }
        if !scale.contains(&value) {
            return Err(crate::tr!(
                "round-off-scale",
                value = value.to_string(),
                low = scale.start().to_string(),
                high = scale.end().to_string()
            ));
        }
        let mut round = self.clone();
        round.answers.retain(|a| a.participant != participant);
        round.answers.push(Answer {
            participant: participant.to_owned(),
            value,
            note: note.trim().to_owned(),
        });
        Ok(round)
    }

    /// Lowest, median and highest answer; `None` before anyone answered.
    pub fn spread(&self) -> Option<Spread> {
        let mut values: Vec<u8> = self.answers.iter().map(|a| a.value).collect();
        values.sort_unstable();
        let (&min, &max) = (values.first()?, values.last()?);
        let mid = values.len() / 2;
        let median = if values.len().is_multiple_of(2) {
            f64::midpoint(f64::from(values[mid - 1]), f64::from(values[mid]))
        } else {
            f64::from(values[mid])
        };
        Some(Spread { min, median, max })
    }

    /// Those who answered below the median: the room hears why.
    pub fn low(&self) -> Vec<&Answer> {
        let Some(s) = self.spread() else {
            return Vec::new();
        };
        self.answers
            .iter()
            .filter(|a| f64::from(a.value) < s.median)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    fn round() -> ConfidenceRound {
        ConfidenceRound {
            id: Id(1),
            question: "How confident are we?".into(),
            date: None,
            about: Vec::new(),
            answers: Vec::new(),
            revealed: false,
        }
    }

    #[test]
    fn the_spread_and_the_low_voters() {
        let r = round()
            .answer("Ana", 8, "", 1..=10)
            .unwrap()
            .answer("Ben", 3, "the chargers are late", 1..=10)
            .unwrap()
            .answer("Chen", 7, "", 1..=10)
            .unwrap()
            .answer("Dia", 9, "", 1..=10)
            .unwrap();
        assert_eq!(
            r.spread(),
            Some(Spread {
                min: 3,
                median: 7.5,
                max: 9
            })
        );
        assert_eq!(
            r.spread().unwrap().to_string(),
            "lowest 3 · median 7.5 · highest 9"
        );
        let low: Vec<&str> = r.low().iter().map(|a| a.participant.as_str()).collect();
        assert_eq!(low, ["Ben", "Chen"]);
        assert_eq!(round().spread(), None);
    }

    #[test]
    fn answers_keep_to_the_scale_and_replace_earlier_ones() {
        assert!(round().answer("Ana", 0, "", 1..=10).is_err());
        assert!(round().answer(" ", 5, "", 1..=10).is_err());
        let r = round()
            .answer("Ana", 4, "", 0..=10)
            .unwrap()
            .answer("Ana", 6, "", 0..=10)
            .unwrap();
        assert_eq!(r.answers.len(), 1);
        assert_eq!(r.answers[0].value, 6);
    }
}

impl super::Proposal {
    /// Still being negotiated: not yet agreed or rejected.
    pub fn is_open(&self) -> bool {
        !matches!(
            self.status,
            super::CatchballStatus::Agreed | super::CatchballStatus::Rejected
        )
    }

    /// The proposal moved to `status`, the step kept in its history with when and why.
    #[must_use]
    pub fn moved_to(
        &self,
        status: super::CatchballStatus,
        comment: &str,
        date: jiff::civil::Date,
    ) -> super::Proposal {
        let mut next = self.clone();
        next.status = status;
        next.history.push(super::StatusChange {
            status,
            who: None,
            date: Some(date),
            comment: comment.trim().to_owned(),
        });
        next
    }
}

#[cfg(test)]
mod proposal_tests {
    use crate::model::{CatchballStatus, Id, Proposal};

    #[test]
    fn a_proposal_keeps_every_step_and_closes_when_agreed_or_rejected() {
        let p = Proposal {
            id: Id(1),
            item: Id(2),
            team: Some(Id(3)),
            status: CatchballStatus::Proposed,
            history: Vec::new(),
        };
        assert!(p.is_open());
        let day = jiff::civil::date(2027, 2, 15);
        let p = p
            .moved_to(CatchballStatus::Revised, " target too high ", day)
            .moved_to(CatchballStatus::Agreed, "", day);
        assert!(!p.is_open());
        assert_eq!(p.history.len(), 2);
        assert_eq!(p.history[0].comment, "target too high");
        assert_eq!(p.history[1].status, CatchballStatus::Agreed);
    }
}
