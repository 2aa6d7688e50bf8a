//! Key-result rules: one owner each, outcomes rather than activities, check-ins that move
//! towards the target, low confidence explained, milestones on time.

use super::okrs::{is_activity, team_of};
use super::{Finding, Severity};
use crate::model::{KrKind, OkrObjective, Plan, Trend};
use jiff::civil::Date;

/// Confidence at or below this, without a word why, is a finding.
pub const LOW_CONFIDENCE: u8 = 3;

pub(super) fn findings(plan: &Plan, o: &OkrObjective, today: Date, out: &mut Vec<Finding>) {
    let team = team_of(plan, o);
    for k in &o.key_results {
        let name = &k.name;
        if k.owner.is_none() {
            out.push(Finding {
                rule: "ownership.key-result",
                severity: Severity::Warning,
                message: format!("The key result “{name}”{team} has no owner."),
                hint: "Give it exactly one owner.".into(),
                targets: vec![k.id],
            });
        }
        let no_deadline = matches!(k.kind, KrKind::Milestone { due: None, .. });
        if no_deadline || is_activity(name) {
            out.push(Finding {
                rule: "outcome.activity",
                severity: Severity::Warning,
                message: format!(
                    "The key result “{name}”{team} {}.",
                    if no_deadline {
                        "has neither a number nor a deadline"
                    } else {
                        "reads like \
                        an activity, not an outcome"
                    }
                ),
                hint: "State the result you want, with a number or a date (“cut load time to \
                    1.4 s”, not “hold meetings”)."
                    .into(),
                targets: vec![k.id],
            });
        }
        if let Some(why) = moving_away(k) {
            out.push(Finding {
                rule: "progress.moving-away",
                severity: Severity::Warning,
                message: format!(
                    "The key result “{name}”{team} is moving away from its target: \
                    {why}."
                ),
                hint: "Talk about it at the next check-in: what changed, and what would turn it \
                    round?"
                    .into(),
                targets: vec![k.id],
            });
        }
        if let Some(c) = k.check_ins.last()
            && c.confidence <= LOW_CONFIDENCE
            && c.comment.trim().is_empty()
        {
            out.push(Finding {
                rule: "progress.silent-low-confidence",
                severity: Severity::Warning,
                message: format!(
                    "The key result “{name}”{team} was checked in on {} with confidence {} and \
                        no comment.",
                    c.date, c.confidence
                ),
                hint: "Low confidence is useful news: add why, and what help is needed.".into(),
                targets: vec![k.id],
            });
        }
        if let KrKind::Milestone {
            done: false,
            due: Some(due),
        } = k.kind
            && due < today
        {
            out.push(Finding {
                rule: "progress.milestone-overdue",
                severity: Severity::Warning,
                message: format!("The milestone “{name}”{team} was due on {due} and is not done."),
                hint: "Mark it done, or agree a new date and say why it moved.".into(),
                targets: vec![k.id],
            });
        }
    }
}

/// Why a key result is moving away from its target, if it is: its last check-in went the
/// wrong way, or its value is behind where it started.
fn moving_away(k: &crate::model::KeyResult) -> Option<String> {
    if let KrKind::Metric {
        start,
        target,
        current: Some(current),
        ..
    } = k.kind
    {
        let behind = if target >= start {
            current < start
        } else {
            current > start
        };
        if behind {
            return Some(format!(
                "now {}, behind its start of {}",
                crate::model::fmt_num(current),
                crate::model::fmt_num(start)
            ));
        }
    }
    if k.trend() == Some(Trend::Worse) {
        let [.., previous, last] = k.check_ins.as_slice() else {
            return None;
        };
        return Some(format!(
            "{} on {}, after {} on {}",
            crate::model::fmt_num(last.value),
            last.date,
            crate::model::fmt_num(previous.value),
            previous.date
        ));
    }
    None
}
