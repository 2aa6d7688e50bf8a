//! Keyboard first: a panel switch puts the keyboard in the panel's first field, Tab stays in the
//! panel, text left with Tab, Enter or Esc is kept whole; and a whole workshop without a mouse.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::CatchballApp;
use catchball::ui::room::Step;
use common::*;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type H = Harness<'static, CatchballApp>;

fn focused(h: &H, label: &str) -> bool {
    h.query_by_label(label).is_some_and(|n| n.is_focused())
}

/// Presses Tab until the widget named `label` has the keyboard, as a user watching the screen.
fn tab_to(h: &mut H, label: &str) {
    for _ in 0..150 {
        if focused(h, label) {
            return;
        }
        h.key_press(Key::Tab);
        settle(h);
    }
    panic!("Tab never reached “{label}”");
}

/// Types into whatever has the keyboard.
fn type_keys(h: &mut H, text: &str) {
    h.event(Event::Text(text.to_owned()));
    settle(h);
}

fn key(h: &mut H, key: Key) {
    h.key_press(key);
    settle(h);
}

/// Replaces the focused field's text.
fn retype_focused(h: &mut H, text: &str) {
    shortcut(h, Modifiers::COMMAND, Key::A);
    type_keys(h, text);
}

#[test]
fn a_panel_switch_puts_the_keyboard_in_its_first_field() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    assert!(focused(&h, "Vision statement"));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    assert!(focused(&h, "Priority 1 name"));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num5);
    // The first objective on screen (Fleet & Operations' is the plan's second).
    assert!(focused(&h, "Objective 2 name"));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num6);
    let go_to = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .find(egui_kittest::Node::is_focused)
        .and_then(|n| n.accesskit_node().label());
    assert!(
        go_to.as_deref().is_some_and(|l| l.starts_with("Go to")),
        "{go_to:?}"
    );
    // The X-matrix takes the arrows at once: the cursor moves.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    // The cursor starts in the top-left mark cell; Right, Right then 1 sets a strong mark there.
    let before = plan(&h).xmatrix.correlations.len();
    key(&mut h, Key::ArrowRight);
    key(&mut h, Key::Num1);
    assert_ne!(
        plan(&h).xmatrix.correlations.len(),
        before,
        "the grid took the keys"
    );
}

#[test]
fn tab_stays_in_the_panel_and_ctrl_keys_work_from_any_field() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    for _ in 0..80 {
        key(&mut h, Key::Tab);
        for chrome in ["File", "Edit", "View", "Help", "Vision", "Audit"] {
            assert!(!focused(&h, chrome), "Tab went to “{chrome}”");
        }
    }
    tab_to(&mut h, "Priority 2 name");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    assert!(
        focused(&h, "Vision statement"),
        "Ctrl+1 works while typing in a field"
    );
    key(&mut h, Key::F1);
    h.get_by_label("Everywhere");
}

#[test]
fn text_left_with_tab_enter_or_escape_is_kept_whole() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    for (field, leave) in [
        ("Vision statement", Key::Escape),
        ("Why", Key::Tab),
        ("Title", Key::Enter),
    ] {
        tab_to(&mut h, field);
        shortcut(&mut h, Modifiers::COMMAND, Key::A);
        // The last letters and the key that leaves arrive in the same frame.
        h.event(Event::Text(format!("Typed into {field}, then left")));
        h.key_press(leave);
        settle(&mut h);
        assert!(!focused(&h, field) || leave == Key::Enter);
        let p = plan(&h);
        let value = match field {
            "Vision statement" => p.vision.statement,
            "Why" => p.vision.why,
            _ => p.title,
        };
        assert_eq!(value, format!("Typed into {field}, then left"));
    }
}

#[test]
fn a_whole_workshop_without_a_mouse() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    // A new plan; the keyboard lands in the vision statement.
    shortcut(&mut h, Modifiers::COMMAND, Key::N);
    assert!(focused(&h, "Vision statement"));
    type_keys(&mut h, "Cut our carbon footprint 40% by 2030");
    key(&mut h, Key::Tab);
    assert!(focused(&h, "Why"));
    type_keys(&mut h, "Our customers and our people ask for it.");
    // People and a team, on the same panel.
    for name in ["Amira Haddad", "Jonas Weber", "Priya Nair"] {
        tab_to(&mut h, "➕ Add person");
        key(&mut h, Key::Enter);
        let n = plan(&h).people.len();
        tab_to(&mut h, &format!("Person {n} name"));
        retype_focused(&mut h, name);
    }
    tab_to(&mut h, "➕ Add team");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "Team 1 name");
    retype_focused(&mut h, "Fleet");
    // Three priorities with owners.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    for (i, name) in ["Electrify the fleet", "Delight shippers", "Optimise routes"]
        .iter()
        .enumerate()
    {
        tab_to(&mut h, "➕ Add priority");
        key(&mut h, Key::Enter);
        tab_to(&mut h, &format!("Priority {} name", i + 1));
        retype_focused(&mut h, name);
        tab_to(&mut h, &format!("Priority {} owner", i + 1));
        for _ in 0..=i {
            key(&mut h, Key::ArrowDown);
        }
    }
    let p = plan(&h);
    assert_eq!(p.priorities.len(), 3);
    assert_eq!(p.person_name(p.priorities[2].owner), "Priya Nair");
    // A small X-matrix: one item per arm, tied by marks set from the keyboard.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    for (button, name) in [
        ("➕ Breakthrough objective", "Net zero by 2040"),
        ("➕ Annual objective", "120 electric vans"),
        ("➕ Improvement priority", "Depot charging"),
        ("➕ Metric", "Electric share"),
    ] {
        tab_to(&mut h, button);
        key(&mut h, Key::Enter);
        retype_focused(&mut h, name);
        key(&mut h, Key::Enter);
    }
    // The cursor is on the metric's label; up is the improvement × metric corner.
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::Num1);
    key(&mut h, Key::ArrowLeft);
    key(&mut h, Key::ArrowLeft);
    key(&mut h, Key::Num2);
    let x = plan(&h).xmatrix;
    assert_eq!(
        (
            x.breakthroughs.len(),
            x.annuals.len(),
            x.improvements.len(),
            x.metrics.len()
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(x.correlations.len(), 2, "{:?}", x.correlations);
    // A scorecard objective with a measure.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num4);
    tab_to(&mut h, "➕ Financial objective");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "Scorecard objective 1 name");
    retype_focused(&mut h, "Lower cost per parcel");
    tab_to(&mut h, "➕ Measure");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "Measure 1.1 name");
    retype_focused(&mut h, "Fuel cost per parcel");
    // A team objective with two key results and a check-in.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num5);
    tab_to(&mut h, "➕ Objective");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "Objective 1 name");
    retype_focused(&mut h, "Make the urban fleet electric");
    tab_to(&mut h, "Objective 1 team");
    key(&mut h, Key::ArrowDown);
    for _ in 0..2 {
        tab_to(&mut h, "Add a key result to objective 1");
        key(&mut h, Key::Enter);
    }
    tab_to(&mut h, "KR 1.1 name");
    retype_focused(&mut h, "40 electric vans in service");
    tab_to(&mut h, "KR 1.2 name");
    retype_focused(&mut h, "Chargers at two depots");
    tab_to(&mut h, "Actions for KR 1.1");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "Check in KR 1.1");
    key(&mut h, Key::Enter);
    assert!(
        focused(&h, "Check-in value"),
        "the check-in dialog takes the keyboard"
    );
    retype_focused(&mut h, "0.5");
    key(&mut h, Key::Enter);
    key(&mut h, Key::Enter);
    let okr = plan(&h).okrs[0].clone();
    assert_eq!(okr.key_results.len(), 2);
    assert_eq!(
        okr.key_results[0].check_ins.len(),
        1,
        "{:?}",
        okr.key_results[0]
    );
    assert!((okr.key_results[0].check_ins[0].value - 0.5).abs() < 1e-9);
    // Present it and walk through it with the clicker's keys, then back.
    key(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    assert_eq!(h.state().room_step(), Step::Team(okr.team));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    for _ in 0..3 {
        key(&mut h, Key::PageDown);
    }
    assert_eq!(
        h.state().room_step(),
        Step::Priority(plan(&h).priorities[1].id)
    );
    key(&mut h, Key::Escape);
    assert!(!h.state().is_presenting());
    // Save through the typed path (no file dialog on this machine), then open it again.
    s.dialogs.unavailable();
    let path = s.dir.path().join("keyboard.plan.ron");
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    assert!(focused(&h, "File path"));
    retype_focused(&mut h, path.to_str().unwrap());
    key(&mut h, Key::Enter);
    let written = h.state().document().unwrap().plan().clone();
    s.dialogs.unavailable();
    shortcut(&mut h, Modifiers::COMMAND, Key::O);
    retype_focused(&mut h, path.to_str().unwrap());
    key(&mut h, Key::Enter);
    let loaded = catchball::file::load(&path).unwrap().plan;
    assert_eq!(loaded, written);
    assert_eq!(plan(&h), loaded);
    assert_eq!(
        loaded.vision.statement,
        "Cut our carbon footprint 40% by 2030"
    );
    assert_eq!(loaded.people.len(), 3);
    assert_eq!(loaded.teams[0].name, "Fleet");
    assert_eq!(loaded.priorities.len(), 3);
    assert_eq!(loaded.xmatrix.correlations.len(), 2);
    assert_eq!(
        loaded.scorecard.objectives[0].measures[0].name,
        "Fuel cost per parcel"
    );
    assert_eq!(loaded.okrs[0].team, Some(loaded.teams[0].id));
    assert_eq!(loaded.okrs[0].key_results[1].name, "Chargers at two depots");
}
