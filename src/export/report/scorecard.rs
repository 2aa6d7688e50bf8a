//! The report's scorecard sections: objectives and measures by perspective with the strategy
//! map, the total against the pass mark, and the initiatives.

use super::{Block, Cell, Figure, Row, Table, cols, or_dash, row, score_cell};
use crate::i18n::number;
use crate::model::{MeasureState, Plan, Status, Target};
use crate::tr;

pub(super) fn scorecard(plan: &Plan, out: &mut Vec<Block>) {
    let s = &plan.scorecard;
    out.push(Block::Section {
        id: "scorecard",
        title: tr!("rep-scorecard"),
    });
    if s.objectives.is_empty() {
        out.push(Block::Note(tr!("room-no-bsc")));
        return;
    }
    let scoring = &plan.settings.scoring;
    out.push(Block::Note(tr!(
        "rep-bsc-note",
        amber = crate::i18n::score(scoring.scorecard.amber_from),
        green = crate::i18n::score(scoring.scorecard.green_from),
        total = total(s.total(), scoring.scorecard, scoring.pass_mark)
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
                .map_or(String::new(), |y| tr!("rep-by-year", year = y.to_string()));
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
                        text: crate::drawing::strategy_map::score_line(
                            Some(p),
                            Status::of(Some(p), bands),
                        ),
                        status: Some(Status::of(Some(p), bands)),
                    },
                    MeasureState::NoData => tr!("score-no-data").into(),
                    MeasureState::NoTarget => tr!("rep-no-target").into(),
                    MeasureState::NoBaseline => tr!("rep-no-baseline").into(),
                };
                rows.push(row([
                    format!("    {}", m.name).into(),
                    String::new().into(),
                    tr!(
                        "rep-baseline-target",
                        baseline = m.baseline.map_or_else(|| tr!("rep-no-baseline"), number),
                        target = m.target.map_or("?".into(), |t| {
                            crate::i18n::localize_number(&Target::text(t))
                        }),
                        unit = &m.unit
                    )
                    .trim()
                    .into(),
                    m.current.map_or("—".into(), number).into(),
                    progress,
                    m.trend().map_or("—".into(), crate::i18n::trend).into(),
                ]));
            }
        }
    }
    out.push(Block::Table(Table {
        columns: cols(&[
            &tr!("rep-col-bsc"),
            &tr!("priorities-owner"),
            &tr!("rep-col-baseline-target"),
            &tr!("rep-col-current"),
            &tr!("rep-col-score"),
            &tr!("rep-col-trend"),
        ]),
        rows,
    }));
    initiatives(plan, out);
    out.push(Block::Section {
        id: "strategy-map",
        title: tr!("rep-map"),
    });
    out.push(Block::Note(tr!("rep-map-note")));
    out.push(Block::Figure(Figure::StrategyMap));
}

/// "0.52 · amber — 52 of 100 points; pass mark 0.70 not reached".
pub(super) fn total(
    score: Option<f64>,
    bands: crate::model::Thresholds,
    pass: Option<f64>,
) -> String {
    match score {
        Some(s) => tr!(
            "rep-total",
            score = crate::drawing::strategy_map::score_line(
                Some(s),
                crate::model::Status::of(Some(s), bands)
            ),
            points = crate::model::total_text(Some(s), pass)
        ),
        None => tr!("rep-no-data-yet"),
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
                i.budget.map_or("—".into(), number).into(),
                i.due.map_or("—".into(), crate::i18n::date).into(),
                crate::i18n::text(&format!(
                    "initiative-{}",
                    i.status.label().replace(' ', "-")
                ))
                .into(),
            ])
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    out.push(Block::Heading(tr!("rep-initiatives")));
    out.push(Block::Table(Table {
        columns: cols(&[
            &tr!("rep-col-initiative"),
            &tr!("rep-col-objective"),
            &tr!("priorities-owner"),
            &tr!("rep-col-budget"),
            &tr!("rep-col-due"),
            &tr!("rep-col-status"),
        ]),
        rows,
    }));
}
