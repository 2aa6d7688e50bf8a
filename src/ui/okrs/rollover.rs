//! Closing a period: per open objective, carry it over to the next period or close it as
//! achieved, partly achieved or dropped, with the final score people agree on.

use super::OkrsView;
use crate::edit::{Closing, close_period};
use crate::model::{ObjectiveState, Plan, next_period};
use crate::tr;
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
    egui::Window::new(RichText::new(tr!("roll-title", period = current)).strong())
        .id(egui::Id::unique("okr-rollover"))
        .collapsible(false)
        .default_width(760.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let Some(next) = &next else {
                ui.label(tr!("roll-no-next", period = current));
                close |= ui.button(tr!("btn-close")).clicked();
                return;
            };
            if rollover.choices.is_empty() {
                ui.label(tr!("roll-none-open", period = current));
            }
            egui::Grid::new("okr-rollover-grid")
                .striped(true)
                .show(ui, |ui| {
                    for h in [
                        "rep-col-objective",
                        "roll-computed",
                        "roll-final",
                        "roll-then",
                    ] {
                        ui.label(RichText::new(crate::i18n::text(h)).strong());
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
                        ui.label(
                            o.computed_score()
                                .map_or_else(|| tr!("score-no-data"), crate::i18n::score),
                        );
                        ui.add(
                            crate::ui::widgets::decimal(score)
                                .range(0.0..=1.0)
                                .speed(0.01)
                                .fixed_decimals(2),
                        )
                        .accessible_name(tr!("roll-final-of", name = &o.name));
                        ui.horizontal(|ui| {
                            for s in CLOSING {
                                let word =
                                    crate::i18n::text(&format!("okr-state-{s:?}").to_lowercase());
                                let text = if s == ObjectiveState::CarriedOver {
                                    tr!("roll-carry", period = next)
                                } else {
                                    word.clone()
                                };
                                ui.radio_value(state, s, text).accessible_name(tr!(
                                    "roll-choice",
                                    name = &o.name,
                                    state = word
                                ));
                            }
                        });
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(tr!("roll-note", period = current, next = next)).weak());
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!("roll-close", period = current)).size(19.0))
                    .clicked()
                {
                    let edit = close_period(plan, &rollover.choices, next, || sink.fresh_id());
                    sink.push(edit);
                    sink.seal();
                    close = true;
                }
                if ui.button(tr!("btn-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.rollover = None;
    }
}
