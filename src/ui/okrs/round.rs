//! The check-in round: the weekly or monthly meeting, every key result of a team in turn,
//! keyboard only.

use super::OkrsView;
use super::checkins::{Draft, draft_fields};
use crate::model::{Id, Plan};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::commands::{Command, Context};
use egui::{RichText, Ui};

/// The weekly or monthly meeting: every key result of a team, one at a time.
#[derive(Clone, Debug)]
pub struct Round {
    team: Option<Id>,
    krs: Vec<Id>,
    index: usize,
    draft: Option<Draft>,
    recorded: usize,
}

impl Round {
    pub fn new(plan: &Plan, team: Option<Id>) -> Self {
        let krs = plan
            .okrs
            .iter()
            .filter(|o| !o.is_closed() && o.period == plan.current_period)
            .filter(|o| team.is_none_or(|t| o.team == Some(t)))
            .flat_map(|o| o.key_results.iter().map(|k| k.id))
            .collect();
        Self {
            team,
            krs,
            index: 0,
            draft: None,
            recorded: 0,
        }
    }
}

/// The round's keys, from the command table.
fn round_keys() -> String {
    use strum::IntoEnumIterator;
    let mut keys: Vec<String> = Command::iter()
        .filter(|c| c.context() == Context::CheckInRound)
        .map(|c| {
            tr!(
                "round-key",
                keys = c.keys_text(),
                what = crate::i18n::in_sentence(&c.label())
            )
        })
        .collect();
    keys.push(tr!("round-key-esc"));
    keys.join(" · ")
}

pub(super) fn round_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(round) = &mut view.round else { return };
    let mut close = false;
    let team = round.team.map_or_else(
        || tr!("round-all-teams"),
        |t| plan.team_name(Some(t)).to_owned(),
    );
    let total = round.krs.len();
    egui::Window::new(RichText::new(tr!("round-title", team = team)).strong())
        .id(egui::Id::unique("okr-round"))
        .collapsible(false)
        .resizable(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            if round.index >= total {
                ui.label(
                    RichText::new(tr!(
                        "round-complete",
                        recorded = round.recorded,
                        total = total
                    ))
                    .size(20.0),
                );
                if ui.button(tr!("btn-close")).clicked() {
                    close = true;
                }
                return;
            }
            ui.label(
                RichText::new(tr!("round-kr-of", n = round.index + 1, total = total)).strong(),
            );
            let draft = round.draft.get_or_insert_with(|| {
                plan.key_result(round.krs[round.index]).map_or_else(
                    || Draft {
                        kr: Id(0),
                        date: crate::model::today(),
                        value: 0.0,
                        done: false,
                        confidence: 7,
                        comment: String::new(),
                        who: None,
                        focus: true,
                    },
                    |(_, kr)| Draft::new(plan, kr),
                )
            });
            // Enter is the round's own command (below), not the dialog's.
            let _ = draft_fields(ui, plan, draft);
            ui.label(RichText::new(round_keys()).weak());
            let pressed = Command::pressed(ui.ctx(), Context::CheckInRound);
            let skip = pressed.contains(&Command::RoundSkip);
            let back = pressed.contains(&Command::RoundBack);
            let mut record = pressed.contains(&Command::RoundRecord);
            ui.horizontal(|ui| {
                record |= ui.button(tr!("round-record-next")).clicked();
                if ui.button(tr!("round-skip")).clicked() || skip {
                    round.index += 1;
                    round.draft = None;
                }
                if (ui
                    .add_enabled(round.index > 0, egui::Button::new(tr!("round-back")))
                    .clicked()
                    || back)
                    && round.index > 0
                {
                    round.index -= 1;
                    round.draft = None;
                }
            });
            if record && let Some(d) = round.draft.take() {
                d.record(plan, sink);
                round.recorded += 1;
                round.index += 1;
            }
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.round = None;
    }
}
