//! The OKRs panel: team objectives cascaded from the strategic priorities, their key results
//! and check-ins, the alignment tree, cross-team dependencies, a check-in round for the weekly
//! meeting and closing a quarter. Reads the plan, keeps its own view state, emits edits.

mod alignment;
mod checkins;
mod key_results;
mod kr_settings;
mod objectives;
mod rollover;
mod round;

pub(crate) use objectives::{Scoring, score_bar_sized};

use crate::model::{Id, OkrObjective, Plan};
use crate::tr;
use crate::ui::EditSink;
use egui::{RichText, Ui};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Objectives,
    Alignment,
    Dependencies,
}

/// Which objectives are shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub team: Option<Id>,
    pub period: Option<String>,
    pub owner: Option<Id>,
    pub priority: Option<Id>,
}

impl Filter {
    pub fn keeps(&self, o: &OkrObjective) -> bool {
        self.team.is_none_or(|t| o.team == Some(t))
            && self.period.as_ref().is_none_or(|p| &o.period == p)
            && self.owner.is_none_or(|w| {
                o.owner == Some(w) || o.key_results.iter().any(|k| k.owner == Some(w))
            })
            && self.priority.is_none_or(|p| o.priority == Some(p))
    }
}

/// What the panel remembers between frames (never saved in the plan).
#[derive(Debug, Default)]
pub struct OkrsView {
    pub mode: Mode,
    pub filter: Filter,
    /// The objective to outline (and scroll to once).
    pub focus: Option<Id>,
    scroll_to_focus: bool,
    pub checkin: Option<checkins::Draft>,
    pub history: Option<Id>,
    pub round: Option<round::Round>,
    pub rollover: Option<rollover::Rollover>,
    /// The scoring window is open.
    pub scoring_open: bool,
}

impl OkrsView {
    /// Shows an objective, key result or dependency (after "Go to" from the audit).
    pub fn show(&mut self, plan: &Plan, id: Id) {
        let objective = plan
            .okr(id)
            .or_else(|| plan.key_result(id).map(|(o, _)| o))
            .map(|o| o.id);
        if let Some(o) = objective {
            self.mode = Mode::Objectives;
            self.filter = Filter::default();
            self.focus = Some(o);
            self.scroll_to_focus = true;
        } else {
            self.mode = Mode::Dependencies;
        }
    }
}

pub fn okrs_ui(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    header(ui, plan, view, sink);
    ui.separator();
    match view.mode {
        Mode::Objectives => objectives::list(ui, plan, view, sink),
        Mode::Alignment => alignment::tree(ui, plan, view, sink),
        Mode::Dependencies => alignment::dependencies(ui, plan, sink),
    }
    checkins::dialogs(ui, plan, view, sink);
    crate::ui::scoring::window(ui, plan, &mut view.scoring_open, sink);
}

/// What the header shows that goes over every objective.
struct Derived {
    total: Option<f64>,
    /// How the total was computed, for its tooltip.
    explain: String,
    /// The plan's own periods in their order, then any other the objectives name.
    periods: Vec<String>,
}

impl Derived {
    fn of(plan: &Plan) -> Self {
        let current: Vec<String> = plan
            .okrs
            .iter()
            .filter(|o| o.period == plan.current_period)
            .map(|o| format!("{} {}", o.name, o.score_text()))
            .collect();
        let mut others: Vec<String> = plan
            .okrs
            .iter()
            .map(|o| o.period.clone())
            .filter(|p| !plan.periods.iter().any(|x| &x.name == p))
            .collect();
        others.sort();
        others.dedup();
        Self {
            total: plan.okr_total(),
            explain: tr!("okr-explain", periods = current.join(", ")),
            periods: plan
                .periods
                .iter()
                .map(|p| p.name.clone())
                .chain(others)
                .collect(),
        }
    }
}

fn header(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!("panel-okrs"));
        ui.add_space(12.0);
        ui.selectable_value(&mut view.mode, Mode::Objectives, tr!("okr-objectives"));
        ui.selectable_value(&mut view.mode, Mode::Alignment, tr!("okr-alignment"));
        ui.selectable_value(&mut view.mode, Mode::Dependencies, tr!("okr-dependencies"));
        ui.add_space(16.0);
        if ui
            .button(tr!("okr-round"))
            .on_hover_text(tr!("okr-round-hint"))
            .clicked()
        {
            view.round = Some(round::Round::new(plan, view.filter.team));
        }
        if ui
            .button(tr!("okr-close-period"))
            .on_hover_text(tr!("okr-close-period-hint"))
            .clicked()
        {
            view.rollover = Some(rollover::Rollover::new(plan));
        }
        if ui.button(tr!("okr-add-objective")).clicked() {
            objectives::add(plan, view, sink);
        }
        crate::ui::scoring::button(ui, &mut view.scoring_open);
    });
    let s = &plan.settings.scoring;
    // Scores and the list of periods go over every objective: once per plan revision.
    let derived = crate::ui::derived::cached(ui.ctx(), "okr-header", (), || Derived::of(plan));
    let total = derived.total;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!("okr-overall", period = &plan.current_period))
                .size(20.0)
                .strong(),
        );
        crate::ui::scorecard::score_chip(
            ui,
            total,
            s.okrs,
            &derived.explain,
            &tr!("okr-overall-chip"),
        );
        ui.label(RichText::new(crate::ui::scoring::total_text(total, s.pass_mark)).weak());
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("okr-show")).strong());
        filter_combo(ui, Filtered::Team, &mut view.filter.team, || {
            plan.teams.iter().map(|t| (t.id, t.name.as_str()))
        });
        let periods = &derived.periods;
        let current = view
            .filter
            .period
            .clone()
            .unwrap_or_else(|| tr!("okr-all-periods"));
        egui::ComboBox::from_id_salt("okr-filter-period")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.filter.period, None, tr!("okr-all-periods"));
                for p in periods {
                    ui.selectable_value(&mut view.filter.period, Some(p.clone()), p.as_str());
                }
            })
            .response
            .accessible_name(tr!("okr-period-filter"));
        filter_combo(ui, Filtered::Owner, &mut view.filter.owner, || {
            plan.people.iter().map(|p| (p.id, p.name.as_str()))
        });
        filter_combo(ui, Filtered::Priority, &mut view.filter.priority, || {
            plan.priorities.iter().map(|p| (p.id, p.name.as_str()))
        });
        if view.filter != Filter::default() && ui.button(tr!("okr-show-all")).clicked() {
            view.filter = Filter::default();
        }
    });
}

/// What a filter chooses among.
#[derive(Clone, Copy, Debug, Hash)]
enum Filtered {
    Team,
    Owner,
    Priority,
}

fn filter_combo<'a, I: Iterator<Item = (Id, &'a str)>>(
    ui: &mut Ui,
    what: Filtered,
    value: &mut Option<Id>,
    options: impl Fn() -> I,
) {
    let (all, name) = match what {
        Filtered::Team => (tr!("okr-all-teams"), tr!("okr-team-filter")),
        Filtered::Owner => (tr!("okr-all-owners"), tr!("okr-owner-filter")),
        Filtered::Priority => (tr!("okr-all-priorities"), tr!("okr-priority-filter")),
    };
    // The list is gone through only for the chosen name and while the combo is open.
    let shown = value
        .and_then(|v| options().find(|(id, _)| *id == v))
        .map_or(all.clone(), |(_, n)| n.to_owned());
    egui::ComboBox::from_id_salt(("okr-filter", what))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, all);
            for (id, name) in options() {
                ui.selectable_value(value, Some(id), name);
            }
        })
        .response
        .accessible_name(name);
}
