//! The report's strategy sections: the vision with its targets, the priorities, and the
//! X-matrix as a picture and as the table of what each item is tied to.

use super::{Block, Figure, Table, cols, or_dash, row};
use crate::drawing::xmatrix::Labels;
use crate::model::{Arm, Id, Plan, fmt_num};

pub(super) fn vision(plan: &Plan, out: &mut Vec<Block>) {
    let v = &plan.vision;
    out.push(Block::Section {
        id: "vision",
        title: "Vision".into(),
    });
    if v.statement.trim().is_empty() {
        out.push(Block::Note("No vision statement yet.".into()));
    } else {
        out.push(Block::Lead(v.statement.trim().to_owned()));
    }
    if let Some(year) = v.target_year {
        out.push(Block::Paragraph(format!("Target year: {year}")));
    }
    if !v.why.trim().is_empty() {
        out.push(Block::Heading("Why".into()));
        out.push(Block::Paragraph(v.why.trim().to_owned()));
    }
    if !v.targets.is_empty() {
        out.push(Block::Heading("Targets".into()));
        out.push(Block::Table(Table {
            columns: cols(&["Metric", "Value", "By"]),
            rows: v
                .targets
                .iter()
                .map(|t| {
                    row([
                        t.metric.as_str().into(),
                        format!("{} {}", fmt_num(t.value), t.unit).trim().into(),
                        t.by_year.map_or("—".into(), |y| y.to_string()).into(),
                    ])
                })
                .collect(),
        }));
    }
}

pub(super) fn priorities(plan: &Plan, out: &mut Vec<Block>) {
    out.push(Block::Section {
        id: "priorities",
        title: "Strategic priorities".into(),
    });
    if plan.priorities.is_empty() {
        out.push(Block::Note("No strategic priorities yet.".into()));
        return;
    }
    out.push(Block::Table(Table {
        columns: cols(&["#", "Priority", "Owner", "Horizon", "Why"]),
        rows: plan
            .priorities
            .iter()
            .enumerate()
            .map(|(i, p)| {
                row([
                    (i + 1).to_string().into(),
                    p.name.as_str().into(),
                    or_dash(plan.person_name(p.owner)).into(),
                    or_dash(&p.horizon).into(),
                    or_dash(&p.why).into(),
                ])
            })
            .collect(),
    }));
}

/// What an item is tied to, as codes with their marks: "● A1, ○ M3".
fn ties(plan: &Plan, labels: &Labels, id: Id) -> String {
    let x = &plan.xmatrix;
    let mut marks: Vec<String> = x
        .correlations
        .iter()
        .filter_map(|c| {
            let other = if c.a == id {
                c.b
            } else if c.b == id {
                c.a
            } else {
                return None;
            };
            Some(format!("{} {}", c.strength.symbol(), labels.code(other)))
        })
        .collect();
    marks.extend(
        x.assignments
            .iter()
            .filter(|a| a.item == id)
            .map(|a| format!("{} {}", a.role.symbol(), plan.person_name(Some(a.person)))),
    );
    if marks.is_empty() {
        "— not tied to anything".into()
    } else {
        marks.join(", ")
    }
}

pub(super) fn xmatrix(plan: &Plan, out: &mut Vec<Block>) {
    let x = &plan.xmatrix;
    out.push(Block::Section {
        id: "xmatrix",
        title: "Hoshin Kanri X-matrix".into(),
    });
    if Arm::CLOCKWISE.iter().all(|&a| x.arm_len(a) == 0) {
        out.push(Block::Note("The X-matrix is empty.".into()));
        return;
    }
    out.push(Block::Figure(Figure::XMatrix));
    let linked = if plan.xmatrix.has_linked() {
        ", ✓ linked, not rated"
    } else {
        ""
    };
    out.push(Block::Note(format!(
        "Marks: ● strong, ○ medium, △ weak{linked}. People: ● lead, ○ core team, △ consulted."
    )));
    let labels = Labels::new(plan);
    let vocab = plan.settings.vocabulary;
    let mut rows = Vec::new();
    for arm in Arm::CLOCKWISE {
        for id in x.arm_ids(arm) {
            rows.push(row([
                labels.code(id).into(),
                arm.singular(vocab).into(),
                labels.full(id).into(),
                ties(plan, &labels, id).into(),
            ]));
        }
    }
    out.push(Block::Table(Table {
        columns: cols(&["Code", "Arm", "Item", "Tied to"]),
        rows,
    }));
}
