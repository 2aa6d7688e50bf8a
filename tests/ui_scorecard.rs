//! The scorecard panel driven through the real app: editing a measure, recording a value
//! (history kept), adding objectives, and linking objectives in the strategy map.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::model::{Id, MeasureState, Target};
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn on_scorecard() -> (
    Setup,
    egui_kittest::Harness<'static, catchball::app::CatchballApp>,
) {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num4);
    (s, h)
}

fn measure(
    h: &egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    o: u64,
    k: usize,
) -> catchball::model::Measure {
    plan(h).scorecard.objective(Id(o)).unwrap().measures[k].clone()
}

#[test]
fn a_measure_is_edited_in_place_and_undone() {
    let (_s, mut h) = on_scorecard();
    retype(&mut h, "Measure 1.2 name", "EBIT margin");
    assert_eq!(measure(&h, 100, 1).name, "EBIT margin");
    retype(&mut h, "Measure 1.2 unit", "pct");
    assert_eq!(measure(&h, 100, 1).unit, "pct");
    click(&mut h, "Actions for Measure 1.2");
    click(&mut h, "Measure 1.2 target: no target");
    assert_eq!(measure(&h, 100, 1).target, None);
    // The menu stays open for more settings; Escape closes it.
    h.key_press(Key::Escape);
    settle(&mut h);
    h.get_by_label("no target");
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(measure(&h, 100, 1).target, Some(Target::Value(6.0)));
}

#[test]
fn a_range_target_and_an_unknown_baseline_are_entered_as_such() {
    let (_s, mut h) = on_scorecard();
    // Operating margin: "between 5 and 7 %" is met, and nobody knows where it started.
    click(&mut h, "Actions for Measure 1.2");
    click(
        &mut h,
        "Measure 1.2 target: a range: anything between is met",
    );
    click(&mut h, "Clear Measure 1.2 baseline");
    h.key_press(Key::Escape);
    settle(&mut h);
    let m = measure(&h, 100, 1);
    assert_eq!(m.target, Some(Target::Range(6.0, 6.0)));
    assert_eq!(m.baseline, None);
    h.get_by_label("Measure 1.2 target from")
        .set_value_accesskit(5.0);
    settle(&mut h);
    h.get_by_label("Measure 1.2 target to")
        .set_value_accesskit(7.0);
    settle(&mut h);
    assert_eq!(measure(&h, 100, 1).target, Some(Target::Range(5.0, 7.0)));
    // 4.6 is below the range, and without a baseline how far along cannot be told.
    h.get_by_label("no baseline");
    h.get_by_label("Set Measure 1.2 baseline");
    // Inside the range is met, baseline or not.
    click(&mut h, "Record a value for Measure 1.2");
    h.get_by_label("New value").set_value_accesskit(5.5);
    settle(&mut h);
    click(&mut h, "Record");
    assert_eq!(measure(&h, 100, 1).state(), MeasureState::Progress(1.0));
}

#[test]
fn perspectives_are_renamed_added_reordered_and_kept_while_used() {
    let (_s, mut h) = on_scorecard();
    click(&mut h, "Perspectives…");
    retype(&mut h, "Perspective 2 name", "Stakeholder");
    let p = plan(&h);
    assert_eq!(p.scorecard.perspectives[1].name, "Stakeholder");
    // The objectives stay in it, and the table shows the new name.
    assert_eq!(
        p.scorecard
            .perspective_name(p.scorecard.objective(Id(120)).unwrap().perspective),
        "Stakeholder"
    );
    h.get_by_label("➕ Stakeholder objective");
    click(&mut h, "➕ Add perspective");
    assert_eq!(plan(&h).scorecard.perspectives.len(), 5);
    retype(&mut h, "Perspective 5 name", "Organisational capacity");
    click(&mut h, "Move perspective 5 up");
    let names: Vec<String> = plan(&h)
        .scorecard
        .perspectives
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "Financial",
            "Stakeholder",
            "Internal processes",
            "Organisational capacity",
            "Learning & growth"
        ]
    );
    // One with objectives in it is not removed: they would have nowhere to be.
    click(&mut h, "Delete perspective 1");
    assert_eq!(plan(&h).scorecard.perspectives.len(), 5);
    assert!(
        h.state()
            .last_notice()
            .is_some_and(|n| n.contains("Financial")),
        "{:?}",
        h.state().last_notice()
    );
    // An empty one is.
    click(&mut h, "Delete perspective 4");
    assert_eq!(plan(&h).scorecard.perspectives.len(), 4);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).scorecard.perspectives.len(), 5);
}

#[test]
fn recording_a_value_keeps_the_history() {
    let (_s, mut h) = on_scorecard();
    let before = measure(&h, 100, 0);
    assert_eq!(before.history.len(), 3);
    click(&mut h, "Record a value for Measure 1.1");
    h.get_by_label("New value").set_value_accesskit(0.5);
    settle(&mut h);
    click(&mut h, "Record");
    let after = measure(&h, 100, 0);
    assert_eq!(after.current, Some(0.5));
    assert_eq!(after.history.len(), 4, "the old readings stay");
    assert!(after.history.iter().any(|r| (r.value - 0.53).abs() < 1e-9));
    assert!((after.history.last().unwrap().value - 0.5).abs() < 1e-9);
    // Undo takes the reading back, and the current value with it.
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(measure(&h, 100, 0), before);
}

#[test]
fn the_history_window_lists_every_reading() {
    let (_s, mut h) = on_scorecard();
    click(&mut h, "Actions for Measure 1.1");
    click(&mut h, "History of Measure 1.1");
    h.get_by_label_contains("History of “Fuel cost per parcel”");
    h.get_by_label("2026-10-31");
    h.get_by_label("2026-12-31");
}

#[test]
fn objectives_are_added_moved_and_deleted() {
    let (_s, mut h) = on_scorecard();
    click(&mut h, "➕ Customer objective");
    let p = plan(&h);
    let new = p
        .scorecard
        .objectives
        .iter()
        .find(|o| o.name == "New customer objective")
        .unwrap();
    assert_eq!(p.scorecard.perspective_name(new.perspective), "Customer");
    click(&mut h, "Delete scorecard objective 2");
    assert!(plan(&h).scorecard.objective(Id(110)).is_none());
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(plan(&h).scorecard.objective(Id(110)).is_some());
}

#[test]
fn objectives_are_linked_by_dragging_in_the_strategy_map() {
    let (_s, mut h) = on_scorecard();
    click(&mut h, "Strategy map");
    let from = h
        .get_by_label("Map: Skilled, engaged drivers")
        .rect()
        .center();
    let to = h
        .get_by_label("Map: Transparent, reliable delivery")
        .rect()
        .center();
    h.drag_at(from);
    h.step();
    h.hover_at(from + egui::vec2(10.0, -10.0));
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    settle(&mut h);
    assert!(
        plan(&h)
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(140) && l.effect == Id(120))
    );
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(
        !plan(&h)
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(140) && l.effect == Id(120))
    );
}

#[test]
fn objectives_are_linked_from_the_context_menu() {
    let (_s, mut h) = on_scorecard();
    click(&mut h, "Strategy map");
    h.get_by_label("Map: Lower cost per parcel")
        .click_secondary();
    settle(&mut h);
    click(&mut h, "Win green-logistics tenders (Financial)");
    assert!(
        plan(&h)
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == Id(100) && l.effect == Id(110))
    );
}
