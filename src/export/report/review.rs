//! The report's closing sections: the alignment audit's findings and the workshop record
//! (votes, decisions, parking lot).

use super::{Block, Table, cols, row};
use crate::audit::{grouped, report};
use crate::model::Plan;

pub(super) fn audit(plan: &Plan, out: &mut Vec<Block>) {
    let report = report(plan);
    out.push(Block::Section {
        id: "audit",
        title: "Alignment audit".into(),
    });
    let groups = grouped(&report.findings);
    let counts: Vec<String> = groups
        .iter()
        .map(|(c, list)| format!("{c}: {}", list.len()))
        .collect();
    out.push(Block::Paragraph(if report.findings.is_empty() {
        "No findings: the plan avoids the classic pitfalls the audit checks.".into()
    } else {
        format!(
            "{} finding(s) — {}.",
            report.findings.len(),
            counts.join(", ")
        )
    }));
    for (category, list) in groups {
        out.push(Block::Heading(format!("{category} ({})", list.len())));
        out.push(Block::Table(Table {
            columns: cols(&["Severity", "Finding", "What to do"]),
            rows: list
                .iter()
                .map(|f| {
                    row([
                        f.severity.label().into(),
                        f.message.as_str().into(),
                        f.hint.as_str().into(),
                    ])
                })
                .collect(),
        }));
    }
    if !report.muted.is_empty() {
        out.push(Block::Heading(format!(
            "Muted on purpose ({})",
            report.muted.len()
        )));
        out.push(Block::Table(Table {
            columns: cols(&["Finding", "Reason"]),
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
        title: "Decisions and parking lot".into(),
    });
    if !w.decisions.is_empty() {
        out.push(Block::Heading("Decisions".into()));
        out.push(Block::Table(Table {
            columns: cols(&["Date", "Decision"]),
            rows: w
                .decisions
                .iter()
                .map(|d| {
                    row([
                        d.date.map_or("—".into(), |d| d.to_string()).into(),
                        d.text.as_str().into(),
                    ])
                })
                .collect(),
        }));
    }
    if !w.parking_lot.is_empty() {
        out.push(Block::Heading("Parking lot".into()));
        out.push(Block::Table(Table {
            columns: cols(&["#", "Note"]),
            rows: w
                .parking_lot
                .iter()
                .enumerate()
                .map(|(i, n)| row([(i + 1).to_string().into(), n.text.as_str().into()]))
                .collect(),
        }));
    }
}
