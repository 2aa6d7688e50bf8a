//! The plan as flat tables with stable ids, for spreadsheets: one row per priority, mark,
//! measure, key result, check-in and finding, so a spreadsheet user can join them by id.
//! Numbers stay numbers and dates stay dates; CSV and XLSX both write these.

use crate::audit::report;
use crate::drawing::xmatrix::Labels;
use crate::model::Thresholds;
use crate::model::{Arm, Corner, KrKind, MeasureState, Plan, Status, Target, fmt_num};
use jiff::civil::Date;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Date(Date),
    /// A score with the status its colour shows.
    Score(f64, Status),
    Empty,
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<Option<f64>> for Value {
    fn from(v: Option<f64>) -> Self {
        v.map_or(Value::Empty, Value::Number)
    }
}

impl From<Option<Date>> for Value {
    fn from(v: Option<Date>) -> Self {
        v.map_or(Value::Empty, Value::Date)
    }
}

impl Value {
    fn id(id: crate::model::Id) -> Value {
        Value::Number(id.0 as f64)
    }

    fn opt_id(id: Option<crate::model::Id>) -> Value {
        id.map_or(Value::Empty, Value::id)
    }

    /// The text a CSV cell holds.
    pub fn text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Number(n) => fmt_num(*n),
            Value::Date(d) => d.to_string(),
            Value::Score(s, _) => format!("{s:.2}"),
            Value::Empty => String::new(),
        }
    }
}

pub struct DataTable {
    /// File and sheet name: `key_results`.
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
    /// The colour bands its scores are judged by.
    pub bands: Thresholds,
}

/// A score as a number (rounded as shown) with its status by `bands`.
fn score(bands: Thresholds, s: Option<f64>) -> Value {
    match s {
        Some(v) => Value::Score(
            (v * 100.0).round() / 100.0 + 0.0,
            Status::of(Some(v), bands),
        ),
        None => Value::Empty,
    }
}

/// The status of a score in words, for the column beside it.
fn status_word(v: &Value) -> Value {
    match v {
        Value::Score(_, status) => status.label().into(),
        _ => "no data".into(),
    }
}

pub fn priorities(plan: &Plan) -> DataTable {
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "priorities",
        headers: vec![
            "id", "order", "priority", "owner_id", "owner", "horizon", "why",
        ],
        rows: plan
            .priorities
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    Value::id(p.id),
                    Value::Number((i + 1) as f64),
                    p.name.as_str().into(),
                    Value::opt_id(p.owner),
                    plan.person_name(p.owner).into(),
                    p.horizon.as_str().into(),
                    p.why.as_str().into(),
                ]
            })
            .collect(),
    }
}

pub fn xmatrix_items(plan: &Plan) -> DataTable {
    let x = &plan.xmatrix;
    let labels = Labels::new(plan);
    let vocab = plan.settings.vocabulary;
    let mut rows = Vec::new();
    for arm in Arm::CLOCKWISE {
        for (i, id) in x.arm_ids(arm).into_iter().enumerate() {
            let metric = x.metrics.iter().find(|m| m.id == id);
            let name = x.item_name(id).unwrap_or_default();
            rows.push(vec![
                Value::id(id),
                labels.code(id).into(),
                arm.singular(vocab).into(),
                Value::Number((i + 1) as f64),
                name.into(),
                metric.map_or(Value::Empty, |m| m.unit.as_str().into()),
                metric.and_then(|m| m.target).into(),
                metric.map_or(Value::Empty, |m| match m.direction {
                    crate::model::Direction::HigherIsBetter => "higher".into(),
                    crate::model::Direction::LowerIsBetter => "lower".into(),
                }),
                metric.map_or(Value::Empty, |m| {
                    m.rubric
                        .iter()
                        .map(|l| {
                            if l.description.is_empty() {
                                l.name.clone()
                            } else {
                                format!("{}: {}", l.name, l.description)
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                        .into()
                }),
            ]);
        }
    }
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "xmatrix_items",
        headers: vec![
            "id", "code", "arm", "order", "item", "unit", "target", "better", "levels",
        ],
        rows,
    }
}

fn corner_name(c: Corner) -> &'static str {
    match c {
        Corner::BottomLeft => "breakthrough × annual",
        Corner::TopLeft => "annual × improvement",
        Corner::TopRight => "improvement × metric",
        Corner::BottomRight => "breakthrough × metric",
    }
}

pub fn xmatrix_marks(plan: &Plan) -> DataTable {
    let x = &plan.xmatrix;
    let labels = Labels::new(plan);
    let mut rows: Vec<Vec<Value>> = x
        .correlations
        .iter()
        .map(|c| {
            vec![
                corner_name(c.corner).into(),
                Value::id(c.a),
                labels.code(c.a).into(),
                x.item_name(c.a).unwrap_or_default().into(),
                Value::id(c.b),
                labels.code(c.b).into(),
                x.item_name(c.b).unwrap_or_default().into(),
                c.strength.label().into(),
                c.strength.symbol().into(),
                c.rationale.as_str().into(),
            ]
        })
        .collect();
    rows.extend(x.assignments.iter().map(|a| {
        vec![
            "improvement × person".into(),
            Value::id(a.item),
            labels.code(a.item).into(),
            x.item_name(a.item).unwrap_or_default().into(),
            Value::id(a.person),
            labels.code(a.person).into(),
            plan.person_name(Some(a.person)).into(),
            a.role.label().into(),
            a.role.symbol().into(),
            Value::Empty,
        ]
    }));
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "xmatrix_marks",
        headers: vec![
            "corner", "a_id", "a_code", "a", "b_id", "b_code", "b", "mark", "symbol", "why",
        ],
        rows,
    }
}

pub fn measures(plan: &Plan) -> DataTable {
    let mut rows = Vec::new();
    for o in &plan.scorecard.objectives {
        for m in &o.measures {
            let bands = plan.settings.scoring.scorecard;
            let progress = match m.state() {
                MeasureState::Progress(p) => score(bands, Some(p)),
                _ => Value::Empty,
            };
            let (target, target_to) = match m.target {
                Some(Target::Value(t)) => (Value::Number(t), Value::Empty),
                Some(Target::Range(lo, hi)) => (Value::Number(lo), Value::Number(hi)),
                None => (Value::Empty, Value::Empty),
            };
            rows.push(vec![
                Value::id(o.id),
                plan.scorecard.perspective_name(o.perspective).into(),
                o.name.as_str().into(),
                Value::id(m.id),
                m.name.as_str().into(),
                m.unit.as_str().into(),
                m.baseline.into(),
                target,
                target_to,
                m.current.into(),
                Value::Number(m.weight),
                match m.direction {
                    crate::model::Direction::HigherIsBetter => "higher is better",
                    crate::model::Direction::LowerIsBetter => "lower is better",
                }
                .into(),
                status_word(&progress),
                progress,
                m.trend().map_or(Value::Empty, |t| t.label().into()),
                score(bands, o.score()),
                o.target_year
                    .map_or(Value::Empty, |y| Value::Number(f64::from(y))),
                o.status_note.as_str().into(),
            ]);
        }
    }
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "measures",
        headers: vec![
            "objective_id",
            "perspective",
            "objective",
            "measure_id",
            "measure",
            "unit",
            "baseline",
            "target",
            "target_to",
            "current",
            "weight",
            "direction",
            "status",
            "progress",
            "trend",
            "objective_score",
            "objective_by",
            "objective_status_note",
        ],
        rows,
    }
}

pub fn key_results(plan: &Plan) -> DataTable {
    let bands = plan.settings.scoring.okrs;
    let mut rows = Vec::new();
    for o in &plan.okrs {
        for kr in &o.key_results {
            let (start, target, current, unit, due, done) = match &kr.kind {
                KrKind::Metric {
                    start,
                    target,
                    current,
                    unit,
                    due,
                    ..
                } => (
                    Value::Number(*start),
                    Value::Number(*target),
                    Value::from(*current),
                    Value::from(unit.as_str()),
                    Value::from(*due),
                    Value::Empty,
                ),
                KrKind::Ordinal { zones, current } => (
                    Value::Empty,
                    Value::Empty,
                    current
                        .and_then(|c| zones.get(c))
                        .map_or(Value::Empty, |z| z.name.as_str().into()),
                    Value::Empty,
                    Value::Empty,
                    Value::Empty,
                ),
                KrKind::Milestone { done, due } => (
                    Value::Empty,
                    Value::Empty,
                    Value::Empty,
                    Value::Empty,
                    Value::from(*due),
                    Value::from(if *done { "yes" } else { "no" }),
                ),
            };
            let last = kr.check_ins.last();
            rows.push(vec![
                Value::opt_id(o.team),
                plan.team_name(o.team).into(),
                Value::id(o.id),
                o.name.as_str().into(),
                o.period.as_str().into(),
                o.priority
                    .and_then(|p| plan.priority(p))
                    .map_or(Value::Empty, |p| p.name.as_str().into()),
                Value::id(kr.id),
                kr.name.as_str().into(),
                plan.owner_name(kr.owner).into(),
                kr.state_text().into(),
                start,
                target,
                current,
                unit,
                due,
                done,
                status_word(&score(bands, kr.score())),
                score(bands, kr.score()),
                last.map_or(Value::Empty, |c| Value::Date(c.date)),
                last.map_or(Value::Empty, |c| Value::Number(f64::from(c.confidence))),
                kr.trend().map_or(Value::Empty, |t| t.label().into()),
                Value::Number(kr.weight),
                o.state.label().into(),
                score(bands, o.score()),
            ]);
        }
    }
    DataTable {
        bands,
        name: "key_results",
        headers: vec![
            "team_id",
            "team",
            "objective_id",
            "objective",
            "period",
            "priority",
            "key_result_id",
            "key_result",
            "owner",
            "progress",
            "start",
            "target",
            "current",
            "unit",
            "due",
            "done",
            "status",
            "score",
            "last_check_in",
            "confidence",
            "trend",
            "weight",
            "objective_state",
            "objective_score",
        ],
        rows,
    }
}

pub fn check_ins(plan: &Plan) -> DataTable {
    let mut rows = Vec::new();
    for o in &plan.okrs {
        for kr in &o.key_results {
            for c in &kr.check_ins {
                rows.push(vec![
                    Value::id(kr.id),
                    kr.name.as_str().into(),
                    Value::Date(c.date),
                    Value::Number(c.value),
                    Value::Number(f64::from(c.confidence)),
                    plan.person_name(c.who).into(),
                    c.comment.as_str().into(),
                ]);
            }
        }
    }
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "check_ins",
        headers: vec![
            "key_result_id",
            "key_result",
            "date",
            "value",
            "confidence",
            "who",
            "comment",
        ],
        rows,
    }
}

pub fn findings(plan: &Plan) -> DataTable {
    let report = report(plan);
    let rows = report
        .findings
        .iter()
        .map(|f| (f, ""))
        .chain(report.muted.iter().map(|(f, m)| (f, m.reason.as_str())))
        .map(|(f, muted)| {
            let ids: Vec<String> = f.targets.iter().map(|i| i.0.to_string()).collect();
            vec![
                f.rule.into(),
                f.category().into(),
                f.severity.label().into(),
                f.message.as_str().into(),
                f.hint.as_str().into(),
                ids.join(" ").into(),
                muted.into(),
            ]
        })
        .collect();
    DataTable {
        bands: plan.settings.scoring.scorecard,
        name: "findings",
        headers: vec![
            "rule",
            "category",
            "severity",
            "finding",
            "what_to_do",
            "item_ids",
            "muted_because",
        ],
        rows,
    }
}

/// Every table, in the order a reader meets them.
pub fn all(plan: &Plan) -> Vec<DataTable> {
    vec![
        priorities(plan),
        xmatrix_items(plan),
        xmatrix_marks(plan),
        measures(plan),
        key_results(plan),
        check_ins(plan),
        findings(plan),
    ]
}
