//! The rules of a dot vote: who may cast which dots, the count once revealed, and the numbers
//! typed to cast them ("1 3 3 5": two dots on item 3).

use super::{Ballot, DotVote, Id};

/// Why a ballot was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    #[error("{}", crate::tr!("ballot-no-participant"))]
    NoParticipant,
    #[error("{}", crate::tr!("ballot-not-a-number", text = .0, max = .1.to_string()))]
    NotANumber(String, usize),
    #[error("{}", crate::tr!("ballot-no-such-item", n = .0.to_string(), max = .1.to_string()))]
    NoSuchItem(usize, usize),
    #[error("{}", crate::tr!("ballot-over-budget", dots = .0.to_string(), budget = .1.to_string()))]
    OverBudget(usize, u32),
    #[error("{}", crate::tr!("ballot-twice", n = .0.to_string()))]
    TwiceOnOne(usize),
}

impl DotVote {
    /// Why the vote cannot start yet (shown on the button), or `None` when it can.
    pub fn cannot_start(&self) -> Option<&'static str> {
        if self.items.is_empty() {
            Some("There is nothing to vote on yet.")
        } else if self.dots_per_person == 0 {
            Some("Give each participant at least one dot.")
        } else {
            None
        }
    }

    /// The dots typed as item numbers ("1 3 3", "1,3,3"), checked against the vote's budget and
    /// rules; the ids they stand for.
    pub fn dots_from(&self, typed: &str) -> Result<Vec<Id>, BallotError> {
        let n = self.items.len();
        let mut dots = Vec::new();
        let mut per_item = vec![0usize; n];
        for word in typed
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|w| !w.is_empty())
        {
            let k: usize = word
                .parse()
                .map_err(|_| BallotError::NotANumber(word.to_owned(), n))?;
            if k == 0 || k > n {
                return Err(BallotError::NoSuchItem(k, n));
            }
            per_item[k - 1] += 1;
            if self.one_per_item && per_item[k - 1] > 1 {
                return Err(BallotError::TwiceOnOne(k));
            }
            dots.push(self.items[k - 1]);
        }
        if dots.len() > self.dots_per_person as usize {
            return Err(BallotError::OverBudget(dots.len(), self.dots_per_person));
        }
        Ok(dots)
    }

    /// The vote with `participant`'s ballot cast (replacing one they cast before).
    pub fn cast(&self, participant: &str, typed: &str) -> Result<DotVote, BallotError> {
        let participant = participant.trim();
        if participant.is_empty() {
            return Err(BallotError::NoParticipant);
        }
        let dots = self.dots_from(typed)?;
        let mut vote = self.clone();
        vote.ballots.retain(|b| b.participant != participant);
        vote.ballots.push(Ballot {
            participant: participant.to_owned(),
            dots,
        });
        Ok(vote)
    }

    /// Each item with its dots, most first (ties keep the items' order); items nobody voted
    /// for count 0. Dots on ids that are not among the items are not counted.
    pub fn ranked(&self) -> Vec<(Id, usize)> {
        let mut out: Vec<(Id, usize)> = self
            .items
            .iter()
            .map(|&item| {
                let dots = self
                    .ballots
                    .iter()
                    .flat_map(|b| &b.dots)
                    .filter(|&&d| d == item)
                    .count();
                (item, dots)
            })
            .collect();
        out.sort_by_key(|&(_, dots)| std::cmp::Reverse(dots));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(one_per_item: bool) -> DotVote {
        DotVote {
            id: Id(1),
            question: "Which first?".into(),
            date: None,
            items: vec![Id(10), Id(11), Id(12)],
            dots_per_person: 3,
            one_per_item,
            ballots: Vec::new(),
            revealed: false,
        }
    }

    #[test]
    fn a_vote_ranks_its_items_by_dots_and_ignores_dots_elsewhere() {
        let mut v = vote(false).cast("Ana", "2 2 3").unwrap();
        v.ballots.push(Ballot {
            participant: "Ben".into(),
            dots: vec![Id(12), Id(11), Id(99)],
        });
        assert_eq!(v.ranked(), [(Id(11), 3), (Id(12), 2), (Id(10), 0)]);
    }

    #[test]
    fn ballots_keep_to_the_budget_and_the_rules() {
        let v = vote(false);
        assert_eq!(v.dots_from("1, 3;3"), Ok(vec![Id(10), Id(12), Id(12)]));
        assert_eq!(v.dots_from("1 2 3 1"), Err(BallotError::OverBudget(4, 3)));
        assert_eq!(v.dots_from("4"), Err(BallotError::NoSuchItem(4, 3)));
        assert_eq!(
            v.dots_from("x"),
            Err(BallotError::NotANumber("x".into(), 3))
        );
        assert_eq!(vote(true).dots_from("2 2"), Err(BallotError::TwiceOnOne(2)));
        assert_eq!(v.cast("  ", "1"), Err(BallotError::NoParticipant));
        // Casting again replaces the participant's ballot.
        let v = v.cast("Ana", "1").unwrap().cast("Ana", "2 2").unwrap();
        assert_eq!(v.ballots.len(), 1);
        assert_eq!(v.ballots[0].dots, [Id(11), Id(11)]);
    }

    #[test]
    fn a_vote_without_items_or_dots_cannot_start() {
        let mut v = vote(false);
        assert_eq!(v.cannot_start(), None);
        v.dots_per_person = 0;
        assert!(v.cannot_start().is_some());
        v.items.clear();
        assert_eq!(v.cannot_start(), Some("There is nothing to vote on yet."));
    }
}
