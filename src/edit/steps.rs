//! Steps a panel asks for in one go, built here from plain edits so that the rules live beside
//! the model, not in the dialogs: recording a reading or a check-in, closing a period.

use super::list::not_found;
use super::{Edit, EditError, TextField};
use crate::model::{CheckIn, Id, ObjectiveState, OkrObjective, Plan, Reading, TextKind};

/// Records a reading of a measure (kept in the history, which is never overwritten).
pub fn record_reading(
    plan: &Plan,
    objective: Id,
    measure: Id,
    reading: Reading,
) -> Result<Edit, EditError> {
    let o = plan
        .scorecard
        .objective(objective)
        .ok_or(not_found("scorecard objective", objective))?;
    let mut updated = o.clone();
    updated
        .measures
        .iter_mut()
        .find(|m| m.id == measure)
        .ok_or(not_found("measure", measure))?
        .record(reading);
    Ok(Edit::named(
        "record a value",
        Edit::UpdateBscObjective(updated),
    ))
}

/// Records a check-in of a key result; its confidence is kept within the plan's scale and its
/// comment cleaned like any paragraph.
pub fn record_check_in(
    plan: &Plan,
    key_result: Id,
    mut check_in: CheckIn,
) -> Result<Edit, EditError> {
    let (o, _) = plan
        .key_result(key_result)
        .ok_or(not_found("key result", key_result))?;
    let scale = plan.settings.confidence.range();
    check_in.confidence = check_in.confidence.clamp(*scale.start(), *scale.end());
    check_in.comment = TextKind::Paragraph.clean(check_in.comment.trim());
    let mut updated = o.clone();
    for kr in updated
        .key_results
        .iter_mut()
        .filter(|k| k.id == key_result)
    {
        kr.record(check_in.clone());
    }
    Ok(Edit::named("record a check-in", Edit::UpdateOkr(updated)))
}

/// What closing a period does with one open objective.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Closing {
    pub objective: Id,
    /// Carried over, achieved, partly achieved or dropped.
    pub state: ObjectiveState,
    /// The final score people agree on, 0–1.
    pub score: f64,
}

impl Closing {
    /// The choices offered for the open objectives of the current period: achieved from a
    /// score of 1, partly from the plan's green band, else carried over. A suggestion; people
    /// decide.
    pub fn suggested(plan: &Plan) -> Vec<Closing> {
        let band = plan.settings.scoring.okrs;
        plan.okrs
            .iter()
            .filter(|o| !o.is_closed() && o.period == plan.current_period)
            .map(|o| {
                let score = o.computed_score();
                let state = match score {
                    Some(s) if s >= 1.0 => ObjectiveState::Achieved,
                    Some(s) if s >= band.green_from => ObjectiveState::Partly,
                    _ => ObjectiveState::CarriedOver,
                };
                Closing {
                    objective: o.id,
                    state,
                    score: score.unwrap_or(0.0),
                }
            })
            .collect()
    }
}

/// Closes the current period in one step: each objective gets its closing state and final
/// score, those carried over get a copy in `next` (appended, with ids from `fresh`), and `next`
/// becomes the current period. Objectives that no longer exist are passed over.
pub fn close_period(
    plan: &Plan,
    closings: &[Closing],
    next: &str,
    mut fresh: impl FnMut() -> Id,
) -> Edit {
    let mut edits = Vec::new();
    let mut index = plan.okrs.len();
    for c in closings {
        let Some(o) = plan.okr(c.objective) else {
            continue;
        };
        if c.state == ObjectiveState::CarriedOver {
            edits.push(Edit::InsertOkr {
                index,
                objective: o.carried_to(next, &mut fresh),
            });
            index += 1;
        }
        edits.push(Edit::UpdateOkr(OkrObjective {
            state: c.state,
            final_score: Some(c.score.clamp(0.0, 1.0)),
            ..o.clone()
        }));
    }
    edits.push(Edit::SetText {
        field: TextField::CurrentPeriod,
        value: next.to_owned(),
    });
    Edit::step("close period", edits)
}
