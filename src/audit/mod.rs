//! The alignment audit: rules over a plan that find the classic pitfalls. Each rule yields
//! findings (rule id, severity, message, what to do, the items it is about). No egui here.

mod scorecard;
mod xmatrix;

use crate::model::{Id, Plan};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Severity {
    /// Worth a look; often deliberate.
    Advice,
    /// Most likely a gap in the plan.
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Advice => "advice",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Stable rule id, e.g. `xmatrix.priority-without-annual`.
    pub rule: &'static str,
    pub severity: Severity,
    /// What is wrong, naming the items.
    pub message: String,
    /// What the facilitator can do about it.
    pub hint: String,
    /// The items the finding is about (for highlighting and "jump to").
    pub targets: Vec<Id>,
}

/// Every finding of every rule, in a stable order.
pub fn audit(plan: &Plan) -> Vec<Finding> {
    let mut all = xmatrix::findings(plan);
    all.extend(scorecard::findings(plan));
    all
}

/// Only the scorecard rules.
pub fn scorecard_findings(plan: &Plan) -> Vec<Finding> {
    scorecard::findings(plan)
}

/// Only the X-matrix rules (the panel shows these live).
pub fn xmatrix_findings(plan: &Plan) -> Vec<Finding> {
    xmatrix::findings(plan)
}
