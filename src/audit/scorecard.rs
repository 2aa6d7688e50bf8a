//! Balanced Scorecard rules: every objective measured and owned, every measure with a target,
//! every perspective used, no metric overload, every objective in the cause→effect chain.

use super::{Finding, Severity};
use crate::model::Plan;

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
                message: format!("The {} perspective has no objectives.", p.name),
                hint: "A balanced scorecard needs every perspective; add at least one \
                    objective, or remove the perspective."
                    .into(),
                targets: vec![p.id],
            });
        } else if n > MAX_OBJECTIVES_PER_PERSPECTIVE {
            out.push(Finding {
                rule: "scorecard.too-many-objectives",
                severity: Severity::Warning,
                message: format!("The {} perspective has {n} objectives.", p.name),
                hint: format!(
                    "Keep at most {MAX_OBJECTIVES_PER_PERSPECTIVE}; merge or drop the rest."
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
            message: format!("The scorecard tracks {measures} measures."),
            hint: format!(
                "More than about {MAX_MEASURES} makes the scorecard bureaucratic; \
                keep the few that steer."
            ),
            targets: Vec::new(),
        });
    }
    for o in &s.objectives {
        if o.measures.is_empty() {
            out.push(Finding {
                rule: "scorecard.objective-without-measures",
                severity: Severity::Warning,
                message: format!("The scorecard objective “{}” has no measures.", o.name),
                hint: "Add the measure that tells whether it is reached.".into(),
                targets: vec![o.id],
            });
        }
        if o.owner.is_none() {
            out.push(Finding {
                rule: "scorecard.objective-without-owner",
                severity: Severity::Warning,
                message: format!("The scorecard objective “{}” has no owner.", o.name),
                hint: "Name one person who answers for it.".into(),
                targets: vec![o.id],
            });
        }
        for m in o.measures.iter().filter(|m| m.target.is_none()) {
            out.push(Finding {
                rule: "scorecard.measure-without-target",
                severity: Severity::Warning,
                message: format!("The measure “{}” of “{}” has no target.", m.name, o.name),
                hint: "Set a target so progress can be scored.".into(),
                targets: vec![o.id, m.id],
            });
        }
        let linked = s.links.iter().any(|l| l.cause == o.id || l.effect == o.id);
        if !linked && s.objectives.len() > 1 {
            out.push(Finding {
                rule: "scorecard.objective-without-link",
                severity: Severity::Advice,
                message: format!(
                    "The scorecard objective “{}” has no cause→effect link.",
                    o.name
                ),
                hint: "In the strategy map, drag from what drives it, or to what it drives.".into(),
                targets: vec![o.id],
            });
        }
    }
    out
}
