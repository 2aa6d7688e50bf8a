//! One frame of the X-matrix panel on a big plan (12 × 20 × 30 × 40 items, 30 people):
//! what a facilitator feels when scrolling or moving the cursor.

use catchball::app::{
    AppConfig, CatchballApp, Choice, Command, FileDialogs, RecoveryStore, SettingsStore,
};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self, _: Option<&std::path::Path>) -> Choice {
        Choice::Cancelled
    }
    fn pick_save(&mut self, _: Option<&std::path::Path>, _: &str) -> Choice {
        Choice::Cancelled
    }
}

fn xmatrix_frame(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("catchball-bench-xm-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("large.plan.ron");
    if catchball::file::save(&path, &catchball::sample::large_plan()).is_err() {
        return;
    }
    let app = CatchballApp::new(
        AppConfig {
            settings: SettingsStore::in_memory(),
            recovery: RecoveryStore::disabled(),
            dialogs: Box::new(NoDialogs),
            clock: Box::new(catchball::app::SystemClock::default()),
        },
        Some(path),
    );
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        .build_ui_state(|ui, app: &mut CatchballApp| app.frame_ui(ui), app);
    h.state_mut().queue(Command::ShowXMatrix);
    h.run_steps(3);
    c.bench_function("x-matrix frame, large plan", |b| b.iter(|| h.step()));
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, xmatrix_frame);
criterion_main!(benches);
