//! The rest of a metric's details: its target and which way is better, or — for a qualitative
//! metric — the levels of its rubric ("target", "moderate", "risk") with what each means.

use crate::edit::Edit;
use crate::model::{Direction, RubricLevel, XMetric};
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
        ui.label(RichText::new("Target").strong());
        let mut has = m.target.is_some();
        if ui.checkbox(&mut has, "set").changed() {
            update(sink, m, |x| x.target = has.then_some(0.0));
            sink.seal();
        }
        if let Some(mut t) = m.target
            && ui
                .add(egui::DragValue::new(&mut t).speed(0.1))
                .accessible_name("Target value")
                .changed()
        {
            update(sink, m, |x| x.target = Some(t));
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new("Better is").strong());
        for (d, text) in [
            (Direction::HigherIsBetter, "higher"),
            (Direction::LowerIsBetter, "lower"),
        ] {
            if ui
                .radio(m.direction == d, text)
                .accessible_name(format!("{text} is better"))
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
    ui.label(RichText::new("Levels (for a metric judged in words, best first)").strong());
    if m.rubric.is_empty() {
        ui.label(
            RichText::new("None: the metric is a number. Add levels when it is judged in words.")
                .weak(),
        );
    }
    egui::Grid::new(("xm-rubric", m.id)).show(ui, |ui| {
        for (i, level) in m.rubric.iter().enumerate() {
            let label = format!("Level {}", i + 1);
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&format!("{label} name")),
                &level.name,
                |t| TextEdit::singleline(t).desired_width(110.0),
            );
            if let Some(name) = name {
                update(sink, m, |x| x.rubric[i].name = name);
            }
            let (description, _) = text_edit(
                ui,
                sink,
                Name::Text(&format!("{label} meaning")),
                &level.description,
                |t| {
                    TextEdit::singleline(t)
                        .hint_text("what it looks like")
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
        if ui.small_button("➕ Level").clicked() {
            update(sink, m, |x| {
                x.rubric.push(RubricLevel {
                    name: format!("level {}", x.rubric.len() + 1),
                    description: String::new(),
                });
            });
            sink.seal();
        }
        if m.rubric.is_empty()
            && ui
                .small_button("➕ target / moderate / risk")
                .on_hover_text("The three levels many X-matrices use")
                .clicked()
        {
            update(sink, m, |x| {
                x.rubric = ["target", "moderate", "risk"]
                    .map(|n| RubricLevel {
                        name: n.into(),
                        description: String::new(),
                    })
                    .to_vec();
            });
            sink.seal();
        }
    });
}
