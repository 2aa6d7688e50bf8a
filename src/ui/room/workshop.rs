//! Room views of the workshop's exercises: a dot vote (its question and who has voted until it
//! is revealed, then the ranked result in large bars) and the decisions and parked topics.

use super::{BODY, HEADING, TITLE, caption, strong, text};
use crate::model::{Id, Plan};
use crate::tr;
use egui::Ui;

/// A vote as the room sees it: never the count before the facilitator reveals it.
pub fn vote(ui: &mut Ui, plan: &Plan, id: Id) {
    let Some(v) = plan.workshop.votes.iter().find(|v| v.id == id) else {
        return;
    };
    heading(ui, tr!("room-vote", plan = &plan.title), &v.question);
    if !v.revealed {
        let who: Vec<&str> = v.ballots.iter().map(|b| b.participant.as_str()).collect();
        so_far(ui, &who, tr!("room-have-voted", count = who.len()));
        ui.add_space(8.0);
        text(ui, tr!("room-vote-hidden"), BODY);
        return;
    }
    let names = crate::ui::dot_votes::item_names(ui, plan);
    let name = |item: &Id| crate::ui::dot_votes::item_name(&names, *item);
    let bar = (ui.available_width() * 0.45).max(200.0);
    crate::ui::dot_votes::ranked_bars(ui, v, &name, egui::vec2(bar, 40.0), HEADING);
}

/// An exercise's caption and its question in large print.
fn heading(ui: &mut Ui, caption_text: String, question: &str) {
    caption(ui, caption_text);
    ui.add_space(8.0);
    strong(ui, question, TITLE);
    ui.add_space(16.0);
}

/// Who has taken part so far ("3 have voted", their names), never what they said.
fn so_far(ui: &mut Ui, who: &[&str], count: String) {
    strong(ui, count, HEADING);
    if !who.is_empty() {
        text(ui, who.join(" · "), BODY);
    }
}

/// A confidence round as the room sees it: who has answered until it is revealed, then the
/// spread in large print and who answered low, with why.
pub fn round(ui: &mut Ui, plan: &Plan, id: Id) {
    let Some(r) = plan.workshop.confidence_rounds.iter().find(|r| r.id == id) else {
        return;
    };
    heading(ui, tr!("room-round", plan = &plan.title), &r.question);
    if !r.revealed {
        let who: Vec<&str> = r.answers.iter().map(|a| a.participant.as_str()).collect();
        so_far(ui, &who, tr!("room-have-answered", count = who.len()));
        return;
    }
    let Some(s) = r.spread() else { return };
    strong(ui, s.to_string(), HEADING);
    ui.add_space(8.0);
    crate::ui::confidence::dot_plot(ui, r, plan.settings.confidence.range(), 56.0);
    ui.add_space(8.0);
    for a in r.low() {
        let why = if a.note.is_empty() {
            "…"
        } else {
            a.note.as_str()
        };
        text(ui, format!("{} ({}): {why}", a.participant, a.value), BODY);
    }
}

/// What the room decided, and what it parked for later.
pub fn decisions(ui: &mut Ui, plan: &Plan) {
    let w = &plan.workshop;
    caption(ui, tr!("room-decisions", plan = &plan.title));
    ui.add_space(8.0);
    strong(ui, tr!("room-decided"), HEADING);
    if w.decisions.is_empty() {
        text(ui, tr!("room-nothing-decided"), BODY);
    }
    for d in &w.decisions {
        let line = match d.date {
            Some(date) => tr!(
                "room-decision-dated",
                date = crate::i18n::date(date),
                text = &d.text
            ),
            None => tr!("room-decision", text = &d.text),
        };
        text(ui, line, BODY);
    }
    ui.add_space(16.0);
    strong(ui, tr!("room-parked"), HEADING);
    if w.parking_lot.is_empty() {
        text(ui, tr!("room-nothing-parked"), BODY);
    }
    for n in &w.parking_lot {
        text(ui, format!("• {}", n.text), BODY);
    }
}
