//! The alignment audit: rules over a plan that find the classic pitfalls. Each rule yields
//! findings (rule id, severity, message, what to do, the items it is about). Findings can be
//! muted per item with a reason kept in the plan. No egui here.

mod okrs;
mod scorecard;
mod strategy;
mod xmatrix;

pub use okrs::is_activity;

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
    /// Stable rule id, e.g. `goals.kr-count`.
    pub rule: &'static str,
    pub severity: Severity,
    /// What is wrong, naming the items.
    pub message: String,
    /// What the facilitator can do about it.
    pub hint: String,
    /// The items the finding is about (for highlighting and "jump to").
    pub targets: Vec<Id>,
}

impl Finding {
    /// The pitfall family the rule belongs to, for grouping.
    pub fn category(&self) -> &'static str {
        match self.rule.split('.').next().unwrap_or_default() {
            "goals" => "Too many goals",
            "ownership" => "Lack of ownership",
            "dependency" => "Ignored dependencies",
            "outcome" => "Activity instead of outcome",
            "why" => "Missing why",
            "vision" => "Vision too abstract",
            "alignment" => "Orphan objectives",
            "xmatrix" => "X-matrix",
            "scorecard" => "Balanced Scorecard",
            _ => "Other",
        }
    }

    /// The item the finding is mainly about (the first target).
    pub fn item(&self) -> Option<Id> {
        self.targets.first().copied()
    }
}

/// The pitfall families, in the order the audit is shown.
pub const CATEGORIES: [&str; 10] = [
    "Too many goals",
    "Lack of ownership",
    "Ignored dependencies",
    "Activity instead of outcome",
    "Missing why",
    "Vision too abstract",
    "Orphan objectives",
    "X-matrix",
    "Balanced Scorecard",
    "Other",
];

/// Findings grouped by pitfall family, in the order of [`CATEGORIES`]; empty families left out.
pub fn grouped(findings: &[Finding]) -> Vec<(&'static str, Vec<&Finding>)> {
    CATEGORIES
        .iter()
        .map(|&c| {
            (
                c,
                findings
                    .iter()
                    .filter(|f| f.category() == c)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The audit's result: live findings, and those muted on purpose with their reasons.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Each muted finding with the mute that silences it (its reason; for one item or for
    /// the whole rule).
    pub muted: Vec<(Finding, crate::model::Mute)>,
}

/// Every rule's findings, muted or not, in a stable order.
fn all_findings(plan: &Plan) -> Vec<Finding> {
    let mut all = strategy::findings(plan);
    all.extend(okrs::findings(plan));
    all.extend(xmatrix::findings(plan));
    all.extend(scorecard::findings(plan));
    all
}

/// Runs every rule and sets the muted findings apart.
pub fn report(plan: &Plan) -> Report {
    let mut out = Report::default();
    for f in all_findings(plan) {
        // A mute of this very item wins over one of the whole rule.
        let mute = plan
            .mutes
            .iter()
            .find(|m| m.item.is_some() && m.covers(f.rule, f.item()))
            .or_else(|| plan.mutes.iter().find(|m| m.covers(f.rule, f.item())));
        match mute {
            Some(m) => out.muted.push((f, m.clone())),
            None => out.findings.push(f),
        }
    }
    out
}

/// The findings that are not muted.
pub fn audit(plan: &Plan) -> Vec<Finding> {
    report(plan).findings
}

/// Only the X-matrix rules (the panel shows these live).
pub fn xmatrix_findings(plan: &Plan) -> Vec<Finding> {
    xmatrix::findings(plan)
}

/// Only the scorecard rules.
pub fn scorecard_findings(plan: &Plan) -> Vec<Finding> {
    scorecard::findings(plan)
}
