//! A kill -9 at any instant of `catchball fmt` on a large plan leaves a file that loads.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::time::Instant;

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
    let (mut interrupted, mut finished) = (0, 0);
    // Up to twice the measured time, so a slower run under load still finishes at the end.
    for i in 0..=50u32 {
        std::fs::write(&path, &compact).unwrap();
        let mut child = fmt();
        let delay = full * i / 25;
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let loaded = catchball::file::load(&path)
            .unwrap_or_else(|e| panic!("after a kill at {delay:?}: {e}"));
        assert_eq!(loaded.plan, plan);
        if std::fs::read(&path).unwrap() == canonical {
            finished += 1;
        } else {
            interrupted += 1;
        }
        catchball::file::clean_stale_temp_files(&path);
    }
    // Both outcomes happened, so the kills really hit a running save.
    assert!(
        interrupted > 0 && finished > 0,
        "{interrupted} interrupted, {finished} finished"
    );
}
