//! People and teams: added, renamed, and removed only when nothing links to them any more
//! (owners, roles, check-ins, team members), so a removal never leaves a dangling id.

use super::apply::insert_at;
use super::{Edit, EditError};
use crate::model::{Id, Person, Plan, Team};

fn not_found(what: &'static str, id: Id) -> EditError {
    EditError::NotFound { what, id }
}

/// Whether anything in the plan points at `id`.
pub fn is_linked(plan: &Plan, id: Id) -> bool {
    plan.links().iter().any(|l| l.to == id)
}

pub(super) fn insert_person(
    plan: &mut Plan,
    index: usize,
    person: Person,
) -> Result<Edit, EditError> {
    let id = person.id;
    insert_at(&mut plan.people, index, person, "people")?;
    Ok(Edit::RemovePerson(id))
}

pub(super) fn update_person(plan: &mut Plan, person: Person) -> Result<Edit, EditError> {
    let slot = plan
        .people
        .iter_mut()
        .find(|p| p.id == person.id)
        .ok_or(not_found("person", person.id))?;
    Ok(Edit::UpdatePerson(std::mem::replace(slot, person)))
}

/// Removes a person who is referenced nowhere. (People who own or lead something are unlinked
/// first by the caller, so nothing dangles.)
pub(super) fn remove_person(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = plan
        .people
        .iter()
        .position(|p| p.id == id)
        .ok_or(not_found("person", id))?;
    if is_linked(plan, id) {
        return Err(EditError::StillLinked(id));
    }
    let person = plan.people.remove(index);
    Ok(Edit::InsertPerson { index, person })
}

pub(super) fn insert_team(plan: &mut Plan, index: usize, team: Team) -> Result<Edit, EditError> {
    let id = team.id;
    insert_at(&mut plan.teams, index, team, "teams")?;
    Ok(Edit::RemoveTeam(id))
}

pub(super) fn update_team(plan: &mut Plan, team: Team) -> Result<Edit, EditError> {
    let slot = plan
        .teams
        .iter_mut()
        .find(|t| t.id == team.id)
        .ok_or(not_found("team", team.id))?;
    Ok(Edit::UpdateTeam(std::mem::replace(slot, team)))
}

pub(super) fn remove_team(plan: &mut Plan, id: Id) -> Result<Edit, EditError> {
    let index = plan
        .teams
        .iter()
        .position(|t| t.id == id)
        .ok_or(not_found("team", id))?;
    if is_linked(plan, id) {
        return Err(EditError::StillLinked(id));
    }
    let team = plan.teams.remove(index);
    Ok(Edit::InsertTeam { index, team })
}
