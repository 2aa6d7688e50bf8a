//! Vision and strategic-priority rules: a measurable vision, 3 to 5 priorities, each with one
//! owner and a why.

use super::{Finding, Severity};
use crate::model::{Id, Plan};

/// Whether something measures the priority: a scorecard objective serving it has a measure,
/// or an OKR objective serving it has a key result.
fn measured(plan: &Plan, priority: Id) -> bool {
    plan.scorecard
        .objectives
        .iter()
        .any(|o| o.priorities.contains(&priority) && !o.measures.is_empty())
        || plan
            .okrs
            .iter()
            .any(|o| o.priority == Some(priority) && !o.key_results.is_empty())
}

/// More strategic priorities than this is "too many goals".
pub const MAX_PRIORITIES: usize = 5;

pub fn findings(plan: &Plan, parts: super::Parts) -> Vec<Finding> {
    let mut out = Vec::new();
    let v = &plan.vision;
    let has_number = v.statement.chars().any(|c| c.is_ascii_digit());
    if !v.statement.trim().is_empty()
        && !has_number
        && v.target_year.is_none()
        && v.targets.is_empty()
    {
        out.push(Finding {
            rule: "vision.too-abstract",
            severity: Severity::Warning,
            message: format!(
                "The vision “{}” has no number and no year.",
                v.statement.trim()
            ),
            hint: "Make it measurable: what, how much, by when (“cut our footprint 40% by 2030”)."
                .into(),
            targets: Vec::new(),
        });
    }
    if v.statement.trim().is_empty() {
        out.push(Finding {
            rule: "vision.missing",
            severity: Severity::Warning,
            message: "The plan has no vision statement.".into(),
            hint: "Write where the organisation wants to be, concrete and measurable.".into(),
            targets: Vec::new(),
        });
    } else if v.why.trim().is_empty() {
        out.push(Finding {
            rule: "why.vision",
            severity: Severity::Warning,
            message: "The vision has no why.".into(),
            hint: "Say why it matters; people commit to what they understand.".into(),
            targets: Vec::new(),
        });
    }
    let n = plan.priorities.len();
    if n > MAX_PRIORITIES {
        out.push(Finding {
            rule: "goals.too-many-priorities",
            severity: Severity::Warning,
            message: format!("The plan has {n} strategic priorities."),
            hint: format!("Keep 3 to {MAX_PRIORITIES}: focus is the point. Dot-vote to choose."),
            targets: plan.priorities.iter().map(|p| p.id).collect(),
        });
    }
    for p in &plan.priorities {
        if p.owner.is_none() {
            out.push(Finding {
                rule: "ownership.priority",
                severity: Severity::Warning,
                message: format!("The priority “{}” has no owner.", p.name),
                hint: "Give it exactly one owner who answers for it.".into(),
                targets: vec![p.id],
            });
        }
        if (parts.scorecard || parts.okrs) && !measured(plan, p.id) {
            out.push(Finding {
                rule: "measurable.priority-without-metric",
                severity: Severity::Warning,
                message: format!(
                    "The priority “{}” has no metric: no scorecard measure or key result tracks \
                        it.",
                    p.name
                ),
                hint: "Link a scorecard objective with a measure, or an OKR objective with key \
                    results, to it."
                    .into(),
                targets: vec![p.id],
            });
        }
        if p.why.trim().is_empty() {
            out.push(Finding {
                rule: "why.priority",
                severity: Severity::Warning,
                message: format!("The priority “{}” has no why.", p.name),
                hint: "Write why it matters now; without it teams drift back to urgent work."
                    .into(),
                targets: vec![p.id],
            });
        }
    }
    out
}
