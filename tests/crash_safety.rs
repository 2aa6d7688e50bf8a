//! A kill -9 at any instant of `catchball fmt` on a large plan leaves a file that loads.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::time::{Duration, Instant};

#[derive(Clone, Copy)]
enum Outcome {
    BeforeWrite,
    MidWrite,
    Finished,
}

#[test]
fn kill_during_fmt_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.plan.ron");
    let plan = catchball::sample::large_plan();
    // Written compactly (valid, but not canonical), so fmt has real work to do.
    let compact = format!(
        "(format_version: {}, plan: {})",
        catchball::file::FORMAT_VERSION,
        ron::to_string(&plan).unwrap()
    );
    let fmt = || {
        Command::new(env!("CARGO_BIN_EXE_catchball"))
            .args(["fmt", path.to_str().unwrap()])
            .spawn()
            .unwrap()
    };
    // How long one uninterrupted run takes here, so the kills spread over all of it.
    std::fs::write(&path, &compact).unwrap();
    let start = Instant::now();
    assert!(fmt().wait().unwrap().success());
    let full = start.elapsed();
    let canonical = std::fs::read(&path).unwrap();
    // How many kills came before the write, during it, and after the run finished.
    let mut counts = [0usize; 3];
    let kill_after = |delay: Duration| {
        std::fs::write(&path, &compact).unwrap();
        let mut child = fmt();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let loaded = catchball::file::load(&path)
            .unwrap_or_else(|e| panic!("after a kill at {delay:?}: {e}"));
        assert_eq!(loaded.plan, plan);
        // A temp file left behind means the kill hit while the new file was being written.
        let left = catchball::file::clean_stale_temp_files(&path);
        if std::fs::read(&path).unwrap() == canonical {
            Outcome::Finished
        } else if left > 0 {
            Outcome::MidWrite
        } else {
            Outcome::BeforeWrite
        }
    };
    // Kills spread over twice the measured time, so a slower run under load still finishes.
    for i in 0..=50u32 {
        counts[kill_after(full * i / 25) as usize] += 1;
    }
    // The write is a short moment near the end: home in on it between the latest kill that
    // came too early and the earliest that came too late, until one lands inside it.
    let (mut early, mut late) = (Duration::ZERO, full * 2);
    for _ in 0..200 {
        if counts[Outcome::MidWrite as usize] > 0 {
            break;
        }
        let delay = (early + late) / 2;
        let outcome = kill_after(delay);
        match outcome {
            Outcome::BeforeWrite => early = delay,
            Outcome::Finished => late = delay,
            Outcome::MidWrite => {}
        }
        counts[outcome as usize] += 1;
        if late.saturating_sub(early) < Duration::from_micros(200) {
            // The window moved (load changed): search the whole run again.
            (early, late) = (Duration::ZERO, full * 2);
        }
    }
    // Kills landed before the write, during it and after it: the file loaded every time.
    let [before_write, mid_write, finished] = counts;
    assert!(
        before_write > 0 && mid_write > 0 && finished > 0,
        "{before_write} before the write, {mid_write} during it, {finished} finished"
    );
}
