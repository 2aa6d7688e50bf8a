//! What removing something takes with it: the links, votes, proposals and mutes that point at
//! it are unlinked first, in one all-or-nothing batch whose inverse puts everything back.

use super::{Edit, EditError};
use crate::model::{Id, Plan, Workshop};

fn not_found(what: &'static str, id: Id) -> EditError {
    EditError::NotFound { what, id }
}

/// Applies edits in order; if one fails, the ones already applied are undone, so the batch is
/// all or nothing.
pub(super) fn apply_batch(plan: &mut Plan, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(plan) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse was produced against exactly this state, so it applies.
                    let _ = inverse.apply(plan);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}

/// The workshop state without votes, proposals and decision links for any of `ids`, or `None`
/// when nothing in it refers to them.
pub(super) fn workshop_without(plan: &Plan, ids: &[Id]) -> Option<Workshop> {
    let w = &plan.workshop;
    let gone = |id: &Id| ids.contains(id);
    let refers = w.votes.iter().any(|v| v.items.iter().any(gone))
        || w.confidence_rounds.iter().any(|r| r.about.iter().any(gone))
        || w.decisions
            .iter()
            .any(|d| d.about.as_ref().is_some_and(gone))
        || w.proposals
            .iter()
            .any(|p| gone(&p.item) || p.team.as_ref().is_some_and(gone));
    refers.then(|| {
        let mut workshop = w.clone();
        for v in &mut workshop.votes {
            v.items.retain(|i| !gone(i));
            for b in &mut v.ballots {
                b.dots.retain(|i| !gone(i));
            }
        }
        for r in &mut workshop.confidence_rounds {
            r.about.retain(|i| !gone(i));
        }
        workshop.proposals.retain(|p| !gone(&p.item));
        for p in &mut workshop.proposals {
            if p.team.as_ref().is_some_and(gone) {
                p.team = None;
            }
        }
        for d in &mut workshop.decisions {
            if d.about.as_ref().is_some_and(gone) {
                d.about = None;
            }
        }
        workshop
    })
}

/// Edits that unmute every muted finding on these items (before they are removed).
pub(super) fn unmute(plan: &Plan, ids: &[Id]) -> Vec<Edit> {
    plan.mutes
        .iter()
        .filter(|m| m.item.is_some_and(|i| ids.contains(&i)))
        .map(|m| Edit::SetMute {
            rule: m.rule.clone(),
            item: m.item,
            reason: None,
        })
        .collect()
}

/// Applies edits as one all-or-nothing step and returns their inverses, to apply in order.
pub(super) fn apply_all(plan: &mut Plan, edits: Vec<Edit>) -> Result<Vec<Edit>, EditError> {
    if edits.is_empty() {
        return Ok(Vec::new());
    }
    match apply_batch(plan, edits)? {
        Edit::Batch(v) => Ok(v),
        other => Ok(vec![other]),
    }
}

/// One edit stays itself; several become a batch.
pub(super) fn batch_or_single(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

/// Removes a priority after unlinking everything that points at it.
pub(super) fn remove_priority(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = plan.priority_index(id).ok_or(not_found("priority", id))?;
    let mut unlink = Vec::new();
    for o in plan.okrs.iter().filter(|o| o.priority == Some(id)) {
        unlink.push(Edit::SetOkrPriority {
            objective: o.id,
            priority: None,
        });
    }
    for o in &plan.scorecard.objectives {
        if o.priorities.contains(&id) {
            unlink.push(Edit::SetScorecardPriorities {
                objective: o.id,
                priorities: o.priorities.iter().copied().filter(|&p| p != id).collect(),
            });
        }
    }
    if let Some(workshop) = workshop_without(plan, &[id]) {
        unlink.push(Edit::SetWorkshop(workshop));
    }
    unlink.extend(unmute(plan, &[id]));
    let mut inverse = apply_all(plan, unlink)?;
    let priority = plan.priorities.remove(index);
    inverse.insert(0, Edit::InsertPriority { index, priority });
    Ok(batch_or_single(inverse))
}
