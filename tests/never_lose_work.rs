//! The ways work could be lost or hidden, each reproduced: a read-only file written over or
//! edited, saving through a link, special files that hang, plan text that reaches the terminal raw.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The sample as a newer Catchball would have written it.
fn newer_sample(dir: &Path) -> PathBuf {
    let path = dir.join("future.plan.ron");
    let current = format!("format_version: {},", catchball::file::FORMAT_VERSION);
    let text = catchball::sample::SAMPLE_TEXT.replacen(&current, "format_version: 99,", 1);
    assert_ne!(text, catchball::sample::SAMPLE_TEXT);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn save_never_writes_over_a_newer_read_only_file() {
    let s = Setup::new();
    let path = newer_sample(s.dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut h = s.harness(Some(path.clone()));
    assert!(h.state().document().unwrap().read_only.is_some());
    s.dialogs.unavailable();
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    let suggested = h.get_by_label("File path").value().unwrap();
    assert!(suggested.ends_with("future (copy).plan.ron"), "{suggested}");
    // Typing the file's own path anyway is refused.
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    h.get_by_label("File path")
        .type_text(path.to_str().unwrap());
    h.key_press(Key::Enter);
    settle(&mut h);
    assert!(
        h.state()
            .open_prompt()
            .unwrap()
            .starts_with("Choose another name")
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A copy elsewhere is fine, and editable.
    click(&mut h, "OK");
    let copy = s.dir.path().join("copy.plan.ron");
    s.dialogs.answer(&copy);
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    assert!(copy.exists());
    assert!(h.state().document().unwrap().read_only.is_none());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn no_key_edits_a_read_only_document() {
    let s = Setup::new();
    let path = newer_sample(s.dir.path());
    let mut h = s.harness(Some(path));
    let before = plan(&h);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    for key in [
        Key::Space,
        Key::Num1,
        Key::ArrowRight,
        Key::Num2,
        Key::Delete,
    ] {
        h.key_press(key);
        settle(&mut h);
    }
    // The palette's X-matrix commands end in the same place.
    shortcut(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Find a command").type_text("strong mark");
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(plan(&h), before, "nothing changed");
    assert!(!h.state().document().unwrap().is_dirty());
    h.get_by_label_contains("Read-only: nothing is changed here");
}

#[test]
fn saving_through_a_symbolic_link_writes_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("shared/real.plan.ron");
    std::fs::create_dir_all(real.parent().unwrap()).unwrap();
    std::fs::write(&real, catchball::sample::SAMPLE_TEXT).unwrap();
    let link = dir.path().join("link.plan.ron");
    std::os::unix::fs::symlink("shared/real.plan.ron", &link).unwrap();
    let mut plan = catchball::file::load(&link).unwrap().plan;
    plan.title = "Saved through the link".into();
    catchball::file::save(&link, &plan).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert_eq!(
        catchball::file::load(&real).unwrap().plan.title,
        "Saved through the link"
    );
    let backup = catchball::file::backup_path(&real);
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        catchball::sample::SAMPLE_TEXT
    );
    assert!(
        !catchball::file::backup_path(&link).exists(),
        "the backup sits by the target"
    );
}

fn run_with_timeout(args: &[&str], limit: Duration) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("catchball {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_named_pipe_or_a_device_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.plan.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (path, kind) in [
        (fifo.to_str().unwrap(), "a named pipe"),
        ("/dev/zero", "a device"),
    ] {
        for cmd in ["check", "fmt"] {
            let o = run_with_timeout(&[cmd, path], Duration::from_secs(10));
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{cmd} {path}: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(err.contains(kind), "{err}");
        }
    }
    // The window says so too, and stays usable.
    let s = Setup::new();
    let mut h = s.harness(Some(fifo));
    assert!(
        h.state()
            .open_prompt()
            .unwrap()
            .starts_with("Could not open")
    );
    h.get_by_label_contains("is a named pipe, not a plan file");
    click(&mut h, "OK");
    shortcut(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().document().is_some());
}

#[test]
fn plan_text_reaches_the_terminal_with_its_control_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // A name with an escape sequence and a bell: refused where it stands, shown harmless.
    let path = dir.path().join("escape.plan.ron");
    let text = catchball::sample::SAMPLE_TEXT.replacen(
        "Electrify the urban delivery fleet",
        "Clear \\u{1b}[2J\\u{7} the fleet",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let o = run_with_timeout(&["check", path.to_str().unwrap()], Duration::from_secs(10));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}'),
        "raw control characters: {err}"
    );
    assert!(err.contains("control character (U+001B)"), "{err}");
    let line = catchball::sample::SAMPLE_TEXT
        .lines()
        .position(|l| l.contains("Electrify the urban delivery fleet"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("escape.plan.ron:{line}:23:")),
        "with line and column: {err}"
    );
    // A file name with them (plan text in the summary, errors naming it): escaped too.
    let odd = dir.path().join("odd\u{1b}[31mname\u{7}.plan.ron");
    std::fs::write(&odd, catchball::sample::SAMPLE_TEXT).unwrap();
    for args in [
        vec!["check", odd.to_str().unwrap()],
        vec!["check", "--json", odd.to_str().unwrap()],
    ] {
        let o = run_with_timeout(&args, Duration::from_secs(10));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "raw control characters: {out}"
        );
        assert!(out.contains("\\u{1b}") || out.contains("\\u001b"), "{out}");
    }
}

/// An edit in the Title field, then time for the recovery snapshot to be written.
fn edit_and_wait_for_the_snapshot(
    s: &Setup,
    h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    title: &str,
) {
    retype(h, "Title", title);
    s.clock.advance(6);
    h.step();
    settle(h);
}

fn snapshots(s: &Setup) -> Vec<catchball::app::Snapshot> {
    catchball::app::RecoveryStore::at(s.dir.path().join("recovery")).found()
}

#[test]
fn closing_the_window_while_restore_is_asked_keeps_the_snapshot() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut a = s.harness(Some(path.clone()));
    edit_and_wait_for_the_snapshot(&s, &mut a, "Work of window A");
    a.state_mut().simulate_crash();
    drop(a);
    let mut b = s.harness(Some(path.clone()));
    b.get_by_label_contains("found unsaved changes");
    b.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    settle(&mut b);
    assert!(b.state().is_quitting());
    drop(b);
    let found = snapshots(&s);
    assert_eq!(found.len(), 1, "still there for next time");
    assert_eq!(
        catchball::file::load(&found[0].snapshot)
            .unwrap()
            .plan
            .title,
        "Work of window A"
    );
}

#[test]
fn a_second_window_neither_offers_nor_deletes_a_live_window_s_snapshot() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut a = s.harness(Some(path.clone()));
    edit_and_wait_for_the_snapshot(&s, &mut a, "Work of window A");
    // B starts on the last file, which A has open: no crash prompt, but it is told A has it
    // open, and opens it anyway.
    let mut b = s.harness(None);
    assert_eq!(
        b.state().open_prompt().as_deref(),
        Some("Open in another window")
    );
    click(&mut b, "Open anyway");
    assert_eq!(
        b.state().open_prompt(),
        None,
        "no crash prompt while A is alive"
    );
    edit_and_wait_for_the_snapshot(&s, &mut b, "Work of window B");
    shortcut(&mut b, Modifiers::COMMAND, Key::S);
    assert_eq!(
        catchball::file::load(&path).unwrap().plan.title,
        "Work of window B"
    );
    // A crashes; its work is still offered to the next window.
    a.state_mut().simulate_crash();
    drop(a);
    drop(b);
    let found = snapshots(&s);
    assert_eq!(found.len(), 1);
    assert_eq!(
        catchball::file::load(&found[0].snapshot)
            .unwrap()
            .plan
            .title,
        "Work of window A"
    );
}

#[test]
fn a_file_open_elsewhere_can_be_opened_read_only() {
    let s = Setup::new();
    let path = s.sample_file();
    let _a = s.harness(Some(path.clone()));
    let mut b = s.harness(Some(path.clone()));
    click(&mut b, "Open read-only");
    let doc = b.state().document().unwrap();
    assert!(
        doc.read_only
            .as_deref()
            .unwrap()
            .contains("open in another Catchball window")
    );
}

#[test]
fn restored_work_asks_before_writing_over_a_change_made_since_the_crash() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut a = s.harness(Some(path.clone()));
    edit_and_wait_for_the_snapshot(&s, &mut a, "Work of window A");
    a.state_mut().simulate_crash();
    drop(a);
    // Meanwhile a colleague changes the file.
    let mut theirs = catchball::file::load(&path).unwrap().plan;
    theirs.title = "Their change".into();
    catchball::file::save(&path, &theirs).unwrap();
    let mut b = s.harness(Some(path.clone()));
    click(&mut b, "Restore");
    assert_eq!(plan(&b).title, "Work of window A");
    shortcut(&mut b, Modifiers::COMMAND, Key::S);
    assert_eq!(
        b.state().open_prompt().as_deref(),
        Some("The file was changed by someone else")
    );
    assert_eq!(
        catchball::file::load(&path).unwrap().plan.title,
        "Their change"
    );
}

#[test]
fn a_restored_read_only_file_stays_read_only() {
    let s = Setup::new();
    let path = newer_sample(s.dir.path());
    let mut gone = catchball::app::RecoveryStore::at(s.dir.path().join("recovery"));
    gone.write(
        Some(&path),
        None,
        &catchball::sample::sample_plan().unwrap(),
    )
    .unwrap();
    gone.crash();
    let mut h = s.harness(Some(path.clone()));
    click(&mut h, "Restore");
    assert!(h.state().document().unwrap().read_only.is_some());
    let before = std::fs::read(&path).unwrap();
    s.dialogs.answer(&path);
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(std::fs::read(&path).unwrap(), before, "never written over");
}

/// Runs frames until `done` or two seconds pass (file events arrive from another thread).
fn wait_for(
    h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    done: impl Fn(&egui_kittest::Harness<'static, catchball::app::CatchballApp>) -> bool,
) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        h.step();
        if done(h) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn a_clean_window_reloads_a_file_changed_on_disk_and_a_dirty_one_warns() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    // Our own save is not someone else's change.
    retype(&mut h, "Title", "Ours");
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    let mut theirs = catchball::file::load(&path).unwrap().plan;
    theirs.title = "Changed by a colleague".into();
    catchball::file::save(&path, &theirs).unwrap();
    assert!(
        wait_for(&mut h, |h| plan(h).title == "Changed by a colleague"),
        "reloaded"
    );
    assert!(!h.state().document().unwrap().is_dirty());
    // With unsaved changes, the window keeps them and warns.
    retype(&mut h, "Title", "Mine, not saved");
    theirs.title = "Changed again".into();
    catchball::file::save(&path, &theirs).unwrap();
    assert!(wait_for(&mut h, |h| h.state().last_notice().is_some_and(
        |n| n.contains("was changed on disk by someone else")
    )));
    assert_eq!(plan(&h).title, "Mine, not saved");
}

#[test]
fn an_overlong_name_is_refused_on_load_and_cannot_be_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.plan.ron");
    let long = "Lang".repeat(25_000);
    let text =
        catchball::sample::SAMPLE_TEXT.replacen("Electrify the urban delivery fleet", &long, 1);
    std::fs::write(&path, text).unwrap();
    let err = catchball::file::load(&path).unwrap_err();
    assert!(err.position().is_some());
    assert!(
        err.to_string()
            .contains("100000 characters long; at most 500"),
        "{err}"
    );
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    retype(
        &mut h,
        "Priority 1 name",
        &"Donaudampfschifffahrt ".repeat(40),
    );
    let name = plan(&h).priorities[0].name.clone();
    assert_eq!(name.chars().count(), 500);
    // And a pasted control character or line break never reaches the plan.
    retype(&mut h, "Priority 1 name", "Bell\u{7} and\nbreak");
    assert_eq!(plan(&h).priorities[0].name, "Bell andbreak");
}

#[test]
fn chinese_japanese_and_korean_names_are_drawn() {
    let s = Setup::new();
    // The bundled sample, on a first start: no temporary path in the status line.
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    retype(&mut h, "Priority 1 name", "电动化城市配送车队");
    retype(&mut h, "Priority 2 name", "顧客満足度を高める");
    retype(&mut h, "Priority 3 name", "경로 최적화");
    let has = h.ctx.fonts_mut(|f| {
        f.has_glyphs(
            &egui::FontId::proportional(20.0),
            "电动化城市配送车队顧客満足度を高める경로 최적화",
        )
    });
    assert!(has, "a CJK font is installed as a fallback");
    assert_eq!(plan(&h).priorities[1].name, "顧客満足度を高める");
    h.snapshot("cjk_names");
}

#[test]
fn the_snapshot_timer_writes_when_due_follows_later_edits_and_clears_on_save() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    // The live window's own snapshot (the store only offers those of windows that are gone).
    let title_in_snapshot = |s: &Setup| {
        std::fs::read_dir(s.dir.path().join("recovery"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(".plan.ron"))
            .map(|p| catchball::file::load(&p).unwrap().plan.title)
    };
    // The first snapshot is due five seconds after the last one (the start).
    s.clock.advance(6);
    retype(&mut h, "Title", "First draft");
    settle(&mut h);
    assert_eq!(title_in_snapshot(&s).as_deref(), Some("First draft"));
    // A later edit waits for the timer: nothing is written two seconds on …
    retype(&mut h, "Title", "Second draft");
    s.clock.advance(2);
    h.step();
    settle(&mut h);
    assert_eq!(title_in_snapshot(&s).as_deref(), Some("First draft"));
    // … and the snapshot follows once five seconds have passed.
    s.clock.advance(4);
    h.step();
    settle(&mut h);
    assert_eq!(title_in_snapshot(&s).as_deref(), Some("Second draft"));
    // Saving makes the snapshot unnecessary: it goes.
    shortcut(&mut h, Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(
        title_in_snapshot(&s),
        None,
        "the snapshot is removed after a save"
    );
}
