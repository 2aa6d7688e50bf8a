//! Synthetic plans as large as real organisations make them, deterministic and valid, for the
//! benchmarks and for tests that the app copes with size.

use crate::file;
use crate::model::{
    Assignment, BscObjective, CheckIn, Corner, Correlation, Direction, Id, Initiative,
    InitiativeStatus, KeyResult, KrKind, Measure, ObjectiveState, OkrObjective, Person, Plan,
    Priority, Reading, Role, Strength, Target, Team, UpdateInterval, XItem, XMetric, Zone,
};
use jiff::civil::{Date, date};

/// Names of varying length, some German, so layouts meet what real plans hold.
const TOPICS: [&str; 8] = [
    "Reduce parcel damage in the last mile",
    "Netzverluste im Trinkwassernetz systematisch reduzieren und Rohrbrüche früher erkennen",
    "Grow repeat customers",
    "Digitalisierung der Kundenkommunikation",
    "Cut energy use per square metre of warehouse space by a third",
    "Onboarding in under two weeks",
    "Lieferkettentransparenz für alle Tier-1-Lieferanten herstellen",
    "Raise first-contact resolution in customer service",
];

fn topic(i: usize) -> &'static str {
    TOPICS[i % TOPICS.len()]
}

/// A plan at `scale` × the large size (DESIGN.md): at scale 1 a 12 × 20 × 30 × 40 X-matrix with
/// about 1,000 marks and 30 people; 40 scorecard objectives with 150 measures and a year of
/// monthly readings; 20 teams with 200 OKR objectives, 600 key results and 5,000 check-ins.
/// Every list grows with `scale`; the plan is the same on every call.
pub fn synthetic_plan(scale: usize) -> Plan {
    let scale = scale.max(1);
    // Ids 1–4 are the perspectives Plan::new makes.
    let mut next = 4u64;
    let mut id = || {
        next += 1;
        Id(next)
    };
    let mut plan = Plan::new(if scale == 1 {
        "Large synthetic plan"
    } else {
        "Huge synthetic plan"
    });
    // A fixed plan id, so the plan is the same on every call (Plan::new draws a random one).
    plan.lineage.plan_id = format!("{:032x}", 0x5EED_0000 + scale);
    plan.organisation = "Example Holding".into();
    plan.horizon = "2026–2031".into();
    plan.current_period = "2027-Q1".into();
    plan.vision.statement = "Double revenue and halve emissions by 2031".into();
    plan.vision.why = "Our customers and our licence to operate depend on it.".into();
    plan.vision.target_year = Some(2031);
    plan.teams = (0..20 * scale)
        .map(|i| Team {
            id: id(),
            name: format!(
                "Team {} {}",
                i + 1,
                ["Nord", "Süd", "Ops", "Digital"][i % 4]
            ),
            parent: None,
        })
        .collect();
    // Teams 5.. sit under one of the first five (divisions).
    for i in 5..plan.teams.len() {
        plan.teams[i].parent = Some(plan.teams[i % 5].id);
    }
    let teams: Vec<Id> = plan.teams.iter().map(|t| t.id).collect();
    plan.people = (0..30 * scale)
        .map(|i| Person {
            id: id(),
            name: format!("Person {:03}", i + 1),
            role: ["Manager", "Leiterin Netzbetrieb", "Analyst"][i % 3].into(),
            team: Some(teams[i % teams.len()]),
        })
        .collect();
    let people: Vec<Id> = plan.people.iter().map(|p| p.id).collect();
    let person = |i: usize| people[i % people.len()];
    plan.priorities = (0..5)
        .map(|i| Priority {
            owner: Some(person(i)),
            why: "Because it matters to the vision".into(),
            ..Priority::new(id(), format!("Strategic priority {}: {}", i + 1, topic(i)))
        })
        .collect();
    xmatrix(&mut plan, scale, &mut id);
    scorecard(&mut plan, scale, &mut id);
    strategy_map(&mut plan);
    okrs(&mut plan, scale, &teams, &mut id);
    file::canonicalize(&mut plan);
    plan
}

fn xmatrix(plan: &mut Plan, scale: usize, id: &mut impl FnMut() -> Id) {
    let mut items = |n: usize, what: &str| -> Vec<XItem> {
        (0..n * scale)
            .map(|i| XItem {
                id: id(),
                name: format!("{what} {}: {}", i + 1, topic(i)),
                note: String::new(),
            })
            .collect()
    };
    let breakthroughs = items(12, "Breakthrough");
    let annuals = items(20, "Annual objective");
    let improvements = items(30, "Improvement");
    let metrics: Vec<XMetric> = (0..40 * scale)
        .map(|i| XMetric {
            id: id(),
            name: format!("Metric {}", i + 1),
            unit: "%".into(),
            target: Some(50.0 + (i % 40) as f64),
            direction: Direction::HigherIsBetter,
            rubric: Vec::new(),
        })
        .collect();
    let ids = |v: &[XItem]| v.iter().map(|i| i.id).collect::<Vec<_>>();
    let (bt, an, im) = (ids(&breakthroughs), ids(&annuals), ids(&improvements));
    let me: Vec<Id> = metrics.iter().map(|m| m.id).collect();
    let x = &mut plan.xmatrix;
    x.breakthroughs = breakthroughs;
    x.annuals = annuals;
    x.improvements = improvements;
    x.metrics = metrics;
    x.people
        .clone_from(&plan.people.iter().map(|p| p.id).collect());
    // Each row item marks the same number of columns whatever the scale (8, 12, 16, 16: about
    // 1,000 marks at scale 1), so the count grows with the plan, not with its square.
    let strengths = [Strength::Strong, Strength::Medium, Strength::Weak];
    let mut marks = Vec::new();
    for (corner, rows, cols, per_row, step) in [
        (Corner::BottomLeft, &bt, &an, 8, 3),
        (Corner::TopLeft, &an, &im, 12, 5),
        (Corner::TopRight, &im, &me, 16, 7),
        (Corner::BottomRight, &bt, &me, 16, 11),
    ] {
        for (i, &a) in rows.iter().enumerate() {
            for t in 0..per_row {
                marks.push(Correlation {
                    corner,
                    a,
                    // A stride of 2 visits distinct columns while t < half the columns.
                    b: cols[(i * step + t * 2) % cols.len()],
                    strength: strengths[(i + t) % 3],
                    rationale: String::new(),
                });
            }
        }
    }
    x.correlations = marks;
    let people = x.people.clone();
    for (i, &item) in im.iter().enumerate() {
        for (k, role) in [Role::Lead, Role::Core, Role::Consulted]
            .into_iter()
            .enumerate()
        {
            x.assignments.push(Assignment {
                item,
                person: people[(i + k * 7) % people.len()],
                role,
            });
        }
    }
}

fn scorecard(plan: &mut Plan, scale: usize, id: &mut impl FnMut() -> Id) {
    let perspectives: Vec<Id> = plan.scorecard.perspectives.iter().map(|p| p.id).collect();
    let metrics: Vec<Id> = plan.xmatrix.metrics.iter().map(|m| m.id).collect();
    let start = date(2026, 1, 31);
    for i in 0..40 * scale {
        // 30 of every 40 objectives have four measures, the rest three: 150 at scale 1.
        let n = if i % 40 < 30 { 4 } else { 3 };
        let measures = (0..n)
            .map(|k| {
                let lower = (i + k) % 5 == 0;
                let history: Vec<Reading> = (0..12i8)
                    .map(|month| Reading {
                        date: month_end(start, month),
                        value: 20.0 + f64::from(month) * 3.0 + ((i * 7 + k) % 10) as f64,
                    })
                    .collect();
                Measure {
                    id: id(),
                    name: format!("Measure {}.{}: {}", i + 1, k + 1, topic(i + k)),
                    unit: ["%", "€", "days", "mg/l"][k % 4].into(),
                    baseline: Some(20.0),
                    target: Some(if k % 3 == 2 {
                        Target::Range(60.0, 80.0)
                    } else {
                        Target::Value(if lower { 5.0 } else { 90.0 })
                    }),
                    current: history.last().map(|r| r.value),
                    min: Some(0.0),
                    max: None,
                    weight: 1.0,
                    interval: UpdateInterval::Monthly,
                    direction: if lower {
                        Direction::LowerIsBetter
                    } else {
                        Direction::HigherIsBetter
                    },
                    history,
                }
            })
            .collect();
        let owner = plan.people[i % plan.people.len()].id;
        plan.scorecard.objectives.push(BscObjective {
            id: id(),
            name: format!("Scorecard objective {}: {}", i + 1, topic(i + 3)),
            perspective: perspectives[i % perspectives.len()],
            owner: Some(owner),
            why: "It is a step of the strategy map.".into(),
            measures,
            initiatives: vec![Initiative {
                id: id(),
                name: format!("Initiative {}", i + 1),
                owner: Some(owner),
                budget: Some(10_000.0 * (i % 7 + 1) as f64),
                due: Some(date(2027, 6, 30)),
                status: InitiativeStatus::OnTrack,
            }],
            priorities: vec![plan.priorities[i % 5].id],
            metrics: vec![metrics[i % metrics.len()]],
            target_year: Some(2028),
            status_note: String::new(),
        });
    }
}

/// Cause → effect along the classic order: each objective drives the one before it, one
/// perspective up (learning → internal processes → customer → financial).
fn strategy_map(plan: &mut Plan) {
    let ids: Vec<Id> = plan.scorecard.objectives.iter().map(|o| o.id).collect();
    for (i, pair) in ids.windows(2).enumerate() {
        if (i + 1) % 4 != 0 {
            plan.scorecard.links.push(crate::model::CauseEffect {
                cause: pair[1],
                effect: pair[0],
            });
        }
    }
}

/// The last day of the month `months` after `start`'s month.
fn month_end(start: Date, months: i8) -> Date {
    let first = date(start.year(), start.month(), 1)
        .checked_add(jiff::Span::new().months(i64::from(months)))
        .unwrap_or(start);
    first.last_of_month()
}

fn okrs(plan: &mut Plan, scale: usize, teams: &[Id], id: &mut impl FnMut() -> Id) {
    let people: Vec<Id> = plan.people.iter().map(|p| p.id).collect();
    let start = date(2027, 1, 4);
    let mut kr_count = 0usize;
    for i in 0..200 * scale {
        let key_results = (0..3)
            .map(|k| {
                // One in three key results has nine check-ins, the others eight: 5,000 at scale 1.
                let n = if kr_count.is_multiple_of(3) { 9 } else { 8 };
                kr_count += 1;
                let check_ins: Vec<CheckIn> = (0..n)
                    .map(|w| CheckIn {
                        date: start
                            .checked_add(jiff::Span::new().days(i64::from(w) * 7))
                            .unwrap_or(start),
                        value: f64::from(w) * 3.0 + 10.0,
                        confidence: 5 + (w % 4) as u8,
                        comment: if w % 3 == 0 {
                            "Steady progress; the pilot region is ahead.".into()
                        } else {
                            String::new()
                        },
                        who: Some(people[(i + k) % people.len()]),
                    })
                    .collect();
                let latest = check_ins.last().map(|c| c.value);
                let kind = match (i + k) % 6 {
                    5 => KrKind::Milestone {
                        done: false,
                        due: Some(date(2027, 3, 31)),
                    },
                    4 => KrKind::Ordinal {
                        zones: ["not started", "piloted", "rolled out", "embedded"]
                            .iter()
                            .zip([0.0, 0.3, 0.7, 1.0])
                            .map(|(name, score)| Zone {
                                name: (*name).into(),
                                description: String::new(),
                                score,
                            })
                            .collect(),
                        current: Some(2),
                    },
                    _ => KrKind::Metric {
                        start: 10.0,
                        target: 60.0,
                        current: latest,
                        unit: "%".into(),
                        due: Some(date(2027, 3, 31)),
                        commit: None,
                        stretch: None,
                    },
                };
                let check_ins = match kind {
                    // Milestones and levels check in with 0/1 and a zone index.
                    KrKind::Metric { .. } => check_ins,
                    KrKind::Milestone { .. } => with_values(check_ins, |_| 0.0),
                    KrKind::Ordinal { .. } => with_values(check_ins, |w| (w.min(2)) as f64),
                };
                KeyResult {
                    id: id(),
                    name: format!("Key result {}.{}: {}", i + 1, k + 1, topic(i + k + 5)),
                    owner: Some(people[(i + k) % people.len()]),
                    weight: 1.0,
                    kind,
                    check_ins,
                }
            })
            .collect();
        plan.okrs.push(OkrObjective {
            id: id(),
            name: format!("Team objective {}: {}", i + 1, topic(i + 1)),
            why: "It moves a strategic priority".into(),
            team: Some(teams[i % teams.len()]),
            owner: Some(people[i % people.len()]),
            period: "2027-Q1".into(),
            priority: Some(plan.priorities[i % 5].id),
            parent: None,
            key_results,
            state: ObjectiveState::Open,
            final_score: None,
        });
    }
}

/// The same check-ins with values given by their position.
fn with_values(mut check_ins: Vec<CheckIn>, value: impl Fn(usize) -> f64) -> Vec<CheckIn> {
    for (w, c) in check_ins.iter_mut().enumerate() {
        c.value = value(w);
    }
    check_ins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_plan_has_the_documented_size_and_validates() {
        let plan = synthetic_plan(1);
        let x = &plan.xmatrix;
        let sizes = [
            x.breakthroughs.len(),
            x.annuals.len(),
            x.improvements.len(),
            x.metrics.len(),
        ];
        assert_eq!(sizes, [12, 20, 30, 40]);
        assert_eq!(x.correlations.len(), 1008);
        assert_eq!(plan.people.len(), 30);
        assert_eq!(plan.scorecard.objectives.len(), 40);
        let measures: usize = plan
            .scorecard
            .objectives
            .iter()
            .map(|o| o.measures.len())
            .sum();
        assert_eq!(measures, 150);
        assert_eq!(plan.teams.len(), 20);
        assert_eq!(plan.okrs.len(), 200);
        let krs = plan.okrs.iter().flat_map(|o| &o.key_results);
        assert_eq!(krs.clone().count(), 600);
        assert_eq!(krs.map(|k| k.check_ins.len()).sum::<usize>(), 5000);
        assert_eq!(crate::model::validate(&plan), Vec::new());
        assert!(crate::model::value_problems(&plan).is_empty());
    }

    #[test]
    fn the_huge_plan_is_four_times_larger_and_validates() {
        let plan = synthetic_plan(4);
        assert_eq!(plan.okrs.len(), 800);
        assert_eq!(plan.xmatrix.correlations.len(), 4 * 1008);
        assert_eq!(plan.scorecard.objectives.len(), 160);
        assert_eq!(crate::model::validate(&plan), Vec::new());
        assert!(crate::model::value_problems(&plan).is_empty());
        assert!(synthetic_plan(4) == plan, "the same plan on every call");
    }
}
