//! Vision and strategic-priority rules: a measurable vision, 3 to 5 priorities, each with one
//! owner and a why.

use super::{Finding, Severity};
use crate::model::{Id, Plan};
use crate::tr;

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
            message: tr!("a-vision-abstract", vision = v.statement.trim()),
            hint: tr!("a-vision-abstract-hint"),
            targets: Vec::new(),
        });
    }
    if v.statement.trim().is_empty() {
        out.push(Finding {
            rule: "vision.missing",
            severity: Severity::Warning,
            message: tr!("a-vision-missing"),
            hint: tr!("a-vision-missing-hint"),
            targets: Vec::new(),
        });
    } else if v.why.trim().is_empty() {
        out.push(Finding {
            rule: "why.vision",
            severity: Severity::Warning,
            message: tr!("a-vision-why"),
            hint: tr!("a-vision-why-hint"),
            targets: Vec::new(),
        });
    }
    let n = plan.priorities.len();
    if n > MAX_PRIORITIES {
        out.push(Finding {
            rule: "goals.too-many-priorities",
            severity: Severity::Warning,
            message: tr!("a-too-many-priorities", count = n),
            hint: tr!("a-too-many-priorities-hint", max = MAX_PRIORITIES),
            targets: plan.priorities.iter().map(|p| p.id).collect(),
        });
    }
    for p in &plan.priorities {
        if p.owner.is_none() {
            out.push(Finding {
                rule: "ownership.priority",
                severity: Severity::Warning,
                message: tr!("a-priority-owner", name = &p.name),
                hint: tr!("a-priority-owner-hint"),
                targets: vec![p.id],
            });
        }
        if (parts.scorecard || parts.okrs) && !measured(plan, p.id) {
            out.push(Finding {
                rule: "measurable.priority-without-metric",
                severity: Severity::Warning,
                message: tr!("a-priority-metric", name = &p.name),
                hint: tr!("a-priority-metric-hint"),
                targets: vec![p.id],
            });
        }
        if p.why.trim().is_empty() {
            out.push(Finding {
                rule: "why.priority",
                severity: Severity::Warning,
                message: tr!("a-priority-why", name = &p.name),
                hint: tr!("a-priority-why-hint"),
                targets: vec![p.id],
            });
        }
    }
    out
}
