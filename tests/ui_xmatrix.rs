//! The X-matrix panel driven like a facilitator would: clicking cells, the keyboard cursor,
//! renaming, adding and deleting items, undo, and the live lint.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::model::{Corner, Id, Role, Strength};
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn on_xmatrix() -> (
    Setup,
    egui_kittest::Harness<'static, catchball::app::CatchballApp>,
) {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    (s, h)
}

fn key(h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>, k: Key) {
    shortcut(h, Modifiers::NONE, k);
}

#[test]
fn clicking_a_corner_cell_cycles_its_mark_and_undo_restores_it() {
    let (_s, mut h) = on_xmatrix();
    // B2 × A1 (bottom-left corner) is empty in the sample.
    click(&mut h, "B2 × A1: no mark");
    let mark = |h: &egui_kittest::Harness<'static, _>| {
        plan(h)
            .xmatrix
            .mark(Corner::BottomLeft, Id(41), Id(50))
            .map(|c| c.strength)
    };
    assert_eq!(mark(&h), Some(Strength::Strong));
    click(&mut h, "B2 × A1: strong");
    assert_eq!(mark(&h), Some(Strength::Medium));
    click(&mut h, "B2 × A1: medium");
    click(&mut h, "B2 × A1: weak");
    assert_eq!(mark(&h), None);
    h.get_by_label("B2 × A1: no mark");
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        mark(&h),
        Some(Strength::Weak),
        "each click is one undo step"
    );
}

#[test]
fn people_cells_cycle_lead_core_consulted() {
    let (_s, mut h) = on_xmatrix();
    click(&mut h, "I3 × Sofia Rossi: not involved");
    assert_eq!(plan(&h).xmatrix.role(Id(62), Id(7)), Some(Role::Lead));
    // Priya already leads I3: two leads is a finding, shown live.
    h.get_by_label_contains("X-matrix check: 1 finding");
    click(&mut h, "I3 × Sofia Rossi: lead");
    assert_eq!(plan(&h).xmatrix.role(Id(62), Id(7)), Some(Role::Core));
    click(&mut h, "I3 × Sofia Rossi: core team");
    assert_eq!(plan(&h).xmatrix.role(Id(62), Id(7)), Some(Role::Consulted));
    click(&mut h, "I3 × Sofia Rossi: consulted");
    assert_eq!(plan(&h).xmatrix.role(Id(62), Id(7)), None);
    h.get_by_label_contains("X-matrix check: no findings");
}

#[test]
fn the_keyboard_cursor_moves_and_sets_marks() {
    let (_s, mut h) = on_xmatrix();
    // The cursor starts top-left: I1 × A1 (top-left corner).
    key(&mut h, Key::ArrowRight); // I1 × A2
    key(&mut h, Key::Num1);
    assert_eq!(
        plan(&h)
            .xmatrix
            .mark(Corner::TopLeft, Id(51), Id(60))
            .map(|c| c.strength),
        Some(Strength::Strong)
    );
    key(&mut h, Key::Num3);
    assert_eq!(
        plan(&h)
            .xmatrix
            .mark(Corner::TopLeft, Id(51), Id(60))
            .map(|c| c.strength),
        Some(Strength::Weak)
    );
    key(&mut h, Key::Space);
    assert_eq!(plan(&h).xmatrix.mark(Corner::TopLeft, Id(51), Id(60)), None);
    key(&mut h, Key::Num2);
    key(&mut h, Key::Num0);
    assert_eq!(plan(&h).xmatrix.mark(Corner::TopLeft, Id(51), Id(60)), None);
    // Down to I2 × A2 and mark it.
    key(&mut h, Key::ArrowDown);
    key(&mut h, Key::Enter);
    assert_eq!(
        plan(&h)
            .xmatrix
            .mark(Corner::TopLeft, Id(51), Id(61))
            .map(|c| c.strength),
        Some(Strength::Strong)
    );
}

#[test]
fn f2_renames_the_item_under_the_cursor() {
    let (_s, mut h) = on_xmatrix();
    // Walk clockwise: the first item is B1.
    key(&mut h, Key::W);
    key(&mut h, Key::F2);
    h.get_by_label_contains("Edit breakthrough objective");
    retype(&mut h, "Name", "Cut scope 1+2 emissions 45% by 2030");
    click(&mut h, "Done");
    assert_eq!(
        plan(&h).xmatrix.breakthroughs[0].name,
        "Cut scope 1+2 emissions 45% by 2030"
    );
    h.get_by_label("B1 Cut scope 1+2 emissions 45% by 2030");
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        plan(&h).xmatrix.breakthroughs[0].name,
        "Cut scope 1+2 emissions 40% by 2030",
        "renaming is one undo step"
    );
}

#[test]
fn walking_clockwise_highlights_each_item_in_turn() {
    let (_s, mut h) = on_xmatrix();
    for _ in 0..5 {
        key(&mut h, Key::W);
    }
    // After the four breakthroughs comes the first annual objective.
    let hl =
        |h: &egui_kittest::Harness<'static, catchball::app::CatchballApp>| h.state().selection();
    assert_eq!(hl(&h), Some(Id(50)), "A1 is selected after B1…B4");
    shortcut(&mut h, Modifiers::SHIFT, Key::W);
    assert_eq!(hl(&h), Some(Id(43)), "Shift+W walks back to B4");
    key(&mut h, Key::Escape);
    assert_eq!(hl(&h), None);
}

#[test]
fn items_are_added_reordered_and_deleted_from_the_grid() {
    let (_s, mut h) = on_xmatrix();
    click(&mut h, "➕ Metric");
    assert_eq!(plan(&h).xmatrix.metrics.len(), 9);
    retype(&mut h, "Name", "Rail share of long haul");
    click(&mut h, "Done");
    h.get_by_label("M9 Rail share of long haul");
    // The new metric is tied to nothing yet: the live check says so.
    h.get_by_label_contains("X-matrix check: 1 finding");
    // Alt+← moves it one column towards the centre.
    shortcut(&mut h, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(plan(&h).xmatrix.metrics[7].name, "Rail share of long haul");
    key(&mut h, Key::Delete);
    assert_eq!(plan(&h).xmatrix.metrics.len(), 8);
    h.get_by_label_contains("X-matrix check: no findings");
}

#[test]
fn a_person_joins_the_matrix_from_the_people_menu() {
    let (_s, mut h) = on_xmatrix();
    click(&mut h, "➕ Person");
    click(&mut h, "New person…");
    retype(&mut h, "Name", "Nadia Kowalski");
    click(&mut h, "Done");
    let p = plan(&h);
    let nadia = p
        .people
        .iter()
        .find(|x| x.name == "Nadia Kowalski")
        .unwrap()
        .id;
    assert_eq!(p.xmatrix.people.last(), Some(&nadia));
    click(&mut h, "I1 × Nadia Kowalski: not involved");
    assert_eq!(plan(&h).xmatrix.role(Id(60), nadia), Some(Role::Lead));
    // Two leads on I1 now: the lint sees it.
    h.get_by_label_contains("X-matrix check: 1 finding");
}

#[test]
fn the_arm_names_follow_the_vocabulary() {
    let (_s, mut h) = on_xmatrix();
    click(&mut h, "Arm names");
    click(&mut h, "TASTE names");
    assert_eq!(
        plan(&h).settings.vocabulary,
        catchball::model::Vocabulary::Taste
    );
    h.get_by_label("➕ Aspiration");
}

#[test]
fn a_new_matrix_is_guided_step_by_step() {
    let (_s, mut h) = on_xmatrix();
    shortcut(&mut h, Modifiers::COMMAND, Key::N);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    h.get_by_label_contains("➜ Vision (step 1 of 9)");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num1);
    retype(&mut h, "Vision statement", "Net-zero by 2040");
    shortcut(&mut h, Modifiers::COMMAND, Key::Num3);
    h.get_by_label_contains("➜ Breakthrough objectives (step 2 of 9)");
    click(&mut h, "➕ Breakthrough objective");
    click(&mut h, "Done");
    h.get_by_label_contains("➜ Annual objectives (step 3 of 9)");
}

#[test]
fn key_4_ties_two_items_without_rating_the_link() {
    let (_s, mut h) = on_xmatrix();
    key(&mut h, Key::ArrowRight); // I1 × A2
    key(&mut h, Key::Num4);
    assert_eq!(
        plan(&h)
            .xmatrix
            .mark(Corner::TopLeft, Id(51), Id(60))
            .map(|c| c.strength),
        Some(Strength::Linked)
    );
    // Tied counts as tied: no "not tied" finding for it, and it is drawn as ✓.
    h.get_by_label_contains(": linked, not rated");
}

#[test]
fn a_metric_gets_a_direction_and_levels_in_words() {
    let (_s, mut h) = on_xmatrix();
    // Walk clockwise past 4 breakthroughs, 6 annual objectives and 6 priorities to M2.
    for _ in 0..18 {
        key(&mut h, Key::W);
    }
    key(&mut h, Key::F2);
    h.get_by_label_contains("Edit metric");
    click(&mut h, "lower is better");
    click(&mut h, "➕ target / moderate / risk");
    retype(
        &mut h,
        "Level 2 meaning",
        "Training done, reporting still slow",
    );
    click(&mut h, "Done");
    let m = plan(&h).xmatrix.metrics[1].clone();
    assert_eq!(m.name, "Electric share of urban fleet");
    assert_eq!(m.direction, catchball::model::Direction::LowerIsBetter);
    let names: Vec<&str> = m.rubric.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["target", "moderate", "risk"]);
    assert_eq!(
        m.rubric[1].description,
        "Training done, reporting still slow"
    );
    h.get_by_label_contains("M2 Electric share of urban fleet → ≤ 45 % (target / moderate / risk)");
}
