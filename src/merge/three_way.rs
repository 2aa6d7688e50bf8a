//! Three-way merge of plan trees: what only one side changed is taken; what both changed the
//! same way is taken once; what both changed differently is a conflict, left at our value (or
//! at the side that kept an element) until it is decided.

use super::diff::common_order;
use super::tree::{Key, Path, Step, key_of, keyed, predecessors};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictKind {
    /// Both sides changed the value differently (or one changed what the other removed).
    Value,
    /// Both sides reordered the list differently.
    Order,
    /// One side removed an entity the merged plan still refers to.
    RemovedButUsed,
}

/// One question the merge cannot answer alone. For [`ConflictKind::Order`] the values are the
/// lists of keys in each side's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: Path,
    pub kind: ConflictKind,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
    /// The element before this one on the side that has it, to put it back in place.
    pub after: Option<Key>,
}

/// Merges `ours` and `theirs` of `base` (`None` for a two-way merge: every difference is a
/// conflict). Returns the merged tree and the conflicts, which hold our values for now.
pub fn merge(
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    conflicts: &mut Vec<Conflict>,
) -> Value {
    let mut path = Vec::new();
    let mut ctx = Ctx {
        two_way: base.is_none(),
        conflicts,
    };
    merge_value(base, Some(ours), Some(theirs), &mut path, &mut ctx, None).unwrap_or(Value::Null)
}

/// What every level of the merge shares.
struct Ctx<'a> {
    /// No common ancestor: an element missing from the base is not "added".
    two_way: bool,
    conflicts: &'a mut Vec<Conflict>,
}

fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &mut Path,
    ctx: &mut Ctx,
    after: Option<&Key>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if !ctx.two_way && base == ours {
        return theirs.cloned();
    }
    if !ctx.two_way && base == theirs {
        return ours.cloned();
    }
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            Some(Value::Object(merge_object(b, o, t, path, ctx)))
        }
        (Some(Value::Array(o)), Some(Value::Array(t)))
            if keyed(&[base.and_then(Value::as_array), Some(o), Some(t)]) =>
        {
            let b = base.and_then(Value::as_array);
            Some(Value::Array(merge_list(b, o, t, path, ctx)))
        }
        _ => {
            ctx.conflicts.push(Conflict {
                path: path.clone(),
                kind: ConflictKind::Value,
                base: base.cloned(),
                ours: ours.cloned(),
                theirs: theirs.cloned(),
                after: after.cloned(),
            });
            ours.or(theirs).cloned()
        }
    }
}

fn merge_object(
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &mut Path,
    ctx: &mut Ctx,
) -> Map<String, Value> {
    let mut out = Map::new();
    let fields: Vec<&String> = ours
        .keys()
        .chain(theirs.keys().filter(|f| !ours.contains_key(*f)))
        .collect();
    for field in fields {
        path.push(Step::Field(field.clone()));
        let merged = merge_value(
            base.and_then(|b| b.get(field)),
            ours.get(field),
            theirs.get(field),
            path,
            ctx,
            None,
        );
        path.pop();
        if let Some(v) = merged {
            out.insert(field.clone(), v);
        }
    }
    out
}

fn merge_list(
    base: Option<&Vec<Value>>,
    ours: &[Value],
    theirs: &[Value],
    path: &mut Path,
    ctx: &mut Ctx,
) -> Vec<Value> {
    let index = |list: &[Value]| -> HashMap<Key, Value> {
        list.iter().map(|v| (key_of(v), v.clone())).collect()
    };
    let (b, o, t) = (base.map(|b| index(b)), index(ours), index(theirs));
    let order = merged_order(base.map(Vec::as_slice), ours, theirs, path, ctx.conflicts);
    let (ours_before, theirs_before) = (predecessors(ours), predecessors(theirs));
    let mut out = Vec::new();
    for key in order {
        path.push(Step::Item(key.clone()));
        let after = ours_before.get(&key).or_else(|| theirs_before.get(&key));
        let merged = merge_value(
            b.as_ref().and_then(|b| b.get(&key)),
            o.get(&key),
            t.get(&key),
            path,
            ctx,
            after,
        );
        path.pop();
        out.extend(merged);
    }
    out
}

/// The order of every key of either side: one side's order (the one that reordered, ours when
/// both did the same), with the other side's additions after their predecessor there.
fn merged_order(
    base: Option<&[Value]>,
    ours: &[Value],
    theirs: &[Value],
    path: &Path,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Key> {
    let keys = |list: &[Value]| -> Vec<Key> { list.iter().map(key_of).collect() };
    let moved =
        |side: &[Value]| base.is_none_or(|b| common_order(b, side) != common_order(side, b));
    let (ours_moved, theirs_moved) = (moved(ours), moved(theirs));
    let ours_first =
        !theirs_moved || ours_moved && common_order(ours, theirs) == common_order(theirs, ours);
    if ours_moved && theirs_moved && common_order(ours, theirs) != common_order(theirs, ours) {
        let as_list =
            |k: Vec<Key>| Value::from(k.iter().map(ToString::to_string).collect::<Vec<_>>());
        conflicts.push(Conflict {
            path: path.clone(),
            kind: ConflictKind::Order,
            base: base.map(|b| as_list(keys(b))),
            ours: Some(as_list(common_order(ours, theirs))),
            theirs: Some(as_list(common_order(theirs, ours))),
            after: None,
        });
    }
    let (lead, other) = if ours_first {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    let mut order = keys(lead);
    let present: HashSet<Key> = order.iter().cloned().collect();
    let in_other: HashSet<Key> = keys(other).into_iter().collect();
    let mut previous: Option<Key> = None;
    for key in keys(other) {
        if !present.contains(&key) {
            let mut at = previous
                .as_ref()
                .and_then(|p| order.iter().position(|k| k == p))
                .map_or(0, |i| i + 1);
            // What the leading side added at the same place comes first.
            while at < order.len() && !in_other.contains(&order[at]) {
                at += 1;
            }
            order.insert(at, key.clone());
        }
        previous = Some(key);
    }
    order
}

/// Puts the list at `path` in the order of `keys` (text forms of the keys); elements not named
/// keep their place after the named ones.
pub fn reorder(tree: &mut Value, path: &[Step], keys: &[String]) {
    let Some(Value::Array(list)) = super::tree::get_mut(tree, path) else {
        return;
    };
    let rank = |v: &Value| {
        let k = key_of(v).to_string();
        keys.iter().position(|x| *x == k).unwrap_or(usize::MAX)
    };
    list.sort_by_key(rank);
}
