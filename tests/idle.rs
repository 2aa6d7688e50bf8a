//! Idle is idle: with nothing changing the window asks for no repaint, also with unsaved
//! changes (it wakes when the recovery snapshot is due, not before) and with a timer running
//! (once a second, not every frame). Checked through the repaint requests the egui context sees.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::Command;
use common::*;
use egui::{Key, Modifiers};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Every repaint request made while `frames` frames run, as the delay asked for.
fn requests_during(
    h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    frames: usize,
) -> Vec<Duration> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    h.ctx.set_repaint_observer(move |info| {
        if let Ok(mut s) = sink.lock() {
            s.push(info.delay);
        }
    });
    for _ in 0..frames {
        h.step();
    }
    h.ctx.set_repaint_observer(|_| {});
    seen.lock().unwrap().clone()
}

/// Leaves the window as a facilitator would between two steps: nothing focused, pointer away.
fn calm(h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>) {
    h.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    h.event(egui::Event::PointerGone);
    settle(h);
}

#[test]
fn a_window_with_nothing_to_do_asks_for_no_repaint() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    for panel in [
        Command::ShowVision,
        Command::ShowPriorities,
        Command::ShowXMatrix,
        Command::ShowScorecard,
        Command::ShowOkrs,
        Command::ShowAudit,
    ] {
        h.state_mut().queue(panel);
        calm(&mut h);
        let asked = requests_during(&mut h, 10);
        assert!(
            asked.is_empty(),
            "{panel:?}: repaints asked while idle: {asked:?}"
        );
    }
}

#[test]
fn unsaved_changes_wake_the_window_only_when_the_snapshot_is_due() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    retype(&mut h, "Title", "Changed, not saved");
    calm(&mut h);
    assert!(h.state().document().unwrap().is_dirty());
    let asked = requests_during(&mut h, 10);
    assert!(
        asked.iter().all(|d| *d > Duration::from_secs(1)),
        "only a wake-up for the snapshot, seconds away: {asked:?}"
    );
    // Once the snapshot is written there is nothing more to wait for.
    s.clock.advance(6);
    h.step();
    calm(&mut h);
    let asked = requests_during(&mut h, 10);
    assert!(asked.is_empty(), "after the snapshot: {asked:?}");
}

#[test]
fn a_running_timer_repaints_once_a_second() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::T);
    settle(&mut h);
    if h.state().open_prompt().is_some() || h.state().timer_face().is_none() {
        // The timer asks for its length first: Enter takes the suggestion.
        h.key_press(Key::Enter);
        settle(&mut h);
    }
    assert!(h.state().timer_face().is_some(), "the timer runs");
    calm(&mut h);
    let asked = requests_during(&mut h, 10);
    assert!(!asked.is_empty(), "the face must keep ticking");
    assert!(
        asked
            .iter()
            .all(|d| *d > Duration::from_millis(100) && *d <= Duration::from_secs(1)),
        "at most once a second, never every frame: {asked:?}"
    );
}
