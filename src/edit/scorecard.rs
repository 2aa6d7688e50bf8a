//! Scorecard edits: objectives (with their measures and initiatives), cause→effect links and
//! the status thresholds. Removing an objective also removes its links; undo restores them.

use super::apply::{insert_at, move_within};
use super::{Edit, EditError};
use crate::model::{BscObjective, CauseEffect, Id, Perspective, Plan, Scoring, Thresholds};

fn not_found(id: Id) -> EditError {
    EditError::NotFound {
        what: "scorecard objective",
        id,
    }
}

fn index_of(plan: &Plan, id: Id) -> Result<usize, EditError> {
    plan.scorecard
        .objectives
        .iter()
        .position(|o| o.id == id)
        .ok_or(not_found(id))
}

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    objective: BscObjective,
) -> Result<Edit, EditError> {
    let id = objective.id;
    insert_at(
        &mut plan.scorecard.objectives,
        index,
        objective,
        "scorecard objectives",
    )?;
    Ok(Edit::RemoveBscObjective(id))
}

/// Replaces an objective (its fields, measures and initiatives) by id. New measures and
/// initiatives must bring fresh ids.
pub(super) fn update(plan: &mut Plan, objective: BscObjective) -> Result<Edit, EditError> {
    let index = index_of(plan, objective.id)?;
    let old = &plan.scorecard.objectives[index];
    let old_ids: Vec<Id> = old
        .measures
        .iter()
        .map(|m| m.id)
        .chain(old.initiatives.iter().map(|i| i.id))
        .collect();
    let taken: Vec<Id> = plan
        .entities()
        .iter()
        .map(|e| e.id)
        .filter(|id| !old_ids.contains(id) && *id != objective.id)
        .collect();
    for id in objective
        .measures
        .iter()
        .map(|m| m.id)
        .chain(objective.initiatives.iter().map(|i| i.id))
    {
        if taken.contains(&id) {
            return Err(EditError::DuplicateId(id));
        }
    }
    Ok(Edit::UpdateBscObjective(std::mem::replace(
        &mut plan.scorecard.objectives[index],
        objective,
    )))
}

pub(super) fn move_to(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let from = index_of(plan, id)?;
    move_within(
        &mut plan.scorecard.objectives,
        from,
        to,
        "scorecard objectives",
    )?;
    Ok(Edit::MoveBscObjective { id, to: from })
}

pub(super) fn remove(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = index_of(plan, id)?;
    let mut unlink: Vec<Edit> = plan
        .scorecard
        .links
        .iter()
        .filter(|l| l.cause == id || l.effect == id)
        .map(|l| Edit::SetCauseEffect {
            cause: l.cause,
            effect: l.effect,
            linked: false,
        })
        .collect();
    let own: Vec<Id> = {
        let o = &plan.scorecard.objectives[index];
        std::iter::once(o.id)
            .chain(o.measures.iter().map(|m| m.id))
            .chain(o.initiatives.iter().map(|i| i.id))
            .collect()
    };
    if let Some(w) = super::cascade::workshop_without(plan, &own) {
        unlink.push(Edit::SetWorkshop(w));
    }
    unlink.extend(super::cascade::unmute(plan, &own));
    let mut inverse = super::cascade::apply_all(plan, unlink)?;
    let objective = plan.scorecard.objectives.remove(index);
    inverse.insert(0, Edit::InsertBscObjective { index, objective });
    Ok(super::cascade::batch_or_single(inverse))
}

pub(super) fn set_link(
    plan: &mut Plan,
    cause: Id,
    effect: Id,
    linked: bool,
) -> Result<Edit, EditError> {
    index_of(plan, cause)?;
    index_of(plan, effect)?;
    if cause == effect {
        return Err(EditError::Invalid("An objective cannot be its own cause."));
    }
    let links = &mut plan.scorecard.links;
    let key = (cause, effect);
    let pos = links.binary_search_by_key(&key, |l| (l.cause, l.effect));
    let was = pos.is_ok();
    match (pos, linked) {
        (Ok(i), false) => {
            links.remove(i);
        }
        (Err(i), true) => links.insert(i, CauseEffect { cause, effect }),
        _ => {}
    }
    Ok(Edit::SetCauseEffect {
        cause,
        effect,
        linked: was,
    })
}

pub(super) fn set_scoring(plan: &mut Plan, scoring: Scoring) -> Result<Edit, EditError> {
    let ordered = |t: Thresholds| {
        (0.0..=1.0).contains(&t.amber_from)
            && (0.0..=1.0).contains(&t.green_from)
            && t.amber_from <= t.green_from
    };
    if !ordered(scoring.scorecard) || !ordered(scoring.okrs) {
        return Err(EditError::Invalid(
            "Thresholds must satisfy 0 ≤ amber ≤ green ≤ 1.",
        ));
    }
    if scoring.pass_mark.is_some_and(|p| !(0.0..=1.0).contains(&p)) {
        return Err(EditError::Invalid("The pass mark must be between 0 and 1."));
    }
    Ok(Edit::SetScoring(std::mem::replace(
        &mut plan.settings.scoring,
        scoring,
    )))
}

/// Replaces the list of perspectives (renamed, added, reordered or removed). A perspective that
/// still has objectives is not removed, and new ones bring fresh ids.
pub(super) fn set_perspectives(
    plan: &mut Plan,
    perspectives: Vec<Perspective>,
) -> Result<Edit, EditError> {
    let kept: Vec<Id> = perspectives.iter().map(|p| p.id).collect();
    if let Some(o) = plan
        .scorecard
        .objectives
        .iter()
        .find(|o| !kept.contains(&o.perspective))
    {
        let sc = &plan.scorecard;
        let held = sc
            .objectives
            .iter()
            .filter(|x| x.perspective == o.perspective)
            .count();
        return Err(EditError::Refused(format!(
            "The perspective “{}” still holds {held} objective(s), “{}” among them; move them \
             to another perspective first.",
            sc.perspective_name(o.perspective),
            o.name
        )));
    }
    let old: Vec<Id> = plan.scorecard.perspectives.iter().map(|p| p.id).collect();
    let taken: Vec<Id> = plan
        .entities()
        .iter()
        .map(|e| e.id)
        .filter(|id| !old.contains(id))
        .collect();
    let mut seen = std::collections::HashSet::new();
    for p in &perspectives {
        if taken.contains(&p.id) || !seen.insert(p.id) {
            return Err(EditError::DuplicateId(p.id));
        }
        if p.name.trim().is_empty() {
            return Err(EditError::Invalid("A perspective needs a name."));
        }
    }
    Ok(Edit::SetPerspectives(std::mem::replace(
        &mut plan.scorecard.perspectives,
        perspectives,
    )))
}
