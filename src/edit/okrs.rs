//! OKR edits: objectives (with key results and check-ins), dependencies and muted findings.
//! Removing an objective also removes what depends on it; undo restores all of it.

use super::cascade::remove_after;
use super::list::{
    check_fresh, check_parts, index_of, insert_at, move_id, not_found, replace, take,
};
use super::{Edit, EditError};
use crate::model::{Dependency, Id, Mute, OkrObjective, Plan};

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    objective: OkrObjective,
) -> Result<Edit, EditError> {
    check_parts(plan, &[], objective.ids())?;
    let id = objective.id;
    insert_at(&mut plan.okrs, index, objective, "OKR objectives")?;
    Ok(Edit::RemoveOkr(id))
}

/// Replaces an objective by id. Key results new to it must bring ids nobody else uses (a key
/// result moved here from another objective keeps its id; the batch that moves it removes it
/// there first).
pub(super) fn update(plan: &mut Plan, objective: OkrObjective) -> Result<Edit, EditError> {
    let index = index_of(&plan.okrs, objective.id, "OKR objective")?;
    let own: Vec<Id> = plan.okrs[index].ids().collect();
    check_parts(plan, &own, objective.ids())?;
    Ok(Edit::UpdateOkr(replace(
        &mut plan.okrs,
        objective,
        "OKR objective",
    )?))
}

pub(super) fn move_to(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let from = move_id(&mut plan.okrs, id, to, "OKR objective", "OKR objectives")?;
    Ok(Edit::MoveOkr { id, to: from })
}

pub(super) fn remove(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = index_of(&plan.okrs, id, "OKR objective")?;
    let own: Vec<Id> = plan.okrs[index].ids().collect();
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
    remove_after(plan, unlink, &own, |plan| Edit::InsertOkr {
        index,
        objective: plan.okrs.remove(index),
    })
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
    check_fresh(plan, dependency.id)?;
    let id = dependency.id;
    insert_at(&mut plan.dependencies, index, dependency, "dependencies")?;
    Ok(Edit::RemoveDependency(id))
}

pub(super) fn update_dependency(
    plan: &mut Plan,
    dependency: Dependency,
) -> Result<Edit, EditError> {
    let old = replace(&mut plan.dependencies, dependency, "dependency")?;
    Ok(Edit::UpdateDependency(old))
}

pub(super) fn remove_dependency(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let (index, dependency) = take(&mut plan.dependencies, id, "dependency")?;
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
