//! One frame of every editor panel and every room view, headless at 1920×1080, on the large
//! plan and on the huge one (4× large), beside an empty frame (the welcome screen) as the
//! baseline: what a facilitator feels on every keystroke and mouse move.

use catchball::app::{
    AppConfig, CatchballApp, Choice, Command, FileDialogs, RecoveryStore, SettingsStore,
};
use catchball::ui::room::Step;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::path::PathBuf;
use std::time::Duration;

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self, _: Option<&std::path::Path>) -> Choice {
        Choice::Cancelled
    }
    fn pick_save(&mut self, _: Option<&std::path::Path>, _: &str) -> Choice {
        Choice::Cancelled
    }
}

fn app(file: Option<PathBuf>) -> Harness<'static, CatchballApp> {
    let app = CatchballApp::new(
        AppConfig {
            settings: SettingsStore::in_memory(),
            recovery: RecoveryStore::disabled(),
            dialogs: Box::new(NoDialogs),
            clock: Box::new(catchball::app::SystemClock::default()),
            language: Some(catchball::i18n::Language::English),
        },
        file,
    );
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
    h.run_steps(3);
    h
}

const PANELS: [(Command, &str); 6] = [
    (Command::ShowVision, "vision"),
    (Command::ShowPriorities, "priorities"),
    (Command::ShowXMatrix, "x-matrix"),
    (Command::ShowScorecard, "scorecard"),
    (Command::ShowOkrs, "okrs"),
    (Command::ShowAudit, "audit"),
];

fn frames(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("catchball-bench-frames-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut group = c.benchmark_group("frame");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    let mut empty = app(None);
    group.bench_function("empty (welcome screen)", |b| b.iter(|| empty.step()));
    drop(empty);
    for (size, plan) in [
        ("large", catchball::sample::large_plan()),
        ("huge", catchball::sample::huge_plan()),
    ] {
        let path = dir.join(format!("{size}.plan.ron"));
        if catchball::file::save(&path, &plan).is_err() {
            return;
        }
        let mut h = app(Some(path));
        for (command, name) in PANELS {
            h.state_mut().queue(command);
            h.run_steps(3);
            group.bench_function(format!("{name}, {size}"), |b| b.iter(|| h.step()));
        }
        // Scrolling the OKR panel: a wheel event every frame, 60 frames down then 60 up, so
        // both plans scroll over the same stretch of cards (never into the end of the list).
        h.state_mut().queue(Command::ShowOkrs);
        h.event(egui::Event::PointerMoved(egui::pos2(1100.0, 600.0)));
        h.run_steps(3);
        let mut frame = 0u32;
        group.bench_function(format!("okrs scrolling, {size}"), |b| {
            b.iter(|| {
                frame += 1;
                let down = (frame / 60).is_multiple_of(2);
                h.event(egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, if down { -40.0 } else { 40.0 }),
                    modifiers: egui::Modifiers::NONE,
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                });
                h.step();
            });
        });
        h.state_mut().queue(Command::Present);
        h.run_steps(3);
        let team = plan.okrs.first().and_then(|o| o.team);
        for (step, name) in [
            (Step::Vision, "room vision"),
            (Step::Priorities, "room priorities"),
            (Step::XMatrix, "room x-matrix"),
            (Step::Scorecard, "room scorecard"),
            (Step::StrategyMap, "room strategy map"),
            (Step::Team(team), "room team okrs"),
            (Step::Audit, "room audit"),
        ] {
            h.state_mut().go_to_room_step(step);
            h.run_steps(3);
            group.bench_function(format!("{name}, {size}"), |b| b.iter(|| h.step()));
        }
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, frames);
criterion_main!(benches);
