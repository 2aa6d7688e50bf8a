//! Presentation mode's room views at 1920 × 1080: read-only (no editing widget anywhere), type
//! large enough for the back of the room, the clicker's walk-through, blanking, and going back
//! to the editor where the walk got to.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::{CatchballApp, Command};
use catchball::ui::PanelKind;
use catchball::ui::room::Step;
use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn presenting(s: &Setup) -> Harness<'static, CatchballApp> {
    let app = CatchballApp::new(s.config(), Some(s.sample_file()));
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
    settle(&mut h);
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    h
}

fn step(h: &Harness<'static, CatchballApp>) -> Step {
    h.state().room_step()
}

/// No widget that edits anything is on the wall.
fn assert_read_only(h: &Harness<'static, CatchballApp>, what: &str) {
    for role in [
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::CheckBox,
        Role::SpinButton,
        Role::Slider,
    ] {
        assert!(
            h.query_all_by_role(role).next().is_none(),
            "{what}: a {role:?} on the wall"
        );
    }
    for label in [
        "➕ Add priority",
        "Check in…",
        "🗑",
        "Move to",
        "+ Measure",
        "File",
    ] {
        assert!(
            h.query_by_label_contains(label).is_none(),
            "{what}: “{label}” on the wall"
        );
    }
}

/// The height in pixels of the text of a node, from its layout.
fn text_px(h: &Harness<'static, CatchballApp>, label: &str) -> f32 {
    let node = h.get_by_label_contains(label);
    // A line of DejaVu is 1.17 × its size tall.
    node.rect().height() * h.ctx.pixels_per_point() / 1.17
}

#[test]
fn every_room_view_is_read_only_and_readable_from_the_back() {
    let s = Setup::new();
    let mut h = presenting(&s);
    assert_eq!(step(&h), Step::Vision);
    assert_read_only(&h, "vision");
    let px = text_px(&h, "Reduce our carbon footprint");
    assert!(px >= 28.0, "vision statement {px} px");
    let mut seen = Vec::new();
    for _ in 0..60 {
        let now = step(&h);
        let panel = now.panel();
        if !seen.contains(&panel) {
            seen.push(panel);
            assert_read_only(&h, &format!("{now:?}"));
        }
        if now == Step::Audit {
            break;
        }
        shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    }
    assert_eq!(seen.len(), 6, "every panel has a room view: {seen:?}");
}

#[test]
fn body_text_is_at_least_28_pixels_in_the_text_views() {
    let s = Setup::new();
    let mut h = presenting(&s);
    h.state_mut().queue(Command::ShowPriorities);
    settle(&mut h);
    assert!(text_px(&h, "Electrify the urban delivery fleet") >= 28.0);
    assert!(text_px(&h, "Owner: Tomás Ortega") >= 28.0);
    h.state_mut().queue(Command::ShowOkrs);
    settle(&mut h);
    let px = text_px(&h, "▸ 40 electric vans in daily service");
    assert!(px >= 28.0, "key result {px} px");
    h.get_by_label_contains("confidence 8/10");
    h.state_mut().queue(Command::ShowScorecard);
    settle(&mut h);
    assert!(text_px(&h, "Lower cost per parcel") >= 28.0);
    h.get_by_label_contains("0.30 · red");
}

#[test]
fn the_clicker_walks_through_the_plan_in_order() {
    let s = Setup::new();
    let mut h = presenting(&s);
    let plan = plan(&h);
    shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(step(&h), Step::Priorities);
    shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(step(&h), Step::Priority(plan.priorities[0].id));
    h.get_by_label_contains("Priority 1 of 4");
    shortcut(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(step(&h), Step::Priorities);
    // Arrow keys and Space step too, as clickers send them.
    shortcut(&mut h, Modifiers::NONE, Key::ArrowRight);
    shortcut(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(step(&h), Step::Priority(plan.priorities[1].id));
    // Ctrl+Page Down jumps to the next view: the X-matrix, then its items clockwise.
    shortcut(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(step(&h), Step::XMatrix);
    shortcut(&mut h, Modifiers::NONE, Key::PageDown);
    assert_eq!(
        step(&h),
        Step::XMatrixItem(plan.xmatrix.breakthroughs[0].id)
    );
    h.get_by_label("B1  Cut scope 1+2 emissions 40% by 2030");
    h.get_by_label_contains("X-matrix · Verdant Freight strategy 2027 · B1");
}

#[test]
fn b_blanks_the_screen_and_esc_goes_back_to_the_editor_at_the_same_place() {
    let s = Setup::new();
    let mut h = presenting(&s);
    let plan = plan(&h);
    h.state_mut().queue(Command::ShowXMatrix);
    settle(&mut h);
    shortcut(&mut h, Modifiers::NONE, Key::W);
    shortcut(&mut h, Modifiers::NONE, Key::W);
    let second = plan.xmatrix.breakthroughs[1].id;
    assert_eq!(step(&h), Step::XMatrixItem(second));
    shortcut(&mut h, Modifiers::NONE, Key::B);
    assert!(
        h.query_by_label("B2  Become the carrier shippers rate best for transparency")
            .is_none(),
        "blank"
    );
    shortcut(&mut h, Modifiers::NONE, Key::B);
    h.get_by_label("B2  Become the carrier shippers rate best for transparency");
    shortcut(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!h.state().is_presenting());
    assert_eq!(h.state().panel(), PanelKind::XMatrix);
    assert_eq!(h.state().selection(), Some(second));
}

#[test]
fn presenting_starts_at_the_item_selected_in_the_editor() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let plan = plan(&h);
    let id = plan.priorities[2].id;
    h.state_mut().jump_to(id);
    settle(&mut h);
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    assert_eq!(step(&h), Step::Priority(id));
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    assert_eq!(h.state().panel(), PanelKind::Priorities);
}

fn snapshot_step(
    h: &mut Harness<'static, CatchballApp>,
    command: Command,
    steps: usize,
    name: &str,
) {
    h.state_mut().queue(command);
    settle(h);
    for _ in 0..steps {
        shortcut(h, Modifiers::NONE, Key::PageDown);
    }
    h.snapshot(name);
}

#[test]
fn room_view_snapshots() {
    let s = Setup::new();
    let mut h = presenting(&s);
    snapshot_step(&mut h, Command::ShowXMatrix, 0, "room_xmatrix");
    snapshot_step(&mut h, Command::ShowScorecard, 0, "room_scorecard");
    snapshot_step(&mut h, Command::ShowOkrs, 0, "room_okrs");
    snapshot_step(&mut h, Command::ShowPriorities, 2, "room_priority");
}

#[test]
fn the_number_keys_zoom_to_a_corner_of_the_x_matrix() {
    let s = Setup::new();
    let mut h = presenting(&s);
    h.state_mut().queue(Command::ShowXMatrix);
    settle(&mut h);
    // A column label's cell: its width is the room its lines of text get.
    let column = |h: &Harness<'static, CatchballApp>| {
        h.get_by_label_contains("A1  Put 120 electric vans").rect()
    };
    let whole = column(&h);
    shortcut(&mut h, Modifiers::NONE, Key::Num1);
    h.get_by_label_contains("Annual objectives × Improvement priorities");
    let corner = column(&h);
    assert!(
        corner.width() > 1.5 * whole.width(),
        "the corner is drawn larger: {corner:?} vs {whole:?}"
    );
    assert!(
        h.query_by_label("M1  Scope 1+2 emissions → ≤ 14700 t CO2e")
            .is_none(),
        "metrics are off screen"
    );
    h.snapshot("room_xmatrix_corner");
    shortcut(&mut h, Modifiers::NONE, Key::Num0);
    h.get_by_label("M1  Scope 1+2 emissions → ≤ 14700 t CO2e");
}
