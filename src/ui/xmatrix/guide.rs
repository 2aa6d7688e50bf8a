//! The guided order for building an X-matrix in a workshop (TASTE practice): True North →
//! Aspirations → Strategies → their marks → Evidence → its marks → Tactics → their marks.
//! Evidence comes before tactics, so the measures are not picked to justify the work.

use crate::i18n::arm_title;
use crate::model::{Arm, Corner, Plan, Vocabulary};
use crate::tr;
use egui::{RichText, Ui};

/// Each step's name and whether the plan has it done.
pub fn steps(plan: &Plan) -> Vec<(String, bool)> {
    let v = plan.settings.vocabulary;
    let x = &plan.xmatrix;
    let arm = |a: Arm| (arm_title(a, v), x.arm_len(a) > 0);
    let marks = |c: Corner| {
        let (a, b) = c.arms();
        (
            tr!("xm-guide-marks", a = arm_title(b, v), b = arm_title(a, v)),
            x.correlations.iter().any(|m| m.corner == c),
        )
    };
    let north = match v {
        Vocabulary::Classic => tr!("xm-guide-vision"),
        Vocabulary::Taste => tr!("xm-guide-true-north"),
    };
    vec![
        (north, !plan.vision.statement.trim().is_empty()),
        arm(Arm::South),
        arm(Arm::West),
        marks(Corner::BottomLeft),
        arm(Arm::East),
        marks(Corner::BottomRight),
        arm(Arm::North),
        marks(Corner::TopLeft),
        marks(Corner::TopRight),
    ]
}

/// One line with the next step of the guided order, the whole order on hover; nothing once the
/// matrix is complete.
pub fn guide_ui(ui: &mut Ui, plan: &Plan) {
    let steps = steps(plan);
    let Some(next) = steps.iter().position(|(_, done)| !done) else {
        return;
    };
    let all: Vec<String> = steps
        .iter()
        .map(|(name, done)| format!("{} {name}", if *done { "✔" } else { "·" }))
        .collect();
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("xm-guide-next")).strong());
        ui.label(
            RichText::new(tr!(
                "xm-guide-step",
                step = &steps[next].0,
                n = next + 1,
                total = steps.len()
            ))
            .strong()
            .color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(tr!("xm-guide-hint", steps = all.join("\n")));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_points_at_the_first_missing_step() {
        let mut plan = crate::sample::sample_plan().unwrap();
        assert!(steps(&plan).iter().all(|(_, done)| *done));
        plan.xmatrix
            .correlations
            .retain(|c| c.corner != Corner::BottomRight);
        let s = steps(&plan);
        let next = s.iter().position(|(_, d)| !d).unwrap();
        assert_eq!(s[next].0, "marks Metrics × Breakthrough objectives");
        plan.settings.vocabulary = Vocabulary::Taste;
        let s = steps(&plan);
        assert_eq!(s[0].0, "True North");
        assert_eq!(s[5].0, "marks Evidence × Aspirations");
    }
}
