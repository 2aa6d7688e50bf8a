//! OKR edits: objectives (with key results and check-ins), dependencies and muted findings.
//! Removing an objective also removes what depends on it; undo restores all of it.

use super::apply::{insert_at, move_within};
use super::{Edit, EditError};
use crate::model::{Dependency, Id, Mute, OkrObjective, Plan};

fn not_found(what: &'static str, id: Id) -> EditError {
    EditError::NotFound { what, id }
}

fn index_of(plan: &Plan, id: Id) -> Result<usize, EditError> {
    plan.okrs
        .iter()
        .position(|o| o.id == id)
        .ok_or(not_found("OKR objective", id))
}

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    objective: OkrObjective,
) -> Result<Edit, EditError> {
    let id = objective.id;
    insert_at(&mut plan.okrs, index, objective, "OKR objectives")?;
    Ok(Edit::RemoveOkr(id))
}

/// Replaces an objective by id. Key results new to it must bring ids nobody else uses (a key
/// result moved here from another objective keeps its id; the batch that moves it removes it
/// there first).
pub(super) fn update(plan: &mut Plan, objective: OkrObjective) -> Result<Edit, EditError> {
    let index = index_of(plan, objective.id)?;
    let own: Vec<Id> = plan.okrs[index].key_results.iter().map(|k| k.id).collect();
    let taken: Vec<Id> = plan
        .entities()
        .iter()
        .map(|e| e.id)
        .filter(|id| !own.contains(id) && *id != objective.id)
        .collect();
    if let Some(k) = objective.key_results.iter().find(|k| taken.contains(&k.id)) {
        return Err(EditError::DuplicateId(k.id));
    }
    Ok(Edit::UpdateOkr(std::mem::replace(
        &mut plan.okrs[index],
        objective,
    )))
}

pub(super) fn move_to(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let from = index_of(plan, id)?;
    move_within(&mut plan.okrs, from, to, "OKR objectives")?;
    Ok(Edit::MoveOkr { id, to: from })
}

pub(super) fn remove(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = index_of(plan, id)?;
    let own: Vec<Id> = std::iter::once(id)
        .chain(plan.okrs[index].key_results.iter().map(|k| k.id))
        .collect();
    let mut unlink: Vec<Edit> = plan
        .dependencies
        .iter()
        .filter(|d| own.contains(&d.from) || own.contains(&d.on))
        .map(|d| Edit::RemoveDependency(d.id))
        .collect();
    for child in plan.okrs.iter().filter(|o| o.parent == Some(id)) {
        unlink.push(Edit::UpdateOkr(OkrObjective {
            parent: None,
            ..child.clone()
        }));
    }
    unlink.extend(super::cascade::unmute(plan, &own));
    if let Some(w) = super::cascade::workshop_without(plan, &own) {
        unlink.push(Edit::SetWorkshop(w));
    }
    let mut inverse = super::cascade::apply_all(plan, unlink)?;
    let objective = plan.okrs.remove(index);
    inverse.insert(0, Edit::InsertOkr { index, objective });
    Ok(super::cascade::batch_or_single(inverse))
}

pub(super) fn insert_dependency(
    plan: &mut Plan,
    index: usize,
    dependency: Dependency,
) -> Result<Edit, EditError> {
    for end in [dependency.from, dependency.on] {
        if plan.okr(end).is_none() && plan.key_result(end).is_none() {
            return Err(not_found("OKR objective or key result", end));
        }
    }
    let id = dependency.id;
    insert_at(&mut plan.dependencies, index, dependency, "dependencies")?;
    Ok(Edit::RemoveDependency(id))
}

pub(super) fn update_dependency(
    plan: &mut Plan,
    dependency: Dependency,
) -> Result<Edit, EditError> {
    let slot = plan
        .dependencies
        .iter_mut()
        .find(|d| d.id == dependency.id)
        .ok_or(not_found("dependency", dependency.id))?;
    Ok(Edit::UpdateDependency(std::mem::replace(slot, dependency)))
}

pub(super) fn remove_dependency(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = plan
        .dependencies
        .iter()
        .position(|d| d.id == id)
        .ok_or(not_found("dependency", id))?;
    let dependency = plan.dependencies.remove(index);
    Ok(Edit::InsertDependency { index, dependency })
}

/// Mutes (`Some(reason)`) or unmutes (`None`) one rule on one item, or on the whole plan
/// (`item` is `None`). Kept sorted.
pub(super) fn set_mute(
    plan: &mut Plan,
    rule: String,
    item: Option<Id>,
    reason: Option<String>,
) -> Result<Edit, EditError> {
    if let Some(item) = item
        && reason.is_some()
        && !plan.entities().iter().any(|e| e.id == item)
    {
        return Err(not_found("item to mute a finding on", item));
    }
    let key = (rule.clone(), item);
    let pos = plan
        .mutes
        .binary_search_by(|m| (m.rule.as_str(), m.item).cmp(&(key.0.as_str(), key.1)));
    let old = match pos {
        Ok(i) => Some(plan.mutes.remove(i).reason),
        Err(_) => None,
    };
    if let Some(reason) = reason {
        let i = plan
            .mutes
            .binary_search_by(|m| (m.rule.as_str(), m.item).cmp(&(key.0.as_str(), key.1)))
            .unwrap_or_else(|i| i);
        plan.mutes.insert(
            i,
            Mute {
                rule: rule.clone(),
                item,
                reason,
            },
        );
    }
    Ok(Edit::SetMute {
        rule,
        item,
        reason: old,
    })
}
