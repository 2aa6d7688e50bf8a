//! Scorecard scoring: progress both ways, beyond the target, range targets, unknown baselines,
//! target equal to baseline, missing data, weights, and colour bands judged on the shown value.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::model::{
    BscObjective, Direction, Id, Measure, MeasureState, Perspective, Scorecard, Status, Target,
    Thresholds, UpdateInterval, fmt_score,
};

const CUSTOMER: Id = Id(2);
const FINANCIAL: Id = Id(1);

fn measure(baseline: f64, target: Option<f64>, current: Option<f64>, weight: f64) -> Measure {
    Measure {
        id: Id(1),
        name: "m".into(),
        unit: String::new(),
        baseline: Some(baseline),
        target: target.map(Target::Value),
        current,
        min: None,
        max: None,
        weight,
        interval: UpdateInterval::Monthly,
        direction: Direction::HigherIsBetter,
        history: Vec::new(),
    }
}

fn objective(perspective: Id, measures: Vec<Measure>) -> BscObjective {
    BscObjective {
        id: Id(10),
        name: "o".into(),
        perspective,
        owner: None,
        why: String::new(),
        measures,
        initiatives: Vec::new(),
        priorities: Vec::new(),
        metrics: Vec::new(),
        target_year: None,
        status_note: String::new(),
    }
}

fn progress(m: &Measure) -> f64 {
    match m.state() {
        MeasureState::Progress(p) => p,
        other => panic!("expected progress, got {other:?}"),
    }
}

#[test]
fn progress_runs_from_baseline_to_target() {
    assert!((progress(&measure(10.0, Some(20.0), Some(15.0), 1.0)) - 0.5).abs() < 1e-9);
}

#[test]
fn lower_is_better_measures_score_right() {
    // Fuel cost per parcel from 0.58 € towards 0.42 €, now 0.53 €.
    let mut m = measure(0.58, Some(0.42), Some(0.53), 1.0);
    m.direction = Direction::LowerIsBetter;
    assert!((progress(&m) - 0.3125).abs() < 1e-9);
    assert!(
        m.explain().contains("(0.53 − 0.58) / (0.42 − 0.58) = 0.31"),
        "{}",
        m.explain()
    );
}

#[test]
fn progress_beyond_the_target_is_shown_while_the_colour_clamps() {
    let beyond = measure(0.0, Some(10.0), Some(15.0), 1.0);
    assert!((progress(&beyond) - 1.5).abs() < 1e-9);
    assert_eq!(fmt_score(progress(&beyond)), "1.50");
    assert!(
        beyond.explain().contains("beyond the target"),
        "{}",
        beyond.explain()
    );
    assert_eq!(beyond.state().score(), Some(1.0), "it counts as 1.00");
    assert_eq!(Status::of(Some(1.5), Thresholds::default()), Status::Green);
    let backwards = measure(0.0, Some(10.0), Some(-3.0), 1.0);
    assert!((progress(&backwards) + 0.3).abs() < 1e-9);
    assert_eq!(backwards.state().score(), Some(0.0));
    assert!(backwards.explain().contains("moving away"));
}

#[test]
fn target_equal_to_baseline_is_met_or_not_by_the_direction() {
    let met = measure(5.0, Some(5.0), Some(5.0), 1.0);
    assert_eq!(met.state(), MeasureState::Progress(1.0));
    assert!(met.explain().contains("Target equals baseline"));
    let mut not_met = measure(5.0, Some(5.0), Some(4.0), 1.0);
    assert_eq!(not_met.state(), MeasureState::Progress(0.0));
    // Lower is better: 4 meets a target of 5.
    not_met.direction = Direction::LowerIsBetter;
    assert_eq!(not_met.state(), MeasureState::Progress(1.0));
    let o = objective(CUSTOMER, vec![met]);
    assert_eq!(o.score(), Some(1.0));
}

#[test]
fn an_unknown_baseline_is_no_baseline_never_zero() {
    let mut m = measure(0.0, Some(100.0), Some(40.0), 1.0);
    m.baseline = None;
    assert_eq!(m.state(), MeasureState::NoBaseline);
    assert!(m.explain().contains("No baseline"), "{}", m.explain());
    // Met without a baseline is met.
    m.current = Some(120.0);
    assert_eq!(m.state(), MeasureState::Progress(1.0));
}

#[test]
fn a_range_target_is_met_anywhere_inside_it() {
    // "Between 150 and 600 visitors a day", from 100.
    let mut m = measure(100.0, None, Some(150.0), 1.0);
    m.target = Some(Target::Range(150.0, 600.0));
    assert_eq!(m.state(), MeasureState::Progress(1.0));
    m.current = Some(600.0);
    assert_eq!(m.state(), MeasureState::Progress(1.0));
    assert!(
        m.explain().contains("inside the target range 150–600"),
        "{}",
        m.explain()
    );
    // Below: progress towards the near end.
    m.current = Some(125.0);
    assert!((progress(&m) - 0.5).abs() < 1e-9);
    // Above, from a baseline above: towards the upper end.
    m.baseline = Some(800.0);
    m.current = Some(700.0);
    assert!((progress(&m) - 0.5).abs() < 1e-9);
    // It was inside and has left the range: 0.
    m.baseline = Some(300.0);
    m.current = Some(650.0);
    assert_eq!(m.state(), MeasureState::Progress(0.0));
    assert_eq!(Target::Range(1.0, 3.0).text(), "1–3");
}

#[test]
fn missing_data_is_no_data_not_zero() {
    assert_eq!(
        measure(0.0, Some(1.0), None, 1.0).state(),
        MeasureState::NoData
    );
    assert_eq!(
        measure(0.0, None, Some(1.0), 1.0).state(),
        MeasureState::NoTarget
    );
    let o = objective(
        FINANCIAL,
        vec![
            measure(0.0, Some(10.0), None, 5.0),
            measure(0.0, Some(10.0), Some(8.0), 1.0),
        ],
    );
    // The measure without data does not drag the score to 0.8 × 1/6.
    assert!((o.score().unwrap() - 0.8).abs() < 1e-9);
    assert!(o.explain().contains("left out"), "{}", o.explain());
}

#[test]
fn objective_score_is_the_weighted_mean() {
    let o = objective(
        FINANCIAL,
        vec![
            measure(0.0, Some(10.0), Some(2.0), 3.0),
            measure(0.0, Some(10.0), Some(10.0), 1.0),
        ],
    );
    // (3 × 0.2 + 1 × 1.0) / 4 = 0.4
    assert!((o.score().unwrap() - 0.4).abs() < 1e-9);
    assert!(
        o.explain()
            .starts_with("Weighted mean: (3 × 0.20 (m) + 1 × 1.00 (m)) / 4 = 0.40"),
        "{}",
        o.explain()
    );
    let weightless = objective(FINANCIAL, vec![measure(0.0, Some(10.0), Some(2.0), 0.0)]);
    assert_eq!(weightless.score(), None);
}

#[test]
fn perspective_and_total_scores_are_means() {
    let mut low = objective(CUSTOMER, vec![measure(0.0, Some(10.0), Some(2.0), 1.0)]);
    let mut mid = objective(CUSTOMER, vec![measure(0.0, Some(10.0), Some(6.0), 1.0)]);
    let empty = objective(CUSTOMER, vec![]);
    let mut full = objective(FINANCIAL, vec![measure(0.0, Some(10.0), Some(10.0), 1.0)]);
    low.id = Id(11);
    mid.id = Id(12);
    full.id = Id(13);
    let mut s = Scorecard {
        perspectives: vec![
            Perspective {
                id: FINANCIAL,
                name: "Financial".into(),
            },
            Perspective {
                id: CUSTOMER,
                name: "Customer".into(),
            },
        ],
        objectives: vec![low, mid, empty],
        links: Vec::new(),
    };
    assert!((s.perspective_score(CUSTOMER).unwrap() - 0.4).abs() < 1e-9);
    assert_eq!(s.perspective_score(FINANCIAL), None);
    assert!((s.total().unwrap() - 0.4).abs() < 1e-9);
    s.objectives.push(full);
    // (0.4 + 1.0) / 2
    assert!((s.total().unwrap() - 0.7).abs() < 1e-9);
}

#[test]
fn status_follows_the_default_bands_at_every_edge() {
    let t = Thresholds::default();
    assert_eq!(Status::of(Some(0.0), t), Status::Red, "0 gets its colour");
    assert_eq!(Status::of(Some(0.39), t), Status::Red);
    assert_eq!(Status::of(Some(0.394), t), Status::Red, "shows 0.39");
    assert_eq!(Status::of(Some(0.395), t), Status::Amber, "shows 0.40");
    assert_eq!(Status::of(Some(0.4), t), Status::Amber);
    assert_eq!(Status::of(Some(0.69), t), Status::Amber);
    assert_eq!(Status::of(Some(0.7), t), Status::Green);
    assert_eq!(Status::of(Some(1.0), t), Status::Green);
    assert_eq!(Status::of(Some(-0.2), t), Status::Red);
    assert_eq!(Status::of(None, t), Status::NoData);
}

#[test]
fn a_strict_scorecard_rule_amber_from_0_9_green_from_1_0() {
    let strict = Thresholds {
        amber_from: 0.9,
        green_from: 1.0,
    };
    assert_eq!(Status::of(Some(0.89), strict), Status::Red);
    assert_eq!(Status::of(Some(0.9), strict), Status::Amber);
    assert_eq!(Status::of(Some(0.99), strict), Status::Amber);
    assert_eq!(Status::of(Some(0.996), strict), Status::Green, "shows 1.00");
    assert_eq!(Status::of(Some(1.0), strict), Status::Green);
    // 4.05 of a 4.5 target from 0 shows as 0.90, and is in the 0.90 band, not red.
    let m = measure(0.0, Some(4.5), Some(4.05), 1.0);
    let p = progress(&m);
    assert_eq!(fmt_score(p), "0.90");
    assert_eq!(Status::of(Some(p), strict), Status::Amber);
}

#[test]
fn scores_never_print_minus_zero() {
    assert_eq!(fmt_score(-0.001), "0.00");
    assert_eq!(fmt_score(-0.0), "0.00");
    assert_eq!(fmt_score(0.004), "0.00");
    assert_eq!(fmt_score(-0.3), "-0.30");
    assert_eq!(fmt_score(0.895), "0.90");
}

#[test]
fn the_published_okr_rule_at_its_edges() {
    // Commit 0.3, target 0.7, stretch 1.0: red below commit, amber to target, green from it.
    let okr = Thresholds {
        amber_from: 0.3,
        green_from: 0.7,
    };
    assert_eq!(Status::of(Some(0.0), okr), Status::Red);
    assert_eq!(Status::of(Some(0.29), okr), Status::Red);
    assert_eq!(Status::of(Some(0.295), okr), Status::Amber, "shows 0.30");
    assert_eq!(Status::of(Some(0.3), okr), Status::Amber);
    assert_eq!(Status::of(Some(0.69), okr), Status::Amber);
    assert_eq!(Status::of(Some(0.7), okr), Status::Green);
    assert_eq!(Status::of(Some(1.0), okr), Status::Green);
    // A key result with commit 30, target 70, stretch 100 lands on those edges exactly.
    let kr = |current: f64| catchball::model::KeyResult {
        id: Id(1),
        name: "k".into(),
        owner: None,
        weight: 1.0,
        kind: catchball::model::KrKind::Metric {
            start: 0.0,
            target: 70.0,
            current: Some(current),
            unit: String::new(),
            due: None,
            commit: Some(30.0),
            stretch: Some(100.0),
        },
        check_ins: Vec::new(),
    };
    for (value, status) in [
        (29.0, Status::Red),
        (30.0, Status::Amber),
        (69.0, Status::Amber),
        (70.0, Status::Green),
        (100.0, Status::Green),
    ] {
        assert_eq!(Status::of(kr(value).score(), okr), status, "at {value}");
    }
    assert!(
        kr(100.0).explain().contains("stretch 100 = 1.00"),
        "{}",
        kr(100.0).explain()
    );
}
