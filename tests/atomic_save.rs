//! Atomic save: permissions kept, previous version kept, no temp files left, failures harmless.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::file;
use catchball::model::Plan;

#[cfg(unix)]
#[test]
fn save_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    file::save(&path, &Plan::new("one")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    file::save(&path, &Plan::new("two")).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn save_keeps_the_previous_version_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    file::save(&path, &Plan::new("one")).unwrap();
    file::save(&path, &Plan::new("two")).unwrap();
    let backup = file::load(&file::backup_path(&path)).unwrap().plan;
    assert_eq!(backup.title, "one");
    assert_eq!(file::load(&path).unwrap().plan.title, "two");
}

#[test]
fn save_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    for i in 0..3 {
        file::save(&path, &Plan::new(format!("v{i}"))).unwrap();
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["p.plan.ron", "p.plan.ron.bak"]);
}

#[test]
fn failed_save_reports_the_file_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder/p.plan.ron");
    let e = file::save(&path, &Plan::new("x")).unwrap_err();
    assert!(e.to_string().contains("p.plan.ron"), "{e}");
    assert!(!path.exists());
}

#[test]
fn stale_temp_files_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    file::save(&path, &Plan::new("x")).unwrap();
    let stale = dir.path().join(".p.plan.ron.catchball-tmp-999-0");
    std::fs::write(&stale, "half a plan").unwrap();
    assert_eq!(file::clean_stale_temp_files(&path), 1);
    assert!(!stale.exists());
    assert!(path.exists());
}
