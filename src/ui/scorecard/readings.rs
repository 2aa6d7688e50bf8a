//! Readings of a measure: the "record a value" dialog (history is kept, never overwritten) and
//! the history window with its chart.

use super::ScorecardView;
use super::objective::update;
use crate::model::{BscObjective, Id, Plan, Reading, Target};
use crate::ui::EditSink;
use crate::ui::tables::num;
use chrono::NaiveDate;
use egui::{RichText, Ui};

pub fn today() -> NaiveDate {
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
                // Within the measure's minimum and maximum, where it has them.
                let range = m.min.unwrap_or(f64::NEG_INFINITY)..=m.max.unwrap_or(f64::INFINITY);
                ui.add(
                    egui::DragValue::new(&mut record.value)
                        .speed(0.1)
                        .range(range),
                )
                .accessible_name("New value");
                ui.label(&m.unit);
                if m.min.is_some() || m.max.is_some() {
                    let f = |x: Option<f64>| x.map_or("…".to_owned(), crate::model::fmt_num);
                    ui.label(RichText::new(format!("({}–{})", f(m.min), f(m.max))).weak());
                }
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
                    let dashed = |name: &str, y: f64| {
                        egui_plot::HLine::new(name, y).style(egui_plot::LineStyle::dashed_loose())
                    };
                    match m.target {
                        Some(Target::Value(t)) => p.hline(dashed("target", t)),
                        Some(Target::Range(lo, hi)) => {
                            p.hline(dashed("target from", lo));
                            p.hline(dashed("target to", hi));
                        }
                        None => {}
                    }
                    if let Some(b) = m.baseline {
                        p.hline(
                            egui_plot::HLine::new("baseline", b)
                                .style(egui_plot::LineStyle::dotted_loose()),
                        );
                    }
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
