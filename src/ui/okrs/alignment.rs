//! The alignment tree (vision → priorities → team objectives → key results, with the gaps
//! called out) and the cross-team dependencies, each agreed by both teams.

use super::OkrsView;
use crate::edit::Edit;
use crate::model::{Dependency, Id, OkrObjective, Plan};
use crate::tr;
use crate::ui::EditSink;
use egui::{RichText, Ui};

/// An item of the tree that jumps to it; `hint` says what clicking shows.
fn node(ui: &mut Ui, sink: &mut EditSink, text: RichText, id: Id, hint: String) {
    if ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(hint)
        .clicked()
    {
        sink.jump_to(id);
    }
}

fn objective_node(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &OkrObjective, depth: usize) {
    if depth > 8 {
        return; // A parent loop in a hand-edited file; the audit reports it as an orphan.
    }
    let team = plan.team_name(o.team);
    // The same words as everywhere: the final score once closed, "no data" when none.
    let score = o.score_text();
    let team = if team.is_empty() {
        tr!("al-no-team")
    } else {
        team.to_owned()
    };
    let head = tr!(
        "al-objective",
        name = &o.name,
        team = team,
        period = &o.period,
        score = score
    );
    egui::CollapsingHeader::new(RichText::new(head).size(19.0))
        .id_salt(("align-okr", o.id))
        .default_open(true)
        .show(ui, |ui| {
            node(
                ui,
                sink,
                RichText::new(tr!("al-open")).weak(),
                o.id,
                tr!("al-show-objective"),
            );
            for k in &o.key_results {
                let score = k
                    .score()
                    .map_or_else(|| tr!("score-no-data"), crate::i18n::score);
                node(
                    ui,
                    sink,
                    RichText::new(tr!("al-kr", name = &k.name, score = score)),
                    k.id,
                    tr!("al-show-kr"),
                );
            }
            for child in plan.okrs.iter().filter(|c| c.parent == Some(o.id)) {
                objective_node(ui, plan, sink, child, depth + 1);
            }
        });
}

pub fn tree(ui: &mut Ui, plan: &Plan, view: &mut OkrsView, sink: &mut EditSink) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let vision = if plan.vision.statement.is_empty() {
                &plan.title
            } else {
                &plan.vision.statement
            };
            ui.label(
                RichText::new(tr!("al-vision", vision = vision))
                    .size(22.0)
                    .strong(),
            );
            for p in &plan.priorities {
                let objectives: Vec<&OkrObjective> = plan
                    .okrs
                    .iter()
                    .filter(|o| o.priority == Some(p.id) && view.filter.keeps(o))
                    .collect();
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    node(
                        ui,
                        sink,
                        RichText::new(tr!("about-priority", name = &p.name))
                            .size(21.0)
                            .strong(),
                        p.id,
                        tr!("al-show-priority"),
                    );
                    if objectives.is_empty() {
                        ui.label(
                            RichText::new(tr!("al-nobody"))
                                .color(ui.visuals().warn_fg_color)
                                .strong(),
                        );
                    }
                });
                ui.indent(("align-p", p.id), |ui| {
                    for o in objectives {
                        objective_node(ui, plan, sink, o, 0);
                    }
                });
            }
            let orphans: Vec<&OkrObjective> = plan
                .okrs
                .iter()
                .filter(|o| o.priority.is_none() && o.parent.is_none() && view.filter.keeps(o))
                .collect();
            if !orphans.is_empty() {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(tr!("al-orphans"))
                        .size(21.0)
                        .color(ui.visuals().warn_fg_color)
                        .strong(),
                );
                ui.indent("align-orphans", |ui| {
                    for o in orphans {
                        objective_node(ui, plan, sink, o, 0);
                    }
                });
            }
        });
}

/// An objective or key result by name, with its team.
fn describe(plan: &Plan, id: Id) -> String {
    let name = plan
        .okr(id)
        .map(|o| o.name.clone())
        .or_else(|| plan.key_result(id).map(|(_, k)| k.name.clone()))
        .unwrap_or_default();
    let team = plan.team_name(plan.okr_team(id));
    let team = if team.is_empty() {
        tr!("al-no-team")
    } else {
        team.to_owned()
    };
    tr!("al-item-team", name = name, team = team)
}

pub fn dependencies(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(tr!("dep-intro"));
            if plan.dependencies.is_empty() {
                ui.label(RichText::new(tr!("dep-none")).weak());
            }
            let mut teams: Vec<(Option<Id>, String)> = plan
                .teams
                .iter()
                .map(|t| (Some(t.id), t.name.clone()))
                .collect();
            teams.push((None, tr!("dep-no-team")));
            for (team, name) in teams {
                let deps: Vec<&Dependency> = plan
                    .dependencies
                    .iter()
                    .filter(|d| plan.okr_team(d.from) == team)
                    .collect();
                if deps.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(
                    RichText::new(tr!("dep-depends-on", team = name))
                        .size(22.0)
                        .strong(),
                );
                for d in deps {
                    dependency_row(ui, plan, sink, d);
                }
            }
            ui.add_space(10.0);
            add_dependency(ui, plan, sink);
        });
}

fn dependency_row(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, d: &Dependency) {
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!(
                    "{}  →  {}",
                    describe(plan, d.from),
                    describe(plan, d.on)
                ))
                .size(19.0)
                .strong(),
            );
            if !d.note.is_empty() {
                ui.label(&d.note);
            }
            ui.horizontal(|ui| {
                let from_team = plan.team_name(plan.okr_team(d.from)).to_owned();
                let on_team = plan.team_name(plan.okr_team(d.on)).to_owned();
                let mut a = d.agreed_by_from;
                if ui
                    .checkbox(&mut a, tr!("dep-agreed-by", team = from_team))
                    .changed()
                {
                    sink.push(Edit::UpdateDependency(Dependency {
                        agreed_by_from: a,
                        ..d.clone()
                    }));
                    sink.seal();
                }
                let mut b = d.agreed_by_on;
                if ui
                    .checkbox(&mut b, tr!("dep-agreed-by", team = on_team))
                    .changed()
                {
                    sink.push(Edit::UpdateDependency(Dependency {
                        agreed_by_on: b,
                        ..d.clone()
                    }));
                    sink.seal();
                }
                if !(d.agreed_by_from && d.agreed_by_on)
                    && plan.okr_team(d.from) != plan.okr_team(d.on)
                {
                    ui.label(
                        RichText::new(tr!("dep-not-agreed")).color(ui.visuals().warn_fg_color),
                    );
                }
                if ui
                    .small_button("🗑")
                    .accessible_name(tr!("dep-delete", n = d.id.0.to_string()))
                    .clicked()
                {
                    sink.push(Edit::RemoveDependency(d.id));
                    sink.seal();
                }
            });
        });
}

fn pick(ui: &mut Ui, items: &[(Id, String)], name: &str, value: &mut Option<Id>) {
    let shown = value
        .and_then(|v| items.iter().find(|(i, _)| *i == v))
        .map_or_else(|| tr!("dep-choose"), |(_, n)| n.clone());
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (i, n) in items {
                ui.selectable_value(value, Some(*i), n);
            }
        })
        .response
        .accessible_name(name);
}

/// Two pickers (what depends, on what) and an Add button.
fn add_dependency(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    let id = ui.make_persistent_id("new-dependency");
    let (mut from, mut on): (Option<Id>, Option<Id>) =
        ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let items: Vec<(Id, String)> = plan
        .okrs
        .iter()
        .flat_map(|o| {
            std::iter::once((o.id, describe(plan, o.id))).chain(
                o.key_results
                    .iter()
                    .map(|k| (k.id, format!("  {}", describe(plan, k.id)))),
            )
        })
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("dep-new")).strong());
        pick(ui, &items, &tr!("dep-what"), &mut from);
        ui.label(tr!("dep-needs"));
        pick(ui, &items, &tr!("dep-on"), &mut on);
        let ready = matches!((from, on), (Some(a), Some(b)) if a != b);
        if ui
            .add_enabled(ready, egui::Button::new(tr!("dep-add")))
            .clicked()
            && let (Some(f), Some(o)) = (from, on)
        {
            let new = sink.fresh_id();
            sink.push(Edit::InsertDependency {
                index: plan.dependencies.len(),
                dependency: Dependency {
                    id: new,
                    from: f,
                    on: o,
                    note: String::new(),
                    agreed_by_from: false,
                    agreed_by_on: false,
                },
            });
            sink.seal();
            from = None;
            on = None;
        }
    });
    ui.data_mut(|d| d.insert_temp(id, (from, on)));
}
