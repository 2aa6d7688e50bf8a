//! An audit that fits the plan: rules only for the parts in use, the new rules, messages that
//! name the team, and muting a whole rule for the plan.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::audit::{RULES, Report, is_activity, report_on};
use catchball::model::{CheckIn, Id, KrKind, Mute, Plan};
use jiff::civil::Date;

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

fn date(y: i16, m: i8, d: i8) -> Date {
    jiff::civil::date(y, m, d)
}

fn report(plan: &Plan) -> Report {
    report_on(plan, date(2027, 2, 15))
}

fn rules(plan: &Plan) -> Vec<&'static str> {
    report(plan).findings.iter().map(|f| f.rule).collect()
}

fn count(plan: &Plan, rule: &str) -> usize {
    rules(plan).iter().filter(|r| **r == rule).count()
}

#[test]
fn a_scorecard_only_plan_gets_no_x_matrix_or_okr_findings() {
    let mut plan = Plan::new("City scorecard");
    plan.scorecard = sample().scorecard;
    plan.scorecard.objectives[0].owner = None;
    plan.people = sample().people;
    let r = rules(&plan);
    assert_eq!(
        r,
        ["scorecard.objective-without-owner"],
        "its own rules still run"
    );
    assert!(r.iter().all(|r| r.starts_with("scorecard.")), "{r:?}");
    // An X-matrix-only plan: no scorecard findings about the four empty default perspectives.
    let mut plan = Plan::new("Hoshin");
    plan.xmatrix = sample().xmatrix;
    plan.people = sample().people;
    let r = rules(&plan);
    assert!(r.iter().all(|r| r.starts_with("xmatrix.")), "{r:?}");
    // An empty plan is told where to start.
    assert_eq!(rules(&Plan::new("Empty")), ["vision.missing"]);
}

#[test]
fn a_priority_nothing_measures_is_found() {
    let mut plan = sample();
    assert_eq!(count(&plan, "measurable.priority-without-metric"), 0);
    // "Build a low-carbon skills culture" is measured only by the scorecard's drivers
    // objective; take its measures away.
    let o = plan
        .scorecard
        .objectives
        .iter_mut()
        .find(|o| o.priorities.contains(&Id(33)))
        .unwrap();
    o.measures.clear();
    let f = report(&plan)
        .findings
        .into_iter()
        .find(|f| f.rule == "measurable.priority-without-metric")
        .unwrap();
    assert_eq!(f.targets, [Id(33)]);
    assert!(f.message.contains("Build a low-carbon skills culture"));
}

#[test]
fn a_breakthrough_without_an_annual_objective_is_found() {
    let mut plan = sample();
    assert_eq!(count(&plan, "xmatrix.breakthrough-without-annual"), 0);
    plan.xmatrix
        .correlations
        .retain(|c| !(c.a == Id(43) && c.b.0 >= 50 && c.b.0 < 60));
    let f = report(&plan)
        .findings
        .into_iter()
        .find(|f| f.rule == "xmatrix.breakthrough-without-annual")
        .unwrap();
    assert_eq!(f.targets, [Id(43)]);
}

fn check_in(d: Date, value: f64, confidence: u8, comment: &str) -> CheckIn {
    CheckIn {
        date: d,
        value,
        confidence,
        comment: comment.into(),
        who: None,
    }
}

#[test]
fn a_key_result_moving_away_from_its_target_is_flagged() {
    let mut plan = sample();
    assert_eq!(count(&plan, "progress.moving-away"), 0);
    // Vans: 26 on 1 Feb, then 24.
    let kr = &mut plan.okrs[1].key_results[0];
    kr.check_ins.push(check_in(
        date(2027, 2, 10),
        24.0,
        7,
        "Two vans back at the dealer",
    ));
    if let KrKind::Metric { current, .. } = &mut kr.kind {
        *current = Some(24.0);
    }
    let f = report(&plan)
        .findings
        .into_iter()
        .find(|f| f.rule == "progress.moving-away")
        .unwrap();
    assert!(
        f.message
            .contains("24 on 2027-02-10, after 26 on 2027-02-01"),
        "{}",
        f.message
    );
    assert!(f.message.contains("(Fleet & Operations)"), "{}", f.message);
    // Lower is better: load time above its start of 2.0 s is behind.
    let mut plan = sample();
    if let KrKind::Metric { current, .. } = &mut plan.okrs[0].key_results[1].kind {
        *current = Some(2.3);
    }
    assert_eq!(count(&plan, "progress.moving-away"), 1);
}

#[test]
fn low_confidence_needs_a_comment() {
    let mut plan = sample();
    let kr = &mut plan.okrs[0].key_results[2];
    kr.check_ins.push(check_in(date(2027, 2, 12), 35.0, 3, ""));
    assert_eq!(count(&plan, "progress.silent-low-confidence"), 1);
    kr_comment(&mut plan, "Vendor API is late");
    assert_eq!(count(&plan, "progress.silent-low-confidence"), 0);
    // 4 is not low.
    let mut plan = sample();
    plan.okrs[0].key_results[2]
        .check_ins
        .push(check_in(date(2027, 2, 12), 35.0, 4, ""));
    assert_eq!(count(&plan, "progress.silent-low-confidence"), 0);
}

fn kr_comment(plan: &mut Plan, comment: &str) {
    let c = plan.okrs[0].key_results[2].check_ins.last_mut().unwrap();
    c.comment = comment.into();
}

#[test]
fn a_milestone_past_its_date_and_not_done_is_overdue() {
    let plan = sample();
    // "Methodology verified" is due 2027-03-15, "Hamburg chargers" 2027-03-31.
    let on = |d| {
        report_on(&plan, d)
            .findings
            .iter()
            .filter(|f| f.rule == "progress.milestone-overdue")
            .count()
    };
    assert_eq!(on(date(2027, 3, 15)), 0, "due that day is not overdue");
    assert_eq!(on(date(2027, 3, 16)), 1);
    assert_eq!(on(date(2027, 4, 1)), 2);
    // Done is never overdue: "Scope 1+2 baseline published" was due in January, and is done.
    assert!(
        report_on(&plan, date(2027, 4, 1))
            .findings
            .iter()
            .all(|f| !f.message.contains("baseline published"))
    );
}

#[test]
fn activity_wording_is_found_in_english_and_german() {
    for activity in [
        "Implement the new CRM",
        "Launch the partner portal",
        "Hold a weekly stand-up",
        "Complete the ISO audit",
        "Finish the migration",
        "Source three new suppliers",
        "Triage all open tickets",
        "Move the data centre",
        "Neues CRM-System einführen",
        "Kundenbefragung durchführen",
        "Digitalstrategie umsetzen",
        "Erstellen eines Konzepts",
        "Schulungsplan erstellen",
    ] {
        assert!(is_activity(activity), "{activity}");
    }
    for outcome in [
        "Cut load time to 1.4 s",
        "Kundenzufriedenheit auf 85 % steigern",
        "Wasserverluste unter 8 %",
        "40 electric vans in daily service",
    ] {
        assert!(!is_activity(outcome), "{outcome}");
    }
}

#[test]
fn okr_messages_name_the_team() {
    let mut plan = sample();
    plan.okrs[1].key_results[0].owner = None;
    plan.okrs[1].owner = None;
    for f in report(&plan)
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("ownership."))
    {
        assert!(f.message.contains("(Fleet & Operations)"), "{}", f.message);
    }
}

#[test]
fn a_whole_rule_is_muted_for_the_plan() {
    let mut plan = sample();
    for k in &mut plan.okrs[0].key_results {
        k.owner = None;
    }
    assert_eq!(count(&plan, "ownership.key-result"), 3);
    plan.mutes.push(Mute {
        rule: "ownership.key-result".into(),
        item: None,
        reason: "Owners are set in the team workshops".into(),
    });
    let r = report(&plan);
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.rule == "ownership.key-result")
            .count(),
        0
    );
    let held: Vec<_> = r
        .muted
        .iter()
        .filter(|(f, _)| f.rule == "ownership.key-result")
        .collect();
    assert_eq!(held.len(), 3);
    assert!(held.iter().all(|(_, m)| m.item.is_none()));
    // Other rules are untouched.
    assert_eq!(count(&plan, "outcome.activity"), 1);
    // It round-trips through the file.
    let text = catchball::file::to_text(&plan).unwrap();
    let again = catchball::file::from_text("x", text.as_bytes())
        .unwrap()
        .plan;
    assert_eq!(again.mutes, plan.mutes);
}

#[test]
fn every_rule_has_a_name_and_every_finding_a_known_rule() {
    let mut seen = std::collections::HashSet::new();
    for (id, title) in RULES {
        assert!(seen.insert(id), "{id} twice");
        assert!(!title.is_empty());
    }
    let plan = catchball::sample::large_plan();
    for f in report_on(&plan, date(2030, 1, 1)).findings {
        assert!(seen.contains(f.rule), "{} has no name", f.rule);
    }
}
