//! What real plans need, driven through the app: teams that own objectives, teams inside
//! teams, the plan's own scoring bands and pass mark, its confidence scale and periods, and
//! key results with levels and weights.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::model::{ConfidenceScale, Id, KrKind, Thresholds};
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

type H = egui_kittest::Harness<'static, catchball::app::CatchballApp>;

fn on(panel: Key) -> (Setup, H) {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, panel);
    (s, h)
}

#[test]
fn a_team_owns_an_objective_and_a_key_result() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Objective 2 owner");
    click(&mut h, "Team: Fleet & Operations");
    assert_eq!(plan(&h).okr(Id(210)).unwrap().owner, Some(Id(10)));
    click(&mut h, "KR 2.1 owner");
    click(&mut h, "Team: Fleet & Operations");
    assert_eq!(plan(&h).key_result(Id(211)).unwrap().1.owner, Some(Id(10)));
    // Owned is owned: no "no owner" finding, and the team's name is shown.
    let p = plan(&h);
    assert_eq!(
        p.owner_name(p.okr(Id(210)).unwrap().owner),
        "Fleet & Operations"
    );
    assert!(
        catchball::audit::report_on(&p, jiff::civil::date(2027, 2, 15))
            .findings
            .iter()
            .all(|f| !f.rule.starts_with("ownership."))
    );
}

#[test]
fn teams_nest_and_a_team_cannot_contain_itself() {
    let (_s, mut h) = on(Key::Num1);
    // Digital Products becomes part of Fleet & Operations.
    click(&mut h, "Team 2 is part of");
    click(&mut h, "Fleet & Operations");
    assert_eq!(plan(&h).team(Id(11)).unwrap().parent, Some(Id(10)));
    // Fleet & Operations inside Digital Products would be a loop: refused, with the reason.
    click(&mut h, "Team 1 is part of");
    click(&mut h, "Digital Products");
    assert_eq!(plan(&h).team(Id(10)).unwrap().parent, None);
    let notice = h.state().last_notice().unwrap_or_default().to_owned();
    assert!(notice.contains("would contain itself"), "{notice}");
    // A team's score counts its sub-teams' objectives.
    let p = plan(&h);
    assert_eq!(p.team_objectives(Id(10)).len(), 3);
}

#[test]
fn the_scoring_window_sets_bands_per_part_and_a_pass_mark() {
    let (_s, mut h) = on(Key::Num4);
    click(&mut h, "Scoring…");
    click(&mut h, "Scorecard: Strict: amber from 0.9, green from 1.0");
    click(
        &mut h,
        "OKRs: OKR convention: red < 0.3 ≤ amber < 0.7 ≤ green",
    );
    click(&mut h, "Use a pass mark");
    let s = plan(&h).settings.scoring;
    assert_eq!(
        s.scorecard,
        Thresholds {
            amber_from: 0.9,
            green_from: 1.0
        }
    );
    assert_eq!(
        s.okrs,
        Thresholds {
            amber_from: 0.3,
            green_from: 0.7
        }
    );
    assert_eq!(s.pass_mark, Some(0.7));
    h.get_by_label_contains("of 100 points; pass mark 0.70 not reached");
    // Each change is one undo step.
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).settings.scoring.pass_mark, None);
}

#[test]
fn the_confidence_scale_changes_only_while_every_check_in_fits() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Scoring…");
    click(&mut h, "Confidence from 0 to 10");
    assert_eq!(plan(&h).settings.confidence, ConfidenceScale::ZeroToTen);
    h.key_press(Key::Escape);
    settle(&mut h);
    // A check-in of 0: fine on 0–10.
    click(&mut h, "Actions for KR 1.3");
    click(&mut h, "Check in KR 1.3");
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Confidence")
        .set_value_accesskit(0.0);
    settle(&mut h);
    click(&mut h, "Record check-in");
    let p = plan(&h);
    let (_, kr) = p.key_result(Id(203)).unwrap();
    assert_eq!(kr.check_ins.last().unwrap().confidence, 0);
    // Back to 1–10 would leave that check-in outside the scale: refused.
    click(&mut h, "Scoring…");
    click(&mut h, "Confidence from 1 to 10");
    assert_eq!(plan(&h).settings.confidence, ConfidenceScale::ZeroToTen);
    let notice = h.state().last_notice().unwrap_or_default().to_owned();
    assert!(notice.contains("confidence 0"), "{notice}");
}

#[test]
fn the_plan_s_own_periods_are_closed_in_order() {
    let (_s, mut h) = on(Key::Num1);
    for name in ["2027-Q1", "2027-Q2 (extended)"] {
        click(&mut h, "➕ Add period");
        let n = plan(&h).periods.len();
        retype(&mut h, &format!("Period {n} name"), name);
    }
    assert_eq!(plan(&h).periods[1].name, "2027-Q2 (extended)");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num5);
    click(&mut h, "Close period…");
    click(&mut h, "Close 2027-Q1");
    assert_eq!(plan(&h).current_period, "2027-Q2 (extended)");
}

#[test]
fn a_key_result_with_levels_is_checked_in_by_level() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Add a key result with levels to objective 1");
    let o = plan(&h).okr(Id(200)).unwrap().clone();
    let kr = o.key_results.last().unwrap().clone();
    assert!(matches!(kr.kind, KrKind::Ordinal { .. }));
    click(&mut h, "Actions for KR 1.4");
    click(&mut h, "Check in KR 1.4");
    click(&mut h, "Level target");
    click(&mut h, "Record check-in");
    let p = plan(&h);
    assert_eq!(p.key_result(kr.id).unwrap().1.score(), Some(0.7));
    // Its weight counts double in the objective's score.
    click(&mut h, "Actions for KR 1.4");
    click(&mut h, "More settings of KR 1.4");
    h.get_by_label("KR 1.4 weight").set_value_accesskit(2.0);
    settle(&mut h);
    let o = plan(&h).okr(Id(200)).unwrap().clone();
    assert!((o.key_results[3].weight - 2.0).abs() < 1e-9);
    assert!(o.explain().contains("2 × 0.70"), "{}", o.explain());
}
