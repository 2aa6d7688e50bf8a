//! Values a plan cannot hold are refused with one clear message naming the item, both when a
//! file holds them and when an edit would bring them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::edit::{Edit, EditError, Session};
use catchball::file;
use catchball::model::{Id, Plan, Target, Team};
use std::path::Path;

fn utility_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2_public_utility.plan.ron"),
    )
    .unwrap()
}

fn utility() -> Plan {
    file::from_text("utility", utility_text().as_bytes())
        .unwrap()
        .plan
}

/// The error of loading the fixture with `from` replaced by `to`.
fn load_error(from: &str, to: &str) -> String {
    let text = utility_text();
    assert!(text.contains(from), "{from}");
    let text = text.replacen(from, to, 1);
    file::from_text("bad.plan.ron", text.as_bytes())
        .unwrap_err()
        .to_string()
}

#[test]
fn a_file_with_a_bad_value_names_the_item() {
    let cases = [
        (
            "Range(0.2, 0.5)",
            "Range(0.5, 0.2)",
            "Chlorine residual at the tap",
        ),
        (
            "weight: 2.0,",
            "weight: -1.0,",
            "Chlorine residual at the tap",
        ),
        (
            "name: \"moderate\"",
            "name: \"  \"",
            "The metric “Security culture”",
        ),
        (
            "confidence: 6,",
            "confidence: 11,",
            "confidence 11; this plan's scale is 0 to 10",
        ),
        (
            "id: 10,\n                name: \"Technik und Digitalisierung (Engineering)\",\n                parent: None,",
            "id: 10,\n                name: \"Technik und Digitalisierung (Engineering)\",\n                parent: Some(12),",
            "would contain itself",
        ),
    ];
    for (from, to, expected) in cases {
        let e = load_error(from, to);
        // Which file, and the line and column of the item.
        let place = e.split(' ').next().unwrap();
        let parts: Vec<&str> = place.split(':').collect();
        assert_eq!(parts.len(), 3, "{e}");
        assert_eq!(parts[0], "bad.plan.ron");
        assert!(parts[1].parse::<usize>().unwrap() > 1, "{e}");
        assert!(e.contains(expected), "{expected}: {e}");
    }
}

fn refused(s: &mut Session, edit: Edit) -> String {
    let before = s.plan().clone();
    let e = s.apply(edit).unwrap_err();
    assert_eq!(s.plan(), &before, "nothing changed");
    match e {
        EditError::Refused(message) => message,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_edit_that_brings_a_bad_value_is_refused_and_changes_nothing() {
    let mut s = Session::opened(utility());
    let mut o = s.plan().scorecard.objective(Id(100)).unwrap().clone();
    o.measures[0].target = Some(Target::Range(0.5, 0.2));
    let m = refused(&mut s, Edit::UpdateBscObjective(o.clone()));
    assert!(m.contains("Chlorine residual at the tap"), "{m}");
    o.measures[0].target = Some(Target::Range(0.2, 0.5));
    o.measures[0].weight = -2.0;
    let m = refused(&mut s, Edit::UpdateBscObjective(o));
    assert!(m.contains("negative weight"), "{m}");
    // A team inside itself.
    let m = refused(
        &mut s,
        Edit::UpdateTeam(Team {
            id: Id(10),
            name: "Technik und Digitalisierung (Engineering)".into(),
            parent: Some(Id(13)),
        }),
    );
    assert!(m.contains("would contain itself"), "{m}");
    // A good edit still goes through.
    let mut o = s.plan().okr(Id(200)).unwrap().clone();
    o.key_results[0].weight = 3.0;
    s.apply(Edit::UpdateOkr(o)).unwrap();
}

#[test]
fn a_measure_s_minimum_and_maximum_are_honoured() {
    let mut s = Session::opened(catchball::sample::sample_plan().unwrap());
    // App store rating: 1 to 5 stars.
    let mut o = s.plan().scorecard.objective(Id(120)).unwrap().clone();
    assert_eq!(
        (o.measures[0].min, o.measures[0].max),
        (Some(1.0), Some(5.0))
    );
    o.measures[0].current = Some(6.0);
    let m = refused(&mut s, Edit::UpdateBscObjective(o.clone()));
    assert!(
        m.contains("App store rating") && m.contains("outside its range 1–5"),
        "{m}"
    );
    o.measures[0].current = Some(4.4);
    o.measures[0].target = Some(Target::Value(5.5));
    let m = refused(&mut s, Edit::UpdateBscObjective(o.clone()));
    assert!(m.contains("5.5"), "{m}");
    o.measures[0].target = Some(Target::Value(4.5));
    s.apply(Edit::UpdateBscObjective(o)).unwrap();
}
