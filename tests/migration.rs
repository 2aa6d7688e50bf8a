//! Format 1 → format 2: every format-1 file loads unchanged in meaning, and the current format
//! reads back what it writes. Fixtures of both versions live in `tests/fixtures/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::file;
use catchball::model::{Id, KrKind, ObjectiveState, Plan, Target, Thresholds};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn load(name: &str) -> file::Loaded {
    file::load(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The value of `field: …` in the block of the item called `name` in a format-1 text (the
/// first one named so that has the field before the next item), read independently of the
/// migration.
fn v1_field<'a>(text: &'a str, name: &str, field: &str) -> &'a str {
    let key = format!("name: \"{name}\"");
    text.match_indices(&key)
        .find_map(|(at, _)| {
            let rest = &text[at + key.len()..];
            let block = &rest[..rest.find("name: ").unwrap_or(rest.len())];
            let start = block.find(&format!("{field}: "))? + field.len() + 2;
            block[start..].split([',', '\n']).next().map(str::trim)
        })
        .unwrap()
}

#[test]
fn the_format_1_sample_keeps_its_meaning() {
    let text = std::fs::read_to_string(fixture("v1_sample.plan.ron")).unwrap();
    let loaded = load("v1_sample.plan.ron");
    assert_eq!(loaded.upgraded_from, Some(1));
    let plan = &loaded.plan;
    let sc = &plan.scorecard;
    let names: Vec<&str> = sc.perspectives.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Financial",
            "Customer",
            "Internal processes",
            "Learning & growth"
        ]
    );
    // Every objective sits in the perspective the old file named.
    for o in &sc.objectives {
        let old = v1_field(&text, &o.name, "perspective");
        let expected = match old {
            "Financial" => "Financial",
            "Customer" => "Customer",
            "InternalProcesses" => "Internal processes",
            "LearningGrowth" => "Learning & growth",
            other => panic!("unknown perspective {other}"),
        };
        assert_eq!(sc.perspective_name(o.perspective), expected, "{}", o.name);
        // Baselines were always numbers: they stay those numbers.
        for m in &o.measures {
            let old: f64 = v1_field(&text, &m.name, "baseline").parse().unwrap();
            assert_eq!(m.baseline, Some(old), "{}", m.name);
            assert!(matches!(m.target, Some(Target::Value(_)) | None));
        }
    }
    // The dot totals are the same, now as one revealed vote.
    assert_eq!(plan.workshop.votes.len(), 1);
    let vote = &plan.workshop.votes[0];
    assert!(vote.revealed);
    assert_eq!(
        vote.totals(),
        [(Id(30), 7), (Id(31), 5), (Id(32), 6), (Id(33), 2)]
    );
    // Scores did not move.
    let v2 = catchball::sample::sample_plan().unwrap();
    for (a, b) in plan
        .scorecard
        .objectives
        .iter()
        .zip(&v2.scorecard.objectives)
    {
        assert_eq!(a.score(), b.score(), "{}", a.name);
    }
    assert_eq!(plan.scorecard.total(), v2.scorecard.total());
    for (a, b) in plan.okrs.iter().zip(&v2.okrs) {
        assert_eq!(a.score(), b.score(), "{}", a.name);
    }
}

#[test]
fn a_closed_format_1_quarter_becomes_states_and_final_scores() {
    let plan = load("v1_closed_quarter.plan.ron").plan;
    // The scorecard's own thresholds moved into the plan settings.
    assert_eq!(
        plan.settings.scoring.scorecard,
        Thresholds {
            amber_from: 0.9,
            green_from: 1.0
        }
    );
    let state = |id: u64| {
        let o = plan.okr(Id(id)).unwrap();
        (o.state, o.final_score)
    };
    // Closed in Q1 with a copy in Q2: carried over, its final score kept.
    assert_eq!(state(20), (ObjectiveState::CarriedOver, Some(0.4)));
    assert_eq!(state(22), (ObjectiveState::Open, None));
    assert_eq!(state(24), (ObjectiveState::Achieved, Some(1.0)));
    assert_eq!(state(26), (ObjectiveState::Dropped, Some(0.0)));
    // The score shown is the final one, as before.
    assert_eq!(plan.okr(Id(20)).unwrap().score(), Some(0.4));
    // Perspective ids were added above every id the file had.
    let top = [10, 11, 12, 20, 21, 22, 23, 24, 25, 26]
        .into_iter()
        .max()
        .unwrap();
    assert!(plan.scorecard.perspectives.iter().all(|p| p.id.0 > top));
    let reliable = plan.scorecard.objective(Id(10)).unwrap();
    assert_eq!(
        plan.scorecard.perspective_name(reliable.perspective),
        "Customer"
    );
}

#[test]
fn a_migrated_plan_saves_as_format_2_and_reads_back_the_same() {
    for name in [
        "v1_sample.plan.ron",
        "v1_closed_quarter.plan.ron",
        "bom.plan.ron",
    ] {
        let plan = load(name).plan;
        let text = file::to_text(&plan).unwrap();
        assert!(text.starts_with("(\n    format_version: 2,"), "{name}");
        let again = file::from_text(name, text.as_bytes()).unwrap();
        assert_eq!(again.upgraded_from, None);
        assert_eq!(again.plan, plan, "{name}");
    }
}

#[test]
fn copies_of_one_format_1_plan_get_the_same_plan_id() {
    let a = load("v1_sample.plan.ron").plan;
    let text = std::fs::read_to_string(fixture("v1_sample.plan.ron"))
        .unwrap()
        .replace("Margins fund the fleet transition.", "Edited in a copy.");
    let b = file::from_text("copy", text.as_bytes()).unwrap().plan;
    assert_eq!(a.lineage.plan_id.len(), 32);
    assert_eq!(a.lineage.plan_id, b.lineage.plan_id);
    let other = load("v1_closed_quarter.plan.ron").plan;
    assert_ne!(a.lineage.plan_id, other.lineage.plan_id);
    // A new plan gets a random one.
    assert_ne!(
        Plan::new("x").lineage.plan_id,
        Plan::new("x").lineage.plan_id
    );
}

#[test]
fn every_format_1_fixture_that_loaded_still_loads_or_fails_the_same_way() {
    // The error fixtures keep their messages (tests/plan_files.rs checks each); the valid ones
    // load. None is read as something else.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut valid = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read(&path).unwrap();
        if !String::from_utf8_lossy(&text).contains("format_version: 1,") {
            continue;
        }
        if let Ok(loaded) = file::load(&path) {
            assert_eq!(loaded.upgraded_from, Some(1), "{}", path.display());
            assert!(catchball::model::validate(&loaded.plan).is_empty());
            valid += 1;
        }
    }
    assert!(valid >= 3, "only {valid} valid format-1 fixtures");
}

#[test]
fn the_format_2_fixture_holds_what_real_plans_need() {
    let loaded = load("v2_public_utility.plan.ron");
    assert_eq!(loaded.upgraded_from, None);
    let plan = &loaded.plan;
    // Its own perspectives, a range target, an unknown baseline.
    assert_eq!(
        plan.scorecard.perspectives[0].name,
        "Bürgerinnen und Bürger (Stakeholder)"
    );
    let chlorine = &plan.scorecard.objective(Id(100)).unwrap().measures[0];
    assert_eq!(chlorine.target, Some(Target::Range(0.2, 0.5)));
    assert_eq!(chlorine.baseline, None);
    // Nested teams, a team as owner, weights, commit/stretch, levels, fiscal periods.
    assert_eq!(plan.team(Id(12)).unwrap().parent, Some(Id(10)));
    assert_eq!(plan.okr(Id(200)).unwrap().owner, Some(Id(11)));
    assert_eq!(plan.owner_name(Some(Id(11))), "Netzbetrieb");
    let (_, logger) = plan.key_result(Id(201)).unwrap();
    assert!((logger.weight - 2.0).abs() < 1e-9);
    assert!(matches!(
        logger.kind,
        KrKind::Metric {
            stretch: Some(_),
            commit: Some(_),
            due: Some(_),
            ..
        }
    ));
    let (_, isms) = plan.key_result(Id(211)).unwrap();
    assert_eq!(isms.score(), Some(0.7));
    assert_eq!(plan.periods.len(), 3);
    assert_eq!(
        catchball::model::next_period("FY27-Q1", &plan.periods).as_deref(),
        Some("FY27-Q2")
    );
    // And it is written exactly as the current format writes it.
    let text = std::fs::read_to_string(fixture("v2_public_utility.plan.ron")).unwrap();
    assert_eq!(file::to_text(plan).unwrap(), text);
}
