//! Shared helpers for the UI tests: the real app in a kittest harness, with a fake file
//! dialog and settings, recovery and files in a temporary folder.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use catchball::app::{AppConfig, CatchballApp, Choice, FileDialogs, RecoveryStore, SettingsStore};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Answers file dialogs from a queue; an empty queue is "Cancel".
#[derive(Clone, Default)]
pub struct FakeDialogs {
    answers: Rc<RefCell<VecDeque<Choice>>>,
    pub asked: Rc<RefCell<usize>>,
}

impl FakeDialogs {
    pub fn answer(&self, path: &Path) {
        self.answers
            .borrow_mut()
            .push_back(Choice::Chosen(path.to_path_buf()));
    }

    /// The next dialog is not available (no desktop portal).
    pub fn unavailable(&self) {
        self.answers.borrow_mut().push_back(Choice::Unavailable);
    }

    pub fn next(&self) -> Choice {
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

/// A clock the test moves on by hand.
#[derive(Clone, Default)]
pub struct FakeClock(Rc<std::cell::Cell<std::time::Duration>>);

impl FakeClock {
    pub fn advance(&self, secs: u64) {
        self.0
            .set(self.0.get() + std::time::Duration::from_secs(secs));
    }
}

impl catchball::app::Clock for FakeClock {
    fn now(&self) -> std::time::Duration {
        self.0.get()
    }

    /// A fixed day in the sample's quarter, so what is overdue does not depend on when the
    /// tests run.
    fn today(&self) -> jiff::civil::Date {
        jiff::civil::date(2027, 2, 15)
    }
}

pub struct Setup {
    pub dir: tempfile::TempDir,
    pub dialogs: FakeDialogs,
    pub clock: FakeClock,
    /// The language the window speaks (English unless a test asks for another).
    pub language: catchball::i18n::Language,
}

impl Setup {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            dialogs: FakeDialogs::default(),
            clock: FakeClock::default(),
            language: catchball::i18n::Language::English,
        }
    }

    /// A copy of the sample in the temp dir.
    pub fn sample_file(&self) -> PathBuf {
        let path = self.dir.path().join("workshop.plan.ron");
        std::fs::write(&path, catchball::sample::SAMPLE_TEXT).unwrap();
        path
    }

    pub fn config(&self) -> AppConfig {
        AppConfig {
            settings: SettingsStore::at(self.dir.path().join("config/settings.ron")),
            recovery: RecoveryStore::at(self.dir.path().join("recovery")),
            dialogs: Box::new(self.dialogs.clone()),
            clock: Box::new(self.clock.clone()),
            language: Some(self.language),
        }
    }

    pub fn harness(&self, file: Option<PathBuf>) -> Harness<'static, CatchballApp> {
        let app = CatchballApp::new(self.config(), file);
        let mut h = Harness::builder()
            .with_size([1400.0, 900.0])
            .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
        settle(&mut h);
        h
    }
}

/// Runs frames until the UI settles; toasts fading out may keep it busy, which is fine.
pub fn settle(h: &mut Harness<'static, CatchballApp>) {
    h.run_ok();
}

/// Clicks the widget with this label, scrolling it into view first as a user would.
pub fn click(h: &mut Harness<'static, CatchballApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    settle(h);
    h.get_by_label(label).click();
    settle(h);
}

/// Clicks a menu entry, whose accessible name also holds its shortcut.
pub fn click_menu(h: &mut Harness<'static, CatchballApp>, menu: &str, entry: &str) {
    click(h, menu);
    h.get_by_label_contains(entry).click();
    settle(h);
}

pub fn shortcut(h: &mut Harness<'static, CatchballApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

/// Replaces the whole text of a field, as a user selecting all and typing would.
pub fn retype(h: &mut Harness<'static, CatchballApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    settle(h);
    shortcut(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    settle(h);
}

pub fn plan(h: &Harness<'static, CatchballApp>) -> catchball::model::Plan {
    h.state().document().unwrap().plan().clone()
}
