//! The less often changed settings of a key result, one click away: its weight, its kind, a
//! metric's commit and stretch values and deadline, an ordinal key result's levels.

use super::objectives::update;
use crate::model::{KeyResult, KrKind, OkrObjective, Zone};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::widgets::{
    Name, Picked, clear_button, field_name, optional_date, optional_number, text_edit,
};
use egui::{RichText, Ui};

/// Pushes the objective with the key result changed by the inner function.
pub(super) type SetKr<'a> = dyn Fn(&mut EditSink, &dyn Fn(&mut KeyResult)) + 'a;

/// The classic levels of an ordinal key result, to start from.
pub fn default_zones() -> Vec<Zone> {
    [
        (tr!("krs-zone-fail"), 0.0),
        (tr!("krs-zone-commit"), 0.3),
        (tr!("krs-zone-target"), 0.7),
        (tr!("krs-zone-stretch"), 1.0),
    ]
    .map(|(name, score)| Zone {
        name,
        description: String::new(),
        score,
    })
    .to_vec()
}

/// The kinds offered, with a fresh value of each.
fn kinds(kr: &KeyResult) -> [(String, KrKind); 3] {
    let (start, target) = match &kr.kind {
        KrKind::Metric { start, target, .. } => (*start, *target),
        _ => (0.0, 1.0),
    };
    [
        (
            tr!("krs-kind-metric"),
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
            tr!("krs-kind-milestone"),
            KrKind::Milestone {
                done: false,
                due: None,
            },
        ),
        (
            tr!("krs-kind-ordinal"),
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
    ui.menu_button(tr!("krs-settings"), |ui| {
        ui.label(RichText::new(&kr.name).strong());
        if let Some(w) = crate::ui::widgets::weight(ui, label, kr.weight) {
            set(sink, &|x| x.weight = w);
        }
        ui.separator();
        ui.label(tr!("krs-measured-as"));
        for (text, kind) in kinds(kr) {
            let same = std::mem::discriminant(&kind) == std::mem::discriminant(&kr.kind);
            if ui
                .radio(same, &text)
                .accessible_name(tr!("krs-measured-as-n", label = label, kind = &text))
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
                ui.label(RichText::new(tr!("krs-milestone-note")).weak());
            }
        }
    })
    .response
    .accessible_name(tr!("krs-more", label = label))
    .on_hover_text(tr!(
        "krs-more-hint",
        weight = crate::i18n::number(kr.weight)
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
    ui.label(RichText::new(tr!("krs-stretch-note")).weak());
    egui::Grid::new(("kr-metric-settings", label)).show(ui, |ui| {
        ui.label(tr!("krs-commit"));
        let name = field_name(label, &tr!("f-commit"));
        if let Picked::Changed(v) = optional_number(ui, &name, commit) {
            set(sink, &|x| {
                if let KrKind::Metric { commit, .. } = &mut x.kind {
                    *commit = v;
                }
            });
        }
        ui.end_row();
        ui.label(tr!("krs-stretch"));
        let name = field_name(label, &tr!("f-stretch"));
        if let Picked::Changed(v) = optional_number(ui, &name, stretch) {
            set(sink, &|x| {
                if let KrKind::Metric { stretch, .. } = &mut x.kind {
                    *stretch = v;
                }
            });
        }
        ui.end_row();
        ui.label(tr!("krs-due"));
        if let Picked::Changed(d) = optional_date(
            ui,
            &format!("kr-metric-due-{label}"),
            &field_name(label, &tr!("f-due-date")),
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
    ui.label(RichText::new(tr!("krs-levels-note")).weak());
    egui::Grid::new(("kr-levels", label)).show(ui, |ui| {
        for (i, z) in zones.iter().enumerate() {
            let level = tr!("krs-level-of", label = label, n = i + 1);
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&level, &tr!("f-name"))),
                &z.name,
                |t| egui::TextEdit::singleline(t).desired_width(110.0),
            );
            if let Some(name) = name {
                set_zones(sink, &|zs, _| zs[i].name.clone_from(&name));
            }
            let mut score = z.score;
            if ui
                .add(
                    crate::ui::widgets::decimal(&mut score)
                        .range(0.0..=1.0)
                        .speed(0.01)
                        .fixed_decimals(2),
                )
                .accessible_name(field_name(&level, &tr!("krs-level-score")))
                .changed()
            {
                set_zones(sink, &|zs, _| zs[i].score = score);
            }
            let (description, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&level, &tr!("krs-level-meaning"))),
                &z.description,
                |t| {
                    egui::TextEdit::singleline(t)
                        .hint_text(tr!("krs-meaning-hint"))
                        .desired_width(200.0)
                },
            );
            if let Some(description) = description {
                set_zones(sink, &|zs, _| zs[i].description.clone_from(&description));
            }
            if zones.len() > 2 && clear_button(ui, &level) {
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
        .small_button(tr!("krs-add-level"))
        .accessible_name(tr!("krs-add-level-of", label = label))
        .clicked()
    {
        set_zones(sink, &|zs, _| {
            zs.push(Zone {
                name: tr!("krs-level-default", n = zs.len() + 1),
                description: String::new(),
                score: 1.0,
            });
        });
        sink.seal();
    }
}
