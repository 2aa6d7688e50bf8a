//! Readings of a measure: the "record a value" dialog (history is kept, never overwritten) and
//! the history window with its chart.

use super::ScorecardView;
use crate::edit::record_reading;
use crate::model::{BscObjective, Id, Plan, Reading, Target};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::Picked;
use egui::{RichText, Ui};
use jiff::civil::Date;

pub fn today() -> Date {
    crate::model::today()
}

/// The open "record a value" dialog.
#[derive(Clone, Debug)]
pub struct Record {
    pub objective: Id,
    pub measure: Id,
    pub value: f64,
    pub date: Date,
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
    egui::Window::new(RichText::new(tr!("bsr-title", name = &m.name)).strong())
        .id(egui::Id::unique("bsc-record"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(tr!(
                "bsr-now",
                value = m.current.map_or_else(|| tr!("score-no-data"), num),
                unit = &m.unit
            ));
            ui.horizontal(|ui| {
                ui.label(tr!("bsr-value"));
                // Within the measure's minimum and maximum, where it has them.
                let range = m.min.unwrap_or(f64::NEG_INFINITY)..=m.max.unwrap_or(f64::INFINITY);
                ui.add(
                    crate::ui::widgets::decimal(&mut record.value)
                        .speed(0.1)
                        .range(range),
                )
                .accessible_name(tr!("bsr-new-value"));
                ui.label(&m.unit);
                if m.min.is_some() || m.max.is_some() {
                    let f = |x: Option<f64>| x.map_or("…".to_owned(), num);
                    ui.label(RichText::new(format!("({}–{})", f(m.min), f(m.max))).weak());
                }
            });
            ui.horizontal(|ui| {
                ui.label(tr!("bsr-date"));
                if let Picked::Changed(Some(d)) = crate::ui::widgets::optional_date(
                    ui,
                    "bsc-record-date",
                    &tr!("bsr-reading-date"),
                    Some(record.date),
                ) {
                    record.date = d;
                }
            });
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!("bsr-record")).size(19.0))
                    .clicked()
                {
                    let reading = Reading {
                        date: record.date,
                        value: record.value,
                    };
                    let edit = record_reading(plan, o.id, m.id, reading);
                    if let Ok(edit) = edit {
                        sink.push(edit);
                    }
                    sink.seal();
                    close = true;
                }
                if ui
                    .button(RichText::new(tr!("btn-cancel")).size(19.0))
                    .clicked()
                {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.record = None;
    }
}

fn history_window(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView) {
    use crate::ui::history::{History, Reference, Series};
    let Some((objective, measure)) = view.history else {
        return;
    };
    let Some((objective, index)) = find(plan, objective, measure) else {
        view.history = None;
        return;
    };
    let m = &objective.measures[index];
    let day0 = m.history.first().map(|r| r.date);
    let x = |d: Date| crate::ui::history::days_since(day0, d);
    let reference = |name: String, y: f64, dotted: bool| Reference { name, y, dotted };
    let mut references = match m.target {
        Some(Target::Value(t)) => vec![reference(tr!("bsr-target"), t, false)],
        Some(Target::Range(lo, hi)) => vec![
            reference(tr!("bsr-target-from"), lo, false),
            reference(tr!("bsr-target-to"), hi, false),
        ],
        None => Vec::new(),
    };
    references.extend(m.baseline.map(|b| reference(tr!("bsr-baseline"), b, true)));
    let mut previous: Option<f64> = None;
    let rows = m
        .history
        .iter()
        .map(|r| {
            let change = previous.map_or(String::new(), |p| {
                let d = r.value - p;
                format!("{}{}", if d >= 0.0 { "+" } else { "" }, num(d))
            });
            previous = Some(r.value);
            vec![
                crate::i18n::date(r.date),
                format!("{} {}", num(r.value), m.unit),
                change,
            ]
        })
        .collect();
    let open = crate::ui::history::window(
        ui,
        &History {
            salt: ("bsc-history", m.id.0),
            title: tr!("bsr-history-title", name = &m.name),
            empty: tr!("bsr-empty"),
            x_label: day0.map_or(String::new(), |d| {
                tr!("hist-days-since", date = crate::i18n::date(d))
            }),
            y_label: m.unit.clone(),
            unit_range: false,
            series: vec![Series {
                name: m.name.clone(),
                points: m.history.iter().map(|r| [x(r.date), r.value]).collect(),
                dashed: false,
            }],
            references,
            headers: vec![tr!("hist-date"), tr!("hist-value"), tr!("bsr-change")],
            rows,
        },
    );
    if !open {
        view.history = None;
    }
}
