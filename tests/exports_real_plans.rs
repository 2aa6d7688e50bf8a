//! Exports of a real plan hold what it says, without invention: a range target, an unknown
//! baseline, a closed objective's state and final score, a team as owner, levels, weights, the
//! plan's own perspectives, bands and pass mark, and ✓ marks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::export::{self, Format, Options, Output};
use std::path::Path;

fn utility() -> catchball::model::Plan {
    catchball::file::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2_public_utility.plan.ron"),
    )
    .unwrap()
    .plan
}

fn text(format: Format, target: &str) -> String {
    let out = export::render(&utility(), format, Options::default(), Path::new(target)).unwrap();
    match out {
        Output::File(bytes) => String::from_utf8(bytes).unwrap(),
        Output::Folder(files) => {
            let mut all = String::new();
            for (name, bytes) in files {
                all.push_str("== ");
                all.push_str(&name);
                all.push('\n');
                all.push_str(&String::from_utf8(bytes).unwrap());
            }
            all
        }
    }
}

#[test]
fn the_summary_says_what_the_plan_says() {
    let md = text(Format::Md, "out.md");
    for expected in [
        "Bürgerinnen und Bürger (Stakeholder)",
        "no baseline → 0.2–0.5 mg/l",
        "96 → 100–103 %",
        "Safe, reliable drinking water (by 2028) — Zone 3 pressure works delayed until the spring.",
        "partly achieved",
        "0.80 · green",
        "commit 100, stretch 250",
        "at “target”",
        "| Netzbetrieb · 14 → 5 days, now 9 |",
        "✓ A2",
        "✓ linked, not rated",
        "red below 0.90, amber below 1.00",
        "pass mark 0.70",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
    // Nothing invented: no baseline is never written as 0.
    assert!(!md.contains("0 → 0.2–0.5"));
}

#[test]
fn the_tables_keep_ranges_weights_and_states_apart() {
    let csv = text(Format::Csv, "out");
    // Range targets in two columns; an unknown baseline left empty.
    let measures = csv
        .split("== ")
        .find(|t| t.starts_with("measures"))
        .unwrap();
    let chlorine = measures
        .lines()
        .find(|l| l.contains("Chlorine residual"))
        .unwrap();
    assert!(chlorine.contains(",,0.2,0.5,0.35,"), "{chlorine}");
    let krs = csv
        .split("== ")
        .find(|t| t.starts_with("key_results"))
        .unwrap();
    let header = krs.lines().nth(1).unwrap();
    assert!(
        header.ends_with("weight,objective_state,objective_score"),
        "{header}"
    );
    let pilot = krs
        .lines()
        .find(|l| l.contains("Meters installed"))
        .unwrap();
    assert!(pilot.contains(",partly achieved,0.8"), "{pilot}");
}
