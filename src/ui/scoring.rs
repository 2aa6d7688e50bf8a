//! The Scoring window, opened from the Scorecard and OKR panels: the colour bands of each
//! part, the pass mark for the totals, and the scale check-in confidence is given on. All of
//! it travels with the plan.

use crate::edit::Edit;
pub use crate::model::total_text;
use crate::model::{ConfidenceScale, Plan, Scoring, Thresholds};
use crate::tr;
use crate::ui::EditSink;
use egui::{RichText, Ui};

/// Bands people use, to pick from: (name, amber from, green from).
fn presets() -> [(String, f64, f64); 3] {
    [
        (tr!("sc-preset-default"), 0.4, 0.7),
        (tr!("sc-preset-okr"), 0.3, 0.7),
        (tr!("sc-preset-strict"), 0.9, 1.0),
    ]
}

/// One part's bands: two numbers and the presets. Returns the new bands when changed, and
/// whether a drag ended (to seal the undo step).
fn bands(ui: &mut Ui, part: &str, t: Thresholds) -> (Option<Thresholds>, bool) {
    let mut out = None;
    let mut done = false;
    ui.horizontal(|ui| {
        let mut n = t;
        ui.label(tr!("sc-red-below"));
        let a = ui
            .add(
                crate::ui::widgets::decimal(&mut n.amber_from)
                    .range(0.0..=1.0)
                    .speed(0.01)
                    .fixed_decimals(2),
            )
            .accessible_name(tr!("sc-amber-from-of", part = part));
        ui.label(tr!("sc-amber-below"));
        let g = ui
            .add(
                crate::ui::widgets::decimal(&mut n.green_from)
                    .range(0.0..=1.0)
                    .speed(0.01)
                    .fixed_decimals(2),
            )
            .accessible_name(tr!("sc-green-from-of", part = part));
        ui.label(tr!("sc-green-from"));
        if a.changed() || g.changed() {
            // Keep them ordered whichever one moved.
            if a.changed() {
                n.green_from = n.green_from.max(n.amber_from);
            } else {
                n.amber_from = n.amber_from.min(n.green_from);
            }
            out = Some(n);
        }
        done = a.drag_stopped() || g.drag_stopped() || a.lost_focus() || g.lost_focus();
    });
    ui.horizontal_wrapped(|ui| {
        for (name, amber, green) in presets() {
            let same = (t.amber_from - amber).abs() < 1e-9 && (t.green_from - green).abs() < 1e-9;
            if ui
                .selectable_label(same, &name)
                .accessible_name(tr!("sc-preset-of", part = part, preset = &name))
                .clicked()
            {
                out = Some(Thresholds {
                    amber_from: amber,
                    green_from: green,
                });
                done = true;
            }
        }
    });
    (out, done)
}

/// "Scoring…": opens the [`window`] of the panel it is on.
pub fn button(ui: &mut Ui, open: &mut bool) {
    if ui
        .button(crate::tr!("scoring-button"))
        .on_hover_text(crate::tr!("scoring-button-hint"))
        .clicked()
    {
        *open = true;
    }
}

pub fn window(ui: &mut Ui, plan: &Plan, open: &mut bool, sink: &mut EditSink) {
    if !*open {
        return;
    }
    // Escape closes it, as every dialog.
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        *open = false;
        return;
    }
    let scoring = &plan.settings.scoring;
    egui::Window::new(RichText::new(tr!("sc-title")).strong())
        .id(egui::Id::unique("scoring-window"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(640.0)
        .show(ui.ctx(), |ui| {
            ui.label(tr!("sc-intro"));
            ui.add_space(6.0);
            let mut changed: Option<Scoring> = None;
            let mut seal = false;
            for (is_scorecard, current) in [(true, scoring.scorecard), (false, scoring.okrs)] {
                let part = if is_scorecard {
                    tr!("sc-scorecard")
                } else {
                    tr!("sc-okrs")
                };
                ui.label(RichText::new(&part).strong().size(18.0));
                let (new, done) = bands(ui, &part, current);
                seal |= done;
                if let Some(t) = new {
                    let mut s = changed.take().unwrap_or_else(|| scoring.clone());
                    if is_scorecard {
                        s.scorecard = t;
                    } else {
                        s.okrs = t;
                    }
                    changed = Some(s);
                }
                ui.add_space(6.0);
            }
            ui.label(RichText::new(tr!("sc-pass-mark")).strong().size(18.0));
            ui.horizontal(|ui| {
                let mut has = scoring.pass_mark.is_some();
                if ui
                    .checkbox(&mut has, tr!("sc-totals-reach"))
                    .accessible_name(tr!("sc-use-pass-mark"))
                    .changed()
                {
                    let mut s = scoring.clone();
                    s.pass_mark = has.then_some(0.7);
                    changed = Some(s);
                    seal = true;
                }
                if let Some(mut p) = scoring.pass_mark {
                    let r = ui
                        .add(
                            crate::ui::widgets::decimal(&mut p)
                                .range(0.0..=1.0)
                                .speed(0.01)
                                .fixed_decimals(2),
                        )
                        .accessible_name(tr!("sc-pass-mark"));
                    if r.changed() {
                        let mut s = scoring.clone();
                        s.pass_mark = Some(p);
                        changed = Some(s);
                    }
                    seal |= r.drag_stopped() || r.lost_focus();
                    ui.label(tr!(
                        "sc-points",
                        points = crate::i18n::number((p * 100.0).round())
                    ));
                }
            });
            if let Some(s) = changed {
                sink.push(Edit::SetScoring(s));
            }
            if seal {
                sink.seal();
            }
            ui.add_space(6.0);
            ui.label(RichText::new(tr!("sc-confidence")).strong().size(18.0));
            ui.horizontal(|ui| {
                for (scale, text) in [
                    (ConfidenceScale::OneToTen, tr!("sc-one-to-ten")),
                    (ConfidenceScale::ZeroToTen, tr!("sc-zero-to-ten")),
                ] {
                    if ui
                        .radio(plan.settings.confidence == scale, &text)
                        .accessible_name(tr!("sc-confidence-from", scale = &text))
                        .clicked()
                        && plan.settings.confidence != scale
                    {
                        sink.push(Edit::SetConfidenceScale(scale));
                        sink.seal();
                    }
                }
            });
        });
}
