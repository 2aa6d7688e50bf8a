//! The rest of a metric's details: its target and which way is better, or — for a qualitative
//! metric — the levels of its rubric ("target", "moderate", "risk") with what each means.

use crate::edit::Edit;
use crate::model::{Direction, RubricLevel, XMetric};
use crate::tr;
use crate::ui::EditSink;
use crate::ui::widgets::{Name, clear_button, text_edit};
use egui::{RichText, TextEdit, Ui};

fn update(sink: &mut EditSink, m: &XMetric, f: impl FnOnce(&mut XMetric)) {
    let mut changed = m.clone();
    f(&mut changed);
    if &changed != m {
        sink.push(Edit::UpdateMetric(changed));
    }
}

pub fn fields(ui: &mut Ui, sink: &mut EditSink, m: &XMetric) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("xm-target")).strong());
        let mut has = m.target.is_some();
        if ui.checkbox(&mut has, tr!("xm-target-set")).changed() {
            update(sink, m, |x| x.target = has.then_some(0.0));
            sink.seal();
        }
        if let Some(mut t) = m.target
            && ui
                .add(crate::ui::widgets::decimal(&mut t).speed(0.1))
                .accessible_name(tr!("xm-target-value"))
                .changed()
        {
            update(sink, m, |x| x.target = Some(t));
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("xm-better-is")).strong());
        for (d, text) in [
            (Direction::HigherIsBetter, tr!("xm-higher")),
            (Direction::LowerIsBetter, tr!("xm-lower")),
        ] {
            if ui
                .radio(m.direction == d, &text)
                .accessible_name(tr!("xm-better-name", direction = &text))
                .clicked()
            {
                update(sink, m, |x| x.direction = d);
                sink.seal();
            }
        }
    });
    rubric(ui, sink, m);
}

/// The levels of a qualitative metric, best first.
fn rubric(ui: &mut Ui, sink: &mut EditSink, m: &XMetric) {
    ui.label(RichText::new(tr!("xm-levels")).strong());
    if m.rubric.is_empty() {
        ui.label(RichText::new(tr!("xm-levels-none")).weak());
    }
    egui::Grid::new(("xm-rubric", m.id)).show(ui, |ui| {
        for (i, level) in m.rubric.iter().enumerate() {
            let label = tr!("xm-level", n = i + 1);
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&tr!("xm-level-name", n = i + 1)),
                &level.name,
                |t| TextEdit::singleline(t).desired_width(110.0),
            );
            if let Some(name) = name {
                update(sink, m, |x| x.rubric[i].name = name);
            }
            let (description, _) = text_edit(
                ui,
                sink,
                Name::Text(&tr!("xm-level-meaning", n = i + 1)),
                &level.description,
                |t| {
                    TextEdit::singleline(t)
                        .hint_text(tr!("xm-level-hint"))
                        .desired_width(320.0)
                },
            );
            if let Some(description) = description {
                update(sink, m, |x| x.rubric[i].description = description);
            }
            if clear_button(ui, &label) {
                update(sink, m, |x| {
                    x.rubric.remove(i);
                });
                sink.seal();
            }
            ui.end_row();
        }
    });
    ui.horizontal(|ui| {
        if ui.small_button(tr!("xm-add-level")).clicked() {
            update(sink, m, |x| {
                x.rubric.push(RubricLevel {
                    name: tr!("xm-level-default", n = x.rubric.len() + 1),
                    description: String::new(),
                });
            });
            sink.seal();
        }
        if m.rubric.is_empty()
            && ui
                .small_button(tr!("xm-three-levels"))
                .on_hover_text(tr!("xm-three-levels-hint"))
                .clicked()
        {
            update(sink, m, |x| {
                x.rubric = [
                    tr!("xm-level-target"),
                    tr!("xm-level-moderate"),
                    tr!("xm-level-risk"),
                ]
                .map(|name| RubricLevel {
                    name,
                    description: String::new(),
                })
                .to_vec();
            });
            sink.seal();
        }
    });
}
