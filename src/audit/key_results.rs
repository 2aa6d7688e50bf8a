//! Key-result rules: one owner each, outcomes rather than activities, check-ins that move
//! towards the target, low confidence explained, milestones on time.

use super::okrs::{is_activity, team_of};
use super::{Finding, Severity};
use crate::model::{KrKind, OkrObjective, Plan, Trend};
use crate::tr;
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
                message: tr!("a-kr-owner", name = name, team = &team),
                hint: tr!("a-objective-owner-hint"),
                targets: vec![k.id],
            });
        }
        let no_deadline = matches!(k.kind, KrKind::Milestone { due: None, .. });
        if no_deadline || is_activity(name) {
            out.push(Finding {
                rule: "outcome.activity",
                severity: Severity::Warning,
                message: if no_deadline {
                    tr!("a-kr-no-deadline", name = name, team = &team)
                } else {
                    tr!("a-kr-activity", name = name, team = &team)
                },
                hint: tr!("a-kr-activity-hint"),
                targets: vec![k.id],
            });
        }
        if let Some(why) = moving_away(k) {
            out.push(Finding {
                rule: "progress.moving-away",
                severity: Severity::Warning,
                message: tr!("a-kr-away", name = name, team = &team, why = why),
                hint: tr!("a-kr-away-hint"),
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
                message: tr!(
                    "a-kr-low-confidence",
                    name = name,
                    team = &team,
                    date = crate::i18n::date(c.date),
                    confidence = u32::from(c.confidence)
                ),
                hint: tr!("a-kr-low-confidence-hint"),
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
                message: tr!(
                    "a-milestone-overdue",
                    name = name,
                    team = &team,
                    due = crate::i18n::date(due)
                ),
                hint: tr!("a-milestone-overdue-hint"),
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
            return Some(tr!(
                "a-kr-behind-start",
                now = crate::i18n::number(current),
                start = crate::i18n::number(start)
            ));
        }
    }
    if k.trend() == Some(Trend::Worse) {
        let [.., previous, last] = k.check_ins.as_slice() else {
            return None;
        };
        return Some(tr!(
            "a-kr-worse",
            last = crate::i18n::number(last.value),
            last_date = crate::i18n::date(last.date),
            previous = crate::i18n::number(previous.value),
            previous_date = crate::i18n::date(previous.date)
        ));
    }
    None
}
