//! X-matrix audit rules, each triggered and not triggered; and `catchball check` reporting them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::audit::{Finding, xmatrix_findings};
use catchball::model::{Assignment, Corner, Id, Plan, Role};

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

fn rules(plan: &Plan) -> Vec<&'static str> {
    xmatrix_findings(plan)
        .iter()
        .map(|f: &Finding| f.rule)
        .collect()
}

#[test]
fn the_sample_matrix_is_clean() {
    assert!(
        rules(&sample()).is_empty(),
        "{:?}",
        xmatrix_findings(&sample())
    );
}

#[test]
fn annual_objective_without_breakthrough_is_found() {
    let mut plan = sample();
    // A3 (52) is tied to B1 and B3; untie both.
    plan.xmatrix
        .correlations
        .retain(|c| !(c.corner == Corner::BottomLeft && c.b == Id(52)));
    let f = xmatrix_findings(&plan);
    assert_eq!(rules(&plan), ["xmatrix.annual-without-breakthrough"]);
    assert_eq!(f[0].targets, [Id(52)]);
    assert!(
        f[0].message.contains("Cut empty kilometres by 15%"),
        "{}",
        f[0].message
    );
}

#[test]
fn priority_without_annual_is_found() {
    let mut plan = sample();
    plan.xmatrix
        .correlations
        .retain(|c| !(c.corner == Corner::TopLeft && c.b == Id(62)));
    assert_eq!(rules(&plan), ["xmatrix.priority-without-annual"]);
}

#[test]
fn metric_without_priority_is_found() {
    let mut plan = sample();
    plan.xmatrix
        .correlations
        .retain(|c| !(c.corner == Corner::TopRight && c.b == Id(72)));
    assert_eq!(rules(&plan), ["xmatrix.metric-without-priority"]);
}

#[test]
fn priority_without_lead_and_with_two_leads_are_found() {
    let mut plan = sample();
    plan.xmatrix
        .assignments
        .retain(|a| !(a.item == Id(60) && a.role == Role::Lead));
    assert_eq!(rules(&plan), ["xmatrix.priority-without-lead"]);
    let mut plan = sample();
    for a in &mut plan.xmatrix.assignments {
        if a.item == Id(61) && a.person == Id(2) {
            a.role = Role::Lead;
        }
    }
    assert_eq!(rules(&plan), ["xmatrix.priority-several-leads"]);
}

#[test]
fn overloaded_person_is_found() {
    let mut plan = sample();
    // Amira (1) leads three priorities after this.
    plan.xmatrix
        .assignments
        .retain(|a| !(a.role == Role::Lead && [Id(62), Id(63), Id(64)].contains(&a.item)));
    for item in [62, 63, 64] {
        plan.xmatrix.assignments.push(Assignment {
            item: Id(item),
            person: Id(1),
            role: Role::Lead,
        });
    }
    catchball::file::canonicalize(&mut plan);
    let f = xmatrix_findings(&plan);
    assert_eq!(rules(&plan), ["xmatrix.person-overloaded"], "{f:?}");
    assert_eq!(f[0].targets, [Id(1)]);
    // Involved in more than five priorities (without leading) also counts.
    let mut plan = sample();
    plan.xmatrix.assignments.retain(|a| a.person != Id(7));
    for item in 60..66 {
        if !plan
            .xmatrix
            .assignments
            .iter()
            .any(|a| a.item == Id(item) && a.person == Id(7))
        {
            plan.xmatrix.assignments.push(Assignment {
                item: Id(item),
                person: Id(7),
                role: Role::Consulted,
            });
        }
    }
    catchball::file::canonicalize(&mut plan);
    assert_eq!(rules(&plan), ["xmatrix.person-overloaded"]);
}

#[test]
fn empty_arm_is_found_once_without_follow_up_noise() {
    let mut plan = sample();
    plan.xmatrix.breakthroughs.clear();
    plan.xmatrix
        .correlations
        .retain(|c| !matches!(c.corner, Corner::BottomLeft | Corner::BottomRight));
    assert_eq!(rules(&plan), ["xmatrix.empty-arm"]);
    assert_eq!(rules(&Plan::new("empty")).len(), 4);
}

#[test]
fn check_exits_1_with_the_findings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    let mut plan = sample();
    plan.xmatrix
        .correlations
        .retain(|c| !(c.corner == Corner::TopRight && c.b == Id(72)));
    catchball::file::save(&path, &plan).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("xmatrix.metric-without-priority"), "{text}");
    let json = std::process::Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(["check", path.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "xmatrix.metric-without-priority")
        .expect("the X-matrix finding is in the JSON");
    assert_eq!(finding["targets"][0], 72);
}
