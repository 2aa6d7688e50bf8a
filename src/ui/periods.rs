//! The plan's own periods (sprints, "H1 2027", fiscal quarters with dates), in order: the
//! OKR filters offer them and closing a period moves to the next one. Without any, periods
//! are quarters like 2027-Q1 or FY25-Q4.

use super::EditSink;
use super::widgets::{Name, Picked, clear_button, field_name, optional_date, text_edit};
use crate::edit::Edit;
use crate::model::{Period, Plan};
use crate::tr;
use egui::{RichText, TextEdit, Ui};

pub fn periods_ui(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.label(RichText::new(tr!("periods-heading")).strong());
    if plan.periods.is_empty() {
        ui.label(RichText::new(tr!("periods-none")).weak());
    }
    let list = &plan.periods;
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut Vec<Period>)| {
        let mut changed = list.clone();
        f(&mut changed);
        sink.push(Edit::SetPeriods(changed));
    };
    egui::Grid::new("plan-periods").show(ui, |ui| {
        for (i, p) in list.iter().enumerate() {
            let label = tr!("lbl-period", n = i + 1);
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&label, &tr!("f-name"))),
                &p.name,
                |t| TextEdit::singleline(t).desired_width(150.0),
            );
            if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
                set(sink, &|v| v[i].name.clone_from(&name));
            }
            ui.label(tr!("periods-from"));
            if let Picked::Changed(d) = optional_date(
                ui,
                &format!("period-start-{i}"),
                &field_name(&label, &tr!("f-start")),
                p.start,
            ) {
                set(sink, &|v| v[i].start = d);
                sink.seal();
            }
            ui.label(tr!("periods-to"));
            if let Picked::Changed(d) = optional_date(
                ui,
                &format!("period-end-{i}"),
                &field_name(&label, &tr!("f-end")),
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
    if ui.button(tr!("periods-add")).clicked() {
        set(sink, &|v| {
            let name = tr!("lbl-period", n = v.len() + 1);
            v.push(Period {
                name,
                start: None,
                end: None,
            });
        });
        sink.seal();
    }
}
