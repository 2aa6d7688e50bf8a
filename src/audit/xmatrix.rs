//! X-matrix rules: every item tied into the matrix, one lead per improvement priority, nobody
//! overloaded, no empty arm.

use super::{Finding, Severity};
use crate::model::{Arm, Corner, Id, Plan, Role};
use crate::tr;

/// A person leading more priorities than this is overloaded.
pub const MAX_LEADS: usize = 2;
/// A person involved in more priorities than this is overloaded.
pub const MAX_INVOLVED: usize = 5;

fn name(plan: &Plan, id: Id) -> String {
    plan.xmatrix.item_name(id).unwrap_or_default().to_owned()
}

/// Items of `arm` with no mark in `corner`.
fn untied(plan: &Plan, arm: Arm, corner: Corner) -> Vec<Id> {
    let x = &plan.xmatrix;
    let (a_arm, _) = corner.arms();
    x.arm_ids(arm)
        .into_iter()
        .filter(|&id| {
            !x.correlations
                .iter()
                .any(|c| c.corner == corner && if a_arm == arm { c.a == id } else { c.b == id })
        })
        .collect()
}

pub fn findings(plan: &Plan) -> Vec<Finding> {
    let v = plan.settings.vocabulary;
    let x = &plan.xmatrix;
    let mut out = Vec::new();
    for arm in Arm::CLOCKWISE {
        if x.arm_len(arm) == 0 {
            out.push(Finding {
                rule: "xmatrix.empty-arm",
                severity: Severity::Warning,
                message: tr!(
                    "a-x-empty-arm",
                    arm = crate::i18n::arm_title(arm, v),
                    lower = crate::i18n::arm_title(arm, v).to_lowercase()
                ),
                hint: tr!("a-x-empty-arm-hint", item = crate::i18n::arm_item(arm, v)),
                targets: Vec::new(),
            });
        }
    }
    let rules = [
        (
            Arm::South,
            Corner::BottomLeft,
            Arm::West,
            "xmatrix.breakthrough-without-annual",
        ),
        (
            Arm::West,
            Corner::BottomLeft,
            Arm::South,
            "xmatrix.annual-without-breakthrough",
        ),
        (
            Arm::North,
            Corner::TopLeft,
            Arm::West,
            "xmatrix.priority-without-annual",
        ),
        (
            Arm::East,
            Corner::TopRight,
            Arm::North,
            "xmatrix.metric-without-priority",
        ),
    ];
    for (arm, corner, other, rule) in rules {
        if x.arm_len(other) == 0 {
            continue; // Reported as an empty arm already.
        }
        for id in untied(plan, arm, corner) {
            out.push(Finding {
                rule,
                severity: Severity::Warning,
                message: tr!(
                    "a-x-untied",
                    kind = crate::i18n::arm_item(arm, v),
                    name = name(plan, id),
                    other = crate::i18n::arm_item(other, v)
                ),
                hint: tr!("a-x-untied-hint", other = crate::i18n::arm_item(other, v)),
                targets: vec![id],
            });
        }
    }
    for id in x.arm_ids(Arm::North) {
        let leads: Vec<Id> = x
            .assignments
            .iter()
            .filter(|a| a.item == id && a.role == Role::Lead)
            .map(|a| a.person)
            .collect();
        let item = name(plan, id);
        match leads.len() {
            1 => {}
            0 => out.push(Finding {
                rule: "xmatrix.priority-without-lead",
                severity: Severity::Warning,
                message: tr!(
                    "a-x-no-lead",
                    kind = crate::i18n::arm_item(Arm::North, v),
                    name = &item
                ),
                hint: tr!("a-x-no-lead-hint"),
                targets: vec![id],
            }),
            n => out.push(Finding {
                rule: "xmatrix.priority-several-leads",
                severity: Severity::Warning,
                message: tr!(
                    "a-x-leads",
                    kind = crate::i18n::arm_item(Arm::North, v),
                    name = &item,
                    count = n,
                    people = leads
                        .iter()
                        .map(|&p| plan.person_name(Some(p)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                hint: tr!("a-x-leads-hint"),
                targets: std::iter::once(id).chain(leads).collect(),
            }),
        }
    }
    for &person in &x.people {
        let leads = x
            .assignments
            .iter()
            .filter(|a| a.person == person && a.role == Role::Lead)
            .count();
        let involved = x.assignments.iter().filter(|a| a.person == person).count();
        if leads > MAX_LEADS || involved > MAX_INVOLVED {
            out.push(Finding {
                rule: "xmatrix.person-overloaded",
                severity: Severity::Warning,
                message: tr!(
                    "a-x-overloaded",
                    person = plan.person_name(Some(person)),
                    leads = leads,
                    involved = involved,
                    arm = crate::i18n::arm_title(Arm::North, v),
                    lower = crate::i18n::arm_title(Arm::North, v).to_lowercase()
                ),
                hint: tr!(
                    "a-x-overloaded-hint",
                    leads = MAX_LEADS,
                    involved = MAX_INVOLVED
                ),
                targets: vec![person],
            });
        }
    }
    out
}
