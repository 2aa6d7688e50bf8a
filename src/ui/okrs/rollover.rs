//! Closing a period: per open objective, carry it over to the next period or close it as
//! achieved, partly achieved or dropped, with the final score people agree on.

use super::OkrsView;
use crate::edit::{Closing, close_period};
use crate::model::{ObjectiveState, Plan, fmt_score, next_period};
use crate::ui::EditSink;
use egui::{RichText, Ui};

/// What closing does with each open objective of the current period, as chosen so far.
#[derive(Clone, Debug)]
pub struct Rollover {
    choices: Vec<Closing>,
}

/// The choices offered when a period is closed.
const CLOSING: [ObjectiveState; 4] = [
    ObjectiveState::CarriedOver,
    ObjectiveState::Achieved,
    ObjectiveState::Partly,
    ObjectiveState::Dropped,
];

impl Rollover {
    pub fn new(plan: &Plan) -> Self {
        Self {
            choices: Closing::suggested(plan),
        }
    }
}

pub(super) fn rollover_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(rollover) = &mut view.rollover else {
        return;
    };
    let mut close = false;
    let current = &plan.current_period;
    let next = next_period(current, &plan.periods);
    egui::Window::new(RichText::new(format!("Closing {current}")).strong())
        .id(egui::Id::unique("okr-rollover"))
        .collapsible(false)
        .default_width(760.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let Some(next) = &next else {
                ui.label(format!(
                    "There is no period after “{current}”: it is neither a quarter like 2027-Q1 \
                     nor followed by another of the plan's own periods. Add the next period in \
                     the Vision panel's plan details."
                ));
                close |= ui.button("Close").clicked();
                return;
            };
            if rollover.choices.is_empty() {
                ui.label(format!("No open objectives in {current}."));
            }
            egui::Grid::new("okr-rollover-grid")
                .striped(true)
                .show(ui, |ui| {
                    for h in ["Objective", "Computed", "Final score", "Then"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for Closing {
                        objective,
                        state,
                        score,
                    } in &mut rollover.choices
                    {
                        let Some(o) = plan.okr(*objective) else {
                            continue;
                        };
                        ui.label(RichText::new(&o.name).strong());
                        ui.label(o.computed_score().map_or("no data".to_owned(), fmt_score));
                        ui.add(
                            egui::DragValue::new(score)
                                .range(0.0..=1.0)
                                .speed(0.01)
                                .fixed_decimals(2),
                        )
                        .accessible_name(format!("Final score of {}", o.name));
                        ui.horizontal(|ui| {
                            for s in CLOSING {
                                let text = if s == ObjectiveState::CarriedOver {
                                    format!("carry over to {next}")
                                } else {
                                    s.label().to_owned()
                                };
                                ui.radio_value(state, s, text).accessible_name(format!(
                                    "{}: {}",
                                    o.name,
                                    s.label()
                                ));
                            }
                        });
                        ui.end_row();
                    }
                });
            ui.label(
                RichText::new(format!(
                    "Closed objectives stay readable in {current} with \
                their state and final score; carried ones start in {next} from their last check-in."
                ))
                .weak(),
            );
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(format!("Close {current}")).size(19.0))
                    .clicked()
                {
                    let edit = close_period(plan, &rollover.choices, next, || sink.fresh_id());
                    sink.push(edit);
                    sink.seal();
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.rollover = None;
    }
}
