//! The command line, run as a user would: exit codes, messages on stderr, files on disk.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn catchball(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(args)
        // English, whatever the machine's locale.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("catchball-cli-test-config"),
        )
        .output()
        .unwrap()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/sample.plan.ron")
        .display()
        .to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_on_the_sample_reports_its_handful_of_findings_and_exits_1() {
    let o = catchball(&["check", &sample(), "--as-of", "2027-02-15"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("valid plan"));
    assert!(out.contains("6 findings."), "{out}");
    assert!(out.contains("[alignment.orphan-objective]"), "{out}");
}

#[test]
fn check_exits_0_on_a_clean_plan() {
    let o = catchball(&["check", &fixture("bom.plan.ron")]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "an empty plan has an empty X-matrix: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clean.plan.ron");
    let mut plan = catchball::sample::sample_plan().unwrap();
    plan.priorities[3].why = "Skills make the fleet change stick.".into();
    plan.okrs.retain(|o| o.id.0 != 220 && o.id.0 != 230);
    plan.dependencies.clear();
    plan.workshop.proposals.retain(|p| p.item.0 != 220);
    for o in &mut plan.okrs {
        o.key_results.retain(|k| k.id.0 != 213);
        if o.id.0 == 210 {
            o.key_results.push(catchball::model::KeyResult {
                id: catchball::model::Id(214),
                name: "Diesel use in cities down 15%".into(),
                owner: Some(catchball::model::Id(5)),
                weight: 1.0,
                kind: catchball::model::KrKind::Metric {
                    start: 0.0,
                    target: 15.0,
                    current: None,
                    unit: "%".into(),
                    due: None,
                    commit: None,
                    stretch: None,
                },
                check_ins: Vec::new(),
            });
        }
    }
    catchball::file::save(&path, &plan).unwrap();
    let o = catchball(&["check", path.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn check_json_reports_readable_and_findings() {
    let o = catchball(&["check", &sample(), "--json", "--as-of", "2027-02-15"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["readable"], true);
    assert_eq!(v["findings"].as_array().unwrap().len(), 6);
}

#[test]
fn every_broken_fixture_exits_2_with_one_sentence_and_no_panic() {
    for name in [
        "empty.plan.ron",
        "not_utf8.plan.ron",
        "truncated.plan.ron",
        "wrong_type.plan.ron",
        "unknown_field.plan.ron",
        "no_version.plan.ron",
        "not_a_struct.plan.ron",
        "newer_version_unknown_field.plan.ron",
        "dangling_id.plan.ron",
        "duplicate_id.plan.ron",
        "out_of_range.plan.ron",
        "bad_date.plan.ron",
        "deep_nesting.plan.ron",
        "deep_ignored.plan.ron",
    ] {
        let o = catchball(&["check", &fixture(name)]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn check_json_on_a_broken_file_gives_the_position() {
    let o = catchball(&["check", &fixture("truncated.plan.ron"), "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["readable"], false);
    assert_eq!(v["position"]["line"], 77);
}

#[test]
fn check_on_a_missing_file_exits_2() {
    let o = catchball(&["check", "/no/such/file.plan.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.plan.ron"));
}

fn temp_copy(dir: &Path, from: &str) -> PathBuf {
    let to = dir.join("plan.plan.ron");
    std::fs::copy(from, &to).unwrap();
    to
}

#[test]
fn fmt_leaves_a_canonical_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_copy(dir.path(), &sample());
    let before = std::fs::read(&path).unwrap();
    let o = catchball(&["fmt", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("already canonical"));
    assert!(
        std::fs::read(&path).unwrap() == before,
        "fmt changed a canonical file"
    );
}

#[test]
fn fmt_rewrites_a_hand_written_file_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_copy(dir.path(), &fixture("bom.plan.ron"));
    let o = catchball(&["fmt", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("(\n    format_version: 2,"), "{text}");
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("upgraded from format 1"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(catchball::file::backup_path(&path).exists());
    let again = catchball(&["fmt", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("already canonical"));
}

#[test]
fn fmt_refuses_to_rewrite_a_newer_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_copy(dir.path(), &fixture("newer_version.plan.ron"));
    let before = std::fs::read(&path).unwrap();
    let o = catchball(&["fmt", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("newer Catchball"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn fmt_on_a_broken_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_copy(dir.path(), &fixture("truncated.plan.ron"));
    let before = std::fs::read(&path).unwrap();
    let o = catchball(&["fmt", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn demo_writes_loadable_plans() {
    let dir = tempfile::tempdir().unwrap();
    for size in ["small", "large"] {
        let path = dir.path().join(format!("{size}.plan.ron"));
        let o = catchball(&["demo", "--size", size, "-o", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // Readable (0 = clean, 1 = audit findings; the synthetic plan has some), never 2.
        let check = catchball(&["check", path.to_str().unwrap()]);
        assert!(
            matches!(check.status.code(), Some(0 | 1)),
            "{}",
            stderr(&check)
        );
    }
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["fmt", "--help"],
        &["demo", "--help"],
    ] {
        let o = catchball(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("Usage"),
            "{args:?}"
        );
    }
}

#[test]
fn a_missing_argument_is_one_clear_error() {
    let o = catchball(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("FILE"), "{}", stderr(&o));
}

#[test]
fn unknown_arguments_are_one_clear_error() {
    let plan = sample();
    for args in [
        vec!["check", "--frobnicate", plan.as_str()],
        vec!["export", plan.as_str(), "--format", "html", "--bogus"],
    ] {
        let o = catchball(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(
            err.contains(
                args.iter()
                    .find(|a| ["--frobnicate", "--bogus"].contains(a))
                    .unwrap()
            ),
            "names the argument: {err}"
        );
        assert!(o.stdout.is_empty(), "nothing written to stdout");
    }
}

fn plan_copy(dir: &Path) -> PathBuf {
    let path = dir.join("workshop.plan.ron");
    std::fs::copy(sample(), &path).unwrap();
    path
}

#[test]
fn export_writes_beside_the_plan_and_refuses_to_replace_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let plan_text = std::fs::read(&plan).unwrap();
    let o = catchball(&["export", plan.to_str().unwrap(), "--format", "html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = dir.path().join("workshop.html");
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("<!DOCTYPE html>")
    );
    std::fs::write(&html, "edited by hand").unwrap();
    let o = catchball(&["export", plan.to_str().unwrap(), "--format", "html"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("already exists") && stderr(&o).contains("--force"));
    assert_eq!(std::fs::read_to_string(&html).unwrap(), "edited by hand");
    let o = catchball(&[
        "export",
        plan.to_str().unwrap(),
        "--format",
        "html",
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("<!DOCTYPE html>")
    );
    assert_eq!(std::fs::read(&plan).unwrap(), plan_text);
}

#[test]
fn export_never_writes_over_the_plan_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let before = std::fs::read(&plan).unwrap();
    let p = plan.to_str().unwrap();
    let o = catchball(&["export", p, "--format", "md", "-o", p, "--force"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("exports never touch the plan file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

#[test]
fn export_errors_are_one_line_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let p = plan.to_str().unwrap();
    let o = catchball(&["export", p, "--format", "docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("'docx'") && stderr(&o).contains("html"),
        "{}",
        stderr(&o)
    );
    let o = catchball(&["export", &fixture("truncated.plan.ron"), "--format", "pdf"]);
    let check = catchball(&["check", &fixture("truncated.plan.ron")]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), stderr(&check), "the same message as check");
    let missing = dir.path().join("no-such-folder/out.pdf");
    let o = catchball(&[
        "export",
        p,
        "--format",
        "pdf",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("no-such-folder"));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing but the plan");
}

#[test]
fn export_pictures_of_either_drawing_at_a_width() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let p = plan.to_str().unwrap();
    let o = catchball(&[
        "export", p, "--format", "png", "--view", "map", "--width", "1000",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let png = std::fs::read(dir.path().join("workshop-map.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    assert_eq!(width, 1000);
    let o = catchball(&["export", p, "--format", "png", "--width", "0"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_lists_export() {
    let o = catchball(&["--help"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("export"), "{out}");
    let o = catchball(&["export", "--help"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("--format") && out.contains("--force"), "{out}");
}

#[test]
fn check_speaks_german_with_lang_de_or_a_german_locale() {
    let o = catchball(&["check", &sample(), "--as-of", "2027-02-15", "--lang", "de"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(": gültiger Plan „Verdant Freight strategy 2027“"),
        "{out}"
    );
    assert!(out.contains("6 Befunde."), "{out}");
    let o = Command::new(env!("CARGO_BIN_EXE_catchball"))
        .args(["check", &sample(), "--as-of", "2027-02-15"])
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("6 Befunde."));
}

#[test]
fn an_unknown_lang_falls_back_to_english_with_one_warning_line() {
    let o = catchball(&["check", &sample(), "--as-of", "2027-02-15", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no translation for language 'fr'; using English"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("6 findings."));
}

#[test]
fn an_export_in_german_has_german_headings_and_decimal_commas() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.html");
    let o = catchball(&[
        "export",
        &sample(),
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "de",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"de\">"), "{}", &html[..200]);
    for heading in [
        "Strategische Prioritäten",
        "OKRs nach Team",
        "Ausrichtungsprüfung",
        "Aus Catchball exportiert am",
    ] {
        assert!(html.contains(heading), "missing {heading}");
    }
    assert!(html.contains("0,7 ist der angestrebte Bereich"));
}

#[test]
fn help_errors_and_diffs_speak_german_too() {
    let o = catchball(&["--lang", "de", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("Moderierte Strategieworkshops"), "{help}");
    assert!(help.contains("Eine Plandatei prüfen"), "{help}");
    // The language may also come after the subcommand.
    let o = catchball(&["merge", "--help", "--lang", "de"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("Unsere Kopie."));
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.plan.ron");
    std::fs::write(&empty, "").unwrap();
    let o = catchball(&["check", empty.to_str().unwrap(), "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ist leer und enthält daher keinen Plan"),
        "{}",
        stderr(&o)
    );
    let o = catchball(&["diff", &sample(), &sample(), "--lang", "de"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Keine Unterschiede."));
}
