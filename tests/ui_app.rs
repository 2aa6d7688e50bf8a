//! The real app driven through `egui_kittest`: panels, typing, undo, menus, preferences.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::ui::PanelKind;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

#[test]
fn first_start_opens_the_sample_workshop() {
    let s = Setup::new();
    let h = s.harness(None);
    let doc = h.state().document().expect("the sample is open");
    assert_eq!(doc.plan().title, "Verdant Freight strategy 2027");
    assert!(!doc.is_dirty());
    // The second start does not force the sample again: no recent file means the welcome screen.
    drop(h);
    let h = s.harness(None);
    assert!(h.state().document().is_none());
    h.get_by_label("Open the sample workshop");
}

#[test]
fn every_panel_names_all_its_inputs() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    for panel in [
        "Vision",
        "Priorities",
        "X-matrix",
        "Scorecard",
        "OKRs",
        "Audit",
    ] {
        h.get_by_role_and_label(egui::accesskit::Role::Button, panel)
            .click();
        settle(&mut h);
        h.check_accessibility();
    }
}

#[test]
fn moves_between_all_panels() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    h.get_by_label("Vision statement");
    click(&mut h, "Priorities");
    assert_eq!(h.state().panel(), PanelKind::Priorities);
    h.get_by_label("Priority 1 name");
    click(&mut h, "X-matrix");
    h.get_by_label("B1 × A1: strong");
    click(&mut h, "Scorecard");
    h.get_by_label("Learning & growth");
    click(&mut h, "OKRs");
    h.get_by_label("Digital Products");
    click(&mut h, "Audit");
    h.get_by_label("6 findings · 0 muted");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    assert_eq!(h.state().panel(), PanelKind::Vision);
}

#[test]
fn rename_priority_by_typing_then_undo() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let original = plan(&h).priorities[0].name.clone();
    click(&mut h, "Priorities");
    retype(&mut h, "Priority 1 name", "Electrify every van");
    assert_eq!(plan(&h).priorities[0].name, "Electrify every van");
    assert!(
        h.state().window_title().starts_with("● workshop.plan.ron"),
        "{}",
        h.state().window_title()
    );
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        plan(&h).priorities[0].name,
        original,
        "typing is one undo step"
    );
    assert_eq!(h.state().window_title(), "workshop.plan.ron — Catchball");
    shortcut(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(plan(&h).priorities[0].name, "Electrify every van");
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    shortcut(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(plan(&h).priorities[0].name, "Electrify every van");
}

#[test]
fn edit_menu_undoes_and_names_the_step() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    click(&mut h, "Delete priority 4");
    assert_eq!(plan(&h).priorities.len(), 3);
    click_menu(&mut h, "Edit", "Undo delete priority");
    assert_eq!(plan(&h).priorities.len(), 4);
    assert!(!h.state().document().unwrap().is_dirty());
}

#[test]
fn priorities_are_added_reordered_and_deleted() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    click(&mut h, "➕ Add priority");
    assert_eq!(plan(&h).priorities.len(), 5);
    assert_eq!(plan(&h).priorities[4].name, "New priority 5");
    let first = plan(&h).priorities[0].id;
    click(&mut h, "Move priority 1 down");
    assert_eq!(plan(&h).priorities[1].id, first);
    // Keyboard: with a field of the card focused, Alt+↓ moves it further down.
    h.get_by_label("Priority 2 why").focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(plan(&h).priorities[2].id, first);
    let name = plan(&h).priorities[2].name.clone();
    click(&mut h, "Delete priority 3");
    assert!(plan(&h).priority(first).is_none());
    // The deletion is announced by the item's name, with the way back.
    assert_eq!(
        h.state().last_notice(),
        Some(format!("Delete priority “{name}” — Ctrl+Z undoes it").as_str())
    );
    assert!(catchball::model::validate(&plan(&h)).is_empty());
}

#[test]
fn owner_is_chosen_from_the_people_list() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    click(&mut h, "Priority 1 owner");
    click(&mut h, "Sofia Rossi (CFO)");
    let sofia = plan(&h)
        .people
        .iter()
        .find(|p| p.name == "Sofia Rossi")
        .unwrap()
        .id;
    assert_eq!(plan(&h).priorities[0].owner, Some(sofia));
}

#[test]
fn vision_fields_edit_the_plan() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    retype(&mut h, "Why", "Because our customers ask for it.");
    assert_eq!(plan(&h).vision.why, "Because our customers ask for it.");
    click(&mut h, "➕ Add vision target");
    assert_eq!(plan(&h).vision.targets.len(), 4);
    retype(&mut h, "Target 4 metric", "Renewable electricity share");
    assert_eq!(
        plan(&h).vision.targets[3].metric,
        "Renewable electricity share"
    );
    click(&mut h, "Delete target 4");
    assert_eq!(plan(&h).vision.targets.len(), 3);
}

#[test]
fn preferences_persist_between_starts() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    click(&mut h, "OKRs");
    click_menu(&mut h, "View", "Dark theme");
    shortcut(&mut h, Modifiers::COMMAND, Key::Plus);
    drop(h);
    let h = s.harness(None);
    let settings = h.state().settings();
    assert_eq!(settings.last_panel, PanelKind::Okrs);
    assert_eq!(settings.theme, catchball::app::ThemeChoice::Dark);
    assert!((settings.zoom - 1.1).abs() < 1e-4);
    // The last file is opened again.
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .path
            .as_deref()
            .and_then(Path::file_name),
        path.file_name()
    );
    assert_eq!(h.state().panel(), PanelKind::Okrs);
}

#[test]
fn help_lists_the_keyboard_shortcuts() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::NONE, Key::F1);
    h.get_by_label("Save As…");
    h.get_by_label("Ctrl+Shift+S");
    h.get_by_label("Move the priority up");
}

#[test]
fn priorities_are_reordered_by_dragging_the_handle() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    let first = plan(&h).priorities[0].id;
    let handle = h.get_all_by_label("☰").next().unwrap().rect().center();
    let target = h.get_by_label("Priority 3 why").rect().center();
    h.drag_at(handle);
    h.step();
    h.hover_at(handle + egui::vec2(0.0, 20.0));
    h.step();
    h.hover_at(target);
    h.step();
    h.drop_at(target);
    settle(&mut h);
    assert_eq!(plan(&h).priorities[2].id, first);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).priorities[0].id, first);
}

#[test]
fn people_and_teams_are_managed_on_the_vision_panel() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "➕ Add team");
    let team = plan(&h).teams.last().unwrap().clone();
    assert_eq!(team.name, "Team 4");
    retype(&mut h, "Team 4 name", "Customer Care");
    assert_eq!(plan(&h).teams[3].name, "Customer Care");
    click(&mut h, "➕ Add person");
    retype(&mut h, "Person 9 name", "Nadia Kowalski");
    retype(&mut h, "Person 9 role", "Head of Customer Care");
    click(&mut h, "Person 9 team");
    click(&mut h, "Customer Care");
    let nadia = plan(&h).people[8].clone();
    assert_eq!(
        (nadia.name.as_str(), nadia.team),
        ("Nadia Kowalski", Some(team.id))
    );
    // The team now has a member: it cannot be deleted until she leaves.
    assert!(
        h.get_by_label("Delete team 4")
            .accesskit_node()
            .is_disabled()
    );
    click(&mut h, "Delete person 9");
    assert_eq!(plan(&h).people.len(), 8);
    click(&mut h, "Delete team 4");
    assert_eq!(plan(&h).teams.len(), 3);
    // People who own something cannot be deleted.
    assert!(
        h.get_by_label("Delete person 5")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn presentation_hides_the_chrome_and_steps_through_the_views() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    assert!(h.state().is_presenting());
    assert!(
        h.query_by_label("File").is_none(),
        "no menu bar while presenting"
    );
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, "Priorities")
            .is_none(),
        "no side bar"
    );
    shortcut(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().room_step().panel(), PanelKind::Priorities);
    assert!(
        h.query_by_label("➕ Add priority").is_none(),
        "no editing toolbar on the wall"
    );
    shortcut(&mut h, Modifiers::COMMAND, Key::PageUp);
    shortcut(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(
        h.state().room_step().panel(),
        PanelKind::Workshop,
        "stepping wraps around to the last slides, the workshop's"
    );
    shortcut(&mut h, Modifiers::NONE, Key::F5);
    assert!(!h.state().is_presenting());
    assert_eq!(
        h.state().panel(),
        PanelKind::Workshop,
        "back where the walk got to"
    );
    h.get_by_label("File");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    h.get_by_label("➕ Add priority");
}
