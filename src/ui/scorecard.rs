//! The Scorecard panel, read-only for now: each perspective's objectives with owner, measures,
//! progress and initiatives, and the cause→effect links. (Editing is its own issue.)

use super::tables::{num, opt_num, text_table};
use crate::model::{Perspective, Plan};
use egui::{RichText, Ui};

pub fn scorecard_ui(ui: &mut Ui, plan: &Plan) {
    let s = &plan.scorecard;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("Balanced Scorecard");
        ui.label(format!(
            "Progress = (current − baseline) / (target − baseline). Red below {}, amber below {}, green from there.",
            num(s.thresholds.amber_from),
            num(s.thresholds.green_from)
        ));
        for perspective in Perspective::ALL {
            ui.add_space(10.0);
            ui.label(RichText::new(perspective.label()).heading());
            let rows: Vec<Vec<String>> = s
                .objectives
                .iter()
                .filter(|o| o.perspective == perspective)
                .flat_map(|o| {
                    let head = vec![
                        o.name.clone(),
                        plan.person_name(o.owner).to_owned(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        o.why.clone(),
                    ];
                    let measures = o.measures.iter().map(|m| {
                        vec![
                            String::new(),
                            String::new(),
                            format!("{} ({})", m.name, m.unit),
                            num(m.baseline),
                            opt_num(m.target),
                            opt_num(m.current),
                            m.progress().map_or_else(
                                || "no data".to_owned(),
                                |p| format!("{:.0}%", p * 100.0),
                            ),
                        ]
                    });
                    std::iter::once(head).chain(measures)
                })
                .collect();
            text_table(
                ui,
                perspective.label(),
                &["Objective", "Owner", "Measure", "Baseline", "Target", "Current", "Progress / why"],
                &rows,
            );
            let initiatives: Vec<Vec<String>> = s
                .objectives
                .iter()
                .filter(|o| o.perspective == perspective)
                .flat_map(|o| {
                    o.initiatives.iter().map(|i| {
                        vec![
                            i.name.clone(),
                            plan.person_name(i.owner).to_owned(),
                            i.due.map(|d| d.to_string()).unwrap_or_default(),
                            i.budget.map(num).unwrap_or_default(),
                            i.status.label().to_owned(),
                        ]
                    })
                })
                .collect();
            if !initiatives.is_empty() {
                ui.label(RichText::new("Initiatives").strong());
                text_table(
                    ui,
                    &format!("{}-initiatives", perspective.label()),
                    &["Initiative", "Owner", "Due", "Budget", "Status"],
                    &initiatives,
                );
            }
        }
        ui.add_space(10.0);
        ui.label(RichText::new("Cause → effect").heading());
        let name = |id| {
            s.objectives
                .iter()
                .find(|o| o.id == id)
                .map_or(String::new(), |o| o.name.clone())
        };
        let links: Vec<Vec<String>> =
            s.links.iter().map(|l| vec![name(l.cause), "→".into(), name(l.effect)]).collect();
        text_table(ui, "links", &["Cause", "", "Effect"], &links);
    });
}
