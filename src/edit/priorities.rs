//! Vision targets, strategic priorities, and the links from OKR and scorecard objectives to
//! them. Removing a priority unlinks everything that points at it first; undo restores it all.

use super::cascade::remove_after;
use super::list::{check_fresh, index_of, insert_at, move_id, not_found, replace, take};
use super::{Edit, EditError};
use crate::model::{BscObjective, Id, Plan, Priority, VisionTarget};

pub(super) fn insert_target(
    plan: &mut Plan,
    index: usize,
    target: VisionTarget,
) -> Result<Edit, EditError> {
    check_fresh(plan, target.id)?;
    let id = target.id;
    insert_at(&mut plan.vision.targets, index, target, "vision targets")?;
    Ok(Edit::RemoveVisionTarget(id))
}

pub(super) fn update_target(plan: &mut Plan, target: VisionTarget) -> Result<Edit, EditError> {
    let old = replace(&mut plan.vision.targets, target, "vision target")?;
    Ok(Edit::UpdateVisionTarget(old))
}

pub(super) fn remove_target(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let (index, target) = take(&mut plan.vision.targets, id, "vision target")?;
    Ok(Edit::InsertVisionTarget { index, target })
}

pub(super) fn insert(plan: &mut Plan, index: usize, priority: Priority) -> Result<Edit, EditError> {
    check_fresh(plan, priority.id)?;
    let id = priority.id;
    insert_at(&mut plan.priorities, index, priority, "priorities")?;
    Ok(Edit::RemovePriority(id))
}

pub(super) fn update(plan: &mut Plan, priority: Priority) -> Result<Edit, EditError> {
    let old = replace(&mut plan.priorities, priority, "priority")?;
    Ok(Edit::UpdatePriority(old))
}

pub(super) fn move_to(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let from = move_id(&mut plan.priorities, id, to, "priority", "priorities")?;
    Ok(Edit::MovePriority { id, to: from })
}

/// Removes a priority after unlinking everything that points at it.
pub(super) fn remove(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = index_of(&plan.priorities, id, "priority")?;
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
    remove_after(plan, unlink, &[id], |plan| Edit::InsertPriority {
        index,
        priority: plan.priorities.remove(index),
    })
}

pub(super) fn set_okr_priority(
    plan: &mut Plan,
    objective: Id,
    priority: Option<Id>,
) -> Result<Edit, EditError> {
    let index = index_of(&plan.okrs, objective, "OKR objective")?;
    let old = std::mem::replace(&mut plan.okrs[index].priority, priority);
    Ok(Edit::SetOkrPriority {
        objective,
        priority: old,
    })
}

fn bsc_mut(plan: &mut Plan, id: Id) -> Result<&mut BscObjective, EditError> {
    plan.scorecard
        .objectives
        .iter_mut()
        .find(|o| o.id == id)
        .ok_or(not_found("scorecard objective", id))
}

pub(super) fn set_scorecard_priorities(
    plan: &mut Plan,
    objective: Id,
    priorities: Vec<Id>,
) -> Result<Edit, EditError> {
    let o = bsc_mut(plan, objective)?;
    let old = std::mem::replace(&mut o.priorities, priorities);
    Ok(Edit::SetScorecardPriorities {
        objective,
        priorities: old,
    })
}

pub(super) fn set_scorecard_metrics(
    plan: &mut Plan,
    objective: Id,
    metrics: Vec<Id>,
) -> Result<Edit, EditError> {
    let o = bsc_mut(plan, objective)?;
    let old = std::mem::replace(&mut o.metrics, metrics);
    Ok(Edit::SetScorecardMetrics {
        objective,
        metrics: old,
    })
}
