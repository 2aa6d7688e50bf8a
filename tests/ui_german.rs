//! The window in German: menus, panels and fields speak German, numbers use a decimal comma,
//! and the language can be chosen in View ▸ Language (kept in the settings).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::i18n::Language;
use common::{Setup, click, settle, shortcut};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn german() -> Setup {
    let mut s = Setup::new();
    s.language = Language::German;
    s
}

#[test]
fn the_vision_panel_in_german() {
    let s = german();
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    h.get_by_label("Datei");
    h.get_by_label("Prioritäten");
    h.get_by_label("Angaben zum Plan");
    h.get_by_label("Vision in Zahlen");
    // A number with decimals is written with a comma.
    h.get_by_label("Zielwert 1 Kennzahl");
    h.get_by_label("Zielwert 1 Wert");
    h.snapshot("vision_panel_german");
}

#[test]
fn the_priorities_panel_in_german() {
    let s = german();
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num2);
    h.get_by_label("Strategische Prioritäten");
    h.get_by_label("Priorität 1 Name");
    h.get_by_label("Priorität 1 verantwortlich");
    h.snapshot("priorities_panel_german");
}

#[test]
fn the_language_is_chosen_in_the_view_menu_and_kept() {
    let s = Setup::new();
    let mut h = s.harness(None);
    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, "Deutsch");
    settle(&mut h);
    h.get_by_label("Datei");
    h.get_by_label("Bearbeiten");
    assert_eq!(h.state().settings().language, Some(Language::German));
    drop(h);
    // The next start speaks German without being told.
    let mut again = Setup::new();
    again.dir = s.dir;
    let config = catchball::app::AppConfig {
        language: None,
        ..again.config()
    };
    let app = catchball::app::CatchballApp::new(config, None);
    assert_eq!(app.settings().language, Some(Language::German));
    assert_eq!(catchball::i18n::language(), Language::German);
}

#[test]
fn the_room_reads_german_from_the_back_of_the_room() {
    use catchball::app::Command;
    use catchball::ui::room::Step;
    let s = german();
    let mut h = s.harness(None);
    let first = common::plan(&h).priorities[0].id;
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Priority(first));
    settle(&mut h);
    h.get_by_label("Priorität 1 von 4");
    h.get_by_label("Was ihr dient");
    h.get_by_label_contains("Verantwortlich: Tomás Ortega");
    h.snapshot("room_priority_german");
}

#[test]
fn the_audit_speaks_german_in_the_editor_and_on_the_wall() {
    use catchball::app::Command;
    use catchball::ui::room::Step;
    let s = german();
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num6);
    h.get_by_label("Ausrichtungsprüfung");
    h.get_by_label_contains("Verwaiste Ziele (");
    assert!(
        h.query_all_by_label_contains("ist mit keiner strategischen Priorität verknüpft.")
            .count()
            >= 1
    );
    h.snapshot("audit_panel_german");
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Audit);
    settle(&mut h);
    h.get_by_label_contains("Ausrichtungsprüfung · ");
    h.get_by_label("Verwaiste Ziele");
}

#[test]
fn the_scorecard_measures_and_the_x_matrix_editor_speak_german() {
    let s = german();
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num4);
    assert!(h.query_all_by_label("Kennzahlen").count() >= 1);
    assert!(h.query_all_by_label("Fortschritt").count() >= 1);
    h.get_by_label("Kennzahl 1.1: Name");
    h.get_by_label("Kennzahl 1.1: Einheit");
    // Numbers in the fields are written with a decimal comma.
    let baseline = h.get_by_label("Kennzahl 1.1: Ausgangswert").value();
    assert_eq!(baseline.as_deref(), Some("0,58"));
    h.get_by_label("Aktionen für Kennzahl 1.1");
    // The X-matrix: a cell's details window, in German.
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    h.get_by_label("Waagrechte Beschriftung");
    h.get_by_label("Namen der Arme");
    shortcut(&mut h, Modifiers::NONE, Key::F2);
    h.get_by_label("Warum (eine Zeile)");
    h.get_by_label("Fertig");
}
