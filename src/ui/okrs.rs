//! The OKRs panel, read-only for now: per team, its objectives with owner, period and priority,
//! and their key results with score and last check-in. (Editing is its own issue.)

use super::tables::{num, text_table};
use crate::model::{KrKind, OkrObjective, Plan};
use egui::{RichText, Ui};

pub fn okrs_ui(ui: &mut Ui, plan: &Plan) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("OKRs");
        ui.label("Objectives per team, each aligned to a strategic priority; 3–5 key results each. Score 0.0–1.0, 0.7 is the stretch sweet spot.");
        let mut teams: Vec<(String, Vec<&OkrObjective>)> = plan
            .teams
            .iter()
            .map(|t| (t.name.clone(), plan.okrs.iter().filter(|o| o.team == Some(t.id)).collect()))
            .collect();
        let no_team: Vec<&OkrObjective> = plan.okrs.iter().filter(|o| o.team.is_none()).collect();
        if !no_team.is_empty() {
            teams.push(("No team".to_owned(), no_team));
        }
        for (team, objectives) in teams {
            ui.add_space(10.0);
            ui.label(RichText::new(&team).heading());
            let rows: Vec<Vec<String>> = objectives
                .iter()
                .flat_map(|o| {
                    let priority = o
                        .priority
                        .and_then(|id| plan.priority(id))
                        .map_or("— not linked —".to_owned(), |p| p.name.clone());
                    let head = vec![
                        o.name.clone(),
                        plan.person_name(o.owner).to_owned(),
                        o.period.clone(),
                        priority,
                        String::new(),
                    ];
                    let krs = o.key_results.iter().map(|k| {
                        let detail = match &k.kind {
                            KrKind::Metric { start, target, current, unit } => format!(
                                "{} → {} {unit}, now {}",
                                num(*start),
                                num(*target),
                                current.map_or("—".into(), num)
                            ),
                            KrKind::Milestone { done, due } => format!(
                                "{}{}",
                                if *done { "done" } else { "not done" },
                                due.map(|d| format!(", due {d}")).unwrap_or_default()
                            ),
                        };
                        vec![
                            format!("    KR: {}", k.name),
                            plan.person_name(k.owner).to_owned(),
                            detail,
                            k.score().map_or("no data".into(), |s| format!("{s:.2}")),
                            k.check_ins
                                .last()
                                .map(|c| format!("{}: confidence {}/10 {}", c.date, c.confidence, c.comment))
                                .unwrap_or_default(),
                        ]
                    });
                    std::iter::once(head).chain(krs)
                })
                .collect();
            text_table(ui, &team, &["Objective / key result", "Owner", "Period / progress", "Priority / score", "Last check-in"], &rows);
        }
    });
}
