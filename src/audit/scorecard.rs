//! Balanced Scorecard rules: every objective measured and owned, every measure with a target,
//! every perspective used, no metric overload, every objective in the cause→effect chain.

use super::{Finding, Severity};
use crate::model::Plan;
use crate::tr;

/// More objectives than this in one perspective is overload.
pub const MAX_OBJECTIVES_PER_PERSPECTIVE: usize = 5;
/// More measures than this in the whole scorecard is the classic metric overload.
pub const MAX_MEASURES: usize = 20;

pub fn findings(plan: &Plan) -> Vec<Finding> {
    let s = &plan.scorecard;
    let mut out = Vec::new();
    if s.objectives.is_empty() {
        return out;
    }
    for p in &s.perspectives {
        let n = s
            .objectives
            .iter()
            .filter(|o| o.perspective == p.id)
            .count();
        if n == 0 {
            out.push(Finding {
                rule: "scorecard.empty-perspective",
                severity: Severity::Warning,
                message: tr!("a-perspective-empty", name = &p.name),
                hint: tr!("a-perspective-empty-hint"),
                targets: vec![p.id],
            });
        } else if n > MAX_OBJECTIVES_PER_PERSPECTIVE {
            out.push(Finding {
                rule: "scorecard.too-many-objectives",
                severity: Severity::Warning,
                message: tr!("a-perspective-many", name = &p.name, count = n),
                hint: tr!(
                    "a-perspective-many-hint",
                    max = MAX_OBJECTIVES_PER_PERSPECTIVE
                ),
                targets: s
                    .objectives
                    .iter()
                    .filter(|o| o.perspective == p.id)
                    .map(|o| o.id)
                    .collect(),
            });
        }
    }
    let measures: usize = s.objectives.iter().map(|o| o.measures.len()).sum();
    if measures > MAX_MEASURES {
        out.push(Finding {
            rule: "scorecard.metric-overload",
            severity: Severity::Warning,
            message: tr!("a-measures-many", count = measures),
            hint: tr!("a-measures-many-hint", max = MAX_MEASURES),
            targets: Vec::new(),
        });
    }
    for o in &s.objectives {
        if o.measures.is_empty() {
            out.push(Finding {
                rule: "scorecard.objective-without-measures",
                severity: Severity::Warning,
                message: tr!("a-bsc-no-measures", name = &o.name),
                hint: tr!("a-bsc-no-measures-hint"),
                targets: vec![o.id],
            });
        }
        if o.owner.is_none() {
            out.push(Finding {
                rule: "scorecard.objective-without-owner",
                severity: Severity::Warning,
                message: tr!("a-bsc-owner", name = &o.name),
                hint: tr!("a-bsc-owner-hint"),
                targets: vec![o.id],
            });
        }
        for m in o.measures.iter().filter(|m| m.target.is_none()) {
            out.push(Finding {
                rule: "scorecard.measure-without-target",
                severity: Severity::Warning,
                message: tr!("a-measure-target", name = &m.name, objective = &o.name),
                hint: tr!("a-measure-target-hint"),
                targets: vec![o.id, m.id],
            });
        }
        let linked = s.links.iter().any(|l| l.cause == o.id || l.effect == o.id);
        if !linked && s.objectives.len() > 1 {
            out.push(Finding {
                rule: "scorecard.objective-without-link",
                severity: Severity::Advice,
                message: tr!("a-bsc-link", name = &o.name),
                hint: tr!("a-bsc-link-hint"),
                targets: vec![o.id],
            });
        }
    }
    out
}
