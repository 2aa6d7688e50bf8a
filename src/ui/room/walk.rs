//! The walk-through a presentation clicker steps through: the vision, each priority, the
//! X-matrix arm by arm clockwise, the scorecard perspectives bottom to top and the strategy
//! map, each team's OKRs, the audit. Pure logic over the plan; no drawing here.

use crate::model::{Arm, Id, Plan};
use crate::ui::PanelKind;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Vision,
    /// All priorities on one screen.
    Priorities,
    /// One priority as a slide of its own.
    Priority(Id),
    /// The whole X-matrix.
    XMatrix,
    /// The X-matrix with one item and what it is tied to highlighted.
    XMatrixItem(Id),
    /// Every perspective as a band.
    Scorecard,
    /// The bands with one perspective (its id) highlighted.
    Perspective(Id),
    StrategyMap,
    /// One team's OKRs (`None`: objectives without a team).
    Team(Option<Id>),
    Audit,
    /// A dot vote: who has voted, then the result once revealed.
    Vote(Id),
    /// A confidence round: who has answered, then the spread once revealed.
    Round(Id),
    /// The decisions and the parking lot.
    Decisions,
}

impl Step {
    /// The editor panel that shows what this step is about.
    pub fn panel(self) -> PanelKind {
        match self {
            Step::Vision => PanelKind::Vision,
            Step::Priorities | Step::Priority(_) => PanelKind::Priorities,
            Step::XMatrix | Step::XMatrixItem(_) => PanelKind::XMatrix,
            Step::Scorecard | Step::Perspective(_) | Step::StrategyMap => PanelKind::Scorecard,
            Step::Team(_) => PanelKind::Okrs,
            Step::Audit => PanelKind::Audit,
            Step::Vote(_) | Step::Round(_) | Step::Decisions => PanelKind::Workshop,
        }
    }

    /// The item the step is about, to select when going back to the editor.
    pub fn item(self) -> Option<Id> {
        match self {
            Step::Priority(id) | Step::XMatrixItem(id) | Step::Vote(id) | Step::Round(id) => {
                Some(id)
            }
            Step::Team(team) => team,
            _ => None,
        }
    }
}

/// The teams that have OKRs, in the plan's order, then objectives without a team.
pub fn okr_teams(plan: &Plan) -> Vec<Option<Id>> {
    let mut teams: Vec<Option<Id>> = plan
        .teams
        .iter()
        .map(|t| Some(t.id))
        .filter(|t| plan.okrs.iter().any(|o| o.team == *t))
        .collect();
    if plan
        .okrs
        .iter()
        .any(|o| o.team.is_none_or(|t| plan.team(t).is_none()))
    {
        teams.push(None);
    }
    teams
}

/// Every step of the walk-through, in order.
pub fn steps(plan: &Plan) -> Vec<Step> {
    let mut out = vec![Step::Vision, Step::Priorities];
    out.extend(plan.priorities.iter().map(|p| Step::Priority(p.id)));
    out.push(Step::XMatrix);
    for arm in Arm::CLOCKWISE {
        out.extend(plan.xmatrix.arm_ids(arm).into_iter().map(Step::XMatrixItem));
    }
    out.push(Step::Scorecard);
    // Bottom to top: learning & growth first, as the causes come before their effects.
    out.extend(
        plan.scorecard
            .perspectives
            .iter()
            .rev()
            .map(|p| Step::Perspective(p.id)),
    );
    out.push(Step::StrategyMap);
    let teams = okr_teams(plan);
    if teams.is_empty() {
        out.push(Step::Team(None));
    }
    out.extend(teams.into_iter().map(Step::Team));
    out.push(Step::Audit);
    out.extend(plan.workshop.votes.iter().map(|v| Step::Vote(v.id)));
    out.extend(
        plan.workshop
            .confidence_rounds
            .iter()
            .map(|r| Step::Round(r.id)),
    );
    let w = &plan.workshop;
    if !w.decisions.is_empty() || !w.parking_lot.is_empty() {
        out.push(Step::Decisions);
    }
    out
}

/// The step to start presenting from the editor: where the facilitator is.
pub fn start(plan: &Plan, panel: PanelKind, selected: Option<Id>) -> Step {
    let all = steps(plan);
    let exact = selected.and_then(|id| {
        all.iter()
            .copied()
            .find(|s| s.panel() == panel && s.item() == Some(id))
    });
    exact
        .or_else(|| all.iter().copied().find(|s| s.panel() == panel))
        .unwrap_or_default()
}

/// The step `by` steps away (−1 back, +1 on), staying at the ends.
pub fn advance(plan: &Plan, from: Step, by: isize) -> Step {
    let all = steps(plan);
    let at = position(&all, from);
    let to = at.saturating_add_signed(by).min(all.len() - 1);
    all[to]
}

/// The first step of the next (or previous) panel, wrapping around.
pub fn next_panel(plan: &Plan, from: Step, forward: bool) -> Step {
    use strum::IntoEnumIterator;
    let panels: Vec<PanelKind> = PanelKind::iter().collect();
    let at = panels.iter().position(|p| *p == from.panel()).unwrap_or(0);
    let n = panels.len();
    let all = steps(plan);
    // The next panel that has a step (the Workshop panel has none of its own).
    (1..n)
        .map(|k| {
            panels[if forward {
                (at + k) % n
            } else {
                (at + n - k) % n
            }]
        })
        .find(|p| all.iter().any(|s| s.panel() == *p))
        .map_or_else(Step::default, |panel| start(plan, panel, None))
}

/// Where `step` is in `all`; a step that no longer exists (its item was deleted) counts as
/// the first step of its panel.
pub fn position(all: &[Step], step: Step) -> usize {
    all.iter()
        .position(|s| *s == step)
        .or_else(|| all.iter().position(|s| s.panel() == step.panel()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_follows_the_plan_from_vision_to_audit() {
        let plan = crate::sample::sample_plan().unwrap();
        let all = steps(&plan);
        assert_eq!(all[0], Step::Vision);
        assert_eq!(all[1], Step::Priorities);
        assert_eq!(all[2], Step::Priority(plan.priorities[0].id));
        let x = all.iter().position(|s| *s == Step::XMatrix).unwrap();
        // Clockwise from the bottom: breakthroughs first, then annual objectives.
        assert_eq!(
            all[x + 1],
            Step::XMatrixItem(plan.xmatrix.breakthroughs[0].id)
        );
        let b = plan.xmatrix.breakthroughs.len();
        assert_eq!(
            all[x + 1 + b],
            Step::XMatrixItem(plan.xmatrix.annuals[0].id)
        );
        let s = all.iter().position(|s| *s == Step::Scorecard).unwrap();
        let perspectives = &plan.scorecard.perspectives;
        assert_eq!(all[s + 1], Step::Perspective(perspectives[3].id));
        assert_eq!(perspectives[3].name, "Learning & growth");
        assert_eq!(all[s + 4], Step::Perspective(perspectives[0].id));
        assert_eq!(all[s + 5], Step::StrategyMap);
        assert!(matches!(all[s + 6], Step::Team(Some(_))));
        // After the audit, the workshop: each vote, then the decisions and parking lot.
        let a = all.iter().position(|s| *s == Step::Audit).unwrap();
        assert_eq!(all[a + 1], Step::Vote(plan.workshop.votes[0].id));
        assert_eq!(*all.last().unwrap(), Step::Decisions);
        let items = Arm::CLOCKWISE
            .iter()
            .map(|&a| plan.xmatrix.arm_len(a))
            .sum::<usize>();
        let teams = okr_teams(&plan).len();
        assert_eq!(
            all.len(),
            2 + plan.priorities.len() + 1 + items + 6 + teams + 1 + plan.workshop.votes.len() + 1
        );
    }

    #[test]
    fn stepping_stays_at_the_ends_and_panels_wrap() {
        let plan = crate::sample::sample_plan().unwrap();
        assert_eq!(advance(&plan, Step::Vision, -1), Step::Vision);
        assert_eq!(advance(&plan, Step::Decisions, 1), Step::Decisions);
        assert_eq!(advance(&plan, Step::Vision, 1), Step::Priorities);
        let vote = Step::Vote(plan.workshop.votes[0].id);
        assert_eq!(next_panel(&plan, Step::Audit, true), vote);
        assert_eq!(next_panel(&plan, Step::Decisions, true), Step::Vision);
        assert_eq!(next_panel(&plan, Step::Vision, false), vote);
        assert_eq!(
            next_panel(&plan, Step::Priority(plan.priorities[1].id), true),
            Step::XMatrix
        );
    }

    #[test]
    fn presenting_starts_where_the_facilitator_is() {
        let plan = crate::sample::sample_plan().unwrap();
        let a2 = plan.xmatrix.annuals[1].id;
        assert_eq!(
            start(&plan, PanelKind::XMatrix, Some(a2)),
            Step::XMatrixItem(a2)
        );
        assert_eq!(start(&plan, PanelKind::XMatrix, None), Step::XMatrix);
        assert_eq!(start(&plan, PanelKind::Audit, None), Step::Audit);
        // A deleted item's step falls back to its panel's first.
        let all = steps(&plan);
        assert_eq!(
            all[position(&all, Step::XMatrixItem(Id(99_999)))],
            Step::XMatrix
        );
    }
}
