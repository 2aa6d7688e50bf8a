//! The Balanced Scorecard panel: the four perspectives with their objectives, measures and
//! initiatives, transparent scoring, measure history, and the strategy map. Reads the plan,
//! keeps its own view state, emits edits.

mod map;
mod measures;
mod objective;
mod perspectives;
mod readings;
mod target;

use crate::model::{BscObjective, Id, Perspective, Plan, Status, Thresholds};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::virtual_list;
use egui::{Color32, RichText, Ui};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Table,
    Map,
}

/// What the panel remembers between frames (never saved in the plan).
#[derive(Debug, Default)]
pub struct ScorecardView {
    pub mode: Mode,
    /// The measure whose "record a value" dialog is open: (objective, measure, value, date text).
    pub record: Option<readings::Record>,
    /// The measure whose history window is open: (objective, measure).
    pub history: Option<(Id, Id)>,
    /// The objective a link is being dragged from in the strategy map.
    pub link_from: Option<Id>,
    /// The perspectives window is open.
    pub editing_perspectives: bool,
    /// The scoring window is open.
    pub scoring_open: bool,
    /// The objective to scroll to and outline (after "Go to" from the audit).
    pub focus: Option<Id>,
    pub scroll_to_focus: bool,
}

/// Soft status colours; the status is always written next to them too.
pub fn status_color(status: Status, dark: bool) -> Color32 {
    match (status, dark) {
        (Status::Red, false) => Color32::from_rgb(244, 170, 160),
        (Status::Amber, false) => Color32::from_rgb(250, 214, 140),
        (Status::Green, false) => Color32::from_rgb(170, 220, 170),
        (Status::Red, true) => Color32::from_rgb(140, 45, 40),
        (Status::Amber, true) => Color32::from_rgb(135, 100, 20),
        (Status::Green, true) => Color32::from_rgb(40, 110, 50),
        (Status::NoData, false) => Color32::from_gray(225),
        (Status::NoData, true) => Color32::from_gray(60),
    }
}

/// A coloured chip with the score and its status in words, and how it was computed on hover.
pub fn score_chip(ui: &mut Ui, score: Option<f64>, t: Thresholds, explain: &str, name: &str) {
    let status = Status::of(score, t);
    let text = crate::drawing::strategy_map::score_line(score, status);
    let fill = status_color(status, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(
                RichText::new(text)
                    .strong()
                    .color(ui.visuals().strong_text_color()),
            )
        })
        .response
        .on_hover_text(tr!("chip-hover", name = name, explain = explain));
}

pub fn scorecard_ui(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    header(ui, plan, view);
    ui.separator();
    match view.mode {
        Mode::Table => table(ui, plan, view, sink),
        Mode::Map => map::map_ui(ui, plan, view, sink),
    }
    readings::dialogs(ui, plan, view, sink);
    perspectives::window(ui, plan, view, sink);
    crate::ui::scoring::window(ui, plan, &mut view.scoring_open, sink);
}

fn header(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!("rep-scorecard"));
        ui.add_space(12.0);
        ui.selectable_value(&mut view.mode, Mode::Table, tr!("bsc-table"));
        ui.selectable_value(&mut view.mode, Mode::Map, tr!("rep-map"));
        ui.add_space(16.0);
        if ui.button(tr!("bsc-perspectives")).clicked() {
            view.editing_perspectives = true;
        }
        crate::ui::scoring::button(ui, &mut view.scoring_open);
    });
    let s = &plan.settings.scoring;
    let total = plan.scorecard.total();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("okr-overall-chip")).size(20.0).strong());
        let scores = plan
            .scorecard
            .perspectives
            .iter()
            .map(|p| {
                tr!(
                    "bsc-named-score",
                    name = &p.name,
                    score = plan
                        .scorecard
                        .perspective_score(p.id)
                        .map_or_else(|| tr!("score-no-data"), crate::i18n::score)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let explain = tr!("bsc-explain-total", scores = scores);
        score_chip(ui, total, s.scorecard, &explain, &tr!("okr-overall-chip"));
        ui.label(RichText::new(crate::ui::scoring::total_text(total, s.pass_mark)).weak());
    });
    ui.label(RichText::new(tr!("bsc-intro")).weak());
}

/// A line of the table: a perspective's heading or an objective's card.
enum Row<'a> {
    Perspective(&'a Perspective),
    Card(usize, &'a BscObjective),
}

/// Every perspective with its objectives' cards; only the cards in view are laid out.
fn table(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    let s = &plan.scorecard;
    let mut rows = Vec::new();
    let mut keys = Vec::new();
    for p in &s.perspectives {
        rows.push(Row::Perspective(p));
        keys.push(virtual_list::key(("perspective", p.id)));
        for (index, o) in s.objectives.iter().enumerate() {
            if o.perspective == p.id {
                rows.push(Row::Card(index, o));
                keys.push(virtual_list::key(o.id));
            }
        }
    }
    let reveal = view.focus.filter(|_| view.scroll_to_focus).and_then(|f| {
        rows.iter()
            .position(|r| matches!(r, Row::Card(_, o) if o.id == f))
    });
    virtual_list::show(
        ui,
        "bsc-objectives",
        &keys,
        420.0,
        reveal,
        |ui, i| match rows[i] {
            Row::Perspective(p) => {
                if i > 0 {
                    ui.add_space(12.0);
                }
                perspective(ui, plan, sink, p);
            }
            Row::Card(index, o) => objective::card(ui, plan, view, sink, index, o),
        },
    );
}

/// A perspective's heading: its name, score and the way to add an objective.
fn perspective(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, p: &Perspective) {
    let s = &plan.scorecard;
    let objectives: Vec<&BscObjective> = s
        .objectives
        .iter()
        .filter(|o| o.perspective == p.id)
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&p.name).size(26.0).strong());
        let score = s.perspective_score(p.id);
        let explain = if objectives.is_empty() {
            tr!("room-no-objectives")
        } else {
            let scores = objectives
                .iter()
                .map(|o| {
                    o.score()
                        .map_or_else(|| tr!("score-no-data"), crate::i18n::score)
                })
                .collect::<Vec<_>>()
                .join(", ");
            tr!("bsc-explain-perspective", scores = scores)
        };
        score_chip(
            ui,
            score,
            plan.settings.scoring.scorecard,
            &explain,
            &p.name,
        );
        // Short, so a long perspective name never pushes the panel wider than the window.
        if ui
            .button(tr!("okr-add-objective"))
            .accessible_name(tr!("bsc-add-objective-n", perspective = &p.name))
            .on_hover_text(tr!("bsc-add-objective-hint", perspective = &p.name))
            .clicked()
        {
            objective::add(plan, sink, p);
        }
    });
    if objectives.is_empty() {
        ui.label(
            RichText::new(tr!(
                "bsc-no-objectives",
                perspective = &p.name,
                lower = p.name.to_lowercase()
            ))
            .weak(),
        );
    }
}
