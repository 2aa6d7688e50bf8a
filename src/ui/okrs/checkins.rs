//! Check-ins: the dialog that records one (history is kept, never overwritten) and the history
//! window with its trend.

use super::OkrsView;
use super::objectives::SWEET_SPOT;
use crate::model::{CheckIn, Id, KeyResult, KrKind, Plan};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::tables::num;
use crate::ui::widgets::Picked;
use egui::{RichText, Ui};
use jiff::civil::Date;

/// A check-in being written.
#[derive(Clone, Debug)]
pub struct Draft {
    pub kr: Id,
    pub date: Date,
    pub value: f64,
    pub done: bool,
    pub confidence: u8,
    pub comment: String,
    pub who: Option<Id>,
    /// The value field takes the keyboard on the draft's first frame.
    pub(super) focus: bool,
}

impl Draft {
    pub fn new(plan: &Plan, kr: &KeyResult) -> Self {
        let today = crate::model::today();
        let (value, done) = match &kr.kind {
            KrKind::Metric { start, current, .. } => (current.unwrap_or(*start), false),
            KrKind::Milestone { done, .. } => (0.0, *done),
            KrKind::Ordinal { current, .. } => (current.unwrap_or(0) as f64, false),
        };
        let scale = plan.settings.confidence.range();
        Self {
            kr: kr.id,
            // Never before the last check-in, so the new one is the latest.
            date: kr.check_ins.last().map_or(today, |c| c.date.max(today)),
            value,
            done,
            confidence: kr
                .check_ins
                .last()
                .map_or(7, |c| c.confidence)
                .clamp(*scale.start(), *scale.end()),
            comment: String::new(),
            who: kr.owner,
            focus: true,
        }
    }

    /// Records the check-in (history is kept; the latest sets the key result's state).
    pub(super) fn record(&self, plan: &Plan, sink: &mut EditSink) {
        let Some((_, kr)) = plan.key_result(self.kr) else {
            return;
        };
        let milestone = matches!(kr.kind, KrKind::Milestone { .. });
        let check_in = CheckIn {
            date: self.date,
            value: if milestone {
                f64::from(u8::from(self.done))
            } else {
                self.value
            },
            confidence: self.confidence,
            comment: self.comment.clone(),
            who: self.who,
        };
        if let Ok(edit) = crate::edit::record_check_in(plan, self.kr, check_in) {
            sink.push(edit);
        }
        sink.seal();
    }
}

/// The fields of a draft; returns true when Enter was pressed. The value field takes the
/// keyboard when the draft is new.
pub(super) fn draft_fields(ui: &mut Ui, plan: &Plan, draft: &mut Draft) -> bool {
    let focus_value = std::mem::take(&mut draft.focus);
    let Some((o, kr)) = plan.key_result(draft.kr) else {
        return false;
    };
    ui.label(RichText::new(&kr.name).size(22.0).strong());
    ui.label(RichText::new(tr!("ci-objective", name = &o.name)).weak());
    match &kr.kind {
        KrKind::Metric { unit, .. } => {
            ui.label(format!("{}.", kr.state_text()));
            ui.horizontal(|ui| {
                ui.label(tr!("vision-col-value"));
                let r = ui
                    .add(crate::ui::widgets::decimal(&mut draft.value).speed(0.1))
                    .accessible_name(tr!("ci-value"));
                if focus_value {
                    r.request_focus();
                }
                ui.label(unit);
            });
        }
        KrKind::Milestone { .. } => {
            let r = ui
                .checkbox(&mut draft.done, tr!("ci-done-box"))
                .accessible_name(tr!("ci-done"));
            if focus_value {
                r.request_focus();
            }
        }
        KrKind::Ordinal { zones, .. } => {
            ui.label(tr!("ci-where"));
            let mut level = draft.value.max(0.0) as usize;
            for (i, z) in zones.iter().enumerate() {
                let text = if z.description.trim().is_empty() {
                    format!("{} ({})", z.name, crate::i18n::score(z.score))
                } else {
                    format!(
                        "{} ({}) — {}",
                        z.name,
                        crate::i18n::score(z.score),
                        z.description
                    )
                };
                let r = ui
                    .radio_value(&mut level, i, text)
                    .accessible_name(tr!("ci-level-n", name = &z.name));
                if focus_value && i == level {
                    r.request_focus();
                }
            }
            draft.value = level as f64;
        }
    }
    let scale = plan.settings.confidence.range();
    ui.horizontal(|ui| {
        ui.label(tr!("round-confidence"));
        ui.add(egui::Slider::new(&mut draft.confidence, scale.clone()))
            .accessible_name(tr!("round-confidence"));
        ui.label(tr!(
            "ci-scale",
            low = u32::from(*scale.start()),
            high = u32::from(*scale.end())
        ));
    });
    let l = ui.label(tr!("ci-comment"));
    ui.add(
        egui::TextEdit::singleline(&mut draft.comment)
            .char_limit(crate::model::MAX_LINE)
            .desired_width(480.0),
    )
    .labelled_by(l.id);
    ui.horizontal(|ui| {
        ui.label(tr!("rep-col-date"));
        if let Picked::Changed(Some(d)) =
            crate::ui::widgets::optional_date(ui, "checkin-date", &tr!("ci-date"), Some(draft.date))
        {
            draft.date = d;
        }
        ui.label(tr!("ws-who"));
        if let Picked::Changed(who) = crate::ui::widgets::person_combo(
            ui,
            plan,
            "checkin-who",
            &tr!("ci-who"),
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
    super::round::round_window(ui, plan, view, sink);
    super::rollover::rollover_window(ui, plan, view, sink);
}

fn checkin_dialog(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    let Some(draft) = &mut view.checkin else {
        return;
    };
    let mut close = false;
    egui::Window::new(RichText::new(tr!("ci-title")).strong())
        .id(egui::Id::unique("okr-checkin"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            // Enter records, as in a form.
            let enter = draft_fields(ui, plan, draft);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!("ci-record")).size(19.0))
                    .clicked()
                    || enter
                {
                    draft.record(plan, sink);
                    close = true;
                }
                if ui
                    .button(RichText::new(tr!("btn-cancel")).size(19.0))
                    .clicked()
                {
                    close = true;
                }
            });
        });
    if close || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.checkin = None;
    }
}

/// A check-in's value as people read it: the number, done / not done, or the level's name.
fn value_text(kr: &KeyResult, value: f64) -> String {
    match &kr.kind {
        KrKind::Metric { .. } => num(value),
        KrKind::Milestone { .. } if value >= 1.0 => tr!("kr-done"),
        KrKind::Milestone { .. } => tr!("kr-not-done"),
        KrKind::Ordinal { zones, .. } => zones
            .get(value.max(0.0) as usize)
            .map_or_else(|| num(value), |z| z.name.clone()),
    }
}

fn history_window(ui: &mut Ui, plan: &Plan, view: &mut OkrsView) {
    use crate::ui::history::{History, Reference, Series};
    let Some(id) = view.history else { return };
    let Some((_, kr)) = plan.key_result(id) else {
        view.history = None;
        return;
    };
    let day0 = kr.check_ins.first().map(|c| c.date);
    let x = |d: Date| crate::ui::history::days_since(day0, d);
    let scores: Vec<[f64; 2]> = kr
        .check_ins
        .iter()
        .filter_map(|c| kr.score_of(c.value).map(|s| [x(c.date), s]))
        .collect();
    let confidence: Vec<[f64; 2]> = kr
        .check_ins
        .iter()
        .map(|c| [x(c.date), f64::from(c.confidence) / 10.0])
        .collect();
    let open = crate::ui::history::window(
        ui,
        &History {
            salt: ("okr-history", kr.id.0),
            title: tr!("hist-checkins-title", name = &kr.name),
            empty: tr!("hist-checkins-empty"),
            x_label: day0.map_or(String::new(), |d| {
                tr!("hist-days-since", date = crate::i18n::date(d))
            }),
            y_label: tr!("hist-score"),
            unit_range: true,
            series: vec![
                Series {
                    name: tr!("hist-score"),
                    points: scores,
                    dashed: false,
                },
                Series {
                    name: tr!("hist-confidence-series"),
                    points: confidence,
                    dashed: true,
                },
            ],
            references: vec![Reference {
                name: tr!("hist-sweet-spot"),
                y: SWEET_SPOT,
                dotted: true,
            }],
            headers: vec![
                tr!("hist-date"),
                tr!("hist-value"),
                tr!("hist-confidence"),
                tr!("hist-who"),
                tr!("hist-comment"),
            ],
            rows: kr
                .check_ins
                .iter()
                .map(|c| {
                    vec![
                        crate::i18n::date(c.date),
                        value_text(kr, c.value),
                        format!("{}/10", c.confidence),
                        plan.person_name(c.who).to_owned(),
                        c.comment.clone(),
                    ]
                })
                .collect(),
        },
    );
    if !open {
        view.history = None;
    }
}
