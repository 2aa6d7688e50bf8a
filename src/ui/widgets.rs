//! Small shared widgets: labelled text fields that emit their new value, and optional numbers.

use super::EditSink;
use egui::{RichText, TextEdit, Ui};

/// How a field is named for screen readers and tests.
#[derive(Clone, Copy)]
pub enum Name<'a> {
    /// By a visible label next to it.
    Label(egui::Id),
    /// By this text, when nothing visible names it.
    Text(&'a str),
}

/// A text field over a copy of `value`, built by `build`. Losing focus seals the undo step.
/// Returns the new text when the user changed it, and whether the field has keyboard focus.
pub fn text_edit(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: Name,
    value: &str,
    build: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> (Option<String>, bool) {
    let mut text = value.to_owned();
    let response = ui.add(build(&mut text));
    let response = match name {
        Name::Label(id) => response.labelled_by(id),
        Name::Text(name) => response.accessible_name(name),
    };
    if response.lost_focus() {
        sink.seal();
    }
    (response.changed().then_some(text), response.has_focus())
}

/// A text field with a visible label above it. Returns the new text when the user changed it.
pub fn labelled_text(
    ui: &mut Ui,
    sink: &mut EditSink,
    label: &str,
    value: &str,
    multiline: bool,
    hint: &str,
) -> Option<String> {
    let label = ui.label(RichText::new(label).strong());
    text_edit(ui, sink, Name::Label(label.id), value, |t| {
        let edit = if multiline {
            TextEdit::multiline(t).desired_rows(2)
        } else {
            TextEdit::singleline(t)
        };
        edit.hint_text(hint).desired_width(f32::INFINITY)
    })
    .0
}

/// A text field without a visible label (table cells); `name` is its accessible name.
pub fn cell_text(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: &str,
    value: &str,
    width: f32,
) -> Option<String> {
    text_edit(ui, sink, Name::Text(name), value, |t| {
        TextEdit::singleline(t).desired_width(width)
    })
    .0
}

/// A year that may be unset: a number field plus a button to set or clear it.
/// Returns `Some(new value)` when the user changed it (the new value may be "no year").
#[allow(clippy::option_option)]
pub fn optional_year(
    ui: &mut Ui,
    name: &str,
    value: Option<i32>,
    default: i32,
) -> Option<Option<i32>> {
    match value {
        Some(mut year) => {
            let mut out = None;
            let r = ui.add(
                egui::DragValue::new(&mut year)
                    .range(1900..=2200)
                    .speed(0.1),
            );
            let r = r.accessible_name(name);
            if r.changed() {
                out = Some(Some(year));
            }
            if clear_button(ui, name) {
                out = Some(None);
            }
            out
        }
        None => ui
            .button("Set year")
            .accessible_name(format!("Set {name}"))
            .clicked()
            .then_some(Some(default)),
    }
}

/// A number field with an accessible name; returns the new value when changed.
pub fn number(ui: &mut Ui, name: &str, value: f64) -> Option<f64> {
    let mut v = value;
    let r = ui
        .add(egui::DragValue::new(&mut v).speed(0.1))
        .accessible_name(name);
    r.changed().then_some(v)
}

/// A choice of person (or nobody) from the plan's people. Returns the new choice when changed.
#[allow(clippy::option_option)]
pub fn person_combo(
    ui: &mut Ui,
    plan: &crate::model::Plan,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    width: f32,
) -> Option<Option<crate::model::Id>> {
    const NOBODY: &str = "— nobody —";
    let shown = current
        .and_then(|id| plan.person(id))
        .map_or(NOBODY, |p| p.name.as_str());
    let mut chosen = current;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(width)
        .height(480.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, NOBODY);
            for person in &plan.people {
                let text = if person.role.is_empty() {
                    person.name.clone()
                } else {
                    format!("{} ({})", person.name, person.role)
                };
                ui.selectable_value(&mut chosen, Some(person.id), text);
            }
        })
        .response
        .accessible_name(name);
    (chosen != current).then_some(chosen)
}

/// A number that may be unset: a number field with ✕, or "Set" when empty.
#[allow(clippy::option_option)]
pub fn optional_number(ui: &mut Ui, name: &str, value: Option<f64>) -> Option<Option<f64>> {
    match value {
        Some(mut v) => {
            let mut out = None;
            if ui
                .add(egui::DragValue::new(&mut v).speed(0.1))
                .accessible_name(name)
                .changed()
            {
                out = Some(Some(v));
            }
            if clear_button(ui, name) {
                out = Some(None);
            }
            out
        }
        None => ui
            .small_button("Set")
            .accessible_name(format!("Set {name}"))
            .clicked()
            .then_some(Some(0.0)),
    }
}

/// A date that may be unset: a calendar button with ×, or "Set date" (today) when empty.
#[allow(clippy::option_option)]
pub fn optional_date(
    ui: &mut Ui,
    salt: &str,
    name: &str,
    value: Option<chrono::NaiveDate>,
) -> Option<Option<chrono::NaiveDate>> {
    use chrono::Datelike;
    let Some(date) = value else {
        return ui
            .small_button("Set date")
            .accessible_name(format!("Set {name}"))
            .clicked()
            .then(|| Some(chrono::Local::now().date_naive()));
    };
    // The picker speaks jiff; the plan speaks chrono. Both are proleptic Gregorian.
    let Ok(mut picked) = jiff::civil::Date::new(
        i16::try_from(date.year()).unwrap_or(2000),
        date.month() as i8,
        date.day() as i8,
    ) else {
        return None;
    };
    let mut out = None;
    let r = ui.add(
        egui_extras::DatePickerButton::new(&mut picked)
            .id_salt(salt)
            .calendar_week(false),
    );
    r.accessible_name(name);
    let back = chrono::NaiveDate::from_ymd_opt(
        i32::from(picked.year()),
        picked.month() as u32,
        picked.day() as u32,
    );
    if back != Some(date) && back.is_some() {
        out = Some(back);
    }
    if clear_button(ui, name) {
        out = Some(None);
    }
    out
}

/// What a row's ⬆ ⬇ 🗑 buttons asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Move to this index.
    MoveTo(usize),
    Delete,
}

/// ⬆ ⬇ 🗑 for an item in a list. `label` names it for screen readers ("priority 2"); `up` and
/// `down` are the indexes it would move to, if it can; `name` is shown in the delete tooltip.
pub fn move_delete_buttons(
    ui: &mut Ui,
    label: &str,
    up: Option<usize>,
    down: Option<usize>,
    name: &str,
) -> Option<RowAction> {
    let mut action = None;
    for (to, icon, what) in [(up, "⬆", "up"), (down, "⬇", "down")] {
        if ui
            .add_enabled(to.is_some(), egui::Button::new(icon))
            .accessible_name(format!("Move {label} {what}"))
            .clicked()
            && let Some(to) = to
        {
            action = Some(RowAction::MoveTo(to));
        }
    }
    if ui
        .button(RichText::new("🗑").color(egui::Color32::from_rgb(200, 70, 60)))
        .accessible_name(format!("Delete {label}"))
        .on_hover_text(format!("Delete “{name}” (Ctrl+Z undoes)"))
        .clicked()
    {
        action = Some(RowAction::Delete);
    }
    action
}

/// A small × that clears an optional value; true when clicked.
pub fn clear_button(ui: &mut Ui, name: &str) -> bool {
    ui.small_button("×")
        .accessible_name(format!("Clear {name}"))
        .on_hover_text(format!("Clear {name}"))
        .clicked()
}

/// A card (group frame) for one item, outlined while `focused`; scrolled into view once when
/// `scroll` is set (after "Go to"), which it then clears.
pub fn item_card(ui: &mut Ui, focused: bool, scroll: &mut bool, add: impl FnOnce(&mut Ui)) {
    let mut frame = egui::Frame::group(ui.style()).inner_margin(10.0);
    if focused {
        frame = frame.stroke(egui::Stroke::new(3.0, ui.visuals().selection.stroke.color));
    }
    let shown = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui);
    });
    if focused && std::mem::take(scroll) {
        shown.response.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.add_space(6.0);
}
