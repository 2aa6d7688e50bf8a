//! Short codes (B1, A2, I3, M4, initials for people) and full labels of X-matrix items.

use crate::model::{Arm, Id, Plan};
use std::collections::HashMap;

pub struct Labels {
    codes: HashMap<Id, String>,
    full: HashMap<Id, String>,
}

impl Labels {
    pub fn new(plan: &Plan) -> Self {
        let x = &plan.xmatrix;
        let mut codes = HashMap::new();
        let mut full = HashMap::new();
        for arm in Arm::CLOCKWISE {
            for (i, id) in x.arm_ids(arm).into_iter().enumerate() {
                codes.insert(
                    id,
                    format!("{}{}", arm.prefix(plan.settings.vocabulary), i + 1),
                );
            }
        }
        for i in x
            .breakthroughs
            .iter()
            .chain(&x.annuals)
            .chain(&x.improvements)
        {
            full.insert(i.id, i.name.clone());
        }
        for m in &x.metrics {
            // "→ ≤ 8 %" when lower is better; a qualitative metric names its levels.
            let at_most = if m.direction == crate::model::Direction::LowerIsBetter {
                "≤ "
            } else {
                ""
            };
            let target = m
                .target
                .map(|t| format!(" → {at_most}{} {}", crate::i18n::number(t), m.unit))
                .unwrap_or_default();
            let levels = if m.rubric.is_empty() {
                String::new()
            } else {
                let names: Vec<&str> = m.rubric.iter().map(|l| l.name.as_str()).collect();
                format!(" ({})", names.join(" / "))
            };
            full.insert(m.id, format!("{}{}{levels}", m.name, target.trim_end()));
        }
        for p in &plan.people {
            let initials: String = p
                .name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect();
            codes.insert(p.id, initials);
            full.insert(p.id, p.name.clone());
        }
        Self { codes, full }
    }

    pub fn code(&self, id: Id) -> &str {
        self.codes.get(&id).map_or("?", String::as_str)
    }

    pub fn full(&self, id: Id) -> &str {
        self.full.get(&id).map_or("", String::as_str)
    }
}
