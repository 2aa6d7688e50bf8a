//! Small shared widgets: labelled text fields that emit their new value, and optional numbers.

use super::EditSink;
use egui::{Response, RichText, TextEdit, Ui};

/// A text field with a visible label above it that names it for screen readers and tests.
/// Returns the new text when the user changed it.
pub fn labelled_text(
    ui: &mut Ui,
    sink: &mut EditSink,
    label: &str,
    value: &str,
    multiline: bool,
    hint: &str,
) -> Option<String> {
    let label_response = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let edit = if multiline {
        TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.hint_text(hint).desired_width(f32::INFINITY))
        .labelled_by(label_response.id);
    finish_text(sink, &response, text)
}

/// A text field without a visible label (table cells); `name` is its accessible name.
pub fn cell_text(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: &str,
    value: &str,
    width: f32,
) -> Option<String> {
    let mut text = value.to_owned();
    let response = ui
        .add(TextEdit::singleline(&mut text).desired_width(width))
        .accessible_name(name);
    finish_text(sink, &response, text)
}

fn finish_text(sink: &mut EditSink, response: &Response, text: String) -> Option<String> {
    if response.lost_focus() {
        sink.seal();
    }
    response.changed().then_some(text)
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
