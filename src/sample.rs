//! The bundled sample workshop and a large synthetic plan for benchmarks and stress tests.

use crate::file::{self, LoadError};
use crate::model::{
    Assignment, BscObjective, CheckIn, Corner, Correlation, Id, KeyResult, KrKind, Measure,
    OkrObjective, Person, Plan, Priority, Role, Strength, Team, XItem, XMetric,
};

/// The text of `assets/sample.plan.ron`, built into the binary.
pub const SAMPLE_TEXT: &str = include_str!("../assets/sample.plan.ron");

/// The sample workshop. It is tested to load, so an error here means a broken build.
pub fn sample_plan() -> Result<Plan, LoadError> {
    file::from_text("sample.plan.ron", SAMPLE_TEXT.as_bytes()).map(|l| l.plan)
}

/// A plan the size of a big corporate workshop: 12 breakthroughs, 20 annual objectives,
/// 30 improvement priorities, 40 metrics, 30 people, marks in every corner, and 60 OKRs.
pub fn large_plan() -> Plan {
    // Ids 1–4 are the perspectives Plan::new makes.
    let mut next = 4u64;
    let mut id = || {
        next += 1;
        Id(next)
    };
    let mut plan = Plan::new("Large synthetic plan");
    plan.organisation = "Example Holding".into();
    plan.horizon = "2026–2031".into();
    plan.current_period = "2027-Q1".into();
    plan.vision.statement = "Double revenue and halve emissions by 2031".into();
    plan.vision.target_year = Some(2031);
    plan.teams = (0..10)
        .map(|i| Team {
            id: id(),
            name: format!("Team {}", i + 1),
            parent: None,
        })
        .collect();
    let teams: Vec<Id> = plan.teams.iter().map(|t| t.id).collect();
    plan.people = (0..30)
        .map(|i| Person {
            id: id(),
            name: format!("Person {:02}", i + 1),
            role: "Manager".into(),
            team: Some(teams[i % teams.len()]),
        })
        .collect();
    let people: Vec<Id> = plan.people.iter().map(|p| p.id).collect();
    plan.priorities = (0..5)
        .map(|i| Priority {
            owner: Some(people[i]),
            why: "Because it matters to the vision".into(),
            ..Priority::new(id(), format!("Strategic priority {}", i + 1))
        })
        .collect();
    let mut items = |n: usize, what: &str| -> Vec<XItem> {
        (0..n)
            .map(|i| XItem {
                id: id(),
                name: format!("{what} {} with a fairly long descriptive name", i + 1),
                note: String::new(),
            })
            .collect()
    };
    let x = &mut plan.xmatrix;
    x.breakthroughs = items(12, "Breakthrough objective");
    x.annuals = items(20, "Annual objective");
    x.improvements = items(30, "Improvement priority");
    x.metrics = (0..40)
        .map(|i| XMetric {
            id: id(),
            name: format!("Metric {}", i + 1),
            unit: "%".into(),
            target: Some(50.0 + f64::from(i)),
            direction: crate::model::Direction::HigherIsBetter,
            rubric: Vec::new(),
        })
        .collect();
    x.people.clone_from(&people);
    let strengths = [Strength::Strong, Strength::Medium, Strength::Weak];
    let mark = |corner, a: &[Id], b: &[Id], out: &mut Vec<Correlation>| {
        for (i, &a) in a.iter().enumerate() {
            for (j, &b) in b.iter().enumerate() {
                if (i * 7 + j * 3) % 5 == 0 {
                    out.push(Correlation {
                        corner,
                        a,
                        b,
                        strength: strengths[(i + j) % 3],
                        rationale: String::new(),
                    });
                }
            }
        }
    };
    let ids = |v: &[XItem]| v.iter().map(|i| i.id).collect::<Vec<_>>();
    let (bt, an, im) = (ids(&x.breakthroughs), ids(&x.annuals), ids(&x.improvements));
    let me: Vec<Id> = x.metrics.iter().map(|m| m.id).collect();
    let mut marks = Vec::new();
    mark(Corner::BottomLeft, &bt, &an, &mut marks);
    mark(Corner::TopLeft, &an, &im, &mut marks);
    mark(Corner::TopRight, &im, &me, &mut marks);
    mark(Corner::BottomRight, &bt, &me, &mut marks);
    x.correlations = marks;
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
    // Plan::new made the classic four with ids 1–4.
    let perspectives: Vec<Id> = plan.scorecard.perspectives.iter().map(|p| p.id).collect();
    for (i, p) in perspectives.into_iter().cycle().take(16).enumerate() {
        let oid = id();
        let measures = (0..3)
            .map(|k| Measure {
                id: id(),
                name: format!("Measure {}.{}", i + 1, k + 1),
                unit: "%".into(),
                baseline: Some(10.0),
                target: Some(crate::model::Target::Value(90.0)),
                current: Some(10.0 + (i * 5 + k * 11) as f64 % 80.0),
                min: None,
                max: None,
                weight: 1.0,
                interval: crate::model::UpdateInterval::Monthly,
                direction: crate::model::Direction::HigherIsBetter,
                history: Vec::new(),
            })
            .collect();
        plan.scorecard.objectives.push(BscObjective {
            id: oid,
            name: format!("Scorecard objective {}", i + 1),
            perspective: p,
            owner: Some(people[i % people.len()]),
            why: String::new(),
            measures,
            initiatives: Vec::new(),
            priorities: vec![plan.priorities[i % 5].id],
            metrics: vec![me[i]],
            target_year: None,
            status_note: String::new(),
        });
    }
    let date = jiff::civil::date(2027, 1, 15);
    for i in 0..60 {
        let oid = id();
        let key_results = (0..4)
            .map(|k| KeyResult {
                id: id(),
                name: format!("Key result {}.{}: move metric from 10 to 40", i + 1, k + 1),
                owner: Some(people[(i + k) % people.len()]),
                weight: 1.0,
                kind: KrKind::Metric {
                    start: 10.0,
                    target: 40.0,
                    current: Some(20.0),
                    unit: "%".into(),
                    due: None,
                    commit: None,
                    stretch: None,
                },
                check_ins: (0..6i32)
                    .map(|w| CheckIn {
                        date: date + jiff::Span::new().days(i64::from(w * 7)),
                        value: 10.0 + f64::from(w) * 2.0,
                        confidence: 7,
                        comment: "Steady progress".into(),
                        who: Some(people[i % people.len()]),
                    })
                    .collect(),
            })
            .collect();
        plan.okrs.push(OkrObjective {
            id: oid,
            name: format!("Team objective {}", i + 1),
            why: "It moves a strategic priority".into(),
            team: Some(teams[i % teams.len()]),
            owner: Some(people[i % people.len()]),
            period: "2027-Q1".into(),
            priority: Some(plan.priorities[i % 5].id),
            parent: None,
            key_results,
            state: crate::model::ObjectiveState::Open,
            final_score: None,
        });
    }
    file::canonicalize(&mut plan);
    plan
}
