//! Choices among ids as combo boxes that the keyboard can work (↑ / ↓ step through them):
//! people, owners (a person or a team), teams, or any named ids, or none.

use super::widgets::Picked;
use egui::Ui;

/// The plan's people as choices, "Name (role)"; with `teams`, then the teams ("Team: Fleet").
/// Made once per plan revision: every owner field of a panel shares the list.
fn people_options(
    ui: &Ui,
    plan: &crate::model::Plan,
    teams: bool,
) -> std::sync::Arc<Vec<(crate::model::Id, String)>> {
    super::derived::cached(ui.ctx(), "people-options", teams, || {
        let people = plan.people.iter().map(|p| {
            let text = if p.role.is_empty() {
                p.name.clone()
            } else {
                format!("{} ({})", p.name, p.role)
            };
            (p.id, text)
        });
        let teams = plan
            .teams
            .iter()
            .filter(|_| teams)
            .map(|t| (t.id, crate::tr!("choice-team", name = &t.name)));
        people.chain(teams).collect()
    })
}

/// The plan's teams as choices, made once per plan revision.
pub fn team_options(
    ui: &Ui,
    plan: &crate::model::Plan,
) -> std::sync::Arc<Vec<(crate::model::Id, String)>> {
    super::derived::cached(ui.ctx(), "team-options", (), || {
        plan.teams.iter().map(|t| (t.id, t.name.clone())).collect()
    })
}

pub fn person_combo(
    ui: &mut Ui,
    plan: &crate::model::Plan,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    width: f32,
) -> Picked<crate::model::Id> {
    people_combo(ui, plan, salt, name, current, width, false)
}

/// An owner that may be a person or a whole team ("Team: Fleet"), or nobody.
pub fn owner_combo(
    ui: &mut Ui,
    plan: &crate::model::Plan,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    width: f32,
) -> Picked<crate::model::Id> {
    people_combo(ui, plan, salt, name, current, width, true)
}

/// [`person_combo`], with the teams among the choices when `teams`.
fn people_combo(
    ui: &mut Ui,
    plan: &crate::model::Plan,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    width: f32,
    teams: bool,
) -> Picked<crate::model::Id> {
    let options = people_options(ui, plan, teams);
    // Closed, the combo shows the name alone; the list adds the roles.
    let shown = current
        .and_then(|id| plan.person(id))
        .map(|p| p.name.as_str());
    combo(
        ui,
        salt,
        name,
        current,
        &options,
        ("— nobody —", shown),
        width,
    )
}

/// A choice among named ids, or none. With the keyboard: Tab to it, then ↑ / ↓ step through the
/// choices (Space opens the list). Returns the new choice when changed.
pub fn id_combo(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    options: &[(crate::model::Id, String)],
    none: &str,
    width: f32,
) -> Picked<crate::model::Id> {
    combo(ui, salt, name, current, options, (none, None), width)
}

/// [`id_combo`], with the text shown when closed given apart (`texts`: for none, for the choice).
fn combo(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: Option<crate::model::Id>,
    options: &[(crate::model::Id, String)],
    (none, closed): (&str, Option<&str>),
    width: f32,
) -> Picked<crate::model::Id> {
    let shown = closed.unwrap_or_else(|| {
        current
            .and_then(|c| options.iter().find(|(id, _)| *id == c))
            .map_or(none, |(_, n)| n.as_str())
    });
    let mut chosen = current;
    let response = egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(width)
        .height(480.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, none);
            for (id, text) in options {
                ui.selectable_value(&mut chosen, Some(*id), text);
            }
        })
        .response
        .accessible_name(name);
    if response.has_focus() {
        // Up and down are this widget's while it has the keyboard, not a move to a neighbour.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            )
        });
        if down || up {
            // Index 0 is "none", then the options.
            let all: Vec<Option<crate::model::Id>> = std::iter::once(None)
                .chain(options.iter().map(|(id, _)| Some(*id)))
                .collect();
            let at = all.iter().position(|c| *c == chosen).unwrap_or(0);
            let to = if down {
                (at + 1).min(all.len() - 1)
            } else {
                at.saturating_sub(1)
            };
            chosen = all[to];
        }
    }
    (chosen != current).then_some(chosen).into()
}
