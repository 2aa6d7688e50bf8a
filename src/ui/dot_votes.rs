//! Dot votes in the Workshop panel: start one on the priorities, enter each participant's dots
//! by keyboard (name, then item numbers, Enter) while the count stays hidden, reveal, and apply
//! the result to the priorities in one undoable step.

use super::EditSink;
use crate::edit::Edit;
use crate::model::{DotVote, Id, Plan};
use crate::tr;
use egui::{RichText, TextEdit, Ui};
use std::collections::HashMap;

/// A ballot being typed, per vote.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    participant: String,
    dots: String,
    /// Why the last ballot was refused.
    error: Option<String>,
    /// How many of the top items "Apply" keeps.
    keep: usize,
}

/// Ballots being typed, by vote.
pub type Drafts = HashMap<Id, Draft>;

/// Pushes the workshop record with vote `index` changed by `f`, as a step called `label`.
fn change_vote(
    sink: &mut EditSink,
    plan: &Plan,
    index: usize,
    label: &'static str,
    f: impl FnOnce(&mut DotVote),
) {
    super::workshop::change(sink, plan, Some(label), |w| f(&mut w.votes[index]));
}

/// What a vote can be on: the candidates the room chooses among.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteOn {
    Priorities,
    Annuals,
    Measures,
    ParkingLot,
}

impl VoteOn {
    fn items(self, plan: &Plan) -> Vec<Id> {
        match self {
            VoteOn::Priorities => plan.priorities.iter().map(|p| p.id).collect(),
            VoteOn::Annuals => plan.xmatrix.annuals.iter().map(|a| a.id).collect(),
            VoteOn::Measures => plan
                .scorecard
                .objectives
                .iter()
                .flat_map(|o| o.measures.iter().map(|m| m.id))
                .collect(),
            VoteOn::ParkingLot => plan.workshop.parking_lot.iter().map(|n| n.id).collect(),
        }
    }

    /// "➕ Vote on the priorities…", in the current language (one whole sentence per kind, so
    /// a translator can word each).
    fn button(self) -> String {
        crate::i18n::text(match self {
            VoteOn::Priorities => "vote-on-priorities",
            VoteOn::Annuals => "vote-on-annuals",
            VoteOn::Measures => "vote-on-measures",
            VoteOn::ParkingLot => "vote-on-parking-lot",
        })
    }

    fn question(self) -> String {
        crate::i18n::text(match self {
            VoteOn::Priorities => "vote-question-priorities",
            VoteOn::Annuals => "vote-question-annuals",
            VoteOn::Measures => "vote-question-measures",
            VoteOn::ParkingLot => "vote-question-parking-lot",
        })
    }
}

/// A new vote on every item of `on`: three dots each (or fewer when there are fewer items).
fn new_vote(plan: &Plan, on: VoteOn, id: Id, today: jiff::civil::Date) -> DotVote {
    let items = on.items(plan);
    DotVote {
        id,
        question: on.question(),
        date: Some(today),
        dots_per_person: u32::try_from(items.len().min(3)).unwrap_or(3),
        items,
        one_per_item: false,
        ballots: Vec::new(),
        revealed: false,
    }
}

/// Every entity's name by id, made once per plan revision, for naming the items of votes.
pub fn item_names(ui: &Ui, plan: &Plan) -> std::sync::Arc<HashMap<Id, String>> {
    super::derived::cached(ui.ctx(), "entity-names", (), || {
        plan.entities()
            .iter()
            .map(|e| (e.id, e.name.to_owned()))
            .collect()
    })
}

/// A vote item's name, or that it was removed since.
pub fn item_name(names: &HashMap<Id, String>, id: Id) -> String {
    names
        .get(&id)
        .cloned()
        .unwrap_or_else(|| tr!("room-removed"))
}

/// "Vote on the priorities…" (or another set): starts a vote, or says on the button why it
/// cannot.
pub fn start_button(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, on: VoteOn) {
    let today = super::today(ui.ctx());
    let preview = new_vote(plan, on, Id(0), today);
    let why_not = preview.cannot_start();
    let r = ui
        .add_enabled(why_not.is_none(), egui::Button::new(on.button()))
        .on_hover_text(tr!("vote-start-hint"))
        .on_disabled_hover_text(why_not.unwrap_or_default());
    if r.clicked() {
        let id = sink.fresh_id();
        let mut w = plan.workshop.clone();
        w.votes.push(new_vote(plan, on, id, today));
        sink.push(Edit::named("start a dot vote", Edit::SetWorkshop(w)));
        sink.seal();
        // Started from another panel, the vote is run in the Workshop panel.
        sink.jump_to(id);
    }
}

pub fn votes_ui(ui: &mut Ui, plan: &Plan, drafts: &mut Drafts, sink: &mut EditSink) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("ws-dot-votes")).size(24.0).strong());
        for on in [
            VoteOn::Priorities,
            VoteOn::Annuals,
            VoteOn::Measures,
            VoteOn::ParkingLot,
        ] {
            start_button(ui, plan, sink, on);
        }
    });
    if plan.workshop.votes.is_empty() {
        ui.label(RichText::new(tr!("ws-no-votes")).weak());
        return;
    }
    let names = item_names(ui, plan);
    for (index, v) in plan.workshop.votes.iter().enumerate() {
        let n = index + 1;
        let draft = drafts.entry(v.id).or_insert_with(|| Draft {
            keep: v.items.len().min(5),
            ..Draft::default()
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let heading = match v.date {
                Some(d) => tr!("ws-dated", text = &v.question, date = crate::i18n::date(d)),
                None => v.question.clone(),
            };
            ui.label(RichText::new(heading).size(20.0).strong());
            let name = |id: &Id| item_name(&names, *id);
            if v.ballots.is_empty() && !v.revealed {
                setup_rows(ui, plan, v, index, n, &name, sink);
            } else {
                for (k, item) in v.items.iter().enumerate() {
                    ui.label(format!("{}  {}", k + 1, name(item)));
                }
                ui.label(if v.one_per_item {
                    tr!("vote-dots-each-one", count = v.dots_per_person)
                } else {
                    tr!("vote-dots-each", count = v.dots_per_person)
                });
            }
            if v.revealed {
                results(ui, v, &name);
                apply_row(ui, plan, v, draft, n, sink);
            } else {
                ballot_row(ui, plan, v, index, draft, n, sink);
            }
            if ui
                .small_button(tr!("vote-delete"))
                .accessible_name(tr!("vote-delete-n", n = n))
                .clicked()
            {
                let mut w = plan.workshop.clone();
                w.votes.remove(index);
                sink.push(Edit::named("delete a vote", Edit::SetWorkshop(w)));
                sink.seal();
            }
        });
    }
}

/// Before the first ballot: the items (each can be taken off the vote), the dots each
/// participant has and whether an item takes at most one dot from each.
fn setup_rows(
    ui: &mut Ui,
    plan: &Plan,
    v: &DotVote,
    index: usize,
    n: usize,
    name: &dyn Fn(&Id) -> String,
    sink: &mut EditSink,
) {
    for (k, item) in v.items.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!("{}  {}", k + 1, name(item)));
            if ui
                .small_button("✕")
                .accessible_name(tr!("vote-take-off", item = k + 1, n = n))
                .on_hover_text(tr!("vote-take-off-hint"))
                .clicked()
            {
                change_vote(sink, plan, index, "take an item off the vote", |x| {
                    x.items.remove(k);
                    let most = u32::try_from(x.items.len()).unwrap_or(u32::MAX);
                    x.dots_per_person = x.dots_per_person.min(most.max(1));
                });
            }
        });
    }
    ui.horizontal(|ui| {
        let mut dots = v.dots_per_person;
        ui.label(tr!("vote-dots-label"));
        let r = ui
            .add(egui::DragValue::new(&mut dots).range(1..=20))
            .accessible_name(tr!("vote-dots-each-n", n = n));
        if r.changed() {
            change_vote(sink, plan, index, "set the dots per participant", |x| {
                x.dots_per_person = dots;
            });
        }
        let mut one = v.one_per_item;
        if ui
            .checkbox(&mut one, tr!("vote-one-per-item"))
            .accessible_name(tr!("vote-one-per-item-n", n = n))
            .changed()
        {
            change_vote(sink, plan, index, "set one dot per item", |x| {
                x.one_per_item = one;
            });
        }
    });
    if let Some(why) = v.cannot_start() {
        ui.label(RichText::new(why).color(ui.visuals().warn_fg_color));
    }
}

/// Who has voted (not how), the next participant's name and dots, and Reveal.
fn ballot_row(
    ui: &mut Ui,
    plan: &Plan,
    v: &DotVote,
    index: usize,
    draft: &mut Draft,
    n: usize,
    sink: &mut EditSink,
) {
    let voted: Vec<&str> = v.ballots.iter().map(|b| b.participant.as_str()).collect();
    ui.label(
        RichText::new(if voted.is_empty() {
            tr!("vote-nobody")
        } else {
            tr!("vote-voted", count = voted.len(), names = voted.join(", "))
        })
        .strong(),
    );
    let mut cast = false;
    ui.horizontal(|ui| {
        ui.label(tr!("ws-who"));
        ui.add(TextEdit::singleline(&mut draft.participant).desired_width(180.0))
            .accessible_name(tr!("vote-participant", n = n));
        ui.label(tr!("vote-dots-numbers"));
        let r = ui
            .add(
                TextEdit::singleline(&mut draft.dots)
                    .desired_width(160.0)
                    .hint_text(tr!("vote-dots-hint")),
            )
            .accessible_name(tr!("vote-dots-n", n = n));
        cast |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        cast |= ui
            .button(tr!("vote-cast"))
            .accessible_name(tr!("vote-cast-n", n = n))
            .clicked();
    });
    if cast {
        match v.cast(&draft.participant, &draft.dots) {
            Ok(voted) => {
                change_vote(sink, plan, index, "cast a ballot", |x| *x = voted);
                draft.participant.clear();
                draft.dots.clear();
                draft.error = None;
            }
            Err(e) => draft.error = Some(e.to_string()),
        }
    }
    if let Some(e) = &draft.error {
        ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
    }
    let name = tr!("vote-reveal-n", n = n);
    if reveal_button(ui, !v.ballots.is_empty(), name, tr!("vote-nobody")) {
        change_vote(sink, plan, index, "reveal the vote", |x| x.revealed = true);
    }
}

/// "Reveal" for a vote or a round: disabled, saying `nobody`, until someone has taken part.
pub(crate) fn reveal_button(ui: &mut Ui, anyone: bool, name: String, nobody: String) -> bool {
    ui.add_enabled(
        anyone,
        egui::Button::new(RichText::new(tr!("ws-reveal")).size(19.0)),
    )
    .accessible_name(name)
    .on_disabled_hover_text(nobody)
    .clicked()
}

/// The items ranked by dots, each with a bar and its count.
fn results(ui: &mut Ui, v: &DotVote, name: &dyn Fn(&Id) -> String) {
    ranked_bars(ui, v, name, egui::vec2(320.0, 22.0), 0.0);
}

/// Each item of the vote, most dots first: a bar of `size` on its track (so an item with no dots
/// still reads as "none"), the count and the name, in `font` points (0: the body text).
pub fn ranked_bars(
    ui: &mut Ui,
    v: &DotVote,
    name: &dyn Fn(&Id) -> String,
    size: egui::Vec2,
    font: f32,
) {
    let ranked = v.ranked();
    let most = ranked.first().map_or(1, |(_, n)| (*n).max(1));
    let sized = |t: RichText| if font > 0.0 { t.size(font) } else { t };
    let radius = size.y / 6.0;
    for (id, count) in ranked {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, radius, ui.visuals().faint_bg_color);
            ui.painter().rect_filled(
                egui::Rect::from_min_size(
                    rect.min,
                    egui::vec2(size.x * count as f32 / most as f32, size.y),
                ),
                radius,
                ui.visuals().selection.bg_fill,
            );
            ui.label(sized(RichText::new(format!("{count}"))).strong());
            ui.add(egui::Label::new(sized(RichText::new(name(&id)))).wrap());
        });
        if font > 0.0 {
            ui.add_space(4.0);
        }
    }
}

/// "Keep the top N as priorities, in this order": for a vote on the priorities.
fn apply_row(
    ui: &mut Ui,
    plan: &Plan,
    v: &DotVote,
    draft: &mut Draft,
    n: usize,
    sink: &mut EditSink,
) {
    if v.items.is_empty() || !v.items.iter().all(|&i| plan.priority(i).is_some()) {
        return;
    }
    ui.horizontal(|ui| {
        ui.label(tr!("vote-keep-top"));
        ui.add(egui::DragValue::new(&mut draft.keep).range(1..=v.items.len()))
            .accessible_name(tr!("vote-keep-n", n = n));
        ui.label(tr!("vote-keep-rest"));
        if ui
            .button(tr!("vote-apply"))
            .accessible_name(tr!("vote-apply-n", n = n))
            .on_hover_text(tr!("vote-apply-hint"))
            .clicked()
            && let Ok(edit) = crate::edit::apply_vote(plan, v.id, draft.keep)
        {
            sink.push(edit);
            sink.seal();
        }
    });
}
