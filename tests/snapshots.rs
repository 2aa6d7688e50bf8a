//! Image snapshots of the key views, rendered with wgpu (lavapipe on headless machines).
//! A failing snapshot is looked at (tests/snapshots/*.diff.png), never blindly updated.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::app::{AppConfig, CatchballApp, Choice, Command, RecoveryStore, SettingsStore};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct NoDialogs;

impl catchball::app::FileDialogs for NoDialogs {
    fn pick_open(&mut self, _: Option<&std::path::Path>) -> Choice {
        Choice::Cancelled
    }
    fn pick_save(&mut self, _: Option<&std::path::Path>, _: &str) -> Choice {
        Choice::Cancelled
    }
}

/// The app on its first start (the bundled sample, not tied to any path on this machine).
fn app_on_sample() -> Harness<'static, CatchballApp> {
    let app = CatchballApp::new(
        AppConfig {
            settings: SettingsStore::in_memory(),
            recovery: RecoveryStore::disabled(),
            dialogs: Box::new(NoDialogs),
            clock: Box::new(catchball::app::SystemClock::default()),
            language: Some(catchball::i18n::Language::English),
        },
        None,
    );
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
    h.run_ok();
    h
}

fn show(h: &mut Harness<'static, CatchballApp>, panel: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, panel)
        .click();
    h.run_ok();
}

#[test]
fn vision_panel_snapshot() {
    let mut h = app_on_sample();
    h.snapshot("vision_panel");
}

#[test]
fn priorities_panel_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "Priorities");
    h.snapshot("priorities_panel");
}

#[test]
fn priorities_panel_dark_snapshot() {
    let mut h = app_on_sample();
    h.state_mut().queue(Command::DarkTheme);
    h.run_ok();
    show(&mut h, "Priorities");
    h.snapshot("priorities_panel_dark");
}

#[test]
fn xmatrix_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "X-matrix");
    h.snapshot("xmatrix");
}

#[test]
fn xmatrix_dark_snapshot() {
    let mut h = app_on_sample();
    h.state_mut().queue(Command::DarkTheme);
    h.run_ok();
    show(&mut h, "X-matrix");
    h.snapshot("xmatrix_dark");
}

#[test]
fn xmatrix_horizontal_labels_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "X-matrix");
    h.get_by_label("Horizontal labels").click();
    h.run_ok();
    h.snapshot("xmatrix_horizontal_labels");
}

#[test]
fn xmatrix_highlight_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "X-matrix");
    h.get_by_label("I4 Mobile app performance sprint").click();
    h.run_ok();
    h.snapshot("xmatrix_highlight");
}

#[test]
fn xmatrix_high_contrast_snapshot() {
    let mut h = app_on_sample();
    h.state_mut().queue(Command::HighContrastTheme);
    h.run_ok();
    show(&mut h, "X-matrix");
    h.snapshot("xmatrix_high_contrast");
}

#[test]
fn scorecard_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "Scorecard");
    h.snapshot("scorecard");
}

#[test]
fn strategy_map_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "Scorecard");
    h.get_by_label("Strategy map").click();
    h.run_ok();
    h.snapshot("strategy_map");
}

#[test]
fn okrs_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "OKRs");
    h.snapshot("okrs");
}

#[test]
fn audit_snapshot() {
    let mut h = app_on_sample();
    show(&mut h, "Audit");
    h.snapshot("audit");
}
