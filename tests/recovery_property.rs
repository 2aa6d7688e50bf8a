//! A property of the recovery snapshots: whatever two windows do — edit, save, crash and start
//! again, with time passing — an edit that was on screen for longer than the snapshot interval
//! (5 s) is never lost.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::CatchballApp;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Edit(usize),
    Save(usize),
    Wait(u64),
    Crash(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize).prop_map(Op::Edit),
        1 => (0..2usize).prop_map(Op::Save),
        3 => (1..8u64).prop_map(Op::Wait),
        2 => (0..2usize).prop_map(Op::Crash),
    ]
}

/// One window and what it has shown: every title with the time it appeared.
struct Window {
    h: Harness<'static, CatchballApp>,
    path: std::path::PathBuf,
    /// Titles shown, oldest first, with when they were typed; the first is the saved one.
    shown: Vec<(String, u64)>,
}

fn title(h: &Harness<'static, CatchballApp>) -> String {
    plan(h).title
}

fn start(s: &Setup, path: &std::path::Path) -> Harness<'static, CatchballApp> {
    let mut h = s.harness(Some(path.to_path_buf()));
    if h.state().open_prompt().as_deref() == Some("Restore unsaved changes?") {
        click(&mut h, "Restore");
    }
    h
}

/// Time passes: every window runs a frame, as the real ones would.
fn wait(s: &Setup, windows: &mut [Window], secs: u64, now: &mut u64) {
    s.clock.advance(secs);
    *now += secs;
    for w in windows {
        w.h.step();
        settle(&mut w.h);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn an_edit_on_screen_longer_than_the_snapshot_interval_survives_any_crash(
        ops in proptest::collection::vec(op(), 1..14)
    ) {
        let s = Setup::new();
        let mut now = 0u64;
        let mut windows: Vec<Window> = ["a", "b"]
            .iter()
            .map(|n| {
                let path = s.dir.path().join(format!("{n}.plan.ron"));
                catchball::file::save(&path, &catchball::model::Plan::new(format!("{n} 0"))).unwrap();
                let h = start(&s, &path);
                Window { shown: vec![(title(&h), 0)], h, path }
            })
            .collect();
        let mut edits = 0;
        for op in ops {
            match op {
                Op::Edit(w) => {
                    edits += 1;
                    let text = format!("{} {edits}", if w == 0 { "a" } else { "b" });
                    retype(&mut windows[w].h, "Title", &text);
                    windows[w].shown.push((text, now));
                }
                Op::Save(w) => {
                    shortcut(&mut windows[w].h, Modifiers::COMMAND, Key::S);
                    let saved = title(&windows[w].h);
                    windows[w].shown = vec![(saved, now)];
                }
                Op::Wait(secs) => wait(&s, &mut windows, secs, &mut now),
                Op::Crash(w) => {
                    windows[w].h.state_mut().simulate_crash();
                    let path = windows[w].path.clone();
                    // The last title that had been on screen for more than 5 s (or was saved).
                    let safe_from = windows[w]
                        .shown
                        .iter()
                        .rposition(|(_, at)| now.saturating_sub(*at) > 5)
                        .unwrap_or(0);
                    let allowed: Vec<String> =
                        windows[w].shown[safe_from..].iter().map(|(t, _)| t.clone()).collect();
                    let h = start(&s, &path);
                    let back = title(&h);
                    prop_assert!(
                        allowed.contains(&back),
                        "after the crash the window shows “{back}”, but one of {allowed:?} was safe"
                    );
                    windows[w] = Window { shown: vec![(back, now)], h, path };
                }
            }
        }
    }
}
