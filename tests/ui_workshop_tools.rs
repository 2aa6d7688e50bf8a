//! The timer and the command palette, driven by keys in the real app with a clock the test moves.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::CatchballApp;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn type_and_enter(h: &mut Harness<'static, CatchballApp>, text: &str) {
    h.get_by_label("Minutes").type_text(text);
    settle(h);
    h.key_press(Key::Enter);
    settle(h);
}

fn timer(h: &Harness<'static, CatchballApp>) -> Option<String> {
    h.state().timer_face().map(|(face, _)| face)
}

#[test]
fn a_timer_runs_pauses_shows_in_the_room_and_says_when_time_is_up() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::T);
    assert_eq!(h.state().open_prompt().as_deref(), Some("Start a timer"));
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    type_and_enter(&mut h, "10");
    assert_eq!(timer(&h).as_deref(), Some("10:00"));
    h.get_by_label("⏱ 10:00");
    s.clock.advance(61);
    settle(&mut h);
    h.step();
    h.get_by_label("⏱ 8:59");
    shortcut(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    s.clock.advance(600);
    h.step();
    assert_eq!(
        timer(&h).as_deref(),
        Some("8:59 paused"),
        "paused time does not count"
    );
    // In the room the timer shows too; T resumes it, + adds a minute.
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    shortcut(&mut h, Modifiers::NONE, Key::T);
    shortcut(&mut h, Modifiers::NONE, Key::Plus);
    assert_eq!(timer(&h).as_deref(), Some("9:59"));
    h.get_by_label("⏱ 9:59");
    s.clock.advance(600);
    h.step();
    assert_eq!(h.state().timer_face(), Some(("time's up".to_owned(), true)));
    h.get_by_label("⏱ time's up");
}

#[test]
fn the_timer_asks_again_for_minutes_out_of_range() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::T);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    type_and_enter(&mut h, "90");
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some("Start a timer"),
        "still asking"
    );
    h.get_by_label_contains("Type a whole number from 1 to 60");
    assert_eq!(timer(&h), None);
    h.key_press(Key::Escape);
    settle(&mut h);
    assert_eq!(h.state().open_prompt(), None);
}

#[test]
fn the_palette_finds_commands_shows_their_keys_and_runs_them() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::K);
    assert!(h.state().palette_is_open());
    h.get_by_label("Find a command").type_text("zoom in");
    settle(&mut h);
    h.get_by_label("Zoom in");
    h.get_by_label("Ctrl+Plus or Ctrl+Equals");
    h.key_press(Key::Enter);
    settle(&mut h);
    assert!(!h.state().palette_is_open());
    assert!((h.state().settings().zoom - 1.1).abs() < 1e-3);
    // Ctrl+Shift+P opens it too; a number offers a timer.
    shortcut(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.get_by_label("Find a command").type_text("timer 7");
    settle(&mut h);
    h.get_by_label("Start a 7-minute timer");
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(timer(&h).as_deref(), Some("7:00"));
}

#[test]
fn the_palette_runs_the_x_matrix_keys_on_the_x_matrix() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    let first = plan(&h).xmatrix.breakthroughs[0].id;
    shortcut(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Find a command").type_text("walk clockwise");
    settle(&mut h);
    h.key_press(Key::ArrowDown);
    h.key_press(Key::ArrowUp);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().selection(), Some(first));
    // Escape closes it without running anything.
    shortcut(&mut h, Modifiers::COMMAND, Key::K);
    h.key_press(Key::Escape);
    settle(&mut h);
    assert!(!h.state().palette_is_open());
    assert_eq!(h.state().selection(), Some(first));
}

#[test]
fn the_help_window_lists_every_context_from_the_command_table() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::NONE, Key::F1);
    for heading in [
        "Everywhere",
        "Presenting (F5)",
        "On the X-matrix",
        "In the check-in round",
        "On the Priorities panel",
    ] {
        h.get_by_role_and_label(egui::accesskit::Role::Label, heading);
    }
    h.get_by_label("Clear the highlight");
    h.get_by_label("Back to the editor, at the same place");
}
