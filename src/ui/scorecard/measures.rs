//! The measures of an objective: a table with progress and a trend per measure, the "record a
//! value" dialog (history is kept, never overwritten) and the history window with its chart.

use super::objective::update;
use super::{ScorecardView, status_color};
use crate::model::{
    BscObjective, Direction, Id, Measure, MeasureState, Plan, Reading, Status, UpdateInterval,
};
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::{Name, optional_number, text_edit};
use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The open "record a value" dialog.
#[derive(Clone, Debug)]
pub struct Record {
    pub objective: Id,
    pub measure: Id,
    pub value: f64,
    pub date: NaiveDate,
}

const INTERVALS: [UpdateInterval; 4] = [
    UpdateInterval::Weekly,
    UpdateInterval::Monthly,
    UpdateInterval::Quarterly,
    UpdateInterval::Yearly,
];

fn direction_label(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "higher is better",
        Direction::LowerIsBetter => "lower is better",
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
        ui.label(RichText::new("Measures").strong());
        if ui
            .small_button("➕ Measure")
            .on_hover_text("Add a measure")
            .clicked()
        {
            let id = sink.fresh_id();
            update(sink, o, |x| {
                x.measures.push(Measure {
                    id,
                    name: "New measure".into(),
                    unit: String::new(),
                    baseline: 0.0,
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
        ui.label(
            RichText::new("No measures yet — an objective without a measure cannot be scored.")
                .weak(),
        );
        return;
    }
    let row_height = ui.spacing().interact_size.y + 6.0;
    ui.push_id(("measures", o.id), |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .vscroll(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::remainder().at_least(110.0).clip(true))
            .column(Column::exact(60.0))
            .column(Column::exact(80.0))
            .column(Column::exact(110.0))
            .column(Column::exact(165.0))
            .column(Column::exact(65.0))
            .column(Column::exact(130.0))
            .column(Column::exact(90.0))
            .column(Column::exact(130.0))
            .header(row_height, |mut h| {
                for title in [
                    "Measure", "Unit", "Baseline", "Target", "Current", "Weight", "Progress",
                    "Trend", "",
                ] {
                    h.col(|ui| {
                        ui.label(RichText::new(title).strong());
                    });
                }
            })
            .body(|mut body| {
                for (k, m) in o.measures.iter().enumerate() {
                    body.row(row_height, |mut row| {
                        measure_row(
                            &mut row,
                            plan,
                            view,
                            sink,
                            o,
                            k,
                            m,
                            &format!("Measure {n}.{}", k + 1),
                        );
                    });
                }
            });
    });
}

/// Pushes the objective with its measure `k` changed by `f`.
fn set_measure(sink: &mut EditSink, o: &BscObjective, k: usize, f: &dyn Fn(&mut Measure)) {
    update(sink, o, |x| f(&mut x.measures[k]));
}

#[allow(clippy::too_many_arguments)]
fn measure_row(
    row: &mut egui_extras::TableRow,
    plan: &Plan,
    view: &mut ScorecardView,
    sink: &mut EditSink,
    o: &BscObjective,
    k: usize,
    m: &Measure,
    label: &str,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Measure)| set_measure(sink, o, k, f);
    row.col(|ui| {
        let (name, _) = text_edit(
            ui,
            sink,
            Name::Text(&format!("{label} name")),
            &m.name,
            |t| TextEdit::singleline(t).desired_width(f32::INFINITY),
        );
        if let Some(name) = name {
            set(sink, &|x| x.name.clone_from(&name));
        }
    });
    row.col(|ui| {
        let (unit, _) = text_edit(
            ui,
            sink,
            Name::Text(&format!("{label} unit")),
            &m.unit,
            |t| TextEdit::singleline(t).desired_width(52.0),
        );
        if let Some(unit) = unit {
            set(sink, &|x| x.unit.clone_from(&unit));
        }
    });
    row.col(|ui| {
        let mut b = m.baseline;
        if ui
            .add(egui::DragValue::new(&mut b).speed(0.1))
            .accessible_name(format!("{label} baseline"))
            .changed()
        {
            set(sink, &|x| x.baseline = b);
        }
    });
    row.col(|ui| {
        if let Some(t) = optional_number(ui, &format!("{label} target"), m.target) {
            set(sink, &|x| x.target = t);
        }
    });
    row.col(|ui| {
        ui.label(m.current.map_or("no data".to_owned(), num));
        if ui
            .small_button("Record…")
            .accessible_name(format!("Record a value for {label}"))
            .clicked()
        {
            view.record = Some(Record {
                objective: o.id,
                measure: m.id,
                value: m.current.unwrap_or(m.baseline),
                // Today, or the last reading's date if the plan's readings run ahead of today,
                // so a new reading never lands before the ones already there.
                date: m.history.last().map_or(today(), |r| r.date.max(today())),
            });
        }
    });
    row.col(|ui| {
        let mut w = m.weight;
        if ui
            .add(egui::DragValue::new(&mut w).range(0.0..=100.0).speed(0.1))
            .accessible_name(format!("{label} weight"))
            .changed()
        {
            set(sink, &|x| x.weight = w);
        }
    });
    row.col(|ui| progress_cell(ui, plan, m));
    row.col(|ui| {
        sparkline(ui, m);
    });
    row.col(|ui| {
        more_menu(ui, sink, o, k, m, label);
        if ui
            .small_button("📈")
            .accessible_name(format!("History of {label}"))
            .on_hover_text("History: every recorded value")
            .clicked()
        {
            view.history = Some((o.id, m.id));
        }
        if ui
            .small_button("🗑")
            .accessible_name(format!("Delete {label}"))
            .clicked()
        {
            update(sink, o, |x| {
                x.measures.remove(k);
            });
            sink.seal();
        }
    });
}

/// Direction, range and update interval: less often changed, so one click away.
fn more_menu(
    ui: &mut Ui,
    sink: &mut EditSink,
    o: &BscObjective,
    k: usize,
    m: &Measure,
    label: &str,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Measure)| set_measure(sink, o, k, f);
    ui.menu_button("⚙", |ui| {
        ui.label(RichText::new(&m.name).strong());
        for d in [Direction::HigherIsBetter, Direction::LowerIsBetter] {
            if ui.radio(m.direction == d, direction_label(d)).clicked() {
                set(sink, &|x| x.direction = d);
            }
        }
        ui.separator();
        for i in INTERVALS {
            if ui
                .radio(m.interval == i, format!("updated {}", i.label()))
                .clicked()
            {
                set(sink, &|x| x.interval = i);
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label("Min");
            if let Some(v) = optional_number(ui, &format!("{label} minimum"), m.min) {
                set(sink, &|x| x.min = v);
            }
            ui.label("Max");
            if let Some(v) = optional_number(ui, &format!("{label} maximum"), m.max) {
                set(sink, &|x| x.max = v);
            }
        });
    })
    .response
    .accessible_name(format!("More settings of {label}"))
    .on_hover_text(format!(
        "{}, updated {}",
        direction_label(m.direction),
        m.interval.label()
    ));
}

fn progress_cell(ui: &mut Ui, plan: &Plan, m: &Measure) {
    let state = m.state();
    let r = match state {
        MeasureState::Progress(p) => {
            let status = Status::of(Some(p), plan.scorecard.thresholds);
            ui.add(
                egui::ProgressBar::new(p as f32)
                    .desired_width(130.0)
                    .fill(status_color(status, ui.visuals().dark_mode))
                    .text(
                        RichText::new(format!("{p:.2} · {}", status.label()))
                            .color(ui.visuals().strong_text_color()),
                    ),
            )
        }
        MeasureState::NoData => ui.label("no data"),
        MeasureState::NoTarget => ui.label("no target"),
        MeasureState::Flat => ui.label("target = baseline"),
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
        .map(|r| format!("{}: {}", r.date, num(r.value)))
        .collect();
    response.on_hover_text(format!("Latest readings:\n{}", text.join("\n")));
}

/// The record dialog and the history window, when open.
pub fn dialogs(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    record_dialog(ui, plan, view, sink);
    history_window(ui, plan, view);
}

fn find(plan: &Plan, objective: Id, measure: Id) -> Option<(&BscObjective, usize)> {
    let o = plan.scorecard.objective(objective)?;
    let k = o.measures.iter().position(|m| m.id == measure)?;
    Some((o, k))
}

fn record_dialog(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    let Some(record) = &mut view.record else {
        return;
    };
    let Some((o, k)) = find(plan, record.objective, record.measure) else {
        view.record = None;
        return;
    };
    let m = &o.measures[k];
    let mut close = false;
    egui::Window::new(RichText::new(format!("Record a value for “{}”", m.name)).strong())
        .id(egui::Id::unique("bsc-record"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(format!(
                "Now {} {}; the old value stays in the history.",
                m.current.map_or("no data".to_owned(), num),
                m.unit
            ));
            ui.horizontal(|ui| {
                ui.label("Value");
                ui.add(egui::DragValue::new(&mut record.value).speed(0.1))
                    .accessible_name("New value");
                ui.label(&m.unit);
            });
            ui.horizontal(|ui| {
                ui.label("Date");
                if let Some(Some(d)) = crate::ui::widgets::optional_date(
                    ui,
                    "bsc-record-date",
                    "Reading date",
                    Some(record.date),
                ) {
                    record.date = d;
                }
            });
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Record").size(19.0)).clicked() {
                    let reading = Reading {
                        date: record.date,
                        value: record.value,
                    };
                    update(sink, o, |x| {
                        let m = &mut x.measures[k];
                        let at = m.history.partition_point(|r| r.date <= reading.date);
                        m.history.insert(at, reading.clone());
                        m.current = m.history.last().map(|r| r.value);
                    });
                    sink.seal();
                    close = true;
                }
                if ui.button(RichText::new("Cancel").size(19.0)).clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.record = None;
    }
}

fn history_window(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView) {
    let Some((objective, measure)) = view.history else {
        return;
    };
    let Some((objective, index)) = find(plan, objective, measure) else {
        view.history = None;
        return;
    };
    let m = &objective.measures[index];
    let mut open = true;
    egui::Window::new(RichText::new(format!("History of “{}”", m.name)).strong())
        .id(egui::Id::unique("bsc-history"))
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ui.ctx(), |ui| {
            if m.history.is_empty() {
                ui.label("No values recorded yet. Use “Record…” to add the first one.");
                return;
            }
            let day0 = m.history[0].date;
            let x = |d: NaiveDate| (d - day0).num_days() as f64;
            let points: Vec<[f64; 2]> = m.history.iter().map(|r| [x(r.date), r.value]).collect();
            egui_plot::Plot::new(("bsc-history-plot", m.id))
                .height(220.0)
                .allow_scroll(false)
                .x_axis_label(format!("days since {day0}"))
                .y_axis_label(m.unit.clone())
                .show(ui, |p| {
                    p.line(egui_plot::Line::new(m.name.clone(), points.clone()).width(2.5));
                    p.points(egui_plot::Points::new("readings", points).radius(4.0));
                    if let Some(t) = m.target {
                        p.hline(
                            egui_plot::HLine::new("target", t)
                                .style(egui_plot::LineStyle::dashed_loose()),
                        );
                    }
                    p.hline(
                        egui_plot::HLine::new("baseline", m.baseline)
                            .style(egui_plot::LineStyle::dotted_loose()),
                    );
                });
            egui::Grid::new(("bsc-history-table", m.id))
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new("Date").strong());
                    ui.label(RichText::new("Value").strong());
                    ui.label(RichText::new("Change").strong());
                    ui.end_row();
                    let mut previous: Option<f64> = None;
                    for r in &m.history {
                        ui.label(r.date.to_string());
                        ui.label(format!("{} {}", num(r.value), m.unit));
                        ui.label(previous.map_or(String::new(), |p| {
                            let d = r.value - p;
                            format!("{}{}", if d >= 0.0 { "+" } else { "" }, num(d))
                        }));
                        ui.end_row();
                        previous = Some(r.value);
                    }
                });
        });
    if !open {
        view.history = None;
    }
}
