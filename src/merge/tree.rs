//! A plan as a tree of values (its serde form), addressed by paths of field names and element
//! keys: elements with an `id` are keyed by it, marks and links by their ends, ballots and
//! answers by participant, dated records by their whole content.

use crate::model::Plan;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Fields with no meaning for comparing or merging: where a copy came from.
pub const SKIPPED: &[&str] = &["lineage"];

/// What identifies an element of a list across copies of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Id(u64),
    /// The key fields (or the whole element) in their JSON form.
    Value(String),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Id(id) => write!(f, "#{id}"),
            Key::Value(v) => f.write_str(v),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Field(String),
    Item(Key),
}

pub type Path = Vec<Step>;

/// `priorities[#12].owner`: a path as a program reads it (`--json`, tests).
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Field(f) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(f);
            }
            Step::Item(k) => {
                out.push('[');
                out.push_str(&k.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Key fields of elements without an id, tried in order: the first set an element has all of.
const KEY_FIELDS: &[&[&str]] = &[
    &["corner", "a", "b"],
    &["item", "person"],
    &["cause", "effect"],
    &["rule", "item"],
    &["participant"],
];

pub fn key_of(v: &Value) -> Key {
    if let Value::Object(m) = v {
        if let Some(id) = m.get("id").and_then(Value::as_u64) {
            return Key::Id(id);
        }
        for fields in KEY_FIELDS {
            if fields.iter().all(|f| m.contains_key(*f)) {
                let parts: Vec<&Value> = fields.iter().filter_map(|f| m.get(*f)).collect();
                return Key::Value(
                    Value::from(parts.into_iter().cloned().collect::<Vec<_>>()).to_string(),
                );
            }
        }
    }
    Key::Value(v.to_string())
}

/// Whether the lists can be merged element by element: every element's key is unique in its
/// list. Lists with repeated elements (a ballot's dots) are one value.
pub fn keyed(lists: &[Option<&Vec<Value>>]) -> bool {
    lists.iter().flatten().all(|list| {
        let mut seen = HashSet::new();
        list.iter().all(|v| seen.insert(key_of(v)))
    })
}

/// The plan as a tree, without the [`SKIPPED`] fields.
pub fn to_tree(plan: &Plan) -> Result<Value, serde_json::Error> {
    let mut tree = serde_json::to_value(plan)?;
    if let Value::Object(m) = &mut tree {
        for f in SKIPPED {
            m.remove(*f);
        }
    }
    Ok(tree)
}

/// The plan a tree holds, with `lineage` from `like`.
pub fn from_tree(tree: Value, like: &Plan) -> Result<Plan, serde_json::Error> {
    let mut plan: Plan = serde_json::from_value(tree)?;
    plan.lineage = like.lineage.clone();
    Ok(plan)
}

/// Each element's key with the key of the element before it (the first has none).
pub fn predecessors(list: &[Value]) -> HashMap<Key, Key> {
    let keys: Vec<Key> = list.iter().map(key_of).collect();
    keys.windows(2)
        .map(|w| (w[1].clone(), w[0].clone()))
        .collect()
}

/// The element of `list` with this key.
pub fn find<'a>(list: &'a [Value], key: &Key) -> Option<&'a Value> {
    list.iter().find(|v| key_of(v) == *key)
}

/// The value at `path`, if there is one.
pub fn get<'a>(tree: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(tree, |at, step| match (step, at) {
        (Step::Field(f), Value::Object(m)) => m.get(f),
        (Step::Item(k), Value::Array(list)) => find(list, k),
        _ => None,
    })
}

/// The value at `path`, to change it.
pub fn get_mut<'a>(tree: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(tree, |at, step| match (step, at) {
        (Step::Field(f), Value::Object(m)) => m.get_mut(f),
        (Step::Item(k), Value::Array(list)) => list.iter_mut().find(|v| key_of(v) == *k),
        _ => None,
    })
}

/// The path of the element with this id, wherever it is.
pub fn find_id(tree: &Value, id: u64) -> Option<Path> {
    match tree {
        Value::Object(m) => m.iter().find_map(|(f, v)| {
            let mut path = find_id(v, id)?;
            path.insert(0, Step::Field(f.clone()));
            Some(path)
        }),
        Value::Array(list) => list.iter().find_map(|v| {
            let key = key_of(v);
            if key == Key::Id(id) {
                return Some(vec![Step::Item(key)]);
            }
            let mut path = find_id(v, id)?;
            path.insert(0, Step::Item(key));
            Some(path)
        }),
        _ => None,
    }
}

/// Sets the value at `path` (`None` removes it). A missing element is appended to its list,
/// after `after` when that element is there.
pub fn set(tree: &mut Value, path: &[Step], value: Option<Value>, after: Option<&Key>) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let Some(at) = get_mut(tree, parents) else {
        return false;
    };
    match (last, at) {
        (Step::Field(f), Value::Object(m)) => {
            set_field(m, f, value);
            true
        }
        (Step::Item(k), Value::Array(elements)) => {
            let pos = elements.iter().position(|v| key_of(v) == *k);
            match (pos, value) {
                (Some(i), Some(v)) => elements[i] = v,
                (Some(i), None) => {
                    elements.remove(i);
                }
                (None, Some(v)) => {
                    let at = after
                        .and_then(|a| elements.iter().position(|v| key_of(v) == *a))
                        .map_or(elements.len(), |i| i + 1);
                    elements.insert(at, v);
                }
                (None, None) => {}
            }
            true
        }
        _ => false,
    }
}

fn set_field(m: &mut Map<String, Value>, f: &str, value: Option<Value>) {
    match value {
        Some(v) => {
            m.insert(f.to_owned(), v);
        }
        None => {
            m.remove(f);
        }
    }
}
