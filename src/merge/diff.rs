//! The changes between two plans, entity by entity and field by field.

use super::tree::{Key, Path, Step, key_of, keyed};
use serde_json::Value;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub enum What {
    Added(Value),
    Removed(Value),
    Changed {
        old: Value,
        new: Value,
    },
    /// The list's elements are the same but in another order.
    Reordered,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub path: Path,
    pub what: What,
}

/// Every change from `old` to `new`, in the order of the plan.
pub fn changes(old: &Value, new: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(old, new, &mut Vec::new(), &mut out);
    out
}

fn walk(old: &Value, new: &Value, path: &mut Path, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (field, va) in a {
                path.push(Step::Field(field.clone()));
                match b.get(field) {
                    Some(vb) => walk(va, vb, path, out),
                    None => out.push(Change {
                        path: path.clone(),
                        what: What::Removed(va.clone()),
                    }),
                }
                path.pop();
            }
            for (field, vb) in b.iter().filter(|(f, _)| !a.contains_key(*f)) {
                path.push(Step::Field(field.clone()));
                out.push(Change {
                    path: path.clone(),
                    what: What::Added(vb.clone()),
                });
                path.pop();
            }
        }
        (Value::Array(a), Value::Array(b)) if keyed(&[Some(a), Some(b)]) => list(a, b, path, out),
        _ => out.push(Change {
            path: path.clone(),
            what: What::Changed {
                old: old.clone(),
                new: new.clone(),
            },
        }),
    }
}

fn list(a: &[Value], b: &[Value], path: &mut Path, out: &mut Vec<Change>) {
    let in_b: HashMap<Key, &Value> = b.iter().map(|v| (key_of(v), v)).collect();
    let in_a: HashMap<Key, &Value> = a.iter().map(|v| (key_of(v), v)).collect();
    for va in a {
        let key = key_of(va);
        path.push(Step::Item(key.clone()));
        match in_b.get(&key) {
            Some(vb) => walk(va, vb, path, out),
            None => out.push(Change {
                path: path.clone(),
                what: What::Removed(va.clone()),
            }),
        }
        path.pop();
    }
    for vb in b {
        let key = key_of(vb);
        if !in_a.contains_key(&key) {
            path.push(Step::Item(key));
            out.push(Change {
                path: path.clone(),
                what: What::Added(vb.clone()),
            });
            path.pop();
        }
    }
    if !same_order(a, b) {
        out.push(Change {
            path: path.clone(),
            what: What::Reordered,
        });
    }
}

/// The keys of `list` that are also in `other`, in `list`'s order.
pub fn common_order(list: &[Value], other: &[Value]) -> Vec<Key> {
    let keys: std::collections::HashSet<Key> = other.iter().map(key_of).collect();
    list.iter()
        .map(key_of)
        .filter(|k| keys.contains(k))
        .collect()
}

/// Whether the elements both lists hold come in the same order.
pub fn same_order(a: &[Value], b: &[Value]) -> bool {
    common_order(a, b) == common_order(b, a)
}
