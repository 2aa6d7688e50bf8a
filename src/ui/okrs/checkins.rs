//! Check-ins: the dialog that records one (history is kept, never overwritten), the history
//! window with its trend, the keyboard-only check-in round, and closing a quarter.

use super::OkrsView;
use super::objectives::{SWEET_SPOT, update};
use crate::edit::{Edit, TextField};
use crate::model::{CheckIn, Id, KeyResult, KrKind, OkrObjective, Plan, next_period};
use crate::ui::EditSink;
use crate::ui::commands::{Command, Context};
use crate::ui::tables::num;
use chrono::NaiveDate;
use egui::{RichText, Ui};

/// A check-in being written.
#[derive(Clone, Debug)]
pub struct Draft {
    pub kr: Id,
    pub date: NaiveDate,
    pub value: f64,
    pub done: bool,
    pub confidence: u8,
    pub comment: String,
    pub who: Option<Id>,
    /// The value field takes the keyboard on the draft's first frame.
    focus: bool,
}

impl Draft {
    pub fn new(_plan: &Plan, kr: &KeyResult) -> Self {
        let today = chrono::Local::now().date_naive();
        let (value, done) = match &kr.kind {
            KrKind::Metric { start, current, .. } => (current.unwrap_or(*start), false),
            KrKind::Milestone { done, .. } => (0.0, *done),
        };
        Self {
            kr: kr.id,
            // Never before the last check-in, so the new one is the latest.
            date: kr.check_ins.last().map_or(today, |c| c.date.max(today)),
            value,
            done,
            confidence: kr.check_ins.last().map_or(7, |c| c.confidence),
            comment: String::new(),
            who: kr.owner,
            focus: true,
        }
    }

    /// Appends the check-in to the key result's history and updates its current state.
    fn record(&self, plan: &Plan, sink: &mut EditSink) {
        let Some((o, kr)) = plan.key_result(self.kr) else {
            return;
        };
        let k = o
            .key_results
            .iter()
            .position(|x| x.id == kr.id)
            .unwrap_or(0);
        let milestone = matches!(kr.kind, KrKind::Milestone { .. });
        let check_in = CheckIn {
            date: self.date,
            value: if milestone {
                f64::from(u8::from(self.done))
            } else {
                self.value
            },
            confidence: self.confidence.clamp(1, 10),
            comment: crate::model::TextKind::Paragraph.clean(self.comment.trim()),
            who: self.who,
        };
        update(sink, o, |x| {
            let kr = &mut x.key_results[k];
            let at = kr.check_ins.partition_point(|c| c.date <= check_in.date);
            kr.check_ins.insert(at, check_in.clone());
            let latest = kr.check_ins.last().map(|c| c.value);
            match &mut kr.kind {
                KrKind::Metric { current, .. } => *current = latest,
                KrKind::Milestone { done, .. } => *done = latest.is_some_and(|v| v >= 1.0),
            }
        });
        sink.seal();
    }
}

/// The fields of a draft; returns true when Enter was pressed. The value field takes the
/// keyboard when the draft is new.
fn draft_fields(ui: &mut Ui, plan: &Plan, draft: &mut Draft) -> bool {
    let focus_value = std::mem::take(&mut draft.focus);
    let Some((o, kr)) = plan.key_result(draft.kr) else {
        return false;
    };
    ui.label(RichText::new(&kr.name).size(22.0).strong());
    ui.label(RichText::new(format!("Objective: {}", o.name)).weak());
    match &kr.kind {
        KrKind::Metric {
            start,
            target,
            current,
            unit,
        } => {
            ui.label(format!(
                "From {} to {} {unit}; now {}.",
                num(*start),
                num(*target),
                current.map_or("—".to_owned(), num)
            ));
            ui.horizontal(|ui| {
                ui.label("Value");
                let r = ui
                    .add(egui::DragValue::new(&mut draft.value).speed(0.1))
                    .accessible_name("Check-in value");
                if focus_value {
                    r.request_focus();
                }
                ui.label(unit);
            });
        }
        KrKind::Milestone { .. } => {
            let r = ui
                .checkbox(&mut draft.done, "Done")
                .accessible_name("Check-in done");
            if focus_value {
                r.request_focus();
            }
        }
    }
    ui.horizontal(|ui| {
        ui.label("Confidence");
        ui.add(egui::Slider::new(&mut draft.confidence, 1..=10))
            .accessible_name("Confidence");
        ui.label("(1 = no chance, 10 = certain)");
    });
    let l = ui.label("Comment");
    ui.add(
        egui::TextEdit::singleline(&mut draft.comment)
            .char_limit(crate::model::MAX_LINE)
            .desired_width(480.0),
    )
    .labelled_by(l.id);
    ui.horizontal(|ui| {
        ui.label("Date");
        if let Some(Some(d)) =
            crate::ui::widgets::optional_date(ui, "checkin-date", "Check-in date", Some(draft.date))
        {
            draft.date = d;
        }
        ui.label("Who");
        if let Some(who) = crate::ui::widgets::person_combo(
            ui,
            plan,
            "checkin-who",
            "Checked in by",
            draft.who,
            170.0,
        ) {
            draft.who = who;
        }
    });
    // The Enter that opened the dialog (on a focused button) is not an answer to it.
    !focus_value && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

pub fn dialogs(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    checkin_dialog(ui, plan, view, sink);
    history_window(ui, plan, view);
    round_window(ui, plan, view, sink);
    rollover_window(ui, plan, view, sink);
}

fn checkin_dialog(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(draft) = &mut view.checkin else {
        return;
    };
    let mut close = false;
    egui::Window::new(RichText::new("Check in").strong())
        .id(egui::Id::unique("okr-checkin"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            // Enter records, as in a form.
            let enter = draft_fields(ui, plan, draft);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new("Record check-in").size(19.0))
                    .clicked()
                    || enter
                {
                    draft.record(plan, sink);
                    close = true;
                }
                if ui.button(RichText::new("Cancel").size(19.0)).clicked() {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.checkin = None;
    }
}

fn history_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView) {
    let Some(id) = view.history else { return };
    let Some((_, kr)) = plan.key_result(id) else {
        view.history = None;
        return;
    };
    let mut open = true;
    egui::Window::new(RichText::new(format!("Check-ins of “{}”", kr.name)).strong())
        .id(egui::Id::unique("okr-history"))
        .open(&mut open)
        .collapsible(false)
        .default_width(600.0)
        .show(ui.ctx(), |ui| {
            if kr.check_ins.is_empty() {
                ui.label("No check-ins yet. Use “Check in…” to record the first one.");
                return;
            }
            let day0 = kr.check_ins[0].date;
            let x = |d: NaiveDate| (d - day0).num_days() as f64;
            let score_of = |v: f64| match &kr.kind {
                KrKind::Metric { start, target, .. } => crate::model::progress(*start, *target, v),
                KrKind::Milestone { .. } => Some(v.clamp(0.0, 1.0)),
            };
            let scores: Vec<[f64; 2]> = kr
                .check_ins
                .iter()
                .filter_map(|c| score_of(c.value).map(|s| [x(c.date), s]))
                .collect();
            let confidence: Vec<[f64; 2]> = kr
                .check_ins
                .iter()
                .map(|c| [x(c.date), f64::from(c.confidence) / 10.0])
                .collect();
            egui_plot::Plot::new(("okr-history-plot", kr.id))
                .height(220.0)
                .include_y(0.0)
                .include_y(1.0)
                .allow_scroll(false)
                .x_axis_label(format!("days since {day0}"))
                .legend(egui_plot::Legend::default())
                .show(ui, |p| {
                    p.line(egui_plot::Line::new("score", scores.clone()).width(2.5));
                    p.points(egui_plot::Points::new("check-ins", scores).radius(4.0));
                    p.line(
                        egui_plot::Line::new("confidence ÷ 10", confidence)
                            .style(egui_plot::LineStyle::dashed_loose()),
                    );
                    p.hline(
                        egui_plot::HLine::new("0.7 sweet spot", SWEET_SPOT)
                            .style(egui_plot::LineStyle::dotted_loose()),
                    );
                });
            egui::Grid::new(("okr-history-table", kr.id))
                .striped(true)
                .show(ui, |ui| {
                    for h in ["Date", "Value", "Confidence", "Who", "Comment"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for c in &kr.check_ins {
                        ui.label(c.date.to_string());
                        ui.label(num(c.value));
                        ui.label(format!("{}/10", c.confidence));
                        ui.label(plan.person_name(c.who));
                        ui.label(&c.comment);
                        ui.end_row();
                    }
                });
        });
    if !open {
        view.history = None;
    }
}

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
            .filter(|o| o.closed.is_none() && o.period == plan.current_period)
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
        .map(|c| format!("{}: {}", c.keys_text(), c.text().to_lowercase()))
        .collect();
    keys.push("Esc: end the round".to_owned());
    keys.join(" · ")
}

fn round_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(round) = &mut view.round else { return };
    let mut close = false;
    let team = round.team.map_or("all teams".to_owned(), |t| {
        plan.team_name(Some(t)).to_owned()
    });
    let total = round.krs.len();
    egui::Window::new(RichText::new(format!("Check-in round — {team}")).strong())
        .id(egui::Id::unique("okr-round"))
        .collapsible(false)
        .resizable(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            if round.index >= total {
                ui.label(
                    RichText::new(format!(
                        "Round complete: {} check-in(s) recorded for {total} key result(s).",
                        round.recorded
                    ))
                    .size(20.0),
                );
                if ui.button("Close").clicked() {
                    close = true;
                }
                return;
            }
            ui.label(RichText::new(format!("Key result {} of {total}", round.index + 1)).strong());
            let draft = round.draft.get_or_insert_with(|| {
                plan.key_result(round.krs[round.index]).map_or_else(
                    || Draft {
                        kr: Id(0),
                        date: chrono::Local::now().date_naive(),
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
                record |= ui.button("Record and next").clicked();
                if ui.button("Skip").clicked() || skip {
                    round.index += 1;
                    round.draft = None;
                }
                if (ui
                    .add_enabled(round.index > 0, egui::Button::new("Back"))
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

/// Closing the current quarter: per objective, carry over or close with its final score.
#[derive(Clone, Debug)]
pub struct Rollover {
    /// (objective, carry over?)
    choices: Vec<(Id, bool)>,
}

impl Rollover {
    pub fn new(plan: &Plan) -> Self {
        let choices = plan
            .okrs
            .iter()
            .filter(|o| o.closed.is_none() && o.period == plan.current_period)
            .map(|o| (o.id, o.score().is_none_or(|s| s < 1.0)))
            .collect();
        Self { choices }
    }
}

/// A copy for the next quarter: new ids, key results starting where the last check-in left off.
fn carried(o: &OkrObjective, period: &str, sink: &mut EditSink) -> OkrObjective {
    let mut next = o.clone();
    next.id = sink.fresh_id();
    period.clone_into(&mut next.period);
    next.parent = None;
    next.closed = None;
    for kr in &mut next.key_results {
        kr.id = sink.fresh_id();
        let last = kr.check_ins.last().map(|c| c.value);
        kr.check_ins.clear();
        match &mut kr.kind {
            KrKind::Metric { start, current, .. } => {
                *start = last.or(*current).unwrap_or(*start);
                *current = None;
            }
            KrKind::Milestone { done, .. } => *done = false,
        }
    }
    next
}

fn rollover_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(rollover) = &mut view.rollover else {
        return;
    };
    let mut close = false;
    let next = next_period(&plan.current_period);
    egui::Window::new(RichText::new(format!("Close {}", plan.current_period)).strong())
        .id(egui::Id::unique("okr-rollover"))
        .collapsible(false)
        .default_width(640.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let Some(next) = &next else {
                ui.label(format!("The current period “{}” is not a quarter like 2027-Q1; set it in the Vision panel's plan details.", plan.current_period));
                close |= ui.button("Close").clicked();
                return;
            };
            if rollover.choices.is_empty() {
                ui.label(format!("No open objectives in {}.", plan.current_period));
            }
            for (id, carry) in &mut rollover.choices {
                let Some(o) = plan.okr(*id) else { continue };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&o.name).strong());
                    ui.label(format!("score {}", o.score().map_or("no data".to_owned(), |s| format!("{s:.2}"))));
                    ui.radio_value(carry, true, format!("Carry over to {next}"));
                    ui.radio_value(carry, false, "Close with its final score");
                });
            }
            ui.label(RichText::new(format!("Closed objectives stay readable in {}; carried ones start in {next} from their last check-in.", plan.current_period)).weak());
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Close quarter").size(19.0)).clicked() {
                    let mut edits = Vec::new();
                    let mut index = plan.okrs.len();
                    for (id, carry) in &rollover.choices {
                        let Some(o) = plan.okr(*id) else { continue };
                        if *carry {
                            edits.push(Edit::InsertOkr { index, objective: carried(o, next, sink) });
                            index += 1;
                        }
                        edits.push(Edit::UpdateOkr(OkrObjective { closed: Some(o.score().unwrap_or(0.0)), ..o.clone() }));
                    }
                    edits.push(Edit::SetText { field: TextField::CurrentPeriod, value: next.clone() });
                    sink.push(Edit::Batch(edits));
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
