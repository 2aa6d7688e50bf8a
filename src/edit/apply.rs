//! The edit enum and how each edit applies to a plan, returning its inverse.

use crate::model::{Id, Plan, Priority, VisionTarget, Workshop};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum EditError {
    #[error("The {what} with id {} no longer exists.", id.0)]
    NotFound { what: &'static str, id: Id },
    #[error("Position {index} is outside the list of {len} {what}.")]
    OutOfRange {
        what: &'static str,
        index: usize,
        len: usize,
    },
    #[error("The id {} is already used in this plan.", .0.0)]
    DuplicateId(Id),
}

/// A single-line or multi-line text of the plan itself (not of a list item).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Organisation,
    Facilitator,
    Horizon,
    CurrentPeriod,
    VisionStatement,
    VisionWhy,
}

impl TextField {
    pub fn label(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Organisation => "organisation",
            TextField::Facilitator => "facilitator",
            TextField::Horizon => "horizon",
            TextField::CurrentPeriod => "current period",
            TextField::VisionStatement => "vision statement",
            TextField::VisionWhy => "why of the vision",
        }
    }

    fn slot(self, plan: &mut Plan) -> &mut String {
        match self {
            TextField::Title => &mut plan.title,
            TextField::Organisation => &mut plan.organisation,
            TextField::Facilitator => &mut plan.facilitator,
            TextField::Horizon => &mut plan.horizon,
            TextField::CurrentPeriod => &mut plan.current_period,
            TextField::VisionStatement => &mut plan.vision.statement,
            TextField::VisionWhy => &mut plan.vision.why,
        }
    }
}

/// One change to a plan. Panels create edits; only [`Edit::apply`] changes the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetText {
        field: TextField,
        value: String,
    },
    SetVisionYear(Option<i32>),
    InsertVisionTarget {
        index: usize,
        target: VisionTarget,
    },
    UpdateVisionTarget(VisionTarget),
    RemoveVisionTarget(Id),
    InsertPriority {
        index: usize,
        priority: Priority,
    },
    /// Replaces the priority with the same id (rename, why, owner, horizon).
    UpdatePriority(Priority),
    /// Moves a priority to a new position in the list.
    MovePriority {
        id: Id,
        to: usize,
    },
    /// Removes a priority and every link to it; undo restores both.
    RemovePriority(Id),
    /// Sets the strategic priority an OKR objective serves.
    SetOkrPriority {
        objective: Id,
        priority: Option<Id>,
    },
    /// Sets the strategic priorities a scorecard objective serves.
    SetScorecardPriorities {
        objective: Id,
        priorities: Vec<Id>,
    },
    /// Replaces the workshop state (votes, decisions, parking lot, proposals) as a whole.
    SetWorkshop(Workshop),
    /// Several edits as one undo step, applied in order.
    Batch(Vec<Edit>),
}

fn not_found(what: &'static str, id: Id) -> EditError {
    EditError::NotFound { what, id }
}

fn check_insert(what: &'static str, index: usize, len: usize) -> Result<(), EditError> {
    if index > len {
        return Err(EditError::OutOfRange { what, index, len });
    }
    Ok(())
}

fn check_fresh(plan: &Plan, id: Id) -> Result<(), EditError> {
    if plan.entities().iter().any(|e| e.id == id) {
        return Err(EditError::DuplicateId(id));
    }
    Ok(())
}

impl Edit {
    /// What the edit does, for the Undo/Redo menu ("Undo rename priority").
    pub fn describe(&self) -> &'static str {
        match self {
            Edit::SetText { .. } => "edit text",
            Edit::SetVisionYear(_) => "set vision year",
            Edit::InsertVisionTarget { .. } => "add vision target",
            Edit::UpdateVisionTarget(_) => "edit vision target",
            Edit::RemoveVisionTarget(_) => "delete vision target",
            Edit::InsertPriority { .. } => "add priority",
            Edit::UpdatePriority(_) => "edit priority",
            Edit::MovePriority { .. } => "move priority",
            Edit::RemovePriority(_) => "delete priority",
            Edit::SetOkrPriority { .. } => "link OKR to priority",
            Edit::SetScorecardPriorities { .. } => "link scorecard objective",
            Edit::SetWorkshop(_) => "edit workshop notes",
            Edit::Batch(edits) => edits.first().map_or("change", Edit::describe),
        }
    }

    /// Applies the edit and returns the edit that undoes it. On error the plan is unchanged.
    pub fn apply(self, plan: &mut Plan) -> Result<Edit, EditError> {
        match self {
            Edit::SetText { field, value } => {
                let old = std::mem::replace(field.slot(plan), value);
                Ok(Edit::SetText { field, value: old })
            }
            Edit::SetVisionYear(year) => {
                let old = std::mem::replace(&mut plan.vision.target_year, year);
                Ok(Edit::SetVisionYear(old))
            }
            Edit::InsertVisionTarget { index, target } => {
                check_insert("vision targets", index, plan.vision.targets.len())?;
                check_fresh(plan, target.id)?;
                let id = target.id;
                plan.vision.targets.insert(index, target);
                Ok(Edit::RemoveVisionTarget(id))
            }
            Edit::UpdateVisionTarget(target) => {
                let slot = plan
                    .vision
                    .targets
                    .iter_mut()
                    .find(|t| t.id == target.id)
                    .ok_or(not_found("vision target", target.id))?;
                Ok(Edit::UpdateVisionTarget(std::mem::replace(slot, target)))
            }
            Edit::RemoveVisionTarget(id) => {
                let targets = &mut plan.vision.targets;
                let index = targets
                    .iter()
                    .position(|t| t.id == id)
                    .ok_or(not_found("vision target", id))?;
                let target = targets.remove(index);
                Ok(Edit::InsertVisionTarget { index, target })
            }
            Edit::InsertPriority { index, priority } => {
                check_insert("priorities", index, plan.priorities.len())?;
                check_fresh(plan, priority.id)?;
                let id = priority.id;
                plan.priorities.insert(index, priority);
                Ok(Edit::RemovePriority(id))
            }
            Edit::UpdatePriority(priority) => {
                let slot = plan
                    .priorities
                    .iter_mut()
                    .find(|p| p.id == priority.id)
                    .ok_or(not_found("priority", priority.id))?;
                Ok(Edit::UpdatePriority(std::mem::replace(slot, priority)))
            }
            Edit::MovePriority { id, to } => {
                let from = plan.priority_index(id).ok_or(not_found("priority", id))?;
                let len = plan.priorities.len();
                if to >= len {
                    return Err(EditError::OutOfRange {
                        what: "priorities",
                        index: to,
                        len,
                    });
                }
                let p = plan.priorities.remove(from);
                plan.priorities.insert(to, p);
                Ok(Edit::MovePriority { id, to: from })
            }
            Edit::RemovePriority(id) => remove_priority(plan, id),
            Edit::SetOkrPriority {
                objective,
                priority,
            } => {
                let o = plan
                    .okrs
                    .iter_mut()
                    .find(|o| o.id == objective)
                    .ok_or(not_found("OKR objective", objective))?;
                let old = std::mem::replace(&mut o.priority, priority);
                Ok(Edit::SetOkrPriority {
                    objective,
                    priority: old,
                })
            }
            Edit::SetScorecardPriorities {
                objective,
                priorities,
            } => {
                let o = plan
                    .scorecard
                    .objectives
                    .iter_mut()
                    .find(|o| o.id == objective)
                    .ok_or(not_found("scorecard objective", objective))?;
                let old = std::mem::replace(&mut o.priorities, priorities);
                Ok(Edit::SetScorecardPriorities {
                    objective,
                    priorities: old,
                })
            }
            Edit::SetWorkshop(workshop) => Ok(Edit::SetWorkshop(std::mem::replace(
                &mut plan.workshop,
                workshop,
            ))),
            Edit::Batch(edits) => apply_batch(plan, edits),
        }
    }
}

/// Applies edits in order; if one fails, the ones already applied are undone, so the batch is
/// all or nothing.
fn apply_batch(plan: &mut Plan, edits: Vec<Edit>) -> Result<Edit, EditError> {
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

/// Removes a priority after unlinking everything that points at it.
fn remove_priority(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
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
    let w = &plan.workshop;
    if w.votes.iter().any(|v| v.item == id)
        || w.decisions.iter().any(|d| d.about == Some(id))
        || w.proposals.iter().any(|p| p.item == id)
    {
        let mut workshop = w.clone();
        workshop.votes.retain(|v| v.item != id);
        workshop.proposals.retain(|p| p.item != id);
        for d in &mut workshop.decisions {
            if d.about == Some(id) {
                d.about = None;
            }
        }
        unlink.push(Edit::SetWorkshop(workshop));
    }
    let mut inverse = if unlink.is_empty() {
        Vec::new()
    } else {
        match Edit::Batch(unlink).apply(plan)? {
            Edit::Batch(v) => v,
            other => vec![other],
        }
    };
    let priority = plan.priorities.remove(index);
    inverse.insert(0, Edit::InsertPriority { index, priority });
    Ok(if inverse.len() == 1 {
        inverse.remove(0)
    } else {
        Edit::Batch(inverse)
    })
}
