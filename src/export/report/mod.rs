//! The plan as a report: sections of headings, paragraphs and tables, made once and written
//! as HTML, Markdown and PDF pages, so the three say the same thing in the same order.

use crate::model::{Plan, Status, Thresholds};
use crate::tr;

mod okrs;
mod review;
mod scorecard;
mod strategy;

/// One cell of a table: its text and, for scores, the status its colour shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub status: Option<Status>,
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell { text, status: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::from(text.to_owned())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A row that heads the rows after it (an objective above its measures).
    pub strong: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// A drawing placed in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    XMatrix,
    StrategyMap,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A top-level section; on paper it starts a page.
    Section {
        id: &'static str,
        title: String,
    },
    Heading(String),
    /// A line that stands out (the vision statement).
    Lead(String),
    Paragraph(String),
    /// Small print: what a number means, what is missing.
    Note(String),
    Table(Table),
    Figure(Figure),
}

pub(super) fn cols(titles: &[&str]) -> Vec<String> {
    titles.iter().map(|t| (*t).to_owned()).collect()
}

pub(super) fn row<const N: usize>(cells: [Cell; N]) -> Row {
    Row {
        cells: cells.into(),
        strong: false,
    }
}

/// A score with its status in words: "0.62 · amber", or "no data".
pub fn score_cell(score: Option<f64>, bands: Thresholds) -> Cell {
    let status = Status::of(score, bands);
    Cell {
        text: crate::drawing::strategy_map::score_line(score, status),
        status: Some(status),
    }
}

pub(super) fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_owned()
    } else {
        text.trim().to_owned()
    }
}

/// The whole report, section by section.
pub fn blocks(plan: &Plan) -> Vec<Block> {
    let mut out = Vec::new();
    strategy::vision(plan, &mut out);
    strategy::priorities(plan, &mut out);
    strategy::xmatrix(plan, &mut out);
    scorecard::scorecard(plan, &mut out);
    okrs::okrs(plan, &mut out);
    review::audit(plan, &mut out);
    review::workshop(plan, &mut out);
    out
}

/// The line under the title: organisation, horizon, period, facilitator.
pub fn subtitle(plan: &Plan) -> String {
    let mut parts: Vec<String> = [&plan.organisation, &plan.horizon]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_owned())
        .collect();
    if !plan.current_period.trim().is_empty() {
        parts.push(tr!(
            "rep-current-period",
            period = plan.current_period.trim()
        ));
    }
    if !plan.facilitator.trim().is_empty() {
        parts.push(tr!("rep-facilitated-by", name = plan.facilitator.trim()));
    }
    parts.join(" · ")
}
