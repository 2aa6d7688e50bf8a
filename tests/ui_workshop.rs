//! The Workshop panel: decisions and parked topics recorded from anywhere in two keystrokes,
//! edited, linked, deleted and undone; the dot votes' results.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::Command;
use catchball::ui::PanelKind;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn ctrl_7_shows_the_workshop_record_of_the_sample() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    assert_eq!(h.state().panel(), PanelKind::Workshop);
    let decision = h.get_by_label("Decision 1");
    assert!(
        decision
            .value()
            .unwrap_or_default()
            .starts_with("Urban fleet goes electric first")
    );
    h.get_by_label("Parked topic 1");
    // The sample's vote is revealed: the items ranked with their dots.
    h.get_by_label("7");
    h.get_by_label("Electrify the urban delivery fleet");
}

#[test]
fn a_decision_is_recorded_from_the_palette_linked_and_undone_in_one_step() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let before = plan(&h).workshop.decisions.len();
    h.state_mut().queue(Command::RecordDecision);
    settle(&mut h);
    assert_eq!(h.state().panel(), PanelKind::Workshop);
    assert_eq!(plan(&h).workshop.decisions.len(), before + 1);
    // The new decision's text field has the keyboard: typing goes straight in.
    h.get_by_label("Decision 2")
        .type_text("Pilot the cargo bikes in Hamburg.");
    settle(&mut h);
    let d = plan(&h).workshop.decisions[1].clone();
    assert_eq!(d.text, "Pilot the cargo bikes in Hamburg.");
    assert!(d.date.is_some(), "dated today");
    click(&mut h, "Decision 2 is about");
    click(&mut h, "Priority: Electrify the urban delivery fleet");
    let about = plan(&h).workshop.decisions[1].about;
    assert_eq!(about, plan(&h).priorities.first().map(|p| p.id));
    // Undo takes back the link, then the typing, then the decision itself.
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).workshop.decisions[1].about, None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).workshop.decisions.len(), before);
    assert!(catchball::model::validate(&plan(&h)).is_empty());
}

#[test]
fn a_topic_is_parked_and_deleted() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    h.state_mut().queue(Command::ParkTopic);
    settle(&mut h);
    h.get_by_label("Parked topic 2")
        .type_text("Night deliveries?");
    settle(&mut h);
    assert_eq!(plan(&h).workshop.parking_lot[1].text, "Night deliveries?");
    click(&mut h, "Delete parked topic 2");
    assert_eq!(plan(&h).workshop.parking_lot.len(), 1);
    assert_eq!(
        h.state().document().unwrap().session.history().undo_label(),
        Some("delete parked topic")
    );
}
