//! OKR objectives as cards, grouped by team: fields, key results (metric or milestone) with
//! their score against the 0.7 sweet spot, and the buttons to check in or move a key result.

use super::OkrsView;
use crate::edit::Edit;
use crate::model::{Id, KeyResult, KrKind, ObjectiveState, OkrObjective, Plan, Status, Thresholds};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::virtual_list;
use crate::ui::widgets::{
    Name, Picked, RowAction, item_card, move_delete_buttons, owner_combo, text_edit,
};
use egui::{RichText, TextEdit, Ui};

/// The stretch sweet spot: an OKR scored 0.7 was ambitious and largely achieved.
pub const SWEET_SPOT: f64 = 0.7;

pub fn update(sink: &mut EditSink, o: &OkrObjective, f: impl FnOnce(&mut OkrObjective)) {
    sink.update(o, Edit::UpdateOkr, f);
}

pub fn add(plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let id = sink.fresh_id();
    let period = view
        .filter
        .period
        .clone()
        .unwrap_or_else(|| plan.current_period.clone());
    sink.push(Edit::InsertOkr {
        index: plan.okrs.len(),
        objective: OkrObjective {
            id,
            name: tr!("okr-new-objective"),
            why: String::new(),
            team: view.filter.team,
            owner: None,
            period,
            priority: view.filter.priority,
            parent: None,
            key_results: Vec::new(),
            state: ObjectiveState::Open,
            final_score: None,
        },
    });
    sink.seal();
    view.focus = Some(id);
    view.scroll_to_focus = true;
}

/// How a score is drawn: the plan's OKR bands colour it; the hover says how it came about.
#[derive(Clone, Copy)]
pub struct Scoring<'a> {
    pub bands: Thresholds,
    pub explain: &'a str,
    pub name: &'a str,
}

/// A score bar with the 0.7 sweet spot marked, and the number written on it.
pub fn score_bar(ui: &mut Ui, score: Option<f64>, how: Scoring) {
    score_bar_sized(ui, score, how, egui::vec2(130.0, 24.0), 16.0);
}

/// A score bar of any size: filled to the score, coloured by the plan's OKR bands, a line at
/// the 0.7 sweet spot, the number and its status on it.
pub fn score_bar_sized(ui: &mut Ui, score: Option<f64>, how: Scoring, size: egui::Vec2, font: f32) {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let v = ui.visuals();
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, v.extreme_bg_color);
    let status = Status::of(score, how.bands);
    if let Some(s) = score {
        // A score of 0 still shows its colour, as a sliver at the start.
        let w = (rect.width() * s.clamp(0.0, 1.0) as f32).max(8.0);
        painter.rect_filled(
            egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height())),
            4.0,
            crate::ui::status_color(status, v.dark_mode),
        );
    }
    // The sweet spot as two ticks at the edges, so the number in the middle stays clear.
    let x = rect.left() + rect.width() * SWEET_SPOT as f32;
    let tick = (rect.height() * 0.25).max(4.0);
    for (from, to) in [
        (rect.top() - 2.0, rect.top() + tick),
        (rect.bottom() - tick, rect.bottom() + 2.0),
    ] {
        painter.line_segment(
            [egui::pos2(x, from), egui::pos2(x, to)],
            egui::Stroke::new(2.0, v.strong_text_color()),
        );
    }
    let text = crate::drawing::strategy_map::score_line(score, status);
    // At the left, clear of the sweet-spot ticks at 70 %.
    painter.text(
        egui::pos2(rect.left() + 8.0, rect.center().y),
        egui::Align2::LEFT_CENTER,
        text,
        egui::FontId::proportional(font),
        v.strong_text_color(),
    );
    painter.rect_stroke(
        rect,
        4.0,
        egui::Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    response.on_hover_text(tr!(
        "okr-bar-hint",
        name = how.name,
        explain = how.explain,
        amber = crate::i18n::score(how.bands.amber_from),
        green = crate::i18n::score(how.bands.green_from)
    ));
}

/// A line of the objectives list: a team's heading or an objective's card (its index).
enum Row {
    Team(String),
    Card(usize),
}

/// The rows of the list and their keys, for a filter.
struct Rows {
    rows: Vec<Row>,
    keys: Vec<u64>,
}

impl Rows {
    fn of(plan: &Plan, filter: &super::Filter) -> Self {
        let mut by_team: std::collections::HashMap<Option<Id>, Vec<usize>> =
            std::collections::HashMap::new();
        for (index, o) in plan.okrs.iter().enumerate() {
            if filter.keeps(o) {
                by_team.entry(o.team).or_default().push(index);
            }
        }
        let groups = plan
            .teams
            .iter()
            .map(|t| (Some(t.id), t.name.clone()))
            .chain(std::iter::once((None, tr!("rep-no-team"))));
        let (mut rows, mut keys) = (Vec::new(), Vec::new());
        for (team, name) in groups {
            let Some(objectives) = by_team.remove(&team) else {
                continue;
            };
            rows.push(Row::Team(name));
            keys.push(virtual_list::key(("team", team)));
            for index in objectives {
                rows.push(Row::Card(index));
                keys.push(virtual_list::key(plan.okrs[index].id));
            }
        }
        Self { rows, keys }
    }
}

/// The objectives that pass the filter, by team (in the teams' order, then those without a
/// team). Only the cards in view are laid out, so a long list costs what a short one does.
pub fn list(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let filter = view.filter.clone();
    let shown = crate::ui::derived::cached(ui.ctx(), "okr-rows", filter.clone(), || {
        Rows::of(plan, &filter)
    });
    let Rows { rows, keys } = &*shown;
    if rows.is_empty() {
        ui.label(RichText::new(tr!("okr-none-match")).size(20.0));
        return;
    }
    let reveal = view.focus.filter(|_| view.scroll_to_focus).and_then(|f| {
        rows.iter()
            .position(|r| matches!(r, Row::Card(i) if plan.okrs[*i].id == f))
    });
    virtual_list::show(
        ui,
        "okr-objectives",
        keys,
        240.0,
        reveal,
        |ui, i| match &rows[i] {
            Row::Team(name) => {
                ui.add_space(6.0);
                ui.label(RichText::new(name).size(26.0).strong());
            }
            Row::Card(index) => card(ui, plan, view, sink, *index, &plan.okrs[*index]),
        },
    );
}

fn card(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut OkrsView,
    sink: &mut EditSink,
    index: usize,
    o: &OkrObjective,
) {
    let n = index + 1;
    let focused = view.focus == Some(o.id);
    let mut scroll = std::mem::take(&mut view.scroll_to_focus);
    item_card(ui, focused, &mut scroll, |ui| {
        if o.is_closed() {
            closed_line(ui, sink, o, n);
        }
        ui.add_enabled_ui(!o.is_closed(), |ui| {
            header(ui, plan, sink, index, o);
            fields(ui, plan, sink, o, n);
            super::key_results::table(ui, plan, view, sink, o, n);
            ui.horizontal(|ui| {
                if ui
                    .small_button(tr!("okr-add-kr"))
                    .accessible_name(tr!("okr-add-kr-n", n = n))
                    .clicked()
                {
                    add_kr(
                        sink,
                        o,
                        KrKind::Metric {
                            start: 0.0,
                            target: 1.0,
                            current: None,
                            unit: String::new(),
                            due: None,
                            commit: None,
                            stretch: None,
                        },
                    );
                }
                if ui
                    .small_button(tr!("okr-add-milestone"))
                    .accessible_name(tr!("okr-add-milestone-n", n = n))
                    .clicked()
                {
                    add_kr(
                        sink,
                        o,
                        KrKind::Milestone {
                            done: false,
                            due: None,
                        },
                    );
                }
                if ui
                    .small_button(tr!("okr-add-levels"))
                    .accessible_name(tr!("okr-add-levels-n", n = n))
                    .on_hover_text(tr!("okr-add-levels-hint"))
                    .clicked()
                {
                    add_kr(
                        sink,
                        o,
                        KrKind::Ordinal {
                            zones: super::kr_settings::default_zones(),
                            current: None,
                        },
                    );
                }
            });
        });
    });
    // Scrolled to once (after "Go to"), unless this card was not the focused one.
    view.scroll_to_focus = scroll;
}

fn add_kr(sink: &mut EditSink, o: &OkrObjective, kind: KrKind) {
    let id = sink.fresh_id();
    update(sink, o, |x| {
        x.key_results.push(KeyResult {
            id,
            name: tr!("okr-new-kr"),
            owner: x.owner,
            weight: 1.0,
            kind,
            check_ins: Vec::new(),
        });
    });
    sink.seal();
}

/// A closed objective's state and final score, and the way to reopen it.
fn closed_line(ui: &mut Ui, sink: &mut EditSink, o: &OkrObjective, n: usize) {
    ui.horizontal(|ui| {
        let state = crate::i18n::text(&format!("okr-state-{:?}", o.state).to_lowercase());
        let line = match o.final_score {
            Some(s) => tr!(
                "okr-closed-score",
                state = state,
                period = &o.period,
                score = crate::i18n::score(s)
            ),
            None => tr!("okr-closed", state = state, period = &o.period),
        };
        ui.label(RichText::new(line).strong());
        if ui
            .small_button(tr!("okr-reopen"))
            .accessible_name(tr!("okr-reopen-n", n = n))
            .on_hover_text(tr!("okr-reopen-hint"))
            .clicked()
        {
            update(sink, o, |x| {
                x.state = ObjectiveState::Open;
                x.final_score = None;
            });
            sink.seal();
        }
    });
}

fn header(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, index: usize, o: &OkrObjective) {
    let n = index + 1;
    ui.horizontal(|ui| {
        let width = (ui.available_width() - 330.0).max(240.0);
        let (name, _) = text_edit(
            ui,
            sink,
            Name::Text(&tr!("okr-objective-name", n = n)),
            &o.name,
            |t| {
                TextEdit::singleline(t)
                    .font(egui::TextStyle::Heading)
                    .desired_width(width)
            },
        );
        if let Some(name) = name {
            update(sink, o, |x| x.name = name);
        }
        score_bar(
            ui,
            o.score(),
            Scoring {
                bands: plan.settings.scoring.okrs,
                explain: &o.explain(),
                name: &o.name,
            },
        );
        let up = index.checked_sub(1);
        let down = (index + 1 < plan.okrs.len()).then_some(index + 1);
        match move_delete_buttons(ui, &tr!("lbl-okr-objective", n = n), up, down, &o.name) {
            Some(RowAction::MoveTo(to)) => sink.push(Edit::MoveOkr { id: o.id, to }),
            Some(RowAction::Delete) => sink.push(Edit::RemoveOkr(o.id)),
            None => return,
        }
        sink.seal();
    });
}

fn fields(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &OkrObjective, n: usize) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("priorities-owner")).strong());
        if let Picked::Changed(owner) = owner_combo(
            ui,
            plan,
            ("okr-owner", o.id),
            &tr!("okr-objective-owner", n = n),
            o.owner,
            170.0,
        ) {
            update(sink, o, |x| x.owner = owner);
        }
        ui.label(RichText::new(tr!("okr-team")).strong());
        let teams = crate::ui::widgets::team_options(ui, plan);
        if let Picked::Changed(team) = choose(
            ui,
            ("okr-team", o.id),
            &tr!("okr-objective-team", n = n),
            o.team,
            &teams,
            &tr!("okr-no-team-choice"),
        ) {
            update(sink, o, |x| x.team = team);
            sink.seal();
        }
        ui.label(RichText::new(tr!("okr-period")).strong());
        let (period, _) = text_edit(
            ui,
            sink,
            Name::Text(&tr!("okr-objective-period", n = n)),
            &o.period,
            |t| TextEdit::singleline(t).desired_width(115.0),
        );
        if let Some(period) = period {
            update(sink, o, |x| x.period = period);
        }
        ui.label(RichText::new(tr!("rep-col-priority")).strong());
        let priorities: Vec<(Id, String)> = plan
            .priorities
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect();
        if let Picked::Changed(p) = choose(
            ui,
            ("okr-priority", o.id),
            &tr!("okr-objective-priority", n = n),
            o.priority,
            &priorities,
            &tr!("okr-not-linked"),
        ) {
            update(sink, o, |x| x.priority = p);
            sink.seal();
        }
        ui.label(RichText::new(tr!("okr-parent")).strong());
        let parents: Vec<(Id, String)> = plan
            .okrs
            .iter()
            .filter(|x| x.id != o.id)
            .map(|x| (x.id, x.name.clone()))
            .collect();
        if let Picked::Changed(p) = choose(
            ui,
            ("okr-parent", o.id),
            &tr!("okr-objective-parent", n = n),
            o.parent,
            &parents,
            &tr!("okr-none"),
        ) {
            update(sink, o, |x| x.parent = p);
            sink.seal();
        }
    });
    let (why, _) = text_edit(
        ui,
        sink,
        Name::Text(&tr!("okr-objective-why", n = n)),
        &o.why,
        |t| {
            TextEdit::singleline(t)
                .hint_text(tr!("okr-why-hint"))
                .desired_width(f32::INFINITY)
        },
    );
    if let Some(why) = why {
        update(sink, o, |x| x.why = why);
    }
}

/// A choice among named ids (or none). Returns the new choice when changed.
fn choose(
    ui: &mut Ui,
    salt: (&str, Id),
    name: &str,
    current: Option<Id>,
    options: &[(Id, String)],
    none: &str,
) -> crate::ui::widgets::Picked<Id> {
    crate::ui::widgets::id_combo(ui, salt, name, current, options, none, 200.0)
}
