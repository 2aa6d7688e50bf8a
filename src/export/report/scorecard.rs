//! The report's scorecard sections: objectives and measures by perspective with the strategy
//! map, the total against the pass mark, and the initiatives.

use super::{Block, Cell, Figure, Row, Table, cols, or_dash, row, score_cell};
use crate::model::{MeasureState, Plan, Status, Target, fmt_num, fmt_score};

pub(super) fn scorecard(plan: &Plan, out: &mut Vec<Block>) {
    let s = &plan.scorecard;
    out.push(Block::Section {
        id: "scorecard",
        title: "Balanced Scorecard".into(),
    });
    if s.objectives.is_empty() {
        out.push(Block::Note("No scorecard objectives yet.".into()));
        return;
    }
    let scoring = &plan.settings.scoring;
    out.push(Block::Note(format!(
        "Progress = (current − baseline) / (target − baseline), shown as computed (above 1.00 beyond the target); a range target is met anywhere inside it. Colours count progress as 0–1: red below {}, amber below {}, green from there. An objective's score is the weighted mean of its measures; no data is not zero. Overall: {}.",
        fmt_score(scoring.scorecard.amber_from),
        fmt_score(scoring.scorecard.green_from),
        total(s.total(), scoring.scorecard, scoring.pass_mark)
    )));
    let bands = plan.settings.scoring.scorecard;
    let mut rows = Vec::new();
    for p in &s.perspectives {
        let objectives: Vec<_> = s
            .objectives
            .iter()
            .filter(|o| o.perspective == p.id)
            .collect();
        if objectives.is_empty() {
            continue;
        }
        rows.push(Row {
            strong: true,
            cells: vec![
                p.name.as_str().into(),
                String::new().into(),
                String::new().into(),
                String::new().into(),
                score_cell(s.perspective_score(p.id), bands),
                String::new().into(),
            ],
        });
        for o in objectives {
            // By when, and where it stands in words, where the plan says.
            let by = o
                .target_year
                .map_or(String::new(), |y| format!(" (by {y})"));
            let note = if o.status_note.trim().is_empty() {
                String::new()
            } else {
                format!(" — {}", o.status_note.trim())
            };
            rows.push(Row {
                strong: true,
                cells: vec![
                    format!("  {}{by}{note}", o.name).into(),
                    or_dash(plan.person_name(o.owner)).into(),
                    String::new().into(),
                    String::new().into(),
                    score_cell(o.score(), bands),
                    String::new().into(),
                ],
            });
            for m in &o.measures {
                let progress = match m.state() {
                    MeasureState::Progress(p) => Cell {
                        // Beyond the target shows as it is (1.50); the colour counts 1.00.
                        text: format!("{} · {}", fmt_score(p), Status::of(Some(p), bands).label()),
                        status: Some(Status::of(Some(p), bands)),
                    },
                    MeasureState::NoData => "no data".into(),
                    MeasureState::NoTarget => "no target".into(),
                    MeasureState::NoBaseline => "no baseline".into(),
                };
                rows.push(row([
                    format!("    {}", m.name).into(),
                    String::new().into(),
                    format!(
                        "{} → {} {}",
                        m.baseline.map_or("no baseline".into(), fmt_num),
                        m.target.map_or("?".into(), Target::text),
                        m.unit
                    )
                    .trim()
                    .into(),
                    m.current.map_or("—".into(), fmt_num).into(),
                    progress,
                    m.trend()
                        .map_or("—".into(), |t| format!("{} {}", t.arrow(), t.label()))
                        .into(),
                ]));
            }
        }
    }
    out.push(Block::Table(Table {
        columns: cols(&[
            "Perspective · objective · measure",
            "Owner",
            "Baseline → target",
            "Current",
            "Score",
            "Trend",
        ]),
        rows,
    }));
    initiatives(plan, out);
    out.push(Block::Section {
        id: "strategy-map",
        title: "Strategy map".into(),
    });
    out.push(Block::Note(
        "Bottom to top, each perspective drives the ones above it. Arrows run from cause to effect.".into(),
    ));
    out.push(Block::Figure(Figure::StrategyMap));
}

/// "0.52 · amber — 52 of 100 points; pass mark 0.70 not reached".
pub(super) fn total(
    score: Option<f64>,
    bands: crate::model::Thresholds,
    pass: Option<f64>,
) -> String {
    match score {
        Some(s) => format!(
            "{} · {} — {}",
            fmt_score(s),
            crate::model::Status::of(Some(s), bands).label(),
            crate::model::total_text(Some(s), pass)
        ),
        None => "no data yet".to_owned(),
    }
}

fn initiatives(plan: &Plan, out: &mut Vec<Block>) {
    let rows: Vec<Row> = plan
        .scorecard
        .objectives
        .iter()
        .flat_map(|o| o.initiatives.iter().map(move |i| (o, i)))
        .map(|(o, i)| {
            row([
                i.name.as_str().into(),
                o.name.as_str().into(),
                or_dash(plan.person_name(i.owner)).into(),
                i.budget.map_or("—".into(), fmt_num).into(),
                i.due.map_or("—".into(), |d| d.to_string()).into(),
                i.status.label().into(),
            ])
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    out.push(Block::Heading("Initiatives".into()));
    out.push(Block::Table(Table {
        columns: cols(&[
            "Initiative",
            "Objective",
            "Owner",
            "Budget",
            "Due",
            "Status",
        ]),
        rows,
    }));
}
