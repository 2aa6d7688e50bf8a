//! Scorecard edits: objectives (with their measures and initiatives), cause→effect links and
//! the status thresholds. Removing an objective also removes its links; undo restores them.

use super::cascade::remove_after;
use super::list::{check_parts, index_of, insert_at, move_id, replace};
use super::{Edit, EditError};
use crate::model::{BscObjective, CauseEffect, Id, Perspective, Plan, Scoring, Thresholds};

const WHAT: &str = "scorecard objective";

fn index(plan: &Plan, id: Id) -> Result<usize, EditError> {
    index_of(&plan.scorecard.objectives, id, WHAT)
}

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    objective: BscObjective,
) -> Result<Edit, EditError> {
    check_parts(plan, &[], objective.ids())?;
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
    let own: Vec<Id> = plan.scorecard.objectives[index(plan, objective.id)?]
        .ids()
        .collect();
    check_parts(plan, &own, objective.ids())?;
    let old = replace(&mut plan.scorecard.objectives, objective, WHAT)?;
    Ok(Edit::UpdateBscObjective(old))
}

pub(super) fn move_to(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let list = &mut plan.scorecard.objectives;
    let from = move_id(list, id, to, WHAT, "scorecard objectives")?;
    Ok(Edit::MoveBscObjective { id, to: from })
}

pub(super) fn remove(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = index(plan, id)?;
    let unlink: Vec<Edit> = plan
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
    let own: Vec<Id> = plan.scorecard.objectives[index].ids().collect();
    remove_after(plan, unlink, &own, |plan| Edit::InsertBscObjective {
        index,
        objective: plan.scorecard.objectives.remove(index),
    })
}

pub(super) fn set_link(
    plan: &mut Plan,
    cause: Id,
    effect: Id,
    linked: bool,
) -> Result<Edit, EditError> {
    index(plan, cause)?;
    index(plan, effect)?;
    if cause == effect {
        return Err(EditError::Invalid("An objective cannot be its own cause."));
    }
    let links = &mut plan.scorecard.links;
    let key = (cause, effect);
    let pos = links.binary_search_by_key(&key, CauseEffect::key);
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
        return Err(EditError::Refused(crate::tr!(
            "err-perspective-holds",
            perspective = sc.perspective_name(o.perspective),
            count = held,
            name = &o.name
        )));
    }
    let old: Vec<Id> = plan.scorecard.perspectives.iter().map(|p| p.id).collect();
    check_parts(plan, &old, perspectives.iter().map(|p| p.id))?;
    if perspectives.iter().any(|p| p.name.trim().is_empty()) {
        return Err(EditError::Invalid("A perspective needs a name."));
    }
    Ok(Edit::SetPerspectives(std::mem::replace(
        &mut plan.scorecard.perspectives,
        perspectives,
    )))
}
