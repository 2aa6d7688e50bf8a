//! The plan as a report: sections of headings, paragraphs and tables, made once and written
//! as HTML, Markdown and PDF pages, so the three say the same thing in the same order.

use crate::audit::{grouped, report};
use crate::drawing::xmatrix::Labels;
use crate::model::{
    Arm, Id, KeyResult, MeasureState, OkrObjective, Plan, Status, Target, Thresholds, fmt_num,
    fmt_score,
};
use std::collections::BTreeMap;
use std::fmt::Write;

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
    pub columns: Vec<&'static str>,
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

fn cols(titles: &[&'static str]) -> Vec<&'static str> {
    titles.to_vec()
}

fn row<const N: usize>(cells: [Cell; N]) -> Row {
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

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_owned()
    } else {
        text.trim().to_owned()
    }
}

/// The whole report, section by section.
pub fn blocks(plan: &Plan) -> Vec<Block> {
    let mut out = Vec::new();
    vision(plan, &mut out);
    priorities(plan, &mut out);
    xmatrix(plan, &mut out);
    scorecard(plan, &mut out);
    okrs(plan, &mut out);
    audit(plan, &mut out);
    workshop(plan, &mut out);
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
        parts.push(format!("current period {}", plan.current_period.trim()));
    }
    if !plan.facilitator.trim().is_empty() {
        parts.push(format!("facilitated by {}", plan.facilitator.trim()));
    }
    parts.join(" · ")
}

fn vision(plan: &Plan, out: &mut Vec<Block>) {
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

fn priorities(plan: &Plan, out: &mut Vec<Block>) {
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

fn xmatrix(plan: &Plan, out: &mut Vec<Block>) {
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

fn scorecard(plan: &Plan, out: &mut Vec<Block>) {
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
fn total(score: Option<f64>, bands: crate::model::Thresholds, pass: Option<f64>) -> String {
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

/// The latest check-in: "2027-02-14 · confidence 6/10 · ↗ improving".
pub fn kr_latest(kr: &KeyResult) -> String {
    let Some(last) = kr.check_ins.last() else {
        return "no check-in yet".into();
    };
    let mut text = format!("{} · confidence {}/10", last.date, last.confidence);
    if let Some(t) = kr.trend() {
        let _ = write!(text, " · {} {}", t.arrow(), t.label());
    }
    text
}

fn okrs(plan: &Plan, out: &mut Vec<Block>) {
    out.push(Block::Section {
        id: "okrs",
        title: "OKRs by team".into(),
    });
    if plan.okrs.is_empty() {
        out.push(Block::Note("No OKRs yet.".into()));
        return;
    }
    let scoring = &plan.settings.scoring;
    out.push(Block::Note(format!(
        "Scores: red below {}, amber below {}, green from there; 0.7 is the stretch sweet spot. {} overall: {}.",
        fmt_score(scoring.okrs.amber_from),
        fmt_score(scoring.okrs.green_from),
        plan.current_period,
        total(plan.okr_total(), scoring.okrs, scoring.pass_mark)
    )));
    let mut by_team: BTreeMap<(usize, Option<Id>), Vec<&OkrObjective>> = BTreeMap::new();
    for o in &plan.okrs {
        let order = o
            .team
            .and_then(|t| plan.teams.iter().position(|x| x.id == t))
            .unwrap_or(usize::MAX);
        by_team.entry((order, o.team)).or_default().push(o);
    }
    for ((_, team), objectives) in by_team {
        let name = match team {
            Some(_) => plan.team_name(team).to_owned(),
            None => "No team".to_owned(),
        };
        out.push(Block::Heading(name));
        let mut rows = Vec::new();
        for o in objectives {
            let mut about = vec![o.period.clone()];
            if o.owner.is_some() {
                about.push(plan.owner_name(o.owner).to_owned());
            }
            if let Some(p) = o.priority.and_then(|p| plan.priority(p)) {
                about.push(format!("serves “{}”", p.name));
            }
            if o.is_closed() {
                about.push(o.state.label().to_owned());
            }
            rows.push(Row {
                strong: true,
                cells: vec![
                    o.name.as_str().into(),
                    about.join(" · ").into(),
                    score_cell(o.score(), plan.settings.scoring.okrs),
                    or_dash(&o.why).into(),
                ],
            });
            for kr in &o.key_results {
                rows.push(row([
                    format!("  ▸ {}", kr.name).into(),
                    format!(
                        "{} · {}",
                        or_dash(plan.owner_name(kr.owner)),
                        kr.state_text()
                    )
                    .into(),
                    score_cell(kr.score(), plan.settings.scoring.okrs),
                    kr_latest(kr).into(),
                ]));
            }
        }
        out.push(Block::Table(Table {
            columns: cols(&[
                "Objective · key result",
                "Owner · progress",
                "Score",
                "Why · latest check-in",
            ]),
            rows,
        }));
    }
    dependencies(plan, out);
}

fn dependencies(plan: &Plan, out: &mut Vec<Block>) {
    if plan.dependencies.is_empty() {
        return;
    }
    let name = |id: Id| {
        plan.okr(id)
            .map(|o| o.name.as_str())
            .or_else(|| plan.key_result(id).map(|(_, k)| k.name.as_str()))
            .unwrap_or("?")
    };
    let team = |id: Id| or_dash(plan.team_name(plan.okr_team(id)));
    out.push(Block::Heading("Dependencies between teams".into()));
    out.push(Block::Table(Table {
        columns: cols(&["Needs", "From", "Agreed", "Note"]),
        rows: plan
            .dependencies
            .iter()
            .map(|d| {
                let agreed = match (d.agreed_by_from, d.agreed_by_on) {
                    (true, true) => "by both teams",
                    (true, false) => "only by the team that needs it",
                    (false, true) => "only by the team asked",
                    (false, false) => "not yet",
                };
                row([
                    format!("{} ({})", name(d.from), team(d.from)).into(),
                    format!("{} ({})", name(d.on), team(d.on)).into(),
                    agreed.into(),
                    or_dash(&d.note).into(),
                ])
            })
            .collect(),
    }));
}

fn audit(plan: &Plan, out: &mut Vec<Block>) {
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

fn workshop(plan: &Plan, out: &mut Vec<Block>) {
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
