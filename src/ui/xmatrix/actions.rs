//! What the mouse and the keyboard do to a cell, in one place: cycle, set, clear, delete, move.

use crate::drawing::xmatrix::CellKind;
use crate::edit::Edit;
use crate::model::{Plan, Role, Strength};
use crate::ui::EditSink;

/// Levels as typed with 1/2/3/4 (0 clears): strong/medium/weak/linked, or lead/core/consulted.
const STRENGTHS: [Strength; 4] = [
    Strength::Strong,
    Strength::Medium,
    Strength::Weak,
    Strength::Linked,
];
const ROLES: [Role; 3] = [Role::Lead, Role::Core, Role::Consulted];

fn set_mark(plan: &Plan, sink: &mut EditSink, kind: CellKind, strength: Option<Strength>) {
    if let CellKind::Mark { corner, a, b } = kind {
        let rationale = plan
            .xmatrix
            .mark(corner, a, b)
            .map(|c| c.rationale.clone())
            .unwrap_or_default();
        sink.push(Edit::SetCorrelation {
            corner,
            a,
            b,
            value: strength.map(|s| (s, rationale)),
        });
        sink.seal();
    }
}

fn set_role(sink: &mut EditSink, kind: CellKind, role: Option<Role>) {
    if let CellKind::Role { item, person } = kind {
        sink.push(Edit::SetRole { item, person, role });
        sink.seal();
    }
}

/// Click, Space or Enter on a cell: empty → ● → ○ → △ → empty (marks and roles alike).
pub fn cycle(plan: &Plan, sink: &mut EditSink, kind: CellKind) {
    match kind {
        CellKind::Mark { corner, a, b } => {
            let now = plan.xmatrix.mark(corner, a, b).map(|c| c.strength);
            set_mark(plan, sink, kind, Strength::cycle(now));
        }
        CellKind::Role { item, person } => {
            let next = match plan.xmatrix.role(item, person) {
                None => Some(Role::Lead),
                Some(Role::Lead) => Some(Role::Core),
                Some(Role::Core) => Some(Role::Consulted),
                Some(Role::Consulted) => None,
            };
            set_role(sink, kind, next);
        }
        _ => {}
    }
}

/// 1/2/3/4 set a level, 0 clears it. A role has no fourth level: 4 leaves it as it is.
pub fn set_level(plan: &Plan, sink: &mut EditSink, kind: CellKind, level: Option<usize>) {
    match (kind, level) {
        (CellKind::Mark { .. }, None) => set_mark(plan, sink, kind, None),
        (CellKind::Mark { .. }, Some(l)) => {
            if let Some(&s) = STRENGTHS.get(l) {
                set_mark(plan, sink, kind, Some(s));
            }
        }
        (CellKind::Role { .. }, None) => set_role(sink, kind, None),
        (CellKind::Role { .. }, Some(l)) => {
            if let Some(&r) = ROLES.get(l) {
                set_role(sink, kind, Some(r));
            }
        }
        _ => {}
    }
}

/// Delete: an item leaves its arm, a person leaves the matrix, a mark or role is cleared.
pub fn delete(plan: &Plan, sink: &mut EditSink, kind: CellKind) {
    match kind {
        CellKind::Item { id, .. } => sink.push(Edit::RemoveXItem(id)),
        CellKind::Person { id, .. } => sink.push(Edit::RemoveXPerson(id)),
        CellKind::Mark { .. } | CellKind::Role { .. } => set_level(plan, sink, kind, None),
        CellKind::Centre | CellKind::Empty => {}
    }
    sink.seal();
}

/// Moves an item or person one place along its arm (`delta` is −1 or +1).
pub fn shift(plan: &Plan, sink: &mut EditSink, kind: CellKind, delta: i32) {
    let (index, len) = match kind {
        CellKind::Item { arm, index, .. } => (index, plan.xmatrix.arm_len(arm)),
        CellKind::Person { index, .. } => (index, plan.xmatrix.people.len()),
        _ => return,
    };
    let Some(to) = index
        .checked_add_signed(delta as isize)
        .filter(|&t| t < len)
    else {
        return;
    };
    match kind {
        CellKind::Item { id, .. } => sink.push(Edit::MoveXItem { id, to }),
        CellKind::Person { id, .. } => sink.push(Edit::MoveXPerson { person: id, to }),
        _ => {}
    }
    sink.seal();
}
