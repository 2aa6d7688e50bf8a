//! The lists of a plan as edits see them: find by id, insert, move, replace and remove, each
//! refusing what does not fit (a position past the end, an id that no longer exists) before
//! anything changes.

use super::EditError;
use crate::model::{
    BscObjective, Dependency, Id, OkrObjective, Person, Plan, Priority, Team, VisionTarget, XItem,
    XMetric,
};

/// An element of a plan list, known by its id.
pub(super) trait Keyed {
    fn key(&self) -> Id;
}

macro_rules! keyed {
    ($($t:ty),*) => {
        $(impl Keyed for $t {
            fn key(&self) -> Id {
                self.id
            }
        })*
    };
}

keyed!(
    VisionTarget,
    Priority,
    XItem,
    XMetric,
    Person,
    Team,
    BscObjective,
    OkrObjective,
    Dependency
);

impl Keyed for Id {
    fn key(&self) -> Id {
        *self
    }
}

pub(super) fn not_found(what: &'static str, id: Id) -> EditError {
    EditError::NotFound { what, id }
}

/// The position of `id` in a list of `what`.
pub(super) fn index_of<T: Keyed>(
    list: &[T],
    id: Id,
    what: &'static str,
) -> Result<usize, EditError> {
    list.iter()
        .position(|x| x.key() == id)
        .ok_or(not_found(what, id))
}

/// Inserts `item` at `index` of a list of `what`, refusing a position past the end.
pub(super) fn insert_at<T>(
    list: &mut Vec<T>,
    index: usize,
    item: T,
    what: &'static str,
) -> Result<(), EditError> {
    if index > list.len() {
        return Err(EditError::OutOfRange {
            what,
            index,
            len: list.len(),
        });
    }
    list.insert(index, item);
    Ok(())
}

/// Moves the element at `from` to position `to` of a list of `what`, refusing a `to` past the end.
pub(super) fn move_within<T>(
    list: &mut Vec<T>,
    from: usize,
    to: usize,
    what: &'static str,
) -> Result<(), EditError> {
    if to >= list.len() {
        return Err(EditError::OutOfRange {
            what,
            index: to,
            len: list.len(),
        });
    }
    let item = list.remove(from);
    list.insert(to, item);
    Ok(())
}

/// Moves the element `id` to position `to`; returns where it was (the inverse's `to`).
pub(super) fn move_id<T: Keyed>(
    list: &mut Vec<T>,
    id: Id,
    to: usize,
    what: &'static str,
    plural: &'static str,
) -> Result<usize, EditError> {
    let from = index_of(list, id, what)?;
    move_within(list, from, to, plural)?;
    Ok(from)
}

/// Puts `item` in the place of the element with its id; returns the element it replaced.
pub(super) fn replace<T: Keyed>(
    list: &mut [T],
    item: T,
    what: &'static str,
) -> Result<T, EditError> {
    let index = index_of(list, item.key(), what)?;
    Ok(std::mem::replace(&mut list[index], item))
}

/// Takes the element `id` out; returns where it was and the element.
pub(super) fn take<T: Keyed>(
    list: &mut Vec<T>,
    id: Id,
    what: &'static str,
) -> Result<(usize, T), EditError> {
    let index = index_of(list, id, what)?;
    Ok((index, list.remove(index)))
}

/// Refuses an id the plan already uses.
pub(super) fn check_fresh(plan: &Plan, id: Id) -> Result<(), EditError> {
    if plan.entities().iter().any(|e| e.id == id) {
        return Err(EditError::DuplicateId(id));
    }
    Ok(())
}

/// Refuses parts (key results, measures, perspectives …) that bring an id used elsewhere in the
/// plan or twice among themselves. `own` are the ids the replaced whole holds today (itself and
/// its parts), which the new parts may keep.
pub(super) fn check_parts(
    plan: &Plan,
    own: &[Id],
    parts: impl IntoIterator<Item = Id>,
) -> Result<(), EditError> {
    let taken: std::collections::HashSet<Id> = plan
        .entities()
        .iter()
        .map(|e| e.id)
        .filter(|id| !own.contains(id))
        .collect();
    let mut seen = std::collections::HashSet::new();
    for id in parts {
        if taken.contains(&id) || !seen.insert(id) {
            return Err(EditError::DuplicateId(id));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_past_the_end_is_refused_and_changes_nothing() {
        let mut list = vec![Id(1), Id(2), Id(3)];
        let err = move_id(&mut list, Id(1), 3, "item", "items").unwrap_err();
        assert_eq!(
            err,
            EditError::OutOfRange {
                what: "items",
                index: 3,
                len: 3
            }
        );
        assert_eq!(list, [Id(1), Id(2), Id(3)]);
        assert_eq!(move_id(&mut list, Id(1), 2, "item", "items"), Ok(0));
        assert_eq!(list, [Id(2), Id(3), Id(1)]);
    }

    #[test]
    fn replace_and_take_name_what_is_missing() {
        let mut list = vec![Id(1), Id(2)];
        assert_eq!(replace(&mut list, Id(2), "thing"), Ok(Id(2)));
        assert_eq!(
            take(&mut list, Id(9), "thing"),
            Err(EditError::NotFound {
                what: "thing",
                id: Id(9)
            })
        );
        assert_eq!(take(&mut list, Id(1), "thing"), Ok((0, Id(1))));
        assert_eq!(list, [Id(2)]);
        assert!(insert_at(&mut list, 5, Id(3), "things").is_err());
    }
}
