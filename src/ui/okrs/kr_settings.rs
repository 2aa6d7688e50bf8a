//! The less often changed settings of a key result, one click away: its weight, its kind, a
//! metric's commit and stretch values and deadline, an ordinal key result's levels.

use super::objectives::update;
use crate::model::{KeyResult, KrKind, OkrObjective, Zone};
use crate::ui::EditSink;
use crate::ui::widgets::{Name, Picked, clear_button, optional_date, optional_number, text_edit};
use egui::{RichText, Ui};

/// Pushes the objective with the key result changed by the inner function.
pub(super) type SetKr<'a> = dyn Fn(&mut EditSink, &dyn Fn(&mut KeyResult)) + 'a;

/// The classic levels of an ordinal key result, to start from.
pub fn default_zones() -> Vec<Zone> {
    [
        ("fail", 0.0),
        ("commit", 0.3),
        ("target", 0.7),
        ("stretch", 1.0),
    ]
    .map(|(name, score)| Zone {
        name: name.into(),
        description: String::new(),
        score,
    })
    .to_vec()
}

/// The kinds offered, with a fresh value of each.
fn kinds(kr: &KeyResult) -> [(&'static str, KrKind); 3] {
    let (start, target) = match &kr.kind {
        KrKind::Metric { start, target, .. } => (*start, *target),
        _ => (0.0, 1.0),
    };
    [
        (
            "a number (metric)",
            KrKind::Metric {
                start,
                target,
                current: None,
                unit: String::new(),
                due: None,
                commit: None,
                stretch: None,
            },
        ),
        (
            "done or not (milestone)",
            KrKind::Milestone {
                done: false,
                due: None,
            },
        ),
        (
            "named levels (ordinal)",
            KrKind::Ordinal {
                zones: default_zones(),
                current: None,
            },
        ),
    ]
}

pub fn menu(
    ui: &mut Ui,
    sink: &mut EditSink,
    o: &OkrObjective,
    k: usize,
    kr: &KeyResult,
    label: &str,
) {
    let set = |sink: &mut EditSink, f: &dyn Fn(&mut KeyResult)| {
        update(sink, o, |x| f(&mut x.key_results[k]));
    };
    ui.menu_button("⚙ Settings ▸", |ui| {
        ui.label(RichText::new(&kr.name).strong());
        if let Some(w) = crate::ui::widgets::weight(ui, label, kr.weight) {
            set(sink, &|x| x.weight = w);
        }
        ui.separator();
        ui.label("Measured as");
        for (text, kind) in kinds(kr) {
            let same = std::mem::discriminant(&kind) == std::mem::discriminant(&kr.kind);
            if ui
                .radio(same, text)
                .accessible_name(format!("{label} measured as {text}"))
                .clicked()
                && !same
            {
                set(sink, &|x| x.kind = kind.clone());
                sink.seal();
            }
        }
        ui.separator();
        match &kr.kind {
            KrKind::Metric {
                due,
                commit,
                stretch,
                ..
            } => metric(ui, sink, label, *due, *commit, *stretch, &set),
            KrKind::Ordinal { zones, .. } => levels(ui, sink, label, zones, &set),
            KrKind::Milestone { .. } => {
                ui.label(RichText::new("A milestone scores 1.0 when done, else 0.").weak());
            }
        }
    })
    .response
    .accessible_name(format!("More settings of {label}"))
    .on_hover_text(format!(
        "Weight {}, and how it is measured",
        crate::model::fmt_num(kr.weight)
    ));
}

fn metric(
    ui: &mut Ui,
    sink: &mut EditSink,
    label: &str,
    due: Option<jiff::civil::Date>,
    commit: Option<f64>,
    stretch: Option<f64>,
    set: &SetKr,
) {
    ui.label(
        RichText::new(
            "With a stretch value, the target scores 0.7 and the stretch 1.0; a \
            commit value scores 0.3.",
        )
        .weak(),
    );
    egui::Grid::new(("kr-metric-settings", label)).show(ui, |ui| {
        ui.label("Commit");
        if let Picked::Changed(v) = optional_number(ui, &format!("{label} commit value"), commit) {
            set(sink, &|x| {
                if let KrKind::Metric { commit, .. } = &mut x.kind {
                    *commit = v;
                }
            });
        }
        ui.end_row();
        ui.label("Stretch");
        if let Picked::Changed(v) = optional_number(ui, &format!("{label} stretch value"), stretch)
        {
            set(sink, &|x| {
                if let KrKind::Metric { stretch, .. } = &mut x.kind {
                    *stretch = v;
                }
            });
        }
        ui.end_row();
        ui.label("Due");
        if let Picked::Changed(d) = optional_date(
            ui,
            &format!("kr-metric-due-{label}"),
            &format!("{label} due date"),
            due,
        ) {
            set(sink, &|x| {
                if let KrKind::Metric { due, .. } = &mut x.kind {
                    *due = d;
                }
            });
            sink.seal();
        }
        ui.end_row();
    });
}

fn levels(ui: &mut Ui, sink: &mut EditSink, label: &str, zones: &[Zone], set: &SetKr) {
    let set_zones = |sink: &mut EditSink, f: &dyn Fn(&mut Vec<Zone>, &mut Option<usize>)| {
        set(sink, &|x| {
            if let KrKind::Ordinal { zones, current } = &mut x.kind {
                f(zones, current);
            }
        });
    };
    ui.label(RichText::new("Levels, lowest first, each with the score reaching it gives").weak());
    egui::Grid::new(("kr-levels", label)).show(ui, |ui| {
        for (i, z) in zones.iter().enumerate() {
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&format!("{label} level {} name", i + 1)),
                &z.name,
                |t| egui::TextEdit::singleline(t).desired_width(110.0),
            );
            if let Some(name) = name {
                set_zones(sink, &|zs, _| zs[i].name.clone_from(&name));
            }
            let mut score = z.score;
            if ui
                .add(
                    egui::DragValue::new(&mut score)
                        .range(0.0..=1.0)
                        .speed(0.01)
                        .fixed_decimals(2),
                )
                .accessible_name(format!("{label} level {} score", i + 1))
                .changed()
            {
                set_zones(sink, &|zs, _| zs[i].score = score);
            }
            let (description, _) = text_edit(
                ui,
                sink,
                Name::Text(&format!("{label} level {} meaning", i + 1)),
                &z.description,
                |t| {
                    egui::TextEdit::singleline(t)
                        .hint_text("what it means")
                        .desired_width(200.0)
                },
            );
            if let Some(description) = description {
                set_zones(sink, &|zs, _| zs[i].description.clone_from(&description));
            }
            if zones.len() > 2 && clear_button(ui, &format!("{label} level {}", i + 1)) {
                set_zones(sink, &|zs, current| {
                    zs.remove(i);
                    // The current level moves with the ones after it; a removed one is unset.
                    *current = match *current {
                        Some(c) if c == i => None,
                        Some(c) if c > i => Some(c - 1),
                        c => c,
                    };
                });
                sink.seal();
            }
            ui.end_row();
        }
    });
    if ui
        .small_button("➕ Level")
        .accessible_name(format!("Add a level to {label}"))
        .clicked()
    {
        set_zones(sink, &|zs, _| {
            zs.push(Zone {
                name: format!("level {}", zs.len() + 1),
                description: String::new(),
                score: 1.0,
            });
        });
        sink.seal();
    }
}
