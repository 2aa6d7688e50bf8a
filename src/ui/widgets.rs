//! Small shared widgets: labelled text fields that emit their new value, and optional numbers.

use super::EditSink;
use crate::model::TextKind;
use crate::tr;
use egui::{RichText, TextEdit, Ui};

pub use super::choices::{id_combo, owner_combo, person_combo, team_options};

/// What an optional field's widget did this frame: nothing, or changed the value, to a new one
/// or to none ("no target", "no owner").
#[derive(Clone, Copy, Debug, PartialEq)]
#[must_use]
pub enum Picked<T> {
    Unchanged,
    Changed(Option<T>),
}

impl<T> From<Option<Option<T>>> for Picked<T> {
    /// `None`: unchanged; `Some(v)`: changed to `v`.
    fn from(change: Option<Option<T>>) -> Self {
        change.map_or(Picked::Unchanged, Picked::Changed)
    }
}

/// How a field is named for screen readers and tests.
#[derive(Clone, Copy)]
pub enum Name<'a> {
    /// By a visible label next to it.
    Label(egui::Id),
    /// By this text, when nothing visible names it.
    Text(&'a str),
}

/// Where the request "the panel's first field takes the keyboard" waits until a field takes it.
fn first_focus_id() -> egui::Id {
    egui::Id::unique("catchball-focus-first")
}

/// Asks the first field the next panel draws to take the keyboard (after Ctrl+1…6, Ctrl+N).
pub fn request_first_focus(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(first_focus_id(), true));
}

/// Takes the request, if one waits: the caller is the panel's first field.
pub fn take_first_focus(ui: &Ui) -> bool {
    ui.data_mut(|d| d.remove_temp::<bool>(first_focus_id()))
        .unwrap_or(false)
}

/// A text field over a copy of `value`, built by `build`. Losing focus seals the undo step. The
/// first field a panel draws after [`request_first_focus`] takes the keyboard.
/// Returns the new text when the user changed it, and whether the field has keyboard focus.
pub fn text_edit(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: Name,
    value: &str,
    build: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> (Option<String>, bool) {
    edit_text(ui, sink, name, value, TextKind::Line, build)
}

/// [`text_edit`] for a text that may span lines (a why, a note).
pub fn paragraph_edit(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: Name,
    value: &str,
    build: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> (Option<String>, bool) {
    edit_text(ui, sink, name, value, TextKind::Paragraph, build)
}

/// A text field that keeps to what the plan may hold: no control characters (pasted ones are
/// taken out), no longer than the kind of text allows.
fn edit_text(
    ui: &mut Ui,
    sink: &mut EditSink,
    name: Name,
    value: &str,
    kind: TextKind,
    build: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> (Option<String>, bool) {
    let mut text = value.to_owned();
    let response = ui.add(build(&mut text).char_limit(kind.limit()));
    let text = kind.clean(&text);
    if take_first_focus(ui) {
        response.request_focus();
    }
    let response = match name {
        Name::Label(id) => response.labelled_by(id),
        Name::Text(name) => response.accessible_name(name),
    };
    if response.lost_focus() {
        sink.seal();
    }
    let changed = response.changed() && text != value;
    (changed.then_some(text), response.has_focus())
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
    let kind = if multiline {
        TextKind::Paragraph
    } else {
        TextKind::Line
    };
    edit_text(ui, sink, Name::Label(label.id), value, kind, |t| {
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
pub fn optional_year(ui: &mut Ui, name: &str, value: Option<i32>, default: i32) -> Picked<i32> {
    optional_drag(ui, name, value, (&tr!("w-set-year"), default), |v| {
        egui::DragValue::new(v).range(1900..=2200).speed(0.1)
    })
}

/// A number field for a value that may be unset, with ✕ to clear it, or the `set` button (its
/// text, the value it sets) when empty.
fn optional_drag<T: egui::emath::Numeric>(
    ui: &mut Ui,
    name: &str,
    value: Option<T>,
    (set_text, default): (&str, T),
    field: impl FnOnce(&mut T) -> egui::DragValue<'_>,
) -> Picked<T> {
    let Some(mut v) = value else {
        return ui
            .small_button(set_text)
            .accessible_name(tr!("w-set-name", name = name))
            .clicked()
            .then_some(Some(default))
            .into();
    };
    let mut out = Picked::Unchanged;
    if ui.add(field(&mut v)).accessible_name(name).changed() {
        out = Picked::Changed(Some(v));
    }
    if clear_button(ui, name) {
        out = Picked::Changed(None);
    }
    out
}

/// A field for a decimal number, written and typed the language's way (4,5 in German; 4.5 is
/// understood too), with the decimals egui would show.
pub fn decimal(value: &mut f64) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .custom_formatter(|x, decimals| {
            crate::i18n::localize_number(&egui::emath::format_with_decimals_in_range(x, decimals))
        })
        .custom_parser(crate::i18n::parse_number)
}

/// A number field with an accessible name; returns the new value when changed.
pub fn number(ui: &mut Ui, name: &str, value: f64) -> Option<f64> {
    let mut v = value;
    let r = ui
        .add(
            egui::DragValue::new(&mut v)
                .speed(0.1)
                // Written and typed the language's way: 4,5 in German (4.5 is understood too).
                .custom_formatter(|x, _| crate::i18n::number(x))
                .custom_parser(crate::i18n::parse_number),
        )
        .accessible_name(name);
    r.changed().then_some(v)
}

/// A number that may be unset: a number field with ✕, or "Set" when empty.
pub fn optional_number(ui: &mut Ui, name: &str, value: Option<f64>) -> Picked<f64> {
    optional_drag(ui, name, value, (&tr!("w-set"), 0.0), |v| {
        crate::ui::widgets::decimal(v).speed(0.1)
    })
}

/// A row's name in a column of `width`: it wraps onto more lines rather than being cut, and
/// Enter is not a line break. Returns the new name when the user changed it.
pub fn wrapping_name(
    ui: &mut Ui,
    sink: &mut EditSink,
    label: &str,
    value: &str,
    width: f32,
) -> Option<String> {
    ui.allocate_ui_with_layout(
        egui::vec2(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_min_width(width);
            text_edit(
                ui,
                sink,
                Name::Text(&field_name(label, &tr!("f-name"))),
                value,
                |t| {
                    TextEdit::multiline(t)
                        .desired_rows(1)
                        .desired_width(width)
                        .return_key(None)
                },
            )
            .0
        },
    )
    .inner
}

/// "Weight" and its field, for a key result or measure (`label` names it); the new weight when
/// changed.
pub fn weight(ui: &mut Ui, label: &str, value: f64) -> Option<f64> {
    ui.horizontal(|ui| {
        ui.label(tr!("w-weight"));
        let mut w = value;
        ui.add(
            crate::ui::widgets::decimal(&mut w)
                .range(0.0..=100.0)
                .speed(0.1),
        )
        .accessible_name(field_name(label, &tr!("f-weight")))
        .on_hover_text(tr!("w-weight-hint"))
        .changed()
        .then_some(w)
    })
    .inner
}

/// "🗑 Delete" in an item's ⋯ menu; `label` names the item for screen readers ("key result
/// 1.2"), `name` is its text for the tooltip. Closes the menu when clicked.
pub fn menu_delete(ui: &mut Ui, label: &str, name: &str) -> bool {
    let clicked = ui
        .button(RichText::new(tr!("w-delete-menu")).color(egui::Color32::from_rgb(200, 70, 60)))
        .accessible_name(tr!("w-delete-of", label = label))
        .on_hover_text(tr!("w-delete-hint", name = name))
        .clicked();
    if clicked {
        ui.close();
    }
    clicked
}

/// A date that may be unset: a calendar button with ×, or "Set date" (today) when empty.
pub fn optional_date(
    ui: &mut Ui,
    salt: &str,
    name: &str,
    value: Option<jiff::civil::Date>,
) -> Picked<jiff::civil::Date> {
    let Some(mut picked) = value else {
        return ui
            .small_button(tr!("w-set-date"))
            .accessible_name(tr!("w-set-name", name = name))
            .clicked()
            .then(|| Some(crate::model::today()))
            .into();
    };
    let mut out = Picked::Unchanged;
    let r = ui.add(
        egui_extras::DatePickerButton::new(&mut picked)
            .format(crate::i18n::date_format())
            .id_salt(salt)
            .calendar_week(false),
    );
    r.accessible_name(name);
    if Some(picked) != value {
        out = Picked::Changed(Some(picked));
    }
    if clear_button(ui, name) {
        out = Picked::Changed(None);
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
    for (to, icon, what) in [
        (up, "⬆", tr!("w-move-up-of", label = label)),
        (down, "⬇", tr!("w-move-down-of", label = label)),
    ] {
        if ui
            .add_enabled(to.is_some(), egui::Button::new(icon))
            .accessible_name(what)
            .clicked()
            && let Some(to) = to
        {
            action = Some(RowAction::MoveTo(to));
        }
    }
    if ui
        .button(RichText::new("🗑").color(egui::Color32::from_rgb(200, 70, 60)))
        .accessible_name(tr!("w-delete-of", label = label))
        .on_hover_text(tr!("w-delete-hint", name = name))
        .clicked()
    {
        action = Some(RowAction::Delete);
    }
    action
}

/// What a screen reader calls one field of an item: "KR 1.2 owner", "KR 1.2: Verantwortlich".
pub fn field_name(label: &str, field: &str) -> String {
    tr!("w-field", label = label, field = field)
}

/// A small × that clears an optional value; true when clicked.
pub fn clear_button(ui: &mut Ui, name: &str) -> bool {
    ui.small_button("×")
        .accessible_name(tr!("w-clear-name", name = name))
        .on_hover_text(tr!("w-clear-name", name = name))
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

/// A cell of a fixed width, so the columns line up whatever is in them.
pub fn fixed_cell(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let mut cell = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    cell.set_clip_rect(rect.expand(2.0).intersect(ui.clip_rect()));
    add(&mut cell);
}
