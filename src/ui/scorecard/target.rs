//! The target of a measure: none, one value, or a range where anything inside is met. The cell
//! edits the numbers; the measure's ⚙ menu switches between the shapes.

use crate::model::Target;
use crate::tr;
use crate::ui::widgets::Picked;
use crate::ui::widgets::field_name;
use egui::Ui;

/// Edits the numbers of `target`; returns the new one when the user changed it.
pub fn target_cell(ui: &mut Ui, name: &str, target: Option<Target>) -> Picked<Target> {
    let drag = |ui: &mut Ui, v: &mut f64, name: String| {
        ui.add(crate::ui::widgets::decimal(v).speed(0.1))
            .accessible_name(name)
            .changed()
    };
    match target {
        None => ui
            .small_button(tr!("tgt-set"))
            .accessible_name(tr!("w-set-name", name = name))
            .on_hover_text(tr!("tgt-set-hint"))
            .clicked()
            .then_some(Some(Target::Value(0.0)))
            .into(),
        Some(Target::Value(mut v)) => drag(ui, &mut v, name.to_owned())
            .then_some(Some(Target::Value(v)))
            .into(),
        Some(Target::Range(mut lo, mut hi)) => {
            let mut out = Picked::Unchanged;
            if drag(ui, &mut lo, field_name(name, &tr!("f-from"))) {
                out = Picked::Changed(Some(Target::Range(lo, hi.max(lo))));
            }
            ui.label("–");
            if drag(ui, &mut hi, field_name(name, &tr!("f-to"))) {
                out = Picked::Changed(Some(Target::Range(lo.min(hi), hi)));
            }
            out
        }
    }
}

/// The shape of the target, for the ⚙ menu: none, one value, a range.
pub fn target_shape(ui: &mut Ui, name: &str, target: Option<Target>) -> Picked<Target> {
    let value = match target {
        Some(Target::Value(v)) => v,
        Some(Target::Range(_, hi)) => hi,
        None => 0.0,
    };
    let (lo, hi) = match target {
        Some(Target::Range(lo, hi)) => (lo, hi),
        _ => (value, value),
    };
    let shapes = [
        (tr!("tgt-none"), None),
        (tr!("tgt-value"), Some(Target::Value(value))),
        (tr!("tgt-range"), Some(Target::Range(lo, hi))),
    ];
    let mut out = Picked::Unchanged;
    for (text, shape) in shapes {
        let same = kind(shape) == kind(target);
        if ui
            .radio(same, tr!("tgt-shape", shape = &text))
            .accessible_name(tr!("tgt-shape-of", name = name, shape = &text))
            .clicked()
            && !same
        {
            out = Picked::Changed(shape);
        }
    }
    out
}

/// 0 for none, 1 for one value, 2 for a range.
fn kind(target: Option<Target>) -> u8 {
    match target {
        None => 0,
        Some(Target::Value(_)) => 1,
        Some(Target::Range(..)) => 2,
    }
}
