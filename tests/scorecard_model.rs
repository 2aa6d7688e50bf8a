//! Scorecard edits and audit rules on the model.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::audit::scorecard_findings;
use catchball::edit::{Edit, Session};
use catchball::file;
use catchball::model::{Id, Plan, Scoring, Thresholds};

/// The id of the sample's perspective called `name`.
fn perspective(plan: &Plan, name: &str) -> Id {
    plan.scorecard
        .perspectives
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .id
}

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

fn rules(plan: &Plan) -> Vec<&'static str> {
    scorecard_findings(plan).iter().map(|f| f.rule).collect()
}

#[test]
fn removing_an_objective_removes_its_links_and_undo_restores_them() {
    let mut s = Session::opened(sample());
    let original = file::to_text(s.plan()).unwrap();
    s.apply(Edit::RemoveBscObjective(Id(130))).unwrap();
    assert!(
        s.plan()
            .scorecard
            .links
            .iter()
            .all(|l| l.cause != Id(130) && l.effect != Id(130))
    );
    assert!(catchball::model::validate(s.plan()).is_empty());
    s.undo().unwrap();
    assert_eq!(file::to_text(s.plan()).unwrap(), original);
}

#[test]
fn links_are_added_and_removed_but_never_to_itself() {
    let mut s = Session::opened(sample());
    s.apply(Edit::SetCauseEffect {
        cause: Id(140),
        effect: Id(120),
        linked: true,
    })
    .unwrap();
    assert!(
        s.plan()
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(140) && l.effect == Id(120))
    );
    s.apply(Edit::SetCauseEffect {
        cause: Id(140),
        effect: Id(120),
        linked: false,
    })
    .unwrap();
    assert!(
        !s.plan()
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(140) && l.effect == Id(120))
    );
    assert!(
        s.apply(Edit::SetCauseEffect {
            cause: Id(140),
            effect: Id(140),
            linked: true
        })
        .is_err()
    );
    s.undo().unwrap();
    assert!(
        s.plan()
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(140) && l.effect == Id(120))
    );
}

#[test]
fn moving_an_objective_to_another_perspective_is_an_update() {
    let mut s = Session::opened(sample());
    let mut o = s.plan().scorecard.objective(Id(110)).unwrap().clone();
    let name = |s: &Session| {
        let sc = &s.plan().scorecard;
        sc.perspective_name(sc.objective(Id(110)).unwrap().perspective)
            .to_owned()
    };
    o.perspective = perspective(s.plan(), "Customer");
    s.apply(Edit::UpdateBscObjective(o)).unwrap();
    assert_eq!(name(&s), "Customer");
    s.undo().unwrap();
    assert_eq!(name(&s), "Financial");
}

#[test]
fn an_update_cannot_smuggle_in_a_taken_id() {
    let mut s = Session::opened(sample());
    let mut o = s.plan().scorecard.objective(Id(110)).unwrap().clone();
    o.measures[0].id = Id(1); // a person's id
    assert!(s.apply(Edit::UpdateBscObjective(o)).is_err());
}

#[test]
fn thresholds_must_stay_ordered() {
    let mut s = Session::opened(sample());
    let with = |t: Thresholds| Scoring {
        scorecard: t,
        ..Scoring::default()
    };
    assert!(
        s.apply(Edit::SetScoring(with(Thresholds {
            amber_from: 0.8,
            green_from: 0.5
        })))
        .is_err()
    );
    s.apply(Edit::SetScoring(with(Thresholds {
        amber_from: 0.5,
        green_from: 0.8,
    })))
    .unwrap();
    assert!((s.plan().settings.scoring.scorecard.amber_from - 0.5).abs() < 1e-9);
}

#[test]
fn the_sample_scorecard_passes_its_rules() {
    assert!(
        rules(&sample()).is_empty(),
        "{:?}",
        scorecard_findings(&sample())
    );
}

#[test]
fn each_scorecard_rule_fires_on_its_pitfall() {
    let mut plan = sample();
    let o = &mut plan.scorecard.objectives[0];
    o.owner = None;
    o.measures[0].target = None;
    assert_eq!(
        rules(&plan),
        [
            "scorecard.objective-without-owner",
            "scorecard.measure-without-target"
        ]
    );

    let mut plan = sample();
    plan.scorecard.objectives[1].measures.clear();
    assert_eq!(rules(&plan), ["scorecard.objective-without-measures"]);

    let mut plan = sample();
    plan.scorecard
        .objectives
        .retain(|o| o.perspective != perspective(&sample(), "Learning & growth"));
    plan.scorecard.links.retain(|l| l.cause != Id(140));
    assert_eq!(rules(&plan), ["scorecard.empty-perspective"]);

    let mut plan = sample();
    plan.scorecard.links.retain(|l| l.effect != Id(110));
    assert_eq!(rules(&plan), ["scorecard.objective-without-link"]);

    let mut plan = sample();
    let template = plan.scorecard.objectives[0].clone();
    for i in 0..5 {
        let mut o = template.clone();
        o.id = Id(900 + i * 10);
        for (k, m) in o.measures.iter_mut().enumerate() {
            m.id = Id(900 + i * 10 + 1 + k as u64);
        }
        o.initiatives.clear();
        plan.scorecard.objectives.push(o);
    }
    plan.scorecard.links.push(catchball::model::CauseEffect {
        cause: Id(900),
        effect: Id(910),
    });
    let r = rules(&plan);
    assert!(r.contains(&"scorecard.too-many-objectives"), "{r:?}");
    // 8 sample measures + 5 × 2 = 18: not yet overload.
    assert!(!r.contains(&"scorecard.metric-overload"));
    assert!(
        plan.scorecard
            .objectives
            .iter()
            .map(|o| o.measures.len())
            .sum::<usize>()
            <= 20
    );
}

#[test]
fn twenty_one_measures_are_metric_overload() {
    let mut plan = sample();
    let o = &mut plan.scorecard.objectives[0];
    let m = o.measures[0].clone();
    for k in 0..14 {
        let mut extra = m.clone();
        extra.id = Id(1000 + k);
        o.measures.push(extra);
    }
    assert!(rules(&plan).contains(&"scorecard.metric-overload"));
}
