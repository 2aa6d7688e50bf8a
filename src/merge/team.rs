//! Catchball with a team that works in its own copy: the team's open proposals go out as a plan
//! file of their own, and the team's answer comes back through the merge (the file sent is the
//! base, so only what the team changed is taken).

use crate::model::{Id, Plan};
use std::collections::HashSet;

/// The plan file for `team`: the same plan (same id and revision) holding the team's open
/// proposals and what they are about, the team's OKRs, the priorities for context, the people
/// and teams; the rest of the X-matrix, the scorecard's objectives, the other teams' OKRs and
/// the workshop's other records stay home.
pub fn team_file(plan: &Plan, team: Id) -> Plan {
    let mut out = plan.clone();
    out.workshop = crate::model::Workshop {
        proposals: plan
            .workshop
            .proposals
            .iter()
            .filter(|p| p.team == Some(team) && p.is_open())
            .cloned()
            .collect(),
        ..Default::default()
    };
    let items: HashSet<Id> = out.workshop.proposals.iter().map(|p| p.item).collect();
    out.okrs.retain(|o| {
        o.team == Some(team)
            || items.contains(&o.id)
            || o.key_results.iter().any(|k| items.contains(&k.id))
    });
    let x = &mut out.xmatrix;
    x.breakthroughs.clear();
    x.improvements.clear();
    x.metrics.clear();
    x.annuals.retain(|a| items.contains(&a.id));
    x.people.clear();
    x.correlations.clear();
    x.assignments.clear();
    out.scorecard.objectives.clear();
    out.scorecard.links.clear();
    out.mutes.clear();
    out.unlink_missing();
    out
}

/// Why `answer` cannot be a team's answer to proposals from `plan`: another plan, or
/// proposals this plan never had. `None` when it can.
pub fn answer_problem(plan: &Plan, answer: &Plan) -> Option<String> {
    let (ours, theirs) = (&plan.lineage.plan_id, &answer.lineage.plan_id);
    if ours.is_empty() || theirs.is_empty() || ours != theirs {
        return Some(
            "It is not a copy of this plan (its plan id differs), so it cannot answer this \
                plan's proposals. Open the file the team sent back for this plan."
                .to_owned(),
        );
    }
    let known: HashSet<Id> = plan.workshop.proposals.iter().map(|p| p.id).collect();
    let unknown: Vec<String> = answer
        .workshop
        .proposals
        .iter()
        .filter(|p| !known.contains(&p.id))
        .map(|p| p.id.to_string())
        .collect();
    (!unknown.is_empty()).then(|| {
        format!(
            "It holds proposals this plan does not have ({}), so it is not an answer to proposals \
                sent from here. Nothing was changed.",
            unknown.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;

    #[test]
    fn a_team_file_holds_the_teams_open_proposals_and_is_a_sound_plan() {
        let mut plan = crate::sample::sample_plan().unwrap();
        let to = plan.teams[0].id;
        for p in plan.workshop.proposals.iter_mut().filter(|p| p.is_open()) {
            p.team = Some(to);
        }
        let p = plan
            .workshop
            .proposals
            .iter()
            .find(|p| p.is_open() && p.team.is_some())
            .expect("the sample has an open proposal to a team");
        let team = p.team.unwrap();
        let file = team_file(&plan, team);
        assert!(validate(&file).is_empty(), "{:?}", validate(&file));
        assert_eq!(file.lineage, plan.lineage);
        assert!(!file.workshop.proposals.is_empty());
        assert!(
            file.workshop
                .proposals
                .iter()
                .all(|q| q.team == Some(team) && q.is_open())
        );
        assert!(file.okrs.iter().all(|o| {
            o.team == Some(team)
                || file
                    .workshop
                    .proposals
                    .iter()
                    .any(|q| q.item == o.id || o.key_results.iter().any(|k| k.id == q.item))
        }));
        assert!(answer_problem(&plan, &file).is_none());
        let mut other = file.clone();
        other.lineage.plan_id = "0".repeat(32);
        assert!(
            answer_problem(&plan, &other)
                .unwrap()
                .contains("plan id differs")
        );
        let mut unknown = file.clone();
        unknown.workshop.proposals[0].id = Id(987_654);
        assert!(answer_problem(&plan, &unknown).unwrap().contains("#987654"));
    }
}
