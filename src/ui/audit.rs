//! The Audit panel: the findings of the alignment audit, the structural check of the plan (ids,
//! links, values) and what the plan holds.

use super::tables::text_table;
use crate::model::{Plan, validate};
use egui::{RichText, Ui};

pub fn audit_ui(ui: &mut Ui, plan: &Plan) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("Audit");
        let problems = validate(plan);
        if problems.is_empty() {
            ui.label(RichText::new("✔ The plan is structurally sound: every id is unique, every link points at something that exists, every number is in range.").size(20.0));
        } else {
            ui.label(RichText::new(format!("{} structural problem(s)", problems.len())).color(ui.visuals().error_fg_color).size(20.0));
            let rows: Vec<Vec<String>> = problems.iter().map(|p| vec![p.message.clone()]).collect();
            text_table(ui, "problems", &["Problem"], &rows);
        }
        ui.add_space(12.0);
        let findings = crate::audit::audit(plan);
        ui.label(RichText::new(format!("Alignment findings: {}", findings.len())).heading());
        if findings.is_empty() {
            ui.label("No findings: every rule of the audit passes.");
        } else {
            let rows: Vec<Vec<String>> = findings
                .iter()
                .map(|f| vec![f.severity.label().to_owned(), f.message.clone(), f.hint.clone()])
                .collect();
            text_table(ui, "findings", &["Severity", "Finding", "What to do"], &rows);
        }
        ui.add_space(12.0);
        ui.label(RichText::new("What the plan holds").heading());
        let x = &plan.xmatrix;
        let kr_count: usize = plan.okrs.iter().map(|o| o.key_results.len()).sum();
        let measure_count: usize = plan.scorecard.objectives.iter().map(|o| o.measures.len()).sum();
        let rows = vec![
            vec!["People".into(), plan.people.len().to_string()],
            vec!["Teams".into(), plan.teams.len().to_string()],
            vec!["Vision targets".into(), plan.vision.targets.len().to_string()],
            vec!["Strategic priorities".into(), plan.priorities.len().to_string()],
            vec!["X-matrix items (B / A / I / M)".into(), format!("{} / {} / {} / {}", x.breakthroughs.len(), x.annuals.len(), x.improvements.len(), x.metrics.len())],
            vec!["X-matrix marks".into(), x.correlations.len().to_string()],
            vec!["Scorecard objectives / measures".into(), format!("{} / {measure_count}", plan.scorecard.objectives.len())],
            vec!["OKR objectives / key results".into(), format!("{} / {kr_count}", plan.okrs.len())],
            vec!["Dependencies".into(), plan.dependencies.len().to_string()],
        ];
        text_table(ui, "counts", &["Part", "Count"], &rows);
    });
}
