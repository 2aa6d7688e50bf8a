//! X-matrix edits: marks, people roles, items on the four arms and the people columns.
//! Removing an item also removes every mark and link to it; the inverse puts all of it back.

use super::cascade::remove_after;
use super::list::{check_fresh, index_of, insert_at, move_id, move_within, not_found, replace};
use super::{Edit, EditError};
use crate::model::{
    Arm, Assignment, Corner, Correlation, Id, Plan, Role, Strength, XItem, XMetric,
};

pub(super) fn set_correlation(
    plan: &mut Plan,
    corner: Corner,
    a: Id,
    b: Id,
    value: Option<(Strength, String)>,
) -> Result<Edit, EditError> {
    let (arm_a, arm_b) = corner.arms();
    let x = &mut plan.xmatrix;
    for (id, arm) in [(a, arm_a), (b, arm_b)] {
        if x.locate(id).map(|(found, _)| found) != Some(arm) {
            return Err(not_found("X-matrix item", id));
        }
    }
    let key = (corner, a, b);
    let pos = x.correlations.binary_search_by_key(&key, Correlation::key);
    let old = match pos {
        Ok(i) => {
            let old = x.correlations.remove(i);
            Some((old.strength, old.rationale))
        }
        Err(_) => None,
    };
    if let Some((strength, rationale)) = value {
        let i = x
            .correlations
            .binary_search_by_key(&key, Correlation::key)
            .unwrap_or_else(|i| i);
        x.correlations.insert(
            i,
            Correlation {
                corner,
                a,
                b,
                strength,
                rationale,
            },
        );
    }
    Ok(Edit::SetCorrelation {
        corner,
        a,
        b,
        value: old,
    })
}

pub(super) fn set_role(
    plan: &mut Plan,
    item: Id,
    person: Id,
    role: Option<Role>,
) -> Result<Edit, EditError> {
    let x = &mut plan.xmatrix;
    if x.locate(item).map(|(arm, _)| arm) != Some(Arm::North) {
        return Err(not_found("improvement priority", item));
    }
    if !x.people.contains(&person) {
        return Err(not_found("person in the X-matrix", person));
    }
    let key = (item, person);
    let old = match x.assignments.binary_search_by_key(&key, Assignment::key) {
        Ok(i) => Some(x.assignments.remove(i).role),
        Err(_) => None,
    };
    if let Some(role) = role {
        let i = x
            .assignments
            .binary_search_by_key(&key, Assignment::key)
            .unwrap_or_else(|i| i);
        x.assignments.insert(i, Assignment { item, person, role });
    }
    Ok(Edit::SetRole {
        item,
        person,
        role: old,
    })
}

pub(super) fn insert_item(
    plan: &mut Plan,
    arm: Arm,
    index: usize,
    item: XItem,
) -> Result<Edit, EditError> {
    check_fresh(plan, item.id)?;
    let id = item.id;
    let items = plan
        .xmatrix
        .items_mut(arm)
        .ok_or(not_found("arm for plain items", id))?;
    insert_at(items, index, item, "items")?;
    Ok(Edit::RemoveXItem(id))
}

pub(super) fn insert_metric(
    plan: &mut Plan,
    index: usize,
    metric: XMetric,
) -> Result<Edit, EditError> {
    check_fresh(plan, metric.id)?;
    let id = metric.id;
    insert_at(&mut plan.xmatrix.metrics, index, metric, "metrics")?;
    Ok(Edit::RemoveXItem(id))
}

pub(super) fn update_item(plan: &mut Plan, item: XItem) -> Result<Edit, EditError> {
    let x = &mut plan.xmatrix;
    let slot = [Arm::South, Arm::West, Arm::North]
        .into_iter()
        .find_map(|arm| {
            x.items_mut(arm)
                .and_then(|items| items.iter().position(|i| i.id == item.id).map(|p| (arm, p)))
        })
        .and_then(|(arm, p)| x.items_mut(arm).map(|items| &mut items[p]))
        .ok_or(not_found("X-matrix item", item.id))?;
    Ok(Edit::UpdateXItem(std::mem::replace(slot, item)))
}

pub(super) fn update_metric(plan: &mut Plan, metric: XMetric) -> Result<Edit, EditError> {
    let old = replace(&mut plan.xmatrix.metrics, metric, "metric")?;
    Ok(Edit::UpdateMetric(old))
}

pub(super) fn move_item(plan: &mut Plan, id: Id, to: usize) -> Result<Edit, EditError> {
    let x = &mut plan.xmatrix;
    let (arm, from) = x.locate(id).ok_or(not_found("X-matrix item", id))?;
    match x.items_mut(arm) {
        Some(items) => move_within(items, from, to, "items")?,
        None => move_within(&mut x.metrics, from, to, "items")?,
    }
    Ok(Edit::MoveXItem { id, to: from })
}

/// Removes an item after its marks, people roles and scorecard links; undo restores them all.
pub(super) fn remove_item(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let (arm, index) = plan
        .xmatrix
        .locate(id)
        .ok_or(not_found("X-matrix item", id))?;
    let mut unlink: Vec<Edit> = plan
        .xmatrix
        .correlations
        .iter()
        .filter(|c| c.a == id || c.b == id)
        .map(|c| Edit::SetCorrelation {
            corner: c.corner,
            a: c.a,
            b: c.b,
            value: None,
        })
        .collect();
    unlink.extend(
        plan.xmatrix
            .assignments
            .iter()
            .filter(|a| a.item == id)
            .map(|a| Edit::SetRole {
                item: a.item,
                person: a.person,
                role: None,
            }),
    );
    for o in &plan.scorecard.objectives {
        if o.metrics.contains(&id) {
            unlink.push(Edit::SetScorecardMetrics {
                objective: o.id,
                metrics: o.metrics.iter().copied().filter(|&m| m != id).collect(),
            });
        }
    }
    remove_after(plan, unlink, &[id], |plan| {
        if let Some(items) = plan.xmatrix.items_mut(arm) {
            Edit::InsertXItem {
                arm,
                index,
                item: items.remove(index),
            }
        } else {
            Edit::InsertMetric {
                index,
                metric: plan.xmatrix.metrics.remove(index),
            }
        }
    })
}

pub(super) fn insert_x_person(
    plan: &mut Plan,
    index: usize,
    person: Id,
) -> Result<Edit, EditError> {
    if plan.person(person).is_none() {
        return Err(not_found("person", person));
    }
    let people = &mut plan.xmatrix.people;
    if people.contains(&person) {
        return Err(EditError::DuplicateId(person));
    }
    insert_at(people, index, person, "people columns")?;
    Ok(Edit::RemoveXPerson(person))
}

pub(super) fn remove_x_person(plan: &mut Plan, person: Id) -> Result<Edit, EditError> {
    let index = index_of(&plan.xmatrix.people, person, "person in the X-matrix")?;
    let unlink: Vec<Edit> = plan
        .xmatrix
        .assignments
        .iter()
        .filter(|a| a.person == person)
        .map(|a| Edit::SetRole {
            item: a.item,
            person,
            role: None,
        })
        .collect();
    // The person stays in the plan: only the column goes, so no workshop links or mutes go.
    remove_after(plan, unlink, &[], |plan| {
        plan.xmatrix.people.remove(index);
        Edit::InsertXPerson { index, person }
    })
}

pub(super) fn move_x_person(plan: &mut Plan, person: Id, to: usize) -> Result<Edit, EditError> {
    let people = &mut plan.xmatrix.people;
    let from = move_id(
        people,
        person,
        to,
        "person in the X-matrix",
        "people columns",
    )?;
    Ok(Edit::MoveXPerson { person, to: from })
}
