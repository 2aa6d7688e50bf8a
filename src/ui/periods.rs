//! The plan's own periods (sprints, "H1 2027", fiscal quarters with dates), in order: the
//! OKR filters offer them and closing a period moves to the next one. Without any, periods
//! are quarters like 2027-Q1 or FY25-Q4.

use super::EditSink;
use super::widgets::{Name, Picked, clear_button, optional_date, text_edit};
use crate::edit::Edit;
use crate::model::{Period, Plan};
use egui::{RichText, TextEdit, Ui};

pub fn periods_ui(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.label(RichText::new("Periods").strong());
    if plan.periods.is_empty() {
        ui.label(
            RichText::new(
                "None of its own: OKR periods are quarters like 2027-Q1 or FY25-Q4, and closing \
                 one moves to the next quarter. Add periods for sprints, halves or fiscal \
                 quarters with dates.",
            )
            .weak(),
        );
    }
    let list = &plan.periods;
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Vec<Period>)| {
        let mut changed = list.clone();
        f(&mut changed);
        sink.push(Edit::SetPeriods(changed));
    };
    egui::Grid::new("plan-periods").show(ui, |ui| {
        for (i, p) in list.iter().enumerate() {
            let label = format!("Period {}", i + 1);
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&format!("{label} name")),
                &p.name,
                |t| TextEdit::singleline(t).desired_width(150.0),
            );
            if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
                set(sink, &|v| v[i].name.clone_from(&name));
            }
            ui.label("from");
            if let Picked::Changed(d) = optional_date(
                ui,
                &format!("period-start-{i}"),
                &format!("{label} start"),
                p.start,
            ) {
                set(sink, &|v| v[i].start = d);
                sink.seal();
            }
            ui.label("to");
            if let Picked::Changed(d) = optional_date(
                ui,
                &format!("period-end-{i}"),
                &format!("{label} end"),
                p.end,
            ) {
                set(sink, &|v| v[i].end = d);
                sink.seal();
            }
            if clear_button(ui, &label) {
                set(sink, &|v| {
                    v.remove(i);
                });
                sink.seal();
            }
            ui.end_row();
        }
    });
    if ui.button("➕ Add period").clicked() {
        set(sink, &|v| {
            let name = format!("Period {}", v.len() + 1);
            v.push(Period {
                name,
                start: None,
                end: None,
            });
        });
        sink.seal();
    }
}
