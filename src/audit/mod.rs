//! The alignment audit: rules over a plan that find the classic pitfalls. Each rule yields
//! findings (rule id, severity, message, what to do, the items it is about). Rules run only for
//! the parts of the plan it uses. Findings can be muted per item, or per rule for the whole
//! plan, with a reason kept in the plan. No egui here.

mod key_results;
mod okrs;
mod rules;
mod scorecard;
mod strategy;
mod xmatrix;

pub use okrs::is_activity;
pub use rules::{RULES, rule_title};

use crate::model::{Id, Plan};
use jiff::civil::Date;
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
            "measurable" => "Not measurable",
            "progress" => "Progress",
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
pub const CATEGORIES: [&str; 12] = [
    "Too many goals",
    "Lack of ownership",
    "Ignored dependencies",
    "Activity instead of outcome",
    "Missing why",
    "Vision too abstract",
    "Orphan objectives",
    "Not measurable",
    "Progress",
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

/// The parts of the plan in use: only their rules run, so a scorecard-only plan gets no
/// X-matrix findings. (Four independent flags, one per part: not a state machine.)
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    pub strategy: bool,
    pub xmatrix: bool,
    pub scorecard: bool,
    pub okrs: bool,
}

impl Parts {
    pub fn of(plan: &Plan) -> Self {
        let x = &plan.xmatrix;
        let xmatrix = !(x.breakthroughs.is_empty()
            && x.annuals.is_empty()
            && x.improvements.is_empty()
            && x.metrics.is_empty());
        let scorecard = !plan.scorecard.objectives.is_empty();
        let okrs = !plan.okrs.is_empty() || !plan.dependencies.is_empty();
        let has_strategy = !plan.vision.statement.trim().is_empty() || !plan.priorities.is_empty();
        Self {
            // A plan that uses nothing yet gets the vision's findings: that is where to start.
            strategy: has_strategy || !(xmatrix || scorecard || okrs),
            xmatrix,
            scorecard,
            okrs,
        }
    }
}

/// Every rule's findings for the parts in use, muted or not, in a stable order.
fn all_findings(plan: &Plan, today: Date) -> Vec<Finding> {
    let parts = Parts::of(plan);
    let mut all = Vec::new();
    if parts.strategy {
        all.extend(strategy::findings(plan, parts));
    }
    if parts.okrs {
        all.extend(okrs::findings(plan, today));
    }
    if parts.xmatrix {
        all.extend(xmatrix::findings(plan));
    }
    if parts.scorecard {
        all.extend(scorecard::findings(plan));
    }
    all
}

/// Runs every rule as of today and sets the muted findings apart.
pub fn report(plan: &Plan) -> Report {
    report_on(plan, crate::model::today())
}

/// Runs every rule as of `today` (for what is overdue) and sets the muted findings apart.
pub fn report_on(plan: &Plan, today: Date) -> Report {
    let mut out = Report::default();
    for f in all_findings(plan, today) {
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
