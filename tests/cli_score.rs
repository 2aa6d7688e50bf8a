//! `catchball score FILE [--json]`: every scored item with its number and status.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn catchball(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(args)
        .output()
        .unwrap()
}

fn path(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .display()
        .to_string()
}

fn json(rel: &str) -> Vec<Value> {
    let o = catchball(&["score", &path(rel), "--json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn find(items: &[Value], id: u64) -> &Value {
    items.iter().find(|v| v["id"] == id).unwrap()
}

#[test]
fn json_lists_every_scored_item_with_kind_progress_and_status() {
    let items = json("assets/sample.plan.ron");
    let plan = catchball::sample::sample_plan().unwrap();
    let measures: usize = plan
        .scorecard
        .objectives
        .iter()
        .map(|o| o.measures.len())
        .sum();
    let krs: usize = plan.okrs.iter().map(|o| o.key_results.len()).sum();
    let expected = measures
        + plan.scorecard.objectives.len()
        + plan.scorecard.perspectives.len()
        + krs
        + plan.okrs.len()
        + plan.teams.len();
    assert_eq!(items.len(), expected);
    for v in &items {
        let obj = v.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["id", "kind", "name", "progress", "status"]);
        assert!(
            [
                "measure",
                "scorecard-objective",
                "perspective",
                "key-result",
                "okr-objective",
                "team"
            ]
            .contains(&v["kind"].as_str().unwrap()),
            "{v}"
        );
        assert!(
            ["red", "amber", "green", "none"].contains(&v["status"].as_str().unwrap()),
            "{v}"
        );
        assert_eq!(v["progress"].is_null(), v["status"] == "none", "{v}");
    }
    // Fuel cost per parcel: (0.53 − 0.58) / (0.42 − 0.58) = 0.3125, shown 0.31, red.
    let fuel = find(&items, 101);
    assert_eq!(fuel["progress"], 0.31);
    assert_eq!(fuel["status"], "red");
    assert_eq!(fuel["kind"], "measure");
    // No current value: no data, not zero.
    assert!(find(&items, 131)["progress"].is_null());
    // A done milestone.
    assert_eq!(find(&items, 233)["progress"], 1.0);
    assert_eq!(find(&items, 233)["status"], "green");
}

#[test]
fn the_plan_s_own_bands_judge_each_part() {
    // The utility scores its scorecard "amber from 0.9, green from 1.0" and its OKRs
    // 0.3 / 0.7.
    let items = json("tests/fixtures/v2_public_utility.plan.ron");
    // Chlorine inside its range: met.
    assert_eq!(find(&items, 101)["progress"], 1.0);
    assert_eq!(find(&items, 101)["status"], "green");
    // Interruptions 4.2 → 3.0, now 3.6: 0.50, red under the strict scorecard rule.
    assert_eq!(find(&items, 102)["progress"], 0.5);
    assert_eq!(find(&items, 102)["status"], "red");
    // No baseline and not met yet: no number.
    assert!(find(&items, 121)["progress"].is_null());
    // Target equals baseline and is met.
    assert_eq!(find(&items, 131)["progress"], 1.0);
    // Loggers: commit 100 (0.3), target 200 (0.7), stretch 250 (1.0); now 150 → 0.5, amber.
    assert_eq!(find(&items, 201)["progress"], 0.5);
    assert_eq!(find(&items, 201)["status"], "amber");
    // Ordinal key result at "target": 0.7, green.
    assert_eq!(find(&items, 211)["progress"], 0.7);
    assert_eq!(find(&items, 211)["status"], "green");
    // The closed pilot shows its human final score.
    assert_eq!(find(&items, 220)["progress"], 0.8);
    // Engineering is scored over its sub-teams' objectives this period.
    assert!(find(&items, 10)["progress"].is_number());
    assert_eq!(find(&items, 10)["kind"], "team");
}

#[test]
fn text_output_is_aligned_in_columns() {
    let o = catchball(&["score", &path("assets/sample.plan.ron")]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("KIND"));
    let name_at = lines[0].find("NAME").unwrap();
    let status_at = lines[0].find("STATUS").unwrap();
    for l in &lines[1..] {
        let chars: Vec<char> = l.chars().collect();
        // The status column starts at the same character everywhere, the name after it.
        let status: String = chars[status_at..].iter().take(5).collect();
        assert!(
            ["red  ", "amber", "green", "none "].contains(&status.as_str()),
            "{l}"
        );
        assert_eq!(chars[name_at - 1], ' ', "{l}");
        assert_ne!(chars[name_at], ' ', "{l}");
    }
    assert!(text.contains("Fuel cost per parcel"));
}

#[test]
fn a_file_that_does_not_load_exits_2_with_the_reason() {
    let o = catchball(&["score", &path("tests/fixtures/truncated.plan.ron")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("truncated.plan.ron:"), "{err}");
}
