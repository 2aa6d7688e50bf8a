//! File ▸ Export in the real app: through the system dialog, through a typed path when there is
//! none, asking before replacing a file, and never over the plan itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

fn export_menu(h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>, entry: &str) {
    click(h, "File");
    h.get_by_label("Export").click();
    settle(h);
    h.get_by_label_contains(entry).click();
    settle(h);
}

#[test]
fn export_to_html_through_the_dialog_writes_the_page_and_leaves_the_plan() {
    let s = Setup::new();
    let plan_path = s.sample_file();
    let before = std::fs::read(&plan_path).unwrap();
    let mut h = s.harness(Some(plan_path.clone()));
    let target = s.dir.path().join("for-the-board.html");
    s.dialogs.answer(&target);
    export_menu(&mut h, "Web page (HTML)…");
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.contains("Electrify the urban delivery fleet"));
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    assert!(h.state().open_prompt().is_none());
}

#[test]
fn without_a_dialog_the_path_is_typed_beside_the_plan() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    s.dialogs.unavailable();
    export_menu(&mut h, "PDF document…");
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some("Export the pdf document")
    );
    let suggested = s.dir.path().join("workshop.pdf");
    let field = h.get_by_label("File path");
    assert_eq!(field.value().as_deref(), Some(suggested.to_str().unwrap()));
    h.key_press(Key::Enter);
    settle(&mut h);
    let bytes = std::fs::read(&suggested).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn replacing_an_existing_export_is_asked_first() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let target = s.dir.path().join("workshop.md");
    std::fs::write(&target, "notes of mine").unwrap();
    s.dialogs.unavailable();
    export_menu(&mut h, "Markdown summary…");
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some("Replace “workshop.md”?")
    );
    click(&mut h, "Cancel");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "notes of mine");
    s.dialogs.unavailable();
    export_menu(&mut h, "Markdown summary…");
    h.key_press(Key::Enter);
    settle(&mut h);
    click(&mut h, "Replace");
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Verdant Freight")
    );
}

#[test]
fn an_export_over_the_plan_file_is_refused_with_a_message() {
    let s = Setup::new();
    let plan_path = s.sample_file();
    let before = std::fs::read(&plan_path).unwrap();
    let mut h = s.harness(Some(plan_path.clone()));
    s.dialogs.answer(&plan_path);
    export_menu(&mut h, "CSV tables…");
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some("Could not export the csv tables")
    );
    h.get_by_label_contains("exports never touch the plan file");
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
}
