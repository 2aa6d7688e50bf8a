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
            if ui
                .small_button("×")
                .accessible_name(format!("Clear {name}"))
                .on_hover_text(format!("Clear {name}"))
                .clicked()
            {
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
