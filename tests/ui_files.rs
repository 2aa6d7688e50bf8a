//! The real app driven through `egui_kittest`: opening, saving, prompts, drops, recovery.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::RecoveryStore;
use catchball::file;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

#[test]
fn save_as_through_the_dialog_and_reload_equal() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    retype(&mut h, "Priority 2 name", "Delight shippers with our app");
    let target = s.dir.path().join("copy.plan.ron");
    s.dialogs.answer(&target);
    click_menu(&mut h, "File", "Save As…");
    let doc = h.state().document().unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    assert_eq!(&file::load(&target).unwrap().plan, doc.plan());
    assert_eq!(h.state().window_title(), "copy.plan.ron — Catchball");
    assert_eq!(
        h.state()
            .settings()
            .recent
            .first()
            .and_then(|p| p.file_name()),
        target.file_name()
    );
}

#[test]
fn quit_with_unsaved_changes_asks_first() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    retype(&mut h, "Title", "Changed");
    click_menu(&mut h, "File", "Quit");
    h.get_by_label_contains("Save changes to “workshop.plan.ron” before quitting?");
    assert!(!h.state().is_quitting());
    click(&mut h, "Cancel");
    assert!(h.query_by_label_contains("before quitting?").is_none());
    assert!(!h.state().is_quitting());
    shortcut(&mut h, Modifiers::COMMAND, Key::Q);
    click(&mut h, "Don't save");
    assert!(h.state().is_quitting());
}

#[test]
fn saving_from_the_prompt_then_quits() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    retype(&mut h, "Title", "Saved on the way out");
    shortcut(&mut h, Modifiers::COMMAND, Key::Q);
    click(&mut h, "Save");
    assert!(h.state().is_quitting());
    assert_eq!(
        file::load(&path).unwrap().plan.title,
        "Saved on the way out"
    );
}

#[test]
fn new_plan_with_unsaved_changes_asks_first() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    retype(&mut h, "Title", "Changed");
    shortcut(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_label_contains("before starting a new plan?");
    click(&mut h, "Don't save");
    assert_eq!(plan(&h).title, "Untitled plan");
    assert!(plan(&h).priorities.is_empty());
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten_silently() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    retype(&mut h, "Title", "Mine");
    let mut theirs = file::load(&path).unwrap().plan;
    theirs.title = "Theirs".into();
    file::save(&path, &theirs).unwrap();
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label_contains("was changed by someone else");
    assert_eq!(file::load(&path).unwrap().plan.title, "Theirs");
    click(&mut h, "Overwrite");
    assert_eq!(file::load(&path).unwrap().plan.title, "Mine");
}

#[test]
fn dropping_a_plan_file_opens_it() {
    #[derive(Debug)]
    struct Dropped(PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            std::fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    let s = Setup::new();
    let other = s.dir.path().join("other.plan.ron");
    file::save(&other, &catchball::model::Plan::new("Dropped plan")).unwrap();
    let mut h = s.harness(Some(s.sample_file()));
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(other)));
    settle(&mut h);
    assert_eq!(plan(&h).title, "Dropped plan");
}

#[test]
fn a_broken_file_shows_an_error_in_the_window() {
    let s = Setup::new();
    let broken = s.dir.path().join("broken.plan.ron");
    std::fs::write(&broken, "(format_version: 1, plan: (title: ").unwrap();
    let mut h = s.harness(Some(broken));
    assert!(h.state().document().is_none());
    // The file, the line and the column where it ends too early.
    h.get_by_label_contains("broken.plan.ron:1:34:");
    assert!(
        h.state()
            .open_prompt()
            .unwrap()
            .starts_with("Could not open")
    );
    click(&mut h, "OK");
    assert!(h.state().open_prompt().is_none());
    h.get_by_label("Open the sample workshop");
}

#[test]
fn a_newer_file_opens_read_only_and_save_asks_for_a_new_name() {
    let s = Setup::new();
    let newer = s.dir.path().join("future.plan.ron");
    std::fs::write(&newer, "(format_version: 9, plan: (title: \"Future\"))").unwrap();
    let mut h = s.harness(Some(newer.clone()));
    assert!(h.state().document().unwrap().read_only.is_some());
    assert!(h.state().window_title().contains("[read-only]"));
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(
        *s.dialogs.asked.borrow(),
        1,
        "Save on a read-only file asks where to save instead"
    );
    assert_eq!(
        std::fs::read_to_string(&newer).unwrap(),
        "(format_version: 9, plan: (title: \"Future\"))"
    );
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut crashed = file::load(&path).unwrap().plan;
    crashed.title = "Work in progress".into();
    let mut gone = RecoveryStore::at(s.dir.path().join("recovery"));
    gone.write(Some(&path), None, &crashed).unwrap();
    gone.crash();
    let mut h = s.harness(Some(path.clone()));
    h.get_by_label_contains("found unsaved changes");
    click(&mut h, "Restore");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.plan().title, "Work in progress");
    assert!(doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert!(
        RecoveryStore::at(s.dir.path().join("recovery"))
            .found()
            .is_empty()
    );
}

#[test]
fn without_a_system_file_dialog_the_path_is_typed_in_the_window() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let target = s.dir.path().join("typed");
    s.dialogs.unavailable();
    shortcut(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(h.state().open_prompt().as_deref(), Some("Save plan as"));
    retype(&mut h, "File path", target.to_str().unwrap());
    click(&mut h, "Save");
    let saved = s.dir.path().join("typed.plan.ron");
    assert_eq!(
        file::load(&saved).unwrap().plan.title,
        "Verdant Freight strategy 2027"
    );
    assert_eq!(
        h.state().document().unwrap().path.as_deref(),
        Some(saved.as_path())
    );

    let other = s.dir.path().join("other.plan.ron");
    file::save(&other, &catchball::model::Plan::new("Typed open")).unwrap();
    s.dialogs.unavailable();
    shortcut(&mut h, Modifiers::COMMAND, Key::O);
    assert_eq!(h.state().open_prompt().as_deref(), Some("Open plan"));
    retype(&mut h, "File path", other.to_str().unwrap());
    shortcut(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(plan(&h).title, "Typed open");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    retype(&mut h, "Title", "Changed");
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    settle(&mut h);
    h.get_by_label_contains("before quitting?");
    assert!(!h.state().is_quitting());
    click(&mut h, "Don't save");
    assert!(h.state().is_quitting());
}
