//! People and teams: added, renamed, and removed only when nothing links to them any more
//! (owners, roles, check-ins, team members), so a removal never leaves a dangling id.

use super::list::{check_fresh, index_of, insert_at, replace, take};
use super::{Edit, EditError};
use crate::model::{Id, Person, Plan, Team};

/// Whether anything in the plan points at `id`.
pub fn is_linked(plan: &Plan, id: Id) -> bool {
    plan.links().iter().any(|l| l.to == id)
}

pub(super) fn insert_person(
    plan: &mut Plan,
    index: usize,
    person: Person,
) -> Result<Edit, EditError> {
    check_fresh(plan, person.id)?;
    let id = person.id;
    insert_at(&mut plan.people, index, person, "people")?;
    Ok(Edit::RemovePerson(id))
}

pub(super) fn update_person(plan: &mut Plan, person: Person) -> Result<Edit, EditError> {
    Ok(Edit::UpdatePerson(replace(
        &mut plan.people,
        person,
        "person",
    )?))
}

/// Removes a person who is referenced nowhere. (People who own or lead something are unlinked
/// first by the caller, so nothing dangles.)
pub(super) fn remove_person(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    index_of(&plan.people, id, "person")?;
    if is_linked(plan, id) {
        return Err(EditError::StillLinked(id));
    }
    let (index, person) = take(&mut plan.people, id, "person")?;
    Ok(Edit::InsertPerson { index, person })
}

pub(super) fn insert_team(plan: &mut Plan, index: usize, team: Team) -> Result<Edit, EditError> {
    check_fresh(plan, team.id)?;
    let id = team.id;
    insert_at(&mut plan.teams, index, team, "teams")?;
    Ok(Edit::RemoveTeam(id))
}

pub(super) fn update_team(plan: &mut Plan, team: Team) -> Result<Edit, EditError> {
    Ok(Edit::UpdateTeam(replace(&mut plan.teams, team, "team")?))
}

pub(super) fn remove_team(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    index_of(&plan.teams, id, "team")?;
    if is_linked(plan, id) {
        return Err(EditError::StillLinked(id));
    }
    let (index, team) = take(&mut plan.teams, id, "team")?;
    Ok(Edit::InsertTeam { index, team })
}
