//! Turning a workshop exercise's result into the plan, as one undoable step: a dot vote's
//! priorities kept in the order of their dots (the ones below the cut removed), a confidence
//! round's median recorded as a check-in confidence on the key results it was about.

use super::list::not_found;
use super::{Edit, EditError};
use crate::model::{CheckIn, Id, KrKind, Plan};
use jiff::civil::Date;

/// Keeps the `keep` priorities with the most dots of vote `vote`, first and in order of their
/// dots; removes the other priorities the vote was on (with what links to them, as deleting
/// does). Priorities the vote was not about stay, after them.
pub fn apply_vote(plan: &Plan, vote: Id, keep: usize) -> Result<Edit, EditError> {
    let v = plan
        .workshop
        .votes
        .iter()
        .find(|v| v.id == vote)
        .ok_or(not_found("dot vote", vote))?;
    if let Some(&other) = v.items.iter().find(|&&i| plan.priority(i).is_none()) {
        return Err(EditError::Refused(crate::tr!(
            "err-vote-not-priorities",
            question = &v.question,
            id = other.0.to_string()
        )));
    }
    let ranked: Vec<Id> = v.ranked().into_iter().map(|(id, _)| id).collect();
    let (kept, dropped) = ranked.split_at(keep.min(ranked.len()));
    let mut edits: Vec<Edit> = dropped.iter().map(|&id| Edit::RemovePriority(id)).collect();
    // The order after the removals, moved into the wanted order one priority at a time.
    let mut order: Vec<Id> = plan
        .priorities
        .iter()
        .map(|p| p.id)
        .filter(|id| !dropped.contains(id))
        .collect();
    for (to, &id) in kept.iter().enumerate() {
        if let Some(from) = order.iter().position(|&x| x == id)
            && from != to
        {
            order.remove(from);
            order.insert(to, id);
            edits.push(Edit::MovePriority { id, to });
        }
    }
    Ok(Edit::step("apply the vote", edits))
}

/// Records round `round`'s median confidence as a check-in (at each key result's current
/// value, dated `today`) on the key results it was about: those named, those of the objectives
/// named, or every open key result of the current period when it was about the whole plan.
/// Key results with no value yet are passed over (no data is not zero).
pub fn record_round(plan: &Plan, round: Id, today: Date) -> Result<Edit, EditError> {
    let r = plan
        .workshop
        .confidence_rounds
        .iter()
        .find(|r| r.id == round)
        .ok_or(not_found("confidence round", round))?;
    let spread = r.spread().ok_or(EditError::Invalid(
        "Nobody has answered yet: there is no confidence to record.",
    ))?;
    let scale = plan.settings.confidence.range();
    let confidence = (spread.median.round() as u8).clamp(*scale.start(), *scale.end());
    let mut edits = Vec::new();
    for o in &plan.okrs {
        let whole = r.about.is_empty() && !o.is_closed() && o.period == plan.current_period;
        let mut changed = o.clone();
        for kr in &mut changed.key_results {
            if !(whole || r.about.contains(&o.id) || r.about.contains(&kr.id)) {
                continue;
            }
            // At the value it stands at; one with no data yet gets none invented.
            let value = match &kr.kind {
                KrKind::Metric { current, .. } => *current,
                KrKind::Milestone { done, .. } => Some(f64::from(u8::from(*done))),
                KrKind::Ordinal { current, .. } => current.map(|c| c as f64),
            };
            let Some(value) = value else { continue };
            kr.record(CheckIn {
                date: today,
                value,
                confidence,
                comment: format!("Confidence round: {}", r.question),
                who: None,
            });
        }
        if changed != *o {
            edits.push(Edit::UpdateOkr(changed));
        }
    }
    if edits.is_empty() {
        return Err(EditError::Invalid(
            "The round is not about any key result that is still there.",
        ));
    }
    Ok(Edit::step("record the confidence", edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Session;
    use crate::model::{Ballot, DotVote};

    #[test]
    fn the_top_priorities_are_kept_in_vote_order_and_undo_restores_all() {
        let plan = crate::sample::sample_plan().unwrap();
        let ids: Vec<Id> = plan.priorities.iter().map(|p| p.id).collect();
        let mut session = Session::opened(plan);
        let vote = DotVote {
            id: session.fresh_id(),
            question: "Which matter most?".into(),
            date: None,
            items: ids.clone(),
            dots_per_person: 6,
            one_per_item: false,
            ballots: vec![Ballot {
                participant: "Room".into(),
                dots: vec![ids[2], ids[2], ids[2], ids[0], ids[0], ids[3]],
            }],
            revealed: true,
        };
        let mut w = session.plan().workshop.clone();
        w.votes = vec![vote.clone()];
        session.apply(Edit::SetWorkshop(w)).unwrap();
        let before = session.plan().clone();
        let edit = apply_vote(session.plan(), vote.id, 2).unwrap();
        session.apply(edit).unwrap();
        let now: Vec<Id> = session.plan().priorities.iter().map(|p| p.id).collect();
        assert_eq!(now, [ids[2], ids[0]], "top two, most dots first");
        assert!(crate::model::validate(session.plan()).is_empty());
        assert_eq!(session.undo(), Ok(Some("apply the vote")));
        assert!(
            session.plan() == &before,
            "one undo restores every priority and link"
        );
    }

    #[test]
    fn a_round_records_its_median_on_the_key_results_it_was_about() {
        use crate::model::{Answer, ConfidenceRound};
        let mut plan = crate::sample::sample_plan().unwrap();
        // A key result with no data yet: it gets no check-in, nothing is invented.
        let fresh = crate::model::KeyResult {
            id: Id(9001),
            name: "Nothing measured yet".into(),
            owner: None,
            weight: 1.0,
            kind: KrKind::Metric {
                start: 0.0,
                target: 10.0,
                current: None,
                unit: String::new(),
                due: None,
                commit: None,
                stretch: None,
            },
            check_ins: Vec::new(),
        };
        plan.okrs[0].key_results.push(fresh);
        let o = plan.okrs[0].clone();
        let round = ConfidenceRound {
            id: Id(9000),
            question: "Will we make it?".into(),
            date: None,
            about: vec![o.id],
            answers: [4, 6, 8]
                .iter()
                .map(|&v| Answer {
                    participant: format!("P{v}"),
                    value: v,
                    note: String::new(),
                })
                .collect(),
            revealed: true,
        };
        plan.workshop.confidence_rounds.push(round);
        let today = jiff::civil::date(2027, 2, 15);
        let mut session = Session::opened(plan);
        let edit = record_round(session.plan(), Id(9000), today).unwrap();
        session.apply(edit).unwrap();
        for kr in &session.plan().okrs[0].key_results {
            if kr.id == Id(9001) {
                assert!(kr.check_ins.is_empty(), "no value invented for it");
                continue;
            }
            let last = kr.check_ins.last().unwrap();
            assert_eq!((last.date, last.confidence), (today, 6));
        }
        assert_eq!(session.undo(), Ok(Some("record the confidence")));
        assert_eq!(session.plan().okrs[0], o);
    }

    #[test]
    fn a_vote_on_other_things_cannot_reorder_the_priorities() {
        let mut plan = crate::sample::sample_plan().unwrap();
        let note = plan.workshop.parking_lot[0].id;
        plan.workshop.votes[0].items.push(note);
        let id = plan.workshop.votes[0].id;
        assert!(matches!(
            apply_vote(&plan, id, 3),
            Err(EditError::Refused(_))
        ));
    }
}
