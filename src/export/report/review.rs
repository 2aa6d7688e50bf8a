//! The report's closing sections: the alignment audit's findings and the workshop record
//! (votes, decisions, parking lot).

use super::{Block, Table, cols, row};
use crate::audit::{grouped, report};
use crate::model::Plan;
use crate::tr;

pub(super) fn audit(plan: &Plan, out: &mut Vec<Block>) {
    let report = report(plan);
    out.push(Block::Section {
        id: "audit",
        title: tr!("audit-heading"),
    });
    let groups = grouped(&report.findings);
    let counts: Vec<String> = groups
        .iter()
        .map(|(c, list)| {
            tr!(
                "rep-category-count",
                category = crate::i18n::category(c),
                count = list.len()
            )
        })
        .collect();
    out.push(Block::Paragraph(if report.findings.is_empty() {
        tr!("rep-no-findings")
    } else {
        tr!(
            "rep-findings",
            count = report.findings.len(),
            categories = counts.join(", ")
        )
    }));
    for (category, list) in groups {
        out.push(Block::Heading(tr!(
            "audit-category",
            category = crate::i18n::category(category),
            count = list.len()
        )));
        out.push(Block::Table(Table {
            columns: cols(&[
                &tr!("rep-col-severity"),
                &tr!("rep-col-finding"),
                &tr!("rep-col-what-to-do"),
            ]),
            rows: list
                .iter()
                .map(|f| {
                    row([
                        crate::i18n::severity(f.severity).into(),
                        f.message.as_str().into(),
                        f.hint.as_str().into(),
                    ])
                })
                .collect(),
        }));
    }
    if !report.muted.is_empty() {
        out.push(Block::Heading(tr!("rep-muted", count = report.muted.len())));
        out.push(Block::Table(Table {
            columns: cols(&[&tr!("rep-col-finding"), &tr!("rep-col-reason")]),
            rows: report
                .muted
                .iter()
                .map(|(f, m)| row([f.message.as_str().into(), m.reason.as_str().into()]))
                .collect(),
        }));
    }
}

pub(super) fn workshop(plan: &Plan, out: &mut Vec<Block>) {
    let w = &plan.workshop;
    if w.decisions.is_empty() && w.parking_lot.is_empty() {
        return;
    }
    out.push(Block::Section {
        id: "workshop",
        title: tr!("rep-decisions-parking"),
    });
    if !w.decisions.is_empty() {
        out.push(Block::Heading(tr!("ws-decisions")));
        out.push(Block::Table(Table {
            columns: cols(&[&tr!("rep-col-date"), &tr!("rep-col-decision")]),
            rows: w
                .decisions
                .iter()
                .map(|d| {
                    row([
                        d.date.map_or("—".into(), crate::i18n::date).into(),
                        d.text.as_str().into(),
                    ])
                })
                .collect(),
        }));
    }
    if !w.parking_lot.is_empty() {
        out.push(Block::Heading(tr!("ws-parking-lot")));
        out.push(Block::Table(Table {
            columns: cols(&["#", &tr!("rep-col-note")]),
            rows: w
                .parking_lot
                .iter()
                .enumerate()
                .map(|(i, n)| row([(i + 1).to_string().into(), n.text.as_str().into()]))
                .collect(),
        }));
    }
}
