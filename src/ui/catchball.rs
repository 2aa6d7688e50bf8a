//! Catchball rounds in the Workshop panel: an item proposed to a team, then agreed, revised or
//! rejected, each step kept with its date and comment; what is still open, by team.

use super::EditSink;
use super::widgets::{Picked, id_combo};
use crate::edit::Edit;
use crate::model::{CatchballStatus, Id, Plan, Proposal};
use crate::tr;
use egui::{RichText, TextEdit, Ui};
use std::collections::HashMap;

/// The proposal being put together, and the comments being typed per proposal.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    item: Option<Id>,
    team: Option<Id>,
    comments: HashMap<Id, String>,
}

/// What can be thrown to a team: priorities, annual objectives, OKR objectives, key results.
fn throwable(plan: &Plan) -> Vec<(Id, String)> {
    plan.priorities
        .iter()
        .map(|p| (p.id, tr!("about-priority", name = &p.name)))
        .chain(
            plan.xmatrix
                .annuals
                .iter()
                .map(|a| (a.id, tr!("about-annual", name = &a.name))),
        )
        .chain(plan.okrs.iter().flat_map(|o| {
            std::iter::once((o.id, tr!("about-okr", name = &o.name))).chain(
                o.key_results
                    .iter()
                    .map(|k| (k.id, tr!("about-kr", name = &k.name))),
            )
        }))
        .collect()
}

pub fn catchball_ui(ui: &mut Ui, plan: &Plan, draft: &mut Draft, sink: &mut EditSink) {
    ui.label(RichText::new(tr!("cb-heading")).size(24.0).strong());
    ui.label(RichText::new(tr!("cb-intro")).weak());
    let items = super::derived::cached(ui.ctx(), "throwable", (), || throwable(plan));
    let teams = super::widgets::team_options(ui, plan);
    ui.horizontal(|ui| {
        if let Picked::Changed(item) = id_combo(
            ui,
            "propose-item",
            &tr!("cb-item"),
            draft.item,
            &items,
            &tr!("cb-choose-item"),
            360.0,
        ) {
            draft.item = item;
        }
        ui.label(tr!("cb-to"));
        if let Picked::Changed(team) = id_combo(
            ui,
            "propose-team",
            &tr!("cb-team"),
            draft.team,
            &teams,
            &tr!("cb-choose-team"),
            220.0,
        ) {
            draft.team = team;
        }
        let why_not = if plan.teams.is_empty() {
            Some(tr!("cb-no-teams"))
        } else if draft.item.is_none() || draft.team.is_none() {
            Some(tr!("cb-choose"))
        } else {
            None
        };
        let r = ui
            .add_enabled(why_not.is_none(), egui::Button::new(tr!("cb-propose")))
            .on_disabled_hover_text(why_not.unwrap_or_default());
        if r.clicked()
            && let (Some(item), Some(team)) = (draft.item, draft.team)
        {
            let id = sink.fresh_id();
            let proposal = Proposal {
                id,
                item,
                team: Some(team),
                status: CatchballStatus::Draft,
                history: Vec::new(),
            }
            .moved_to(CatchballStatus::Proposed, "", super::today(ui.ctx()));
            let mut w = plan.workshop.clone();
            w.proposals.push(proposal);
            sink.push(Edit::named("propose to a team", Edit::SetWorkshop(w)));
            sink.seal();
            draft.item = None;
        }
    });
    open_by_team(ui, plan, draft, sink);
}

/// The open proposals, grouped by team, each with its last step and the next one.
fn open_by_team(ui: &mut Ui, plan: &Plan, draft: &mut Draft, sink: &mut EditSink) {
    let names: HashMap<Id, String> = plan
        .entities()
        .iter()
        .map(|e| (e.id, e.name.to_owned()))
        .collect();
    let open: Vec<(usize, &Proposal)> = plan
        .workshop
        .proposals
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_open())
        .collect();
    let settled = plan.workshop.proposals.len() - open.len();
    if open.is_empty() {
        ui.label(RichText::new(tr!("cb-nothing-open")).weak());
    }
    let no_team = tr!("cb-no-team");
    let groups = plan
        .teams
        .iter()
        .map(|t| (Some(t.id), t.name.as_str()))
        .chain(std::iter::once((None, no_team.as_str())));
    for (team, team_name) in groups {
        let of_team: Vec<&(usize, &Proposal)> =
            open.iter().filter(|(_, p)| p.team == team).collect();
        if of_team.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(tr!("team-open", team = team_name, count = of_team.len()))
                .size(20.0)
                .strong(),
        );
        for &&(index, p) in &of_team {
            let removed = tr!("room-removed");
            let item = names.get(&p.item).map_or(removed.as_str(), String::as_str);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(item).strong());
                ui.label(tr!("cb-status", status = crate::i18n::catchball(p.status)));
                if let Some(last) = p.history.last() {
                    let status = crate::i18n::catchball(last.status);
                    let date = last.date.map(crate::i18n::date).unwrap_or_default();
                    let step = match (date.is_empty(), last.comment.is_empty()) {
                        (true, true) => tr!("cb-step", status = status),
                        (false, true) => tr!("cb-step-dated", status = status, date = date),
                        (true, false) => {
                            tr!("cb-step-why", status = status, why = &last.comment)
                        }
                        (false, false) => tr!(
                            "cb-step-dated-why",
                            status = status,
                            date = date,
                            why = &last.comment
                        ),
                    };
                    ui.label(RichText::new(step).weak());
                }
            });
            ui.horizontal(|ui| {
                let comment = draft.comments.entry(p.id).or_default();
                ui.add(
                    TextEdit::singleline(comment)
                        .desired_width(320.0)
                        .hint_text(tr!("cb-why-hint")),
                )
                .accessible_name(tr!("cb-comment-on", item = item));
                for status in [
                    CatchballStatus::Agreed,
                    CatchballStatus::Revised,
                    CatchballStatus::Rejected,
                ] {
                    if ui
                        .button(crate::i18n::catchball(status))
                        .accessible_name(tr!(
                            "cb-answer-on",
                            status = crate::i18n::catchball(status),
                            item = item
                        ))
                        .clicked()
                    {
                        let moved = p.moved_to(status, comment, super::today(ui.ctx()));
                        comment.clear();
                        let mut w = plan.workshop.clone();
                        w.proposals[index] = moved;
                        sink.push(Edit::named("answer a proposal", Edit::SetWorkshop(w)));
                        sink.seal();
                    }
                }
            });
        }
    }
    if settled > 0 {
        ui.label(RichText::new(tr!("cb-settled", count = settled)).weak());
    }
}
