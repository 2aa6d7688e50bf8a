//! Turning a dot vote's result into the plan: the priorities voted on, kept in the order of
//! their dots, the ones below the cut removed, as one undoable step.

use super::list::not_found;
use super::{Edit, EditError};
use crate::model::{Id, Plan};

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
        return Err(EditError::Refused(format!(
            "The vote “{}” is not only about priorities (id {} is something else): only a vote on \
             the priorities can reorder them.",
            v.question, other.0
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
