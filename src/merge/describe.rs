//! Changes and conflicts in words: “Priority “Electrify the fleet”: owner Tomás Ortega → Chen
//! Wei”, not tree paths.

use super::diff::{Change, What};
use super::three_way::{Conflict, ConflictKind};
use super::tree::{Key, Step};
use crate::i18n::{slug, text_or};
use crate::model::{EntityKind, Plan};
use crate::tr;
use serde_json::Value;
use std::collections::HashMap;

/// The kind and name of every entity of the plans a description is about.
#[derive(Clone, Debug, Default)]
pub struct Names(HashMap<u64, (EntityKind, String)>);

impl Names {
    /// Names from the plans, the first plan's name winning where an entity was renamed.
    pub fn of(plans: &[&Plan]) -> Self {
        let mut names = HashMap::new();
        for plan in plans {
            for e in plan.entities() {
                names
                    .entry(e.id.0)
                    .or_insert_with(|| (e.kind, e.name.to_owned()));
            }
        }
        // A proposal has no name of its own: it is its item, thrown to a team.
        for plan in plans {
            for p in &plan.workshop.proposals {
                let item = names
                    .get(&p.item.0)
                    .map_or(String::new(), |(_, n)| n.clone());
                let to = plan.team_name(p.team);
                let name = if to.is_empty() {
                    item
                } else {
                    format!("{} → {to}", short(&item))
                };
                if let Some(entry) = names.get_mut(&p.id.0)
                    && entry.1.is_empty()
                {
                    entry.1 = name;
                }
            }
        }
        Self(names)
    }

    fn entity(&self, id: u64) -> String {
        match self.0.get(&id) {
            Some((kind, name)) => {
                let mut english = kind.label().to_owned();
                if let Some(first) = english.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                let label = text_or(&format!("kind-{}", slug(kind.label())), &english);
                if name.is_empty() {
                    tr!("diff-entity-id", kind = label, id = id.to_string())
                } else {
                    tr!("diff-entity", kind = label, name = quoted(name))
                }
            }
            None => format!("#{id}"),
        }
    }

    /// A linked entity as a value: people and teams by name, items by name in quotes.
    fn link(&self, id: u64) -> String {
        match self.0.get(&id) {
            Some((EntityKind::Person | EntityKind::Team, name)) => name.clone(),
            Some((_, name)) if !name.is_empty() => quoted(name),
            _ => format!("#{id}"),
        }
    }
}

/// Fields that hold ids of other entities.
const LINKS: &[&str] = &[
    "owner",
    "team",
    "parent",
    "priority",
    "perspective",
    "who",
    "about",
    "item",
    "items",
    "person",
    "a",
    "b",
    "cause",
    "effect",
    "from",
    "on",
    "dots",
    "priorities",
    "metrics",
    "people",
];

fn short(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.trim();
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A text of the plan in quotes, shortened: “Electrify the fleet”, „…“ in German.
fn quoted(text: &str) -> String {
    tr!("diff-quoted", text = short(text))
}

/// A field of the file in words: `target_year` → "target year", "Zieljahr".
fn words(field: &str) -> String {
    let english = match field {
        "xmatrix" => "X-matrix".to_owned(),
        "okrs" => "OKRs".to_owned(),
        _ => field.replace('_', " "),
    };
    text_or(&format!("field-{}", slug(field)), &english)
}

/// `OneToTen` → "one to ten" ("1 bis 10").
fn humane(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    text_or(&format!("variant-{}", slug(&out)), &out)
}

fn value(field: &str, v: &Value, names: &Names) -> String {
    let linked = LINKS.contains(&field);
    match v {
        Value::Null => tr!("diff-none"),
        Value::Bool(true) => tr!("diff-yes"),
        Value::Bool(false) => tr!("diff-no"),
        Value::Number(n) => match (linked, n.as_u64()) {
            (true, Some(id)) => names.link(id),
            _ => n
                .as_f64()
                .map_or_else(|| n.to_string(), crate::i18n::number),
        },
        Value::String(s)
            if s.chars().next().is_some_and(char::is_uppercase)
                && !s.contains(' ')
                && s.chars().all(char::is_alphanumeric)
                && s.chars().skip(1).any(char::is_lowercase)
                && is_variant_field(field) =>
        {
            humane(s)
        }
        Value::String(s) if s.is_empty() => tr!("diff-empty"),
        Value::String(s) if field == "date" || field == "due" => s
            .parse::<jiff::civil::Date>()
            .map_or_else(|_| s.clone(), crate::i18n::date),
        Value::String(s) if field == "period" => s.clone(),
        Value::String(s) => quoted(s),
        Value::Array(list) if list.is_empty() => tr!("diff-none"),
        Value::Array(list) => list
            .iter()
            .map(|x| value(field, x, names))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(m) => m
            .iter()
            .filter(|(_, x)| !x.is_null() && *x != &Value::String(String::new()))
            .take(4)
            .map(|(k, x)| match x {
                Value::Object(_) => format!("{} ({})", humane(k), value(k, x, names)),
                _ => format!("{} {}", words(k), value(k, x, names)),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Fields whose text is one of a fixed set of words (an enum), not the user's text.
fn is_variant_field(field: &str) -> bool {
    matches!(
        field,
        "strength"
            | "role"
            | "status"
            | "corner"
            | "direction"
            | "interval"
            | "state"
            | "vocabulary"
            | "confidence"
            | "target"
            | "kind"
    )
}

/// What a list element without an id is, from its list's name and its key.
fn element(list: &str, key: &Key, names: &Names) -> String {
    let Key::Value(text) = key else {
        return key.to_string();
    };
    let parsed: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let part = |i: usize| {
        parsed
            .get(i)
            .and_then(Value::as_u64)
            .map(|id| names.link(id))
    };
    let field = |f: &str| {
        parsed
            .get(f)
            .map(|v| value(f, v, names))
            .unwrap_or_default()
    };
    match list {
        "correlations" => tr!(
            "diff-mark",
            a = part(1).unwrap_or_default(),
            b = part(2).unwrap_or_default()
        ),
        "assignments" => tr!(
            "diff-role-of",
            person = part(1).unwrap_or_default(),
            item = part(0).unwrap_or_default()
        ),
        "links" => tr!(
            "diff-cause-effect",
            cause = part(0).unwrap_or_default(),
            effect = part(1).unwrap_or_default()
        ),
        "mutes" => tr!(
            "diff-muted",
            rule = value("rule", parsed.get(0).unwrap_or(&Value::Null), names)
        ),
        "ballots" => tr!(
            "diff-ballot",
            who = parsed.get(0).and_then(Value::as_str).unwrap_or("")
        ),
        "answers" => tr!(
            "diff-answer",
            who = parsed.get(0).and_then(Value::as_str).unwrap_or("")
        ),
        "check_ins" => tr!("diff-check-in", date = field("date")),
        "history" if parsed.get("status").is_some() => tr!(
            "diff-step",
            status = quoted(&field("status")),
            date = field("date")
        ),
        "history" => tr!("diff-reading", date = field("date")),
        "periods" => tr!("diff-period", name = field("name")),
        "zones" => tr!("diff-zone", name = field("name")),
        "rubric" => tr!("diff-level", name = field("name")),
        _ => format!("{} {}", words(list), short(text)),
    }
}

/// Who or what a path is about, and the field words after it.
fn subject(path: &[Step], names: &Names) -> (Option<String>, Vec<String>) {
    let mut subject = None;
    let mut fields: Vec<String> = Vec::new();
    let mut last_field = String::new();
    for step in path {
        match step {
            Step::Field(f) if f.starts_with(char::is_uppercase) => {}
            Step::Field(f) => {
                fields.push(words(f));
                last_field.clone_from(f);
            }
            Step::Item(Key::Id(id)) => {
                subject = Some(names.entity(*id));
                fields.clear();
            }
            Step::Item(key) => {
                fields.pop();
                fields.push(element(&last_field, key, names));
            }
        }
    }
    (subject, fields)
}

fn heading(path: &[Step], names: &Names) -> (String, String) {
    let (subject, mut fields) = subject(path, names);
    if let Some(s) = subject {
        return (s, fields.join(" "));
    }
    let mut first = if fields.is_empty() {
        tr!("diff-plan")
    } else {
        fields.remove(0)
    };
    if let Some(c) = first.get_mut(..1) {
        c.make_ascii_uppercase();
    }
    (first, fields.join(" "))
}

fn last_field(path: &[Step]) -> &str {
    path.iter()
        .rev()
        .find_map(|s| match s {
            Step::Field(f) if !f.starts_with(char::is_uppercase) => Some(f.as_str()),
            _ => None,
        })
        .unwrap_or("")
}

/// One change in words.
pub fn describe_change(change: &Change, names: &Names) -> String {
    let path = &change.path;
    let field = last_field(path);
    let (head, fields) = heading(path, names);
    // The fields follow the heading's colon after a space, when there are any.
    let sep = if fields.is_empty() {
        String::new()
    } else {
        format!(" {fields}")
    };
    match (&change.what, path.last()) {
        (What::Added(_), Some(Step::Item(Key::Id(id)))) => match within(path, names) {
            Some(parent) => tr!("diff-added-in", what = names.entity(*id), parent = parent),
            None => tr!("diff-added", what = names.entity(*id)),
        },
        (What::Removed(_), Some(Step::Item(Key::Id(id)))) => match within(path, names) {
            Some(parent) => tr!("diff-removed-in", what = names.entity(*id), parent = parent),
            None => tr!("diff-removed", what = names.entity(*id)),
        },
        (What::Added(v), _) => tr!(
            "diff-value-added",
            head = head,
            fields = sep,
            value = value(field, v, names)
        ),
        (What::Removed(_), _) => tr!("diff-value-removed", head = head, fields = sep),
        (What::Changed { old, new }, _) => tr!(
            "diff-changed",
            head = head,
            fields = sep,
            old = value(field, old, names),
            new = value(field, new, names)
        ),
        (What::Reordered, _) => tr!("diff-reordered", head = head, fields = sep),
    }
}

/// The entity ("Scorecard objective “…”") an element inside another entity is in.
fn within(path: &[Step], names: &Names) -> Option<String> {
    path[..path.len().saturating_sub(1)]
        .iter()
        .rev()
        .find_map(|s| match s {
            Step::Item(Key::Id(id)) => Some(names.entity(*id)),
            _ => None,
        })
}

/// One conflict in words: what it is about, and each side's value.
pub fn describe_conflict(conflict: &Conflict, names: &Names) -> (String, String, String) {
    let path = &conflict.path;
    let field = last_field(path);
    let (head, fields) = heading(path, names);
    let title = match (conflict.kind, path.last()) {
        (ConflictKind::Order, _) => tr!("diff-both-reordered", head = head),
        (ConflictKind::RemovedButUsed, Some(Step::Item(Key::Id(id)))) => {
            tr!("diff-removed-but-used", what = names.entity(*id))
        }
        (_, Some(Step::Item(Key::Id(id)))) => {
            tr!("diff-removed-but-changed", what = names.entity(*id))
        }
        _ if fields.is_empty() => head,
        _ => tr!("diff-head-fields", head = head, fields = fields),
    };
    let side = |v: &Option<Value>| match (conflict.kind, v) {
        (_, None) => tr!("diff-side-removed"),
        (ConflictKind::Order, Some(Value::Array(keys))) => keys
            .iter()
            .filter_map(Value::as_str)
            .map(|k| {
                k.strip_prefix('#')
                    .and_then(|n| n.parse().ok())
                    .map_or_else(|| k.to_owned(), |id| names.link(id))
            })
            .collect::<Vec<_>>()
            .join(", "),
        (ConflictKind::Value, Some(v)) if matches!(path.last(), Some(Step::Item(Key::Id(_)))) => {
            if conflict.base.as_ref() == Some(v) {
                tr!("diff-side-kept")
            } else {
                tr!("diff-side-kept-changed")
            }
        }
        (ConflictKind::RemovedButUsed, Some(_)) => tr!("diff-side-kept"),
        (_, Some(v)) => value(field, v, names),
    };
    (title, side(&conflict.ours), side(&conflict.theirs))
}

/// Which copy of one plan is newer, in a sentence; `None` for copies of different plans.
pub fn lineage_note(a: &crate::model::Lineage, b: &crate::model::Lineage) -> Option<String> {
    if a.plan_id.is_empty() || b.plan_id.is_empty() || a.plan_id != b.plan_id {
        return None;
    }
    let who = |l: &crate::model::Lineage| {
        let n = l.revision.to_string();
        let when = l.saved_at.map(crate::i18n::date_time);
        match (l.saved_by.is_empty(), when) {
            (true, None) => tr!("diff-revision", n = n),
            (false, None) => tr!("diff-revision-by", n = n, who = &l.saved_by),
            (true, Some(when)) => tr!("diff-revision-on", n = n, when = when),
            (false, Some(when)) => {
                tr!("diff-revision-by-on", n = n, who = &l.saved_by, when = when)
            }
        }
    };
    Some(match a.revision.cmp(&b.revision) {
        std::cmp::Ordering::Less => tr!("diff-second-newer", a = who(a), b = who(b)),
        std::cmp::Ordering::Greater => tr!("diff-first-newer", a = who(a), b = who(b)),
        std::cmp::Ordering::Equal => tr!("diff-same-revision", a = who(a)),
    })
}
