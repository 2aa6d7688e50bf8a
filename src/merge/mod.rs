//! Comparing and merging copies of a plan by stable ids, entity by entity and field by field:
//! `catchball diff`, `catchball merge` and the window's Compare and Merge share this.

mod describe;
mod diff;
mod team;
mod three_way;
mod tree;

pub use describe::{Names, describe_change, describe_conflict, lineage_note};
pub use diff::{Change, What};
pub use team::{answer_problem, team_file};
pub use three_way::{Conflict, ConflictKind};
pub use tree::{Key, Path, Step, path_text};

use crate::file::canonicalize;
use crate::model::{Id, Plan, Problem, validate};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("the plan could not be read as a tree of values: {0}")]
    Tree(#[from] serde_json::Error),
    #[error("the merged plan would not be sound: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "))]
    Invalid(Vec<Problem>),
    #[error("{0} conflicts are decided, but the merge has {1}")]
    Choices(usize, usize),
}

/// Which copy's value a conflict takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// The changes from `old` to `new`, named the way a person names them.
pub fn diff(old: &Plan, new: &Plan) -> Result<Vec<Change>, MergeError> {
    Ok(diff::changes(&tree::to_tree(old)?, &tree::to_tree(new)?))
}

/// A merge in progress: everything combined that could be, and the conflicts to decide.
#[derive(Clone, Debug)]
pub struct Merge {
    tree: Value,
    pub conflicts: Vec<Conflict>,
    /// Ids the other side added that we had used too, and the fresh ids they got.
    pub renumbered: BTreeMap<Id, Id>,
    ours: Plan,
    /// The other side after renumbering, for naming its values.
    pub theirs: Plan,
}

/// Merges two copies of a plan. With `base` (the version both started from) only what both
/// changed differently is a conflict; without it, every difference is.
pub fn merge(base: Option<&Plan>, ours: &Plan, theirs: &Plan) -> Result<Merge, MergeError> {
    let renumbered = base.map(|b| fresh_ids(b, ours, theirs)).unwrap_or_default();
    let mut theirs = theirs.clone();
    theirs.renumber(&renumbered);
    let base_tree = base.map(tree::to_tree).transpose()?;
    let (ours_tree, theirs_tree) = (tree::to_tree(ours)?, tree::to_tree(&theirs)?);
    let mut conflicts = Vec::new();
    let mut merged = three_way::merge(base_tree.as_ref(), &ours_tree, &theirs_tree, &mut conflicts);
    // Entities removed on one side but still referred to come back, as questions.
    for _ in 0..8 {
        let plan = tree::from_tree(merged.clone(), ours)?;
        let ids: HashSet<Id> = plan.entities().iter().map(|e| e.id).collect();
        let missing: Vec<Id> = plan
            .links()
            .iter()
            .map(|l| l.to)
            .filter(|id| !ids.contains(id))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if missing.is_empty() {
            break;
        }
        for id in missing {
            restore(
                id,
                base_tree.as_ref(),
                &ours_tree,
                &theirs_tree,
                &mut merged,
                &mut conflicts,
            );
        }
    }
    Ok(Merge {
        tree: merged,
        conflicts,
        renumbered,
        ours: ours.clone(),
        theirs,
    })
}

/// Puts back the outermost missing element holding entity `id`, from the side that kept it,
/// and records the question.
fn restore(
    id: Id,
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    merged: &mut Value,
    conflicts: &mut Vec<Conflict>,
) {
    let Some(full) = [Some(ours), Some(theirs), base]
        .into_iter()
        .flatten()
        .find_map(|t| tree::find_id(t, id.0))
    else {
        return;
    };
    let Some(end) = (1..=full.len())
        .find(|&n| matches!(full[n - 1], Step::Item(_)) && tree::get(merged, &full[..n]).is_none())
    else {
        return;
    };
    let path = full[..end].to_vec();
    let side = |t: Option<&Value>| t.and_then(|t| tree::get(t, &path)).cloned();
    let (b, o, t) = (side(base), side(Some(ours)), side(Some(theirs)));
    let Some(kept) = o.clone().or_else(|| t.clone()).or_else(|| b.clone()) else {
        return;
    };
    let Some((Step::Item(key), parent)) = path.split_last() else {
        return;
    };
    let list_from = if o.is_some() { ours } else { theirs };
    let after = tree::get(list_from, parent)
        .and_then(Value::as_array)
        .and_then(|list| tree::predecessors(list).remove(key));
    tree::set(merged, &path, Some(kept), after.as_ref());
    conflicts.push(Conflict {
        path,
        kind: ConflictKind::RemovedButUsed,
        base: b,
        ours: o,
        theirs: t,
        after,
    });
}

/// Fresh ids for the entities `theirs` added with numbers `ours` uses too.
fn fresh_ids(base: &Plan, ours: &Plan, theirs: &Plan) -> BTreeMap<Id, Id> {
    let ids = |p: &Plan| -> HashSet<Id> { p.entities().iter().map(|e| e.id).collect() };
    let (b, o) = (ids(base), ids(ours));
    let mut next = base.max_id().max(ours.max_id()).max(theirs.max_id()) + 1;
    theirs
        .entities()
        .iter()
        .filter(|e| !b.contains(&e.id) && o.contains(&e.id))
        .map(|e| {
            let fresh = Id(next);
            next += 1;
            (e.id, fresh)
        })
        .collect()
}

impl Merge {
    /// The merged plan with each conflict decided by `choices` (one per conflict, in order).
    /// It is canonical and sound; links to whatever a choice removed are dropped.
    pub fn resolve(&self, choices: &[Side]) -> Result<Plan, MergeError> {
        if choices.len() != self.conflicts.len() {
            return Err(MergeError::Choices(choices.len(), self.conflicts.len()));
        }
        let mut tree = self.tree.clone();
        for (c, side) in self.conflicts.iter().zip(choices) {
            let value = match side {
                Side::Ours => c.ours.clone(),
                Side::Theirs => c.theirs.clone(),
            };
            if c.kind == ConflictKind::Order {
                let keys: Vec<String> = value
                    .as_ref()
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .filter_map(|k| k.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                three_way::reorder(&mut tree, &c.path, &keys);
            } else {
                tree::set(&mut tree, &c.path, value, c.after.as_ref());
            }
        }
        let mut plan = tree::from_tree(tree, &self.ours)?;
        plan.unlink_missing();
        canonicalize(&mut plan);
        let problems = validate(&plan);
        if problems.is_empty() {
            Ok(plan)
        } else {
            Err(MergeError::Invalid(problems))
        }
    }

    /// The merged plan with every conflict decided for the same side.
    pub fn take(&self, side: Side) -> Result<Plan, MergeError> {
        self.resolve(&vec![side; self.conflicts.len()])
    }

    /// Names for describing this merge's changes and conflicts.
    pub fn names(&self) -> Names {
        Names::of(&[&self.ours, &self.theirs])
    }
}
