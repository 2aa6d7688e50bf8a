//! Plan files: canonical output, round-trips, and one test per way a file can be broken.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::file::{self, LoadError};
use catchball::model::Plan;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample.plan.ron")
}

fn load_err(name: &str) -> LoadError {
    match file::load(&fixture(name)) {
        Ok(_) => panic!("{name} should not load"),
        Err(e) => e,
    }
}

#[test]
fn sample_file_is_canonical() {
    let text = std::fs::read_to_string(sample_path()).unwrap();
    let plan = file::load(&sample_path()).unwrap().plan;
    assert_eq!(file::to_text(&plan).unwrap(), text);
}

#[test]
fn saving_twice_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.plan.ron");
    let plan = catchball::sample::sample_plan().unwrap();
    file::save(&path, &plan).unwrap();
    let first = std::fs::read(&path).unwrap();
    let again = file::load(&path).unwrap().plan;
    file::save(&path, &again).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    assert_eq!(again, plan);
}

#[test]
fn large_plan_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.plan.ron");
    let plan = catchball::sample::large_plan();
    assert!(catchball::model::validate(&plan).is_empty());
    file::save(&path, &plan).unwrap();
    assert_eq!(file::load(&path).unwrap().plan, plan);
}

#[test]
fn unordered_collections_are_written_sorted() {
    let mut plan = catchball::sample::sample_plan().unwrap();
    for (rule, item) in [("why.priority", 33), ("alignment.orphan-objective", 230)] {
        plan.mutes.push(catchball::model::Mute {
            rule: rule.into(),
            item: Some(catchball::model::Id(item)),
            reason: "agreed".into(),
        });
    }
    let canonical = file::to_text(&plan).unwrap();
    plan.xmatrix.correlations.reverse();
    plan.xmatrix.assignments.reverse();
    plan.scorecard.links.reverse();
    plan.mutes.reverse();
    assert_eq!(file::to_text(&plan).unwrap(), canonical);
}

#[test]
fn empty_file_is_rejected() {
    assert!(matches!(
        load_err("empty.plan.ron"),
        LoadError::Empty { .. }
    ));
}

#[test]
fn not_utf8_reports_line_and_column() {
    let e = load_err("not_utf8.plan.ron");
    assert!(matches!(e, LoadError::NotUtf8 { byte: 0xE9, .. }), "{e}");
    assert_eq!(e.position(), Some((4, 20)));
    assert!(e.to_string().contains("not_utf8.plan.ron:4:20"), "{e}");
}

#[test]
fn truncated_file_reports_line_and_column() {
    let e = load_err("truncated.plan.ron");
    assert!(matches!(e, LoadError::Syntax { .. }), "{e}");
    // Where the unfinished string starts, so the user knows which text to close.
    assert_eq!(e.position(), Some((77, 24)), "{e}");
    assert!(e.to_string().contains("truncated.plan.ron:77:24:"), "{e}");
}

#[test]
fn wrong_type_names_the_place_and_the_expectation() {
    let e = load_err("wrong_type.plan.ron");
    assert_eq!(e.position(), Some((7, 20)), "{e}");
    assert!(e.to_string().contains("Expected integer"), "{e}");
}

#[test]
fn unknown_field_is_detected_not_dropped() {
    let e = load_err("unknown_field.plan.ron");
    assert_eq!(e.position(), Some((5, 9)), "{e}");
    assert!(e.to_string().contains("colour"), "{e}");
}

#[test]
fn file_without_version_is_not_a_plan() {
    assert!(matches!(
        load_err("no_version.plan.ron"),
        LoadError::NotAPlan { .. }
    ));
    assert!(matches!(
        load_err("not_a_struct.plan.ron"),
        LoadError::NotAPlan { .. }
    ));
}

#[test]
fn newer_version_opens_read_only() {
    let loaded = file::load(&fixture("newer_version.plan.ron")).unwrap();
    assert_eq!(loaded.plan.title, "From the future");
    let why = loaded.read_only.expect("a newer file must be read-only");
    assert!(why.contains("newer Catchball"), "{why}");
}

#[test]
fn newer_version_with_unknown_data_says_update() {
    let e = load_err("newer_version_unknown_field.plan.ron");
    assert!(matches!(e, LoadError::Newer { found: 7, .. }), "{e}");
    assert!(e.to_string().contains("Update Catchball"), "{e}");
}

#[test]
fn dangling_id_is_rejected_with_the_item_named() {
    let e = load_err("dangling_id.plan.ron");
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("{e}")
    };
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("“Grow”"), "{e}");
    assert!(problems[0].message.contains("99"), "{e}");
}

#[test]
fn duplicate_id_is_rejected() {
    let e = load_err("duplicate_id.plan.ron");
    assert!(e.to_string().contains("Id 3 is used twice"), "{e}");
}

#[test]
fn out_of_range_value_is_rejected() {
    let e = load_err("out_of_range.plan.ron");
    assert!(e.to_string().contains("confidence 11"), "{e}");
}

#[test]
fn impossible_date_is_reported_as_a_date() {
    let e = load_err("bad_date.plan.ron");
    assert_eq!(e.position().map(|p| p.0), Some(6), "{e}");
    assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
}

#[test]
fn deep_nesting_is_rejected_without_overflow() {
    // Nested lists where the title's text belongs: refused at the first bracket, where a text
    // was expected, before any depth is reached.
    let e = load_err("deep_nesting.plan.ron");
    assert!(matches!(e, LoadError::Syntax { .. }), "{e}");
    assert_eq!(e.position(), Some((4, 15)), "{e}");
    // Nested lists in a field nobody reads: refused at the nesting limit.
    let e = load_err("deep_ignored.plan.ron");
    assert!(matches!(e, LoadError::TooDeep { .. }), "{e}");
}

#[test]
fn leading_bom_is_accepted() {
    let plan = file::load(&fixture("bom.plan.ron")).unwrap().plan;
    assert_eq!(plan.title, "With BOM");
}

#[test]
fn too_large_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.plan.ron");
    let f = std::fs::File::create(&path).unwrap();
    // Sparse: costs no disk space, but its size is over the limit.
    f.set_len(file::MAX_FILE_BYTES + 1).unwrap();
    assert!(matches!(file::load(&path), Err(LoadError::TooLarge { .. })));
}

#[test]
fn missing_file_names_the_file() {
    let e = file::load(Path::new("/nonexistent/dir/x.plan.ron")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("Cannot read /nonexistent/dir/x.plan.ron"),
        "{e}"
    );
}

#[test]
fn an_empty_plan_round_trips() {
    let plan = Plan::new("Nothing yet");
    let text = file::to_text(&plan).unwrap();
    assert_eq!(file::from_text("x", text.as_bytes()).unwrap().plan, plan);
}

mod hostile {
    use catchball::file;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any bytes at all: an answer (plan or error), never a panic.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            match file::from_text("fuzz", &bytes) {
                Ok(loaded) => prop_assert!(catchball::model::validate(&loaded.plan).is_empty()),
                Err(e) => prop_assert!(e.to_string().starts_with("fuzz"), "{e}"),
            }
        }

        /// The sample damaged at one place: an error that names a position, or a valid plan.
        #[test]
        fn a_damaged_sample_is_reported_not_panicked(at in 0usize..40_000, byte in any::<u8>(), cut in any::<bool>()) {
            let mut bytes = catchball::sample::SAMPLE_TEXT.as_bytes().to_vec();
            let at = at % bytes.len();
            if cut { bytes.truncate(at) } else { bytes[at] = byte }
            match file::from_text("damaged", &bytes) {
                Ok(loaded) => prop_assert!(catchball::model::validate(&loaded.plan).is_empty()),
                Err(e) => prop_assert!(e.to_string().starts_with("damaged"), "{e}"),
            }
        }
    }
}
