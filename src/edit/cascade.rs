//! What removing something takes with it: the links, votes, proposals and mutes that point at
//! it are unlinked first, in one all-or-nothing batch whose inverse puts everything back.

use super::{Edit, EditError};
use crate::model::{Id, Plan, Workshop};

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
fn workshop_without(plan: &Plan, ids: &[Id]) -> Option<Workshop> {
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
fn unmute(plan: &Plan, ids: &[Id]) -> Vec<Edit> {
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
fn apply_all(plan: &mut Plan, edits: Vec<Edit>) -> Result<Vec<Edit>, EditError> {
    if edits.is_empty() {
        return Ok(Vec::new());
    }
    match apply_batch(plan, edits)? {
        Edit::Batch(v) => Ok(v),
        other => Ok(vec![other]),
    }
}

/// One edit stays itself; several become a batch.
fn batch_or_single(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

/// Unlinks, then removes: `unlink`, plus the workshop references and mutes of `own` (the ids
/// that go), applied all or nothing; then `remove` takes the item out and returns the edit that
/// puts it back. The inverse restores the item first, then every link.
pub(super) fn remove_after(
    plan: &mut Plan,
    mut unlink: Vec<Edit>,
    own: &[Id],
    remove: impl FnOnce(&mut Plan) -> Edit,
) -> Result<Edit, EditError> {
    if let Some(workshop) = workshop_without(plan, own) {
        unlink.push(Edit::SetWorkshop(workshop));
    }
    unlink.extend(unmute(plan, own));
    let mut inverse = apply_all(plan, unlink)?;
    inverse.insert(0, remove(plan));
    Ok(batch_or_single(inverse))
}
