//! The report's strategy sections: the vision with its targets, the priorities, and the
//! X-matrix as a picture and as the table of what each item is tied to.

use super::{Block, Figure, Table, cols, or_dash, row};
use crate::drawing::xmatrix::Labels;
use crate::model::{Arm, Id, Plan};
use crate::tr;

pub(super) fn vision(plan: &Plan, out: &mut Vec<Block>) {
    let v = &plan.vision;
    out.push(Block::Section {
        id: "vision",
        title: tr!("vision-heading"),
    });
    if v.statement.trim().is_empty() {
        out.push(Block::Note(tr!("room-no-vision")));
    } else {
        out.push(Block::Lead(v.statement.trim().to_owned()));
    }
    if let Some(year) = v.target_year {
        out.push(Block::Paragraph(tr!(
            "rep-target-year",
            year = year.to_string()
        )));
    }
    if !v.why.trim().is_empty() {
        out.push(Block::Heading(tr!("vision-why")));
        out.push(Block::Paragraph(v.why.trim().to_owned()));
    }
    if !v.targets.is_empty() {
        out.push(Block::Heading(tr!("rep-targets")));
        out.push(Block::Table(Table {
            columns: cols(&[
                &tr!("vision-col-metric"),
                &tr!("vision-col-value"),
                &tr!("vision-col-year"),
            ]),
            rows: v
                .targets
                .iter()
                .map(|t| {
                    row([
                        t.metric.as_str().into(),
                        tr!(
                            "room-target-value",
                            value = crate::i18n::number(t.value),
                            unit = &t.unit
                        )
                        .trim()
                        .into(),
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
        title: tr!("priorities-heading"),
    });
    if plan.priorities.is_empty() {
        out.push(Block::Note(tr!("room-no-priorities")));
        return;
    }
    out.push(Block::Table(Table {
        columns: cols(&[
            "#",
            &tr!("rep-col-priority"),
            &tr!("priorities-owner"),
            &tr!("priorities-horizon"),
            &tr!("vision-why"),
        ]),
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
        tr!("rep-not-tied")
    } else {
        marks.join(", ")
    }
}

pub(super) fn xmatrix(plan: &Plan, out: &mut Vec<Block>) {
    let x = &plan.xmatrix;
    out.push(Block::Section {
        id: "xmatrix",
        title: tr!("rep-xmatrix"),
    });
    if Arm::CLOCKWISE.iter().all(|&a| x.arm_len(a) == 0) {
        out.push(Block::Note(tr!("room-xmatrix-empty")));
        return;
    }
    out.push(Block::Figure(Figure::XMatrix));
    out.push(Block::Note(if plan.xmatrix.has_linked() {
        tr!("rep-marks-linked")
    } else {
        tr!("rep-marks")
    }));
    let labels = Labels::new(plan);
    let vocab = plan.settings.vocabulary;
    let mut rows = Vec::new();
    for arm in Arm::CLOCKWISE {
        for id in x.arm_ids(arm) {
            rows.push(row([
                labels.code(id).into(),
                crate::i18n::arm_item(arm, vocab).into(),
                labels.full(id).into(),
                ties(plan, &labels, id).into(),
            ]));
        }
    }
    out.push(Block::Table(Table {
        columns: cols(&[
            &tr!("rep-col-code"),
            &tr!("rep-col-arm"),
            &tr!("rep-col-item"),
            &tr!("rep-col-tied"),
        ]),
        rows,
    }));
}
