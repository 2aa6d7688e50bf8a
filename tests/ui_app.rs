//! The real app driven through `egui_kittest`: panels, typing, undo, Save As, prompts, drops.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::app::{AppConfig, CatchballApp, Choice, FileDialogs, RecoveryStore, SettingsStore};
use catchball::file;
use catchball::ui::PanelKind;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Answers file dialogs from a queue; an empty queue is "Cancel".
#[derive(Clone, Default)]
struct FakeDialogs {
    answers: Rc<RefCell<VecDeque<Choice>>>,
    asked: Rc<RefCell<usize>>,
}

impl FakeDialogs {
    fn answer(&self, path: &Path) {
        self.answers
            .borrow_mut()
            .push_back(Choice::Chosen(path.to_path_buf()));
    }

    /// The next dialog is not available (no desktop portal).
    fn unavailable(&self) {
        self.answers.borrow_mut().push_back(Choice::Unavailable);
    }

    fn next(&self) -> Choice {
        *self.asked.borrow_mut() += 1;
        self.answers
            .borrow_mut()
            .pop_front()
            .unwrap_or(Choice::Cancelled)
    }
}

impl FileDialogs for FakeDialogs {
    fn pick_open(&mut self, _: Option<&Path>) -> Choice {
        self.next()
    }
    fn pick_save(&mut self, _: Option<&Path>, _: &str) -> Choice {
        self.next()
    }
}

struct Setup {
    dir: tempfile::TempDir,
    dialogs: FakeDialogs,
}

impl Setup {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            dialogs: FakeDialogs::default(),
        }
    }

    /// A copy of the sample in the temp dir.
    fn sample_file(&self) -> PathBuf {
        let path = self.dir.path().join("workshop.plan.ron");
        std::fs::write(&path, catchball::sample::SAMPLE_TEXT).unwrap();
        path
    }

    fn config(&self) -> AppConfig {
        AppConfig {
            settings: SettingsStore::at(self.dir.path().join("config/settings.ron")),
            recovery: RecoveryStore::at(self.dir.path().join("recovery")),
            dialogs: Box::new(self.dialogs.clone()),
        }
    }

    fn harness(&self, file: Option<PathBuf>) -> Harness<'static, CatchballApp> {
        let app = CatchballApp::new(self.config(), file);
        let mut h = Harness::builder()
            .with_size([1400.0, 900.0])
            .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
        settle(&mut h);
        h
    }
}

/// Runs frames until the UI settles; toasts fading out may keep it busy, which is fine.
fn settle(h: &mut Harness<'static, CatchballApp>) {
    h.run_ok();
}

fn click(h: &mut Harness<'static, CatchballApp>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

/// Clicks a menu entry, whose accessible name also holds its shortcut.
fn click_menu(h: &mut Harness<'static, CatchballApp>, menu: &str, entry: &str) {
    click(h, menu);
    h.get_by_label_contains(entry).click();
    settle(h);
}

fn shortcut(h: &mut Harness<'static, CatchballApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

/// Replaces the whole text of a field, as a user selecting all and typing would.
fn retype(h: &mut Harness<'static, CatchballApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    settle(h);
    shortcut(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    settle(h);
}

fn plan(h: &Harness<'static, CatchballApp>) -> catchball::model::Plan {
    h.state().document().unwrap().plan().clone()
}

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
    h.get_by_label_contains("Top-left corner");
    click(&mut h, "Scorecard");
    h.get_by_label("Learning & growth");
    click(&mut h, "OKRs");
    h.get_by_label("Digital Products");
    click(&mut h, "Audit");
    h.get_by_label_contains("structurally sound");
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
    click(&mut h, "Delete priority 3");
    assert!(plan(&h).priority(first).is_none());
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
    h.get_by_label_contains("broken.plan.ron:1:");
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
    RecoveryStore::at(s.dir.path().join("recovery"))
        .write(Some(&path), &crashed)
        .unwrap();
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

#[test]
fn help_lists_the_keyboard_shortcuts() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::NONE, Key::F1);
    h.get_by_label("Save As…");
    h.get_by_label("Alt+↑ / Alt+↓");
}
