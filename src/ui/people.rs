//! People and teams of the plan (shown under the plan details on the Vision panel): added,
//! renamed, given a role and team, and removed once nothing refers to them.

use super::EditSink;
use super::widgets::{Name, Picked, field_name, id_combo, text_edit};
use crate::edit::Edit;
use crate::model::{Id, Person, Plan, Team};
use crate::tr;
use egui::{RichText, TextEdit, Ui};

fn delete_button(ui: &mut Ui, plan: &Plan, id: Id, label: &str) -> bool {
    // What anything points at, found once per plan revision rather than per row.
    let targets = super::derived::cached(ui.ctx(), "link-targets", (), || {
        plan.links()
            .iter()
            .map(|l| l.to)
            .collect::<std::collections::HashSet<Id>>()
    });
    let linked = targets.contains(&id);
    let r = ui
        .add_enabled(!linked, egui::Button::new("🗑"))
        .accessible_name(tr!("w-delete-of", label = label));
    let r = if linked {
        r.on_disabled_hover_text(tr!("people-still-linked"))
    } else {
        r.on_hover_text(tr!("people-delete-hint"))
    };
    r.clicked()
}

/// A list of one-line rows; a long one in a box of its own that scrolls, laying out only the
/// rows in view, so 500 people cost what 40 do.
fn rows(ui: &mut Ui, salt: &str, n: usize, mut row: impl FnMut(&mut Ui, usize)) {
    if n <= crate::ui::virtual_list::ALL_UP_TO {
        for i in 0..n {
            row(ui, i);
        }
        return;
    }
    let height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body) + 8.0);
    egui::ScrollArea::vertical()
        .id_salt(salt)
        .max_height(16.0 * (height + ui.spacing().item_spacing.y))
        .show_rows(ui, height, n, |ui, range| {
            for i in range {
                row(ui, i);
            }
        });
}

pub fn people_ui(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.heading(crate::tr!("people-heading"));
    ui.label(crate::tr!("people-intro"));
    ui.add_space(6.0);
    ui.columns(2, |cols| {
        people(&mut cols[0], plan, sink);
        teams(&mut cols[1], plan, sink);
    });
}

fn people(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.label(RichText::new(crate::tr!("people-people")).strong());
    rows(ui, "people-rows", plan.people.len(), |ui, i| {
        let p = &plan.people[i];
        let label = tr!("lbl-person", n = i + 1);
        let cap = tr!("lbl-person-cap", n = i + 1);
        ui.horizontal(|ui| {
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&cap, &tr!("f-name"))),
                &p.name,
                |t| TextEdit::singleline(t).desired_width(190.0),
            );
            if let Some(name) = name {
                sink.push(Edit::UpdatePerson(Person { name, ..p.clone() }));
            }
            let (role, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&cap, &tr!("f-role"))),
                &p.role,
                |t| {
                    TextEdit::singleline(t)
                        .hint_text(tr!("people-role-hint"))
                        .desired_width(170.0)
                },
            );
            if let Some(role) = role {
                sink.push(Edit::UpdatePerson(Person { role, ..p.clone() }));
            }
            let teams = crate::ui::widgets::team_options(ui, plan);
            if let Picked::Changed(team) = id_combo(
                ui,
                ("person-team", p.id),
                &field_name(&cap, &tr!("f-team")),
                p.team,
                &teams,
                &tr!("people-no-team"),
                170.0,
            ) {
                sink.push(Edit::UpdatePerson(Person { team, ..p.clone() }));
                sink.seal();
            }
            if delete_button(ui, plan, p.id, &label) {
                sink.push(Edit::RemovePerson(p.id));
                sink.seal();
            }
        });
    });
    if ui.button(tr!("people-add-person")).clicked() {
        let id = sink.fresh_id();
        let person = Person {
            id,
            name: tr!("lbl-person-cap", n = plan.people.len() + 1),
            role: String::new(),
            team: None,
        };
        sink.push(Edit::InsertPerson {
            index: plan.people.len(),
            person,
        });
        sink.seal();
    }
}

/// How deep a team sits in the tree of teams (0 for a top-level team).
fn depth(plan: &Plan, t: &Team) -> usize {
    let mut d = 0;
    let mut at = t.parent;
    // Bounded: a loop of parents is refused, but never spin on one.
    while let Some(p) = at.filter(|_| d < plan.teams.len()) {
        d += 1;
        at = plan.team(p).and_then(|x| x.parent);
    }
    d
}

fn teams(ui: &mut Ui, plan: &Plan, sink: &mut EditSink) {
    ui.label(RichText::new(crate::tr!("people-teams")).strong());
    rows(ui, "team-rows", plan.teams.len(), |ui, i| {
        let t = &plan.teams[i];
        let label = tr!("lbl-team", n = i + 1);
        let cap = tr!("lbl-team-cap", n = i + 1);
        ui.horizontal(|ui| {
            let d = depth(plan, t);
            if d > 0 {
                ui.add_space(18.0 * d as f32);
                ui.label(RichText::new("↳").weak());
            }
            let (name, _) = text_edit(
                ui,
                sink,
                Name::Text(&field_name(&cap, &tr!("f-name"))),
                &t.name,
                |x| TextEdit::singleline(x).desired_width(200.0),
            );
            if let Some(name) = name {
                sink.push(Edit::UpdateTeam(Team { name, ..t.clone() }));
            }
            let others: Vec<(Id, String)> = plan
                .teams
                .iter()
                .filter(|o| o.id != t.id)
                .map(|o| (o.id, o.name.clone()))
                .collect();
            if let Picked::Changed(parent) = id_combo(
                ui,
                ("team-parent", t.id),
                &field_name(&cap, &tr!("f-part-of")),
                t.parent,
                &others,
                &tr!("people-top-level"),
                150.0,
            ) {
                sink.push(Edit::UpdateTeam(Team {
                    parent,
                    ..t.clone()
                }));
                sink.seal();
            }
            if delete_button(ui, plan, t.id, &label) {
                sink.push(Edit::RemoveTeam(t.id));
                sink.seal();
            }
        });
    });
    if ui.button(tr!("people-add-team")).clicked() {
        let id = sink.fresh_id();
        let team = Team {
            parent: None,
            id,
            name: tr!("lbl-team-cap", n = plan.teams.len() + 1),
        };
        sink.push(Edit::InsertTeam {
            index: plan.teams.len(),
            team,
        });
        sink.seal();
    }
}
