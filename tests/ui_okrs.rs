//! OKRs and the audit driven through the real app: check-ins (one, and a keyboard-only round),
//! moving a key result, closing a quarter, and jumping from a finding to its item.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::model::{Id, KrKind, ObjectiveState};
use catchball::ui::PanelKind;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn on(
    panel: Key,
) -> (
    Setup,
    egui_kittest::Harness<'static, catchball::app::CatchballApp>,
) {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, panel);
    (s, h)
}

fn kr(
    h: &egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    id: u64,
) -> catchball::model::KeyResult {
    plan(h).key_result(Id(id)).unwrap().1.clone()
}

#[test]
fn a_check_in_is_added_to_the_history() {
    let (_s, mut h) = on(Key::Num5);
    let before = kr(&h, 211);
    click(&mut h, "Actions for KR 2.1");
    click(&mut h, "Check in KR 2.1");
    h.get_by_label("Check-in value").set_value_accesskit(31.0);
    settle(&mut h);
    retype(&mut h, "Comment", "Third batch delivered");
    click(&mut h, "Record check-in");
    let after = kr(&h, 211);
    assert_eq!(
        after.check_ins.len(),
        before.check_ins.len() + 1,
        "history is kept"
    );
    let last = after.check_ins.last().unwrap();
    assert!((last.value - 31.0).abs() < 1e-9);
    assert_eq!(last.comment, "Third batch delivered");
    assert!(
        matches!(after.kind, KrKind::Metric { current: Some(c), .. } if (c - 31.0).abs() < 1e-9)
    );
}

#[test]
fn the_check_in_round_steps_through_a_team_by_keyboard_alone() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Check-in round…");
    h.get_by_label_contains("Key result 1 of 11");
    h.get_by_label("Achieve a 4.5-star rating");
    // Enter records the first with its proposed value, and moves on.
    shortcut(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_label_contains("Key result 2 of 11");
    // Page Down skips the second; Page Up goes back to it.
    shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    h.get_by_label_contains("Key result 3 of 11");
    shortcut(&mut h, Modifiers::NONE, Key::PageUp);
    h.get_by_label_contains("Key result 2 of 11");
    shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    shortcut(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_label_contains("Key result 4 of 11");
    assert_eq!(kr(&h, 201).check_ins.len(), 3);
    assert_eq!(kr(&h, 202).check_ins.len(), 2, "skipped");
    assert_eq!(kr(&h, 203).check_ins.len(), 1);
    // Escape ends the round; what was recorded stays.
    shortcut(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label_contains("Key result 4 of 11").is_none());
    assert_eq!(kr(&h, 203).check_ins.len(), 1);
}

#[test]
fn a_key_result_moves_to_another_objective_in_one_undo_step() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Actions for KR 2.3");
    click(&mut h, "Move KR 2.3 to another objective");
    click(&mut h, "Plan routes with fewer empty kilometres");
    let p = plan(&h);
    assert_eq!(p.key_result(Id(213)).unwrap().0.id, Id(220));
    assert_eq!(p.okr(Id(210)).unwrap().key_results.len(), 2);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).key_result(Id(213)).unwrap().0.id, Id(210));
}

#[test]
fn closing_a_quarter_carries_over_or_closes_each_objective() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Close period…");
    click(&mut h, "Close 2027-Q1");
    let p = plan(&h);
    assert_eq!(p.current_period, "2027-Q2");
    let q1: Vec<_> = p.okrs.iter().filter(|o| o.period == "2027-Q1").collect();
    assert_eq!(q1.len(), 4);
    assert!(
        q1.iter()
            .all(|o| o.state == ObjectiveState::CarriedOver && o.final_score.is_some()),
        "the closed quarter stays readable"
    );
    let q2: Vec<_> = p.okrs.iter().filter(|o| o.period == "2027-Q2").collect();
    assert_eq!(q2.len(), 4, "all four were below 1.0, so all carry over");
    let vans = q2
        .iter()
        .find(|o| o.name == "Make our urban fleet electric")
        .unwrap();
    assert!(
        matches!(vans.key_results[0].kind, KrKind::Metric { start, current: None, .. } if (start - 26.0).abs() < 1e-9)
    );
    assert!(vans.key_results.iter().all(|k| k.check_ins.is_empty()));
    assert!(catchball::model::validate(&p).is_empty());
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).current_period, "2027-Q1");
    assert_eq!(plan(&h).okrs.len(), 4);
}

#[test]
fn go_to_jumps_from_a_finding_to_its_item() {
    let (_s, mut h) = on(Key::Num6);
    click(
        &mut h,
        "Go to: The objective “Give customers credible carbon numbers” (Sustainability Office) \
            is not linked to any strategic priority.",
    );
    assert_eq!(h.state().panel(), PanelKind::Okrs);
    assert_eq!(h.state().selection(), Some(Id(230)));
    h.get_by_label("Objective 4 name");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num6);
    click(
        &mut h,
        "Go to: The priority “Build a low-carbon skills culture” has no why.",
    );
    assert_eq!(h.state().panel(), PanelKind::Priorities);
}

#[test]
fn a_finding_is_muted_with_a_reason_and_unmuted() {
    let (_s, mut h) = on(Key::Num6);
    click(
        &mut h,
        "Mute: The objective “Give customers credible carbon numbers” (Sustainability Office) \
            is not linked to any strategic priority.",
    );
    retype(
        &mut h,
        "Why is this fine here? The reason is kept in the plan.",
        "Regulatory work agreed with the board",
    );
    click(&mut h, "Mute");
    h.get_by_label("5 findings · 1 muted");
    assert_eq!(
        plan(&h).mutes[0].reason,
        "Regulatory work agreed with the board"
    );
    click(
        &mut h,
        "Unmute: The objective “Give customers credible carbon numbers” (Sustainability Office) \
            is not linked to any strategic priority.",
    );
    assert!(plan(&h).mutes.is_empty(), "{:?}", plan(&h).mutes);
    h.get_by_label("6 findings · 0 muted");
}

#[test]
fn the_alignment_tree_shows_gaps() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Alignment");
    h.get_by_label_contains("Not linked to any priority");
    // Every priority of the sample has a team on it except “Build a low-carbon skills culture”.
    assert_eq!(
        h.get_all_by_label("⚠ no team is working on this").count(),
        1
    );
}

#[test]
fn a_dependency_is_agreed_by_the_other_team() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Dependencies");
    // Dependencies are listed by team: the first is 250, Digital Products on Fleet & Operations.
    h.get_all_by_label("Agreed by Fleet & Operations")
        .next()
        .unwrap()
        .click();
    settle(&mut h);
    assert!(plan(&h).dependencies[0].agreed_by_on);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num6);
    h.get_by_label("5 findings · 0 muted");
}

#[test]
fn key_results_are_reordered_and_deleted() {
    let (_s, mut h) = on(Key::Num5);
    click(&mut h, "Actions for KR 2.1");
    click(&mut h, "Move KR 2.1 down");
    let ids: Vec<u64> = plan(&h)
        .okr(Id(210))
        .unwrap()
        .key_results
        .iter()
        .map(|k| k.id.0)
        .collect();
    assert_eq!(ids, [212, 211, 213]);
    click(&mut h, "Actions for KR 2.3");
    click(&mut h, "Delete KR 2.3");
    assert_eq!(plan(&h).okr(Id(210)).unwrap().key_results.len(), 2);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    let ids: Vec<u64> = plan(&h)
        .okr(Id(210))
        .unwrap()
        .key_results
        .iter()
        .map(|k| k.id.0)
        .collect();
    assert_eq!(ids, [211, 212, 213]);
}

#[test]
fn a_whole_rule_is_muted_for_the_plan_and_unmuted() {
    let (_s, mut h) = on(Key::Num5);
    // Two objectives without a why: the sample's one, and this one emptied.
    h.get_by_label("Objective 1 why").focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    shortcut(&mut h, Modifiers::NONE, Key::Backspace);
    assert!(plan(&h).okr(Id(200)).unwrap().why.is_empty());
    shortcut(&mut h, Modifiers::COMMAND, Key::Num6);
    h.get_by_label("7 findings · 0 muted");
    click(
        &mut h,
        "Mute: The objective “Plan routes with fewer empty kilometres” (Fleet & Operations) has \
            no why.",
    );
    click(
        &mut h,
        "Every finding of objectives without a why in this plan (2 now, and any later)",
    );
    retype(
        &mut h,
        "Why is this fine here? The reason is kept in the plan.",
        "We write the why on the priority",
    );
    click(&mut h, "Mute");
    h.get_by_label("5 findings · 2 muted");
    let mutes = plan(&h).mutes;
    assert_eq!(mutes.len(), 1);
    assert_eq!(mutes[0].item, None);
    assert_eq!(mutes[0].rule, "why.objective");
    h.get_by_label("All objectives without a why (2 now)");
    click(&mut h, "Unmute all: objectives without a why");
    assert!(plan(&h).mutes.is_empty());
    h.get_by_label("7 findings · 0 muted");
}
