//! The Vision panel: plan details, the vision statement, its why, target year and the
//! measurable vision targets. Reads the plan, emits edits.

use super::EditSink;
use super::widgets::{Name, Picked, cell_text, labelled_text, number, optional_year, text_edit};
use crate::edit::{Edit, TextField};
use crate::i18n::text as text_of;
use crate::model::{Plan, VisionTarget};
use crate::tr;
use egui::{RichText, Ui};

pub fn vision_ui(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(tr!("vision-heading"));
        ui.label(tr!("vision-intro"));
        ui.add_space(8.0);
        let v = &plan.vision;
        text(
            ui,
            sink,
            TextField::VisionStatement,
            &tr!("vision-statement"),
            &v.statement,
            true,
            &tr!("vision-statement-hint"),
        );
        text(
            ui,
            sink,
            TextField::VisionWhy,
            &tr!("vision-why"),
            &v.why,
            true,
            &tr!("vision-why-hint"),
        );
        ui.horizontal(|ui| {
            let label = tr!("vision-target-year");
            ui.label(RichText::new(&label).strong());
            if let Picked::Changed(year) = optional_year(ui, &label, v.target_year, 2030) {
                sink.push(Edit::SetVisionYear(year));
            }
        });
        ui.add_space(12.0);
        targets_ui(ui, plan, sink);
        ui.add_space(16.0);
        ui.separator();
        ui.heading(tr!("details-heading"));
        egui::Grid::new("plan-details")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                for (field, label, hint) in [
                    (TextField::Title, "details-title", "details-title-hint"),
                    (
                        TextField::Organisation,
                        "details-organisation",
                        "details-organisation-hint",
                    ),
                    (
                        TextField::Facilitator,
                        "details-facilitator",
                        "details-facilitator-hint",
                    ),
                    (
                        TextField::Horizon,
                        "details-horizon",
                        "details-horizon-hint",
                    ),
                    (
                        TextField::CurrentPeriod,
                        "details-period",
                        "details-period-hint",
                    ),
                ] {
                    let (label, hint) = (text_of(label), text_of(hint));
                    let value = match field {
                        TextField::Title => &plan.title,
                        TextField::Organisation => &plan.organisation,
                        TextField::Facilitator => &plan.facilitator,
                        TextField::Horizon => &plan.horizon,
                        _ => &plan.current_period,
                    };
                    let l = ui.label(RichText::new(label).strong());
                    let (changed, _) = text_edit(ui, sink, Name::Label(l.id), value, |t| {
                        egui::TextEdit::singleline(t)
                            .hint_text(hint.as_str())
                            .desired_width(480.0)
                    });
                    if let Some(value) = changed {
                        sink.push(Edit::SetText { field, value });
                    }
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        super::periods::periods_ui(ui, plan, sink);
        ui.add_space(16.0);
        ui.separator();
        super::people::people_ui(ui, plan, sink);
    });
}

fn text(
    ui: &mut Ui,
    sink: &mut EditSink,
    field: TextField,
    label: &str,
    value: &str,
    multiline: bool,
    hint: &str,
) {
    if let Some(value) = labelled_text(ui, sink, label, value, multiline, hint) {
        sink.push(Edit::SetText { field, value });
    }
}

/// Column widths of the vision targets table: metric, value, unit, by year.
const TARGET_COLUMNS: [f32; 4] = [420.0, 110.0, 120.0, 170.0];

fn targets_ui(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.label(RichText::new(tr!("vision-targets")).strong());
    let targets = &plan.vision.targets;
    if targets.is_empty() {
        ui.label(tr!("vision-no-targets"));
    } else {
        ui.horizontal(|ui| {
            for (h, w) in [
                "vision-col-metric",
                "vision-col-value",
                "vision-col-unit",
                "vision-col-year",
            ]
            .into_iter()
            .map(text_of)
            .zip(TARGET_COLUMNS)
            {
                fixed_cell(ui, w, |ui| {
                    ui.label(RichText::new(h).weak());
                });
            }
        });
        for (i, t) in targets.iter().enumerate() {
            ui.horizontal(|ui| {
                target_row(ui, sink, i + 1, t, plan.vision.target_year.unwrap_or(2030));
            });
        }
    }
    if ui.button(tr!("vision-add-target")).clicked() {
        let id = sink.fresh_id();
        sink.push(Edit::InsertVisionTarget {
            index: targets.len(),
            target: VisionTarget {
                id,
                metric: String::new(),
                value: 0.0,
                unit: String::new(),
                by_year: plan.vision.target_year,
            },
        });
    }
}

/// A table cell exactly `width` wide, so header and rows line up.
fn fixed_cell(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            add(ui);
        },
    );
}

fn target_row(ui: &mut Ui, sink: &mut EditSink, n: usize, t: &VisionTarget, year: i32) {
    let [w_metric, w_value, w_unit, w_year] = TARGET_COLUMNS;
    let mut changed = t.clone();
    let mut dirty = false;
    if let Some(s) = cell_text(
        ui,
        sink,
        &tr!("vision-target-metric", n = n),
        &t.metric,
        w_metric,
    ) {
        changed.metric = s;
        dirty = true;
    }
    fixed_cell(ui, w_value, |ui| {
        if let Some(v) = number(ui, &tr!("vision-target-value", n = n), t.value) {
            changed.value = v;
            dirty = true;
        }
    });
    if let Some(s) = cell_text(ui, sink, &tr!("vision-target-unit", n = n), &t.unit, w_unit) {
        changed.unit = s;
        dirty = true;
    }
    fixed_cell(ui, w_year, |ui| {
        if let Picked::Changed(y) =
            optional_year(ui, &tr!("vision-target-year-n", n = n), t.by_year, year)
        {
            changed.by_year = y;
            dirty = true;
        }
    });
    if dirty {
        sink.push(Edit::UpdateVisionTarget(changed));
    }
    if ui
        .button("🗑")
        .accessible_name(tr!("vision-delete-target", n = n))
        .on_hover_text(tr!("vision-delete-target-hint"))
        .clicked()
    {
        sink.push(Edit::RemoveVisionTarget(t.id));
    }
}
