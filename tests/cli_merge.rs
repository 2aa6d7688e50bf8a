//! `catchball diff` and `catchball merge` as a user and as git run them: exit codes, named
//! changes, conflicts listed with nothing written, and git's drivers in a real repository.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::model::Plan;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_catchball")
}

fn catchball(args: &[&str]) -> Output {
    Command::new(bin()).args(args).output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

fn write(dir: &Path, name: &str, plan: &Plan) -> String {
    let path = dir.join(name);
    catchball::file::save(&path, plan).unwrap();
    path.display().to_string()
}

#[test]
fn diff_exits_0_on_equal_plans_1_on_changes_2_on_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample();
    let mut changed = base.clone();
    changed.priorities[1].name = "Zero-emission depots in every city".into();
    let (a, b) = (
        write(dir.path(), "a.plan.ron", &base),
        write(dir.path(), "b.plan.ron", &changed),
    );
    let same = catchball(&["diff", &a, &a]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same));
    assert!(text(&same).contains("No differences."));
    let differ = catchball(&["diff", &a, &b]);
    assert_eq!(differ.status.code(), Some(1), "{}", text(&differ));
    let out = text(&differ);
    assert!(
        out.contains(&format!(
            "~ Strategic priority “Zero-emission depots in every city”: name “{}” → “Zero-emission depots in every city”",
            base.priorities[1].name
        )),
        "{out}"
    );
    assert!(out.contains("Copies of one plan"), "{out}");
    let json = catchball(&["diff", &a, &b, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        v["changes"][0]["path"],
        format!("priorities[#{}].name", base.priorities[1].id.0)
    );
    assert_eq!(v["changes"][0]["kind"], "changed");
    assert_eq!(v["same_plan"], true);
    let missing = catchball(&["diff", &a, "/nonexistent/x.plan.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).contains("x.plan.ron"), "{}", text(&missing));
}

#[test]
fn merge_combines_both_sides_and_writes_a_valid_plan() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample();
    let mut ours = base.clone();
    ours.priorities[0].why = "Ours: the fleet is most of our footprint.".into();
    let mut theirs = base.clone();
    theirs.priorities[2].name = "Theirs: circular packaging".into();
    let (b, o, t) = (
        write(dir.path(), "base.plan.ron", &base),
        write(dir.path(), "ours.plan.ron", &ours),
        write(dir.path(), "theirs.plan.ron", &theirs),
    );
    let out = dir.path().join("out.plan.ron");
    let run = catchball(&["merge", &b, &o, &t, "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let merged = catchball::file::load(&out).unwrap().plan;
    assert_eq!(merged.priorities[0].why, ours.priorities[0].why);
    assert_eq!(merged.priorities[2].name, "Theirs: circular packaging");
    assert!(catchball::model::validate(&merged).is_empty());
    assert_eq!(merged.lineage.plan_id, base.lineage.plan_id);
    assert_eq!(merged.lineage.revision, base.lineage.revision + 1);
}

#[test]
fn a_conflict_exits_1_lists_both_values_and_writes_nothing_unless_take_decides() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample();
    let mut ours = base.clone();
    ours.title = "Ours".into();
    let mut theirs = base.clone();
    theirs.title = "Theirs".into();
    let (b, o, t) = (
        write(dir.path(), "base.plan.ron", &base),
        write(dir.path(), "ours.plan.ron", &ours),
        write(dir.path(), "theirs.plan.ron", &theirs),
    );
    let out = dir.path().join("out.plan.ron");
    let out_s = out.to_str().unwrap();
    let run = catchball(&["merge", &b, &o, &t, "-o", out_s]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run));
    let listed = text(&run);
    assert!(listed.contains("Conflict: Title"), "{listed}");
    assert!(listed.contains("ours:   “Ours”"), "{listed}");
    assert!(listed.contains("theirs: “Theirs”"), "{listed}");
    assert!(!out.exists(), "nothing may be written on a conflict");
    let run = catchball(&["merge", &b, &o, &t, "-o", out_s, "--take", "theirs"]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    assert_eq!(catchball::file::load(&out).unwrap().plan.title, "Theirs");
}

#[test]
fn merge_refuses_other_plans_newer_formats_and_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample();
    let mut other = base.clone();
    other.lineage.plan_id = catchball::model::new_plan_id();
    other.title = "Another plan".into();
    let (b, o) = (
        write(dir.path(), "base.plan.ron", &base),
        write(dir.path(), "other.plan.ron", &other),
    );
    let out = dir.path().join("out.plan.ron");
    let out_s = out.to_str().unwrap();
    let run = catchball(&["merge", &b, &b, &o, "-o", out_s]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run).contains("not copies of the same plan"),
        "{}",
        text(&run)
    );
    let anyway = catchball(&["merge", &b, &b, &o, "-o", out_s, "--different-plans"]);
    assert_eq!(
        anyway.status.code(),
        Some(1),
        "two-way: the title is a question"
    );
    let newer = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/newer_version.plan.ron");
    let run = catchball(&["merge", &b, &b, newer.to_str().unwrap(), "-o", out_s]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run).contains("newer Catchball"), "{}", text(&run));
    let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/truncated.plan.ron");
    let run = catchball(&["merge", &b, &b, broken.to_str().unwrap(), "-o", out_s]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run).contains("truncated.plan.ron"), "{}", text(&run));
    assert!(!out.exists());
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "{}", text(o));
}

/// A repository with the drivers set up as the README says, and the sample committed on main.
fn repository() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&git(d, &["init", "-q", "-b", "main"]));
    std::fs::write(
        d.join(".gitattributes"),
        "*.plan.ron merge=catchball diff=catchball\n",
    )
    .unwrap();
    ok(&git(
        d,
        &[
            "config",
            "merge.catchball.driver",
            &format!("{} merge %O %A %B -o %A", bin()),
        ],
    ));
    ok(&git(
        d,
        &[
            "config",
            "diff.catchball.command",
            &format!("{} diff", bin()),
        ],
    ));
    let path = d.join("plan.plan.ron");
    write(d, "plan.plan.ron", &sample());
    ok(&git(d, &["add", "."]));
    ok(&git(d, &["commit", "-q", "-m", "sample"]));
    (dir, path)
}

fn commit_on(d: &Path, branch: &str, path: &Path, change: impl FnOnce(&mut Plan)) {
    ok(&git(d, &["checkout", "-q", branch]));
    let mut plan = catchball::file::load(path).unwrap().plan;
    change(&mut plan);
    catchball::file::save(path, &plan).unwrap();
    ok(&git(d, &["commit", "-q", "-am", branch]));
}

#[test]
fn git_merges_two_branches_through_the_driver_and_diffs_with_named_changes() {
    let (dir, path) = repository();
    let d = dir.path();
    ok(&git(d, &["branch", "theirs"]));
    commit_on(d, "theirs", &path, |p| {
        p.priorities[1].name = "Theirs renamed priority 2".into();
    });
    commit_on(d, "main", &path, |p| {
        p.priorities[0].name = "Ours renamed priority 1".into();
    });
    let merge = git(d, &["merge", "-q", "--no-edit", "theirs"]);
    ok(&merge);
    let plan = catchball::file::load(&path).unwrap().plan;
    assert_eq!(plan.priorities[0].name, "Ours renamed priority 1");
    assert_eq!(plan.priorities[1].name, "Theirs renamed priority 2");
    let log = git(d, &["log", "-p", "-1", "--ext-diff", "HEAD^2"]);
    ok(&log);
    let shown = String::from_utf8_lossy(&log.stdout);
    assert!(
        shown.contains("~ Strategic priority “Theirs renamed priority 2”: name"),
        "{shown}"
    );
}

#[test]
fn git_stops_on_a_conflicting_pair_with_the_conflict_listed() {
    let (dir, path) = repository();
    let d = dir.path();
    ok(&git(d, &["branch", "theirs"]));
    commit_on(d, "theirs", &path, |p| {
        p.priorities[0].name = "Theirs".into();
    });
    commit_on(d, "main", &path, |p| p.priorities[0].name = "Ours".into());
    let before = std::fs::read(&path).unwrap();
    let merge = git(d, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "{}", text(&merge));
    let out = text(&merge);
    assert!(out.contains("Conflict: Strategic priority"), "{out}");
    assert!(
        out.contains("ours:   “Ours”") && out.contains("theirs: “Theirs”"),
        "{out}"
    );
    // Git's conflict state: the file is unmerged and still holds our side.
    let status = git(d, &["status", "--porcelain"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("UU plan.plan.ron"),
        "{}",
        text(&status)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
