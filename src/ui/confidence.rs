//! Confidence rounds in the Workshop panel: each participant's value (fist of five, 1–10)
//! entered privately by keyboard, hidden until revealed; then the spread (lowest, median,
//! highest, a dot plot) and who answered low, with why; recordable as the key results'
//! check-in confidence in one undoable step.

use super::EditSink;
use crate::edit::Edit;
use crate::model::{ConfidenceRound, Id, Plan};
use crate::tr;
use egui::{RichText, TextEdit, Ui};
use std::collections::HashMap;

/// An answer being typed, per round.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    participant: String,
    value: u8,
    note: String,
    error: Option<String>,
    /// For the round about to start: one team's OKRs instead of the whole period's.
    team: Option<Id>,
}

/// Where the choice for the next round is kept among the drafts (no round has id 0).
const NEXT_ROUND: Id = Id(0);

/// Answers being typed, by round.
pub type Drafts = HashMap<Id, Draft>;

/// Pushes the workshop record with round `index` changed by `f`, as a step called `label`.
fn change_round(
    sink: &mut EditSink,
    plan: &Plan,
    index: usize,
    label: &'static str,
    f: impl FnOnce(&mut ConfidenceRound),
) {
    super::workshop::change(sink, plan, Some(label), |w| {
        f(&mut w.confidence_rounds[index]);
    });
}

pub fn rounds_ui(ui: &mut Ui, plan: &Plan, drafts: &mut Drafts, sink: &mut EditSink) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("ws-rounds")).size(24.0).strong());
        let next = drafts.entry(NEXT_ROUND).or_default();
        let teams = super::widgets::team_options(ui, plan);
        if let super::widgets::Picked::Changed(team) = super::widgets::id_combo(
            ui,
            "round-team",
            &tr!("round-on"),
            next.team,
            &teams,
            &tr!("round-whole-period"),
            220.0,
        ) {
            next.team = team;
        }
        let about: Vec<Id> = plan
            .okrs
            .iter()
            .filter(|o| !o.is_closed() && o.period == plan.current_period)
            .filter(|o| next.team.is_none() || o.team == next.team)
            .map(|o| o.id)
            .collect();
        let team = plan.team_name(next.team).to_owned();
        let r = ui
            .add_enabled(!about.is_empty(), egui::Button::new(tr!("round-start")))
            .on_hover_text(tr!("round-start-hint"))
            .on_disabled_hover_text(if team.is_empty() {
                tr!("round-none-open")
            } else {
                tr!("round-none-open-team", team = &team)
            });
        if r.clicked() {
            let id = sink.fresh_id();
            let mut w = plan.workshop.clone();
            w.confidence_rounds.push(ConfidenceRound {
                id,
                question: if team.is_empty() {
                    tr!("round-question", period = &plan.current_period)
                } else {
                    tr!(
                        "round-question-team",
                        team = &team,
                        period = &plan.current_period
                    )
                },
                date: Some(super::today(ui.ctx())),
                // The whole period is an empty list: OKRs added later belong to it too.
                about: if team.is_empty() { Vec::new() } else { about },
                answers: Vec::new(),
                revealed: false,
            });
            sink.push(Edit::named(
                "start a confidence round",
                Edit::SetWorkshop(w),
            ));
            sink.seal();
        }
    });
    if plan.workshop.confidence_rounds.is_empty() {
        ui.label(RichText::new(tr!("ws-no-rounds")).weak());
        return;
    }
    let scale = plan.settings.confidence.range();
    for (index, r) in plan.workshop.confidence_rounds.iter().enumerate() {
        let n = index + 1;
        let draft = drafts.entry(r.id).or_insert_with(|| Draft {
            value: *scale.end() / 2 + 1,
            ..Draft::default()
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let heading = match r.date {
                Some(d) => tr!("ws-dated", text = &r.question, date = crate::i18n::date(d)),
                None => r.question.clone(),
            };
            ui.label(RichText::new(heading).size(20.0).strong());
            ui.label(tr!(
                "round-scale",
                low = u32::from(*scale.start()),
                high = u32::from(*scale.end())
            ));
            if !r.about.is_empty() {
                let names: Vec<&str> = r
                    .about
                    .iter()
                    .filter_map(|id| {
                        plan.okr(*id)
                            .map(|o| o.name.as_str())
                            .or_else(|| plan.key_result(*id).map(|(_, k)| k.name.as_str()))
                    })
                    .collect();
                ui.add(egui::Label::new(tr!("round-about", names = names.join(" · "))).wrap());
            }
            if r.revealed {
                spread(ui, r, scale.clone());
                if ui
                    .button(tr!("round-record"))
                    .accessible_name(tr!("round-record-n", n = n))
                    .on_hover_text(tr!("round-record-hint"))
                    .clicked()
                {
                    match crate::edit::record_round(plan, r.id, super::today(ui.ctx())) {
                        Ok(edit) => {
                            sink.push(edit);
                            sink.seal();
                        }
                        Err(e) => draft.error = Some(e.to_string()),
                    }
                }
            } else {
                answer_row(ui, plan, r, index, draft, n, scale.clone(), sink);
            }
            if let Some(e) = &draft.error {
                ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            }
        });
    }
}

/// Who has answered (not what), the next answer, and Reveal.
#[allow(clippy::too_many_arguments)]
fn answer_row(
    ui: &mut Ui,
    plan: &Plan,
    r: &ConfidenceRound,
    index: usize,
    draft: &mut Draft,
    n: usize,
    scale: std::ops::RangeInclusive<u8>,
    sink: &mut EditSink,
) {
    let who: Vec<&str> = r.answers.iter().map(|a| a.participant.as_str()).collect();
    ui.label(
        RichText::new(if who.is_empty() {
            tr!("round-nobody")
        } else {
            tr!("round-answered", count = who.len(), names = who.join(", "))
        })
        .strong(),
    );
    let mut send = false;
    ui.horizontal(|ui| {
        ui.label(tr!("ws-who"));
        ui.add(TextEdit::singleline(&mut draft.participant).desired_width(160.0))
            .accessible_name(tr!("round-participant", n = n));
        ui.label(tr!("round-confidence"));
        ui.add(egui::DragValue::new(&mut draft.value).range(scale.clone()))
            .accessible_name(tr!("round-value", n = n));
        ui.label(tr!("round-why"));
        let note = ui
            .add(TextEdit::singleline(&mut draft.note).desired_width(240.0))
            .accessible_name(tr!("round-why-n", n = n));
        send |= note.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        send |= ui
            .button(tr!("round-answer"))
            .accessible_name(tr!("round-answer-n", n = n))
            .clicked();
    });
    if send {
        match r.answer(&draft.participant, draft.value, &draft.note, scale) {
            Ok(answered) => {
                change_round(sink, plan, index, "answer a confidence round", |x| {
                    *x = answered;
                });
                draft.participant.clear();
                draft.note.clear();
                draft.error = None;
            }
            Err(e) => draft.error = Some(e),
        }
    }
    let name = tr!("round-reveal-n", n = n);
    if super::dot_votes::reveal_button(ui, !r.answers.is_empty(), name, tr!("round-nobody")) {
        change_round(sink, plan, index, "reveal the round", |x| x.revealed = true);
    }
}

/// Lowest, median, highest; a dot per answer above its value; who answered low and why.
pub fn spread(ui: &mut Ui, r: &ConfidenceRound, scale: std::ops::RangeInclusive<u8>) {
    let Some(s) = r.spread() else {
        ui.label(tr!("round-nobody"));
        return;
    };
    ui.label(RichText::new(s.to_string()).size(22.0).strong());
    dot_plot(ui, r, scale, 28.0);
    for a in r.low() {
        let why = if a.note.is_empty() {
            tr!("round-no-reason")
        } else {
            a.note.clone()
        };
        ui.label(tr!(
            "round-low",
            who = &a.participant,
            value = u32::from(a.value),
            why = why
        ));
    }
}

/// One column per value of the scale, a dot per answer with that value.
pub fn dot_plot(ui: &mut Ui, r: &ConfidenceRound, scale: std::ops::RangeInclusive<u8>, cell: f32) {
    let values: Vec<u8> = scale.collect();
    let most = values
        .iter()
        .map(|v| r.answers.iter().filter(|a| a.value == *v).count())
        .max()
        .unwrap_or(0)
        .max(1);
    let size = egui::vec2(cell * values.len() as f32, cell * (most as f32 + 1.0));
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter();
    let visuals = ui.visuals();
    for (k, value) in values.iter().enumerate() {
        let x = rect.left() + cell * (k as f32 + 0.5);
        painter.text(
            egui::pos2(x, rect.bottom() - cell / 2.0),
            egui::Align2::CENTER_CENTER,
            value.to_string(),
            egui::FontId::proportional(cell * 0.6),
            visuals.text_color(),
        );
        let count = r.answers.iter().filter(|a| a.value == *value).count();
        for d in 0..count {
            let y = rect.bottom() - cell * (d as f32 + 1.5);
            painter.circle_filled(egui::pos2(x, y), cell * 0.35, visuals.selection.bg_fill);
        }
    }
}
