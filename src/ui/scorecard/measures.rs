//! The measures of an objective: a table with progress and a trend per measure.

use super::objective::update;
use super::target::{target_cell, target_shape};
use super::{ScorecardView, readings, status_color};
use crate::model::{BscObjective, Direction, Measure, MeasureState, Plan, Status, UpdateInterval};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::{Name, Picked, field_name, fixed_cell, optional_number, text_edit};
use egui::{RichText, TextEdit, Ui};

const INTERVALS: [UpdateInterval; 4] = [
    UpdateInterval::Weekly,
    UpdateInterval::Monthly,
    UpdateInterval::Quarterly,
    UpdateInterval::Yearly,
];

fn direction_label(d: Direction) -> String {
    match d {
        Direction::HigherIsBetter => tr!("bsm-higher"),
        Direction::LowerIsBetter => tr!("bsm-lower"),
    }
}

fn interval_label(i: UpdateInterval) -> String {
    match i {
        UpdateInterval::Weekly => tr!("bsm-weekly"),
        UpdateInterval::Monthly => tr!("bsm-monthly"),
        UpdateInterval::Quarterly => tr!("bsm-quarterly"),
        UpdateInterval::Yearly => tr!("bsm-yearly"),
    }
}

pub fn table(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut ScorecardView,
    sink: &mut EditSink,
    o: &BscObjective,
    n: usize,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("bsm-measures")).strong());
        if ui
            .small_button(tr!("bsm-add"))
            .on_hover_text(tr!("bsm-add-hint"))
            .clicked()
        {
            let id = sink.fresh_id();
            update(sink, o, |x| {
                x.measures.push(Measure {
                    id,
                    name: tr!("bsm-new"),
                    unit: String::new(),
                    baseline: None,
                    target: None,
                    current: None,
                    min: None,
                    max: None,
                    weight: 1.0,
                    interval: UpdateInterval::Monthly,
                    direction: Direction::HigherIsBetter,
                    history: Vec::new(),
                });
            });
            sink.seal();
        }
    });
    if o.measures.is_empty() {
        ui.label(RichText::new(tr!("bsm-none")).weak());
        return;
    }
    // Every row has the same fixed columns, so they line up; the name takes what is left
    // and wraps.
    let spacing = ui.spacing().item_spacing.x;
    let fixed: f32 = COLUMNS.iter().sum::<f32>() + spacing * COLUMNS.len() as f32;
    let name_width = (ui.available_width() - fixed - 24.0).max(150.0);
    ui.horizontal(|ui| {
        fixed_cell(ui, name_width, |ui| {
            ui.label(RichText::new(tr!("bsm-col-measure")).strong());
        });
        for (w, title) in COLUMNS.into_iter().zip(column_titles()) {
            fixed_cell(ui, w, |ui| {
                ui.label(RichText::new(title).strong());
            });
        }
    });
    for (k, m) in o.measures.iter().enumerate() {
        ui.separator();
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
            let label = tr!("lbl-measure", n = format!("{n}.{}", k + 1));
            measure_row(ui, plan, view, sink, o, k, m, &label, name_width);
        });
    }
}

/// The widths of the fixed columns after the name.
const COLUMNS: [f32; 7] = [72.0, 95.0, 135.0, 162.0, 130.0, 60.0, 34.0];

/// The titles of the fixed columns, in the order of [`COLUMNS`].
fn column_titles() -> [String; 7] {
    [
        tr!("bsm-col-unit"),
        tr!("bsm-col-baseline"),
        tr!("bsm-col-target"),
        tr!("bsm-col-current"),
        tr!("bsm-col-progress"),
        tr!("bsm-col-trend"),
        String::new(),
    ]
}

/// Pushes the objective with its measure `k` changed by `f`.
fn set_measure(sink: &mut EditSink, o: &BscObjective, k: usize, f: &dyn Fn(&mut Measure)) {
    update(sink, o, |x| f(&mut x.measures[k]));
}

#[allow(clippy::too_many_arguments)]
#[allow(clippy::many_single_char_names)] // o, k, m as in the other row functions
fn measure_row(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut ScorecardView,
    sink: &mut EditSink,
    o: &BscObjective,
    k: usize,
    m: &Measure,
    label: &str,
    name_width: f32,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Measure)| set_measure(sink, o, k, f);
    let name = crate::ui::widgets::wrapping_name(ui, sink, label, &m.name, name_width);
    if let Some(name) = name {
        set(sink, &|x| x.name.clone_from(&name));
    }
    let w = |i: usize| COLUMNS[i];
    fixed_cell(ui, w(0), |ui| {
        let (unit, _) = text_edit(
            ui,
            sink,
            Name::Text(&field_name(label, &tr!("f-unit"))),
            &m.unit,
            |t| TextEdit::singleline(t).desired_width(w(0) - 4.0),
        );
        if let Some(unit) = unit {
            set(sink, &|x| x.unit.clone_from(&unit));
        }
    });
    fixed_cell(ui, w(1), |ui| match m.baseline {
        Some(mut b) => {
            if ui
                .add(crate::ui::widgets::decimal(&mut b).speed(0.1))
                .accessible_name(field_name(label, &tr!("f-baseline")))
                .changed()
            {
                set(sink, &|x| x.baseline = Some(b));
            }
        }
        None => {
            if ui
                .small_button(tr!("bsm-unknown"))
                .accessible_name(tr!(
                    "w-set-name",
                    name = field_name(label, &tr!("f-baseline"))
                ))
                .on_hover_text(tr!("bsm-unknown-hint"))
                .clicked()
            {
                set(sink, &|x| x.baseline = Some(x.current.unwrap_or(0.0)));
            }
        }
    });
    fixed_cell(ui, w(2), |ui| {
        if let Picked::Changed(t) = target_cell(ui, &field_name(label, &tr!("f-target")), m.target)
        {
            set(sink, &|x| x.target = t);
        }
    });
    fixed_cell(ui, w(3), |ui| {
        ui.label(m.current.map_or_else(|| tr!("score-no-data"), num));
        if ui
            .small_button(tr!("bsm-record"))
            .accessible_name(tr!("bsm-record-of", label = label))
            .clicked()
        {
            view.record = Some(new_record(o, m));
        }
    });
    fixed_cell(ui, w(4), |ui| progress_cell(ui, plan, m));
    fixed_cell(ui, w(5), |ui| sparkline(ui, m));
    actions(ui, view, sink, o, k, m, label);
}

/// The "record a value" dialog for a measure: today (or after its last reading), starting
/// from its current value.
fn new_record(o: &BscObjective, m: &Measure) -> readings::Record {
    readings::Record {
        objective: o.id,
        measure: m.id,
        value: m.current.or(m.baseline).unwrap_or(0.0),
        // Today, or the last reading's date if the plan's readings run ahead of today, so a
        // new reading never lands before the ones already there.
        date: m
            .history
            .last()
            .map_or(readings::today(), |r| r.date.max(readings::today())),
    }
}

/// The ⋯ menu: history, weight, direction, update interval, the target's shape, an unknown
/// baseline, minimum and maximum, delete. Less often used, so one click away.
fn actions(
    ui: &mut Ui,
    view: &mut ScorecardView,
    sink: &mut EditSink,
    o: &BscObjective,
    k: usize,
    m: &Measure,
    label: &str,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Measure)| set_measure(sink, o, k, f);
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let (response, _) = egui::containers::menu::MenuButton::new("⋯")
        .config(config)
        .ui(ui, |ui| {
            ui.label(RichText::new(&m.name).strong());
            if ui
                .button(tr!("bsm-history"))
                .accessible_name(tr!("bsm-history-of", label = label))
                .on_hover_text(tr!("bsm-history-hint"))
                .clicked()
            {
                view.history = Some((o.id, m.id));
                ui.close();
            }
            if let Some(w) = crate::ui::widgets::weight(ui, label, m.weight) {
                set(sink, &|x| x.weight = w);
            }
            ui.separator();
            for d in [Direction::HigherIsBetter, Direction::LowerIsBetter] {
                if ui.radio(m.direction == d, direction_label(d)).clicked() {
                    set(sink, &|x| x.direction = d);
                    sink.seal();
                }
            }
            ui.separator();
            for i in INTERVALS {
                if ui
                    .radio(
                        m.interval == i,
                        tr!("bsm-updated", interval = interval_label(i)),
                    )
                    .clicked()
                {
                    set(sink, &|x| x.interval = i);
                    sink.seal();
                }
            }
            ui.separator();
            if let Picked::Changed(t) =
                target_shape(ui, &field_name(label, &tr!("f-target")), m.target)
            {
                set(sink, &|x| x.target = t);
                sink.seal();
            }
            if m.baseline.is_some()
                && ui
                    .button(tr!("bsm-baseline-unknown"))
                    .accessible_name(tr!(
                        "w-clear-name",
                        name = field_name(label, &tr!("f-baseline"))
                    ))
                    .on_hover_text(tr!("bsm-baseline-unknown-hint"))
                    .clicked()
            {
                set(sink, &|x| x.baseline = None);
                sink.seal();
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label(tr!("bsm-min"));
                let name = field_name(label, &tr!("f-minimum"));
                if let Picked::Changed(v) = optional_number(ui, &name, m.min) {
                    set(sink, &|x| x.min = v);
                }
                ui.label(tr!("bsm-max"));
                let name = field_name(label, &tr!("f-maximum"));
                if let Picked::Changed(v) = optional_number(ui, &name, m.max) {
                    set(sink, &|x| x.max = v);
                }
            });
            ui.separator();
            if crate::ui::widgets::menu_delete(ui, label, &m.name) {
                update(sink, o, |x| {
                    x.measures.remove(k);
                });
                sink.seal();
            }
        });
    response
        .accessible_name(tr!("bsm-actions-of", label = label))
        .on_hover_text(tr!(
            "bsm-actions-hint",
            weight = num(m.weight),
            direction = direction_label(m.direction),
            interval = interval_label(m.interval)
        ));
}

fn progress_cell(ui: &mut Ui, plan: &Plan, m: &Measure) {
    let state = m.state();
    let r = match state {
        MeasureState::Progress(p) => {
            let status = Status::of(Some(p), plan.settings.scoring.scorecard);
            // The bar fills to the clamped value; the text shows progress as computed.
            ui.add(
                egui::ProgressBar::new(p.clamp(0.0, 1.0) as f32)
                    .desired_width(130.0)
                    .fill(status_color(status, ui.visuals().dark_mode))
                    .text(
                        RichText::new(tr!(
                            "score-line",
                            score = crate::i18n::score(p),
                            status = crate::i18n::status(status)
                        ))
                        .color(ui.visuals().strong_text_color()),
                    ),
            )
        }
        MeasureState::NoData => ui.label(tr!("score-no-data")),
        MeasureState::NoTarget => ui.label(tr!("bsm-no-target")),
        MeasureState::NoBaseline => ui.label(tr!("bsm-no-baseline")),
    };
    r.on_hover_text(m.explain());
}

/// The last readings as a small line, with the values on hover.
fn sparkline(ui: &mut Ui, m: &Measure) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(90.0, 24.0), egui::Sense::hover());
    let values: Vec<f64> = m
        .history
        .iter()
        .rev()
        .take(12)
        .rev()
        .map(|r| r.value)
        .collect();
    if values.len() < 2 {
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "—",
            egui::FontId::proportional(14.0),
            ui.visuals().weak_text_color(),
        );
        return;
    }
    let (lo, hi) = values
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
    let span = if hi > lo { hi - lo } else { 1.0 };
    let step = rect.width() / (values.len() - 1) as f32;
    let points: Vec<egui::Pos2> = values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            egui::pos2(
                rect.left() + i as f32 * step,
                rect.bottom() - ((v - lo) / span) as f32 * rect.height(),
            )
        })
        .collect();
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::line(
        points.clone(),
        egui::Stroke::new(2.0, color),
    ));
    if let Some(last) = points.last() {
        ui.painter().circle_filled(*last, 3.0, color);
    }
    let text: Vec<String> = m
        .history
        .iter()
        .rev()
        .take(6)
        .map(|r| {
            tr!(
                "bsm-reading",
                date = crate::i18n::date(r.date),
                value = num(r.value)
            )
        })
        .collect();
    response.on_hover_text(tr!("bsm-latest", readings = text.join("\n")));
}
