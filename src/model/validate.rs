//! Structural validation of a plan: every problem at once, not just the first.
//! Duplicate ids, dangling or mistyped links, and values out of their range.

use super::{EntityKind, Id, Plan};
use crate::i18n::entity_kind;
use crate::tr;
use std::collections::HashMap;
use std::fmt;

/// One thing wrong with a plan, with the ids it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub message: String,
    pub ids: Vec<Id>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every structural problem of the plan, in a stable order. Empty means the plan is sound.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    let entities = plan.entities();
    let mut by_id: HashMap<Id, (EntityKind, &str)> = HashMap::new();
    for e in &entities {
        if let Some((kind, name)) = by_id.get(&e.id) {
            problems.push(Problem {
                message: tr!(
                    "val-dup-id",
                    id = e.id.0.to_string(),
                    kind = entity_kind(*kind),
                    name = *name,
                    other_kind = entity_kind(e.kind),
                    other_name = e.name
                ),
                ids: vec![e.id],
            });
        } else {
            by_id.insert(e.id, (e.kind, e.name));
        }
        if e.id.0 == 0 {
            problems.push(Problem {
                message: tr!("val-id-zero", kind = entity_kind(e.kind), name = e.name),
                ids: vec![e.id],
            });
        }
    }
    let describe = |id: Option<Id>| match id.and_then(|id| by_id.get(&id).map(|e| (id, e))) {
        Some((id, (kind, name))) => tr!(
            "val-subject",
            kind = entity_kind(*kind),
            name = *name,
            id = id.0.to_string()
        ),
        None => tr!("val-subject-plan"),
    };
    for link in plan.links() {
        match by_id.get(&link.to) {
            None => problems.push(Problem {
                message: tr!(
                    "val-dangling",
                    subject = describe(link.from),
                    field = field_word(link.field),
                    id = link.to.0.to_string()
                ),
                ids: link.from.into_iter().collect(),
            }),
            Some((kind, name)) if !link.expect.contains(kind) => problems.push(Problem {
                message: tr!(
                    "val-wrong-kind",
                    subject = describe(link.from),
                    field = field_word(link.field),
                    kind = entity_kind(*kind),
                    name = *name,
                    id = link.to.0.to_string(),
                    expected = link
                        .expect
                        .first()
                        .map_or_else(String::new, |k| entity_kind(*k))
                ),
                ids: link.from.into_iter().chain([link.to]).collect(),
            }),
            Some(_) => {}
        }
    }
    super::values::check_values(plan, &mut problems);
    check_unique_links(plan, &mut problems);
    problems
}

/// A field of the file in words ("owner", "Verantwortlich").
fn field_word(field: &str) -> String {
    crate::i18n::text_or(
        &format!("field-{}", crate::i18n::slug(field)),
        &field.replace('_', " "),
    )
}

/// The items whose key was already seen earlier in the list (second and later copies).
fn repeated<T, K: Eq + std::hash::Hash>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut seen = std::collections::HashSet::new();
    items
        .iter()
        .filter(|item| !seen.insert(key(item)))
        .collect()
}

/// A mark, a role or a people column given twice would be ambiguous.
fn check_unique_links(plan: &Plan, problems: &mut Vec<Problem>) {
    let x = &plan.xmatrix;
    for c in repeated(&x.correlations, super::Correlation::key) {
        problems.push(Problem {
            message: tr!(
                "val-two-marks",
                a = c.a.0.to_string(),
                b = c.b.0.to_string()
            ),
            ids: vec![c.a, c.b],
        });
    }
    for a in repeated(&x.assignments, super::Assignment::key) {
        problems.push(Problem {
            message: tr!(
                "val-two-roles",
                person = a.person.0.to_string(),
                item = a.item.0.to_string()
            ),
            ids: vec![a.item, a.person],
        });
    }
    for &p in repeated(&x.people, |&p| p) {
        problems.push(Problem {
            message: tr!("val-two-columns", person = p.0.to_string()),
            ids: vec![p],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::validate;

    #[test]
    fn a_mark_role_or_column_given_twice_is_reported_once_each() {
        let mut plan = crate::sample::sample_plan().unwrap();
        assert!(validate(&plan).is_empty());
        let x = &mut plan.xmatrix;
        x.correlations.push(x.correlations[0].clone());
        x.assignments.push(x.assignments[0].clone());
        x.people.push(x.people[0]);
        let problems = validate(&plan);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].message.contains("two marks"));
        assert!(problems[1].message.contains("two roles"));
        assert!(problems[2].message.contains("two columns"));
    }
}
