//! The article's pitfalls, rule by rule: each triggered by a small change to the sample, and
//! not triggered on the clean parts; muting with a reason.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::audit::{Report, is_activity, report_on};
use catchball::model::{Dependency, Id, KrKind, Mute, Plan, Priority};

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

/// A day in the sample's quarter, so what is overdue does not depend on when tests run.
fn day() -> jiff::civil::Date {
    jiff::civil::date(2027, 2, 15)
}

fn report(plan: &Plan) -> Report {
    report_on(plan, day())
}

fn rules(plan: &Plan) -> Vec<&'static str> {
    report(plan).findings.iter().map(|f| f.rule).collect()
}

fn count(plan: &Plan, rule: &str) -> usize {
    rules(plan).iter().filter(|r| **r == rule).count()
}

#[test]
fn the_sample_shows_a_handful_of_realistic_findings() {
    let r = rules(&sample());
    assert_eq!(
        r,
        [
            "why.priority",
            "outcome.activity",
            "measurable.too-few-krs",
            "why.objective",
            "alignment.orphan-objective",
            "dependency.unagreed"
        ]
    );
}

#[test]
fn too_many_priorities() {
    let mut plan = sample();
    assert_eq!(count(&plan, "goals.too-many-priorities"), 0);
    for i in 0..2 {
        let mut p = Priority::new(Id(900 + i), format!("Extra {i}"));
        p.owner = Some(Id(1));
        p.why = "because".into();
        plan.priorities.push(p);
    }
    assert_eq!(count(&plan, "goals.too-many-priorities"), 1);
}

#[test]
fn too_many_objectives_per_team_and_quarter() {
    let mut plan = sample();
    let template = plan.okrs[0].clone();
    for i in 0..3u64 {
        let mut o = template.clone();
        o.id = Id(900 + i * 10);
        for (k, kr) in o.key_results.iter_mut().enumerate() {
            kr.id = Id(900 + i * 10 + 1 + k as u64);
        }
        plan.okrs.push(o);
    }
    assert_eq!(
        count(&plan, "goals.too-many-objectives"),
        1,
        "Digital Products now has 4 in 2027-Q1"
    );
    // In another quarter they do not add up.
    for o in plan.okrs.iter_mut().filter(|o| o.id.0 >= 900) {
        o.period = "2027-Q2".into();
    }
    assert_eq!(count(&plan, "goals.too-many-objectives"), 0);
}

#[test]
fn key_result_counts_outside_three_to_five() {
    let mut plan = sample();
    assert_eq!(count(&plan, "measurable.too-few-krs"), 1);
    assert_eq!(count(&plan, "goals.too-many-krs"), 0);
    let extra = plan.okrs[0].key_results[0].clone();
    for i in 0..3 {
        let mut k = extra.clone();
        k.id = Id(950 + i);
        plan.okrs[0].key_results.push(k);
    }
    assert_eq!(
        count(&plan, "goals.too-many-krs"),
        1,
        "six key results is too many"
    );
    // Too few is its own rule, about being measurable, not about too many goals.
    assert_eq!(count(&plan, "measurable.too-few-krs"), 1);
    let few = report(&plan)
        .findings
        .into_iter()
        .find(|f| f.rule == "measurable.too-few-krs")
        .unwrap();
    assert_eq!(few.category(), "Not measurable");
}

#[test]
fn missing_owners() {
    let mut plan = sample();
    plan.priorities[0].owner = None;
    plan.okrs[0].owner = None;
    plan.okrs[0].key_results[0].owner = None;
    let r = rules(&plan);
    for rule in [
        "ownership.priority",
        "ownership.objective",
        "ownership.key-result",
    ] {
        assert!(r.contains(&rule), "{rule} in {r:?}");
    }
}

#[test]
fn activity_instead_of_outcome() {
    assert!(is_activity("Hold weekly meetings"));
    assert!(is_activity("Ship 5 features"));
    assert!(is_activity("Increase the number of meetings held"));
    assert!(!is_activity("Achieve a 4.5-star rating"));
    assert!(!is_activity("Reduce load time by 30%"));
    let mut plan = sample();
    // A milestone with a deadline and an outcome name passes…
    assert_eq!(count(&plan, "outcome.activity"), 1);
    // …without a deadline it is neither number nor date.
    if let KrKind::Milestone { due, .. } = &mut plan.okrs[1].key_results[1].kind {
        *due = None;
    }
    assert_eq!(count(&plan, "outcome.activity"), 2);
}

#[test]
fn missing_why_and_abstract_vision() {
    let mut plan = sample();
    plan.vision.statement = "Become the market leader".into();
    assert!(
        !rules(&plan).contains(&"vision.too-abstract"),
        "the target year and targets make it measurable"
    );
    plan.vision.target_year = None;
    plan.vision.targets.clear();
    assert!(rules(&plan).contains(&"vision.too-abstract"));
    plan.vision.why.clear();
    assert!(rules(&plan).contains(&"why.vision"));
}

#[test]
fn orphans_are_objectives_without_a_priority_up_their_chain() {
    let mut plan = sample();
    // 220 has no priority of its own … it does (32). Its child-parent chain matters for 230:
    assert_eq!(count(&plan, "alignment.orphan-objective"), 1);
    plan.okrs[3].parent = Some(Id(210)); // 230 now contributes to 210, which serves priority 30
    assert_eq!(count(&plan, "alignment.orphan-objective"), 0);
    plan.okrs[1].priority = None; // 210 loses its priority: 230 and 210 are orphans now
    assert_eq!(count(&plan, "alignment.orphan-objective"), 2);
}

#[test]
fn cross_team_dependencies_must_be_agreed_by_both() {
    let mut plan = sample();
    assert_eq!(count(&plan, "dependency.unagreed"), 1);
    plan.dependencies[0].agreed_by_on = true;
    assert_eq!(count(&plan, "dependency.unagreed"), 0);
    // Within one team no agreement is needed.
    plan.dependencies.push(Dependency {
        id: Id(990),
        from: Id(211),
        on: Id(221),
        note: String::new(),
        agreed_by_from: false,
        agreed_by_on: false,
    });
    assert_eq!(count(&plan, "dependency.unagreed"), 0);
}

#[test]
fn closed_objectives_are_not_audited() {
    let mut plan = sample();
    plan.okrs[2].state = catchball::model::ObjectiveState::Partly;
    plan.okrs[2].final_score = Some(0.4);
    assert_eq!(count(&plan, "measurable.too-few-krs"), 0);
}

#[test]
fn a_muted_finding_is_set_apart_with_its_reason() {
    let mut plan = sample();
    plan.mutes.push(Mute {
        rule: "alignment.orphan-objective".into(),
        item: Some(Id(230)),
        reason: "Regulatory work; agreed with the board".into(),
    });
    let r = report(&plan);
    assert_eq!(r.findings.len(), 5);
    assert_eq!(r.muted.len(), 1);
    assert_eq!(
        r.muted[0].1.reason,
        "Regulatory work; agreed with the board"
    );
    // The mute survives a save and a load.
    let text = catchball::file::to_text(&plan).unwrap();
    assert_eq!(
        catchball::file::from_text("x", text.as_bytes())
            .unwrap()
            .plan
            .mutes,
        plan.mutes
    );
}
