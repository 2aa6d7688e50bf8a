//! Scorecard scoring: progress both ways, zero-width ranges, missing data, weights, thresholds.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::model::{
    BscObjective, Direction, Id, Measure, MeasureState, Perspective, Scorecard, Status, Thresholds,
    UpdateInterval,
};

fn measure(baseline: f64, target: Option<f64>, current: Option<f64>, weight: f64) -> Measure {
    Measure {
        id: Id(1),
        name: "m".into(),
        unit: String::new(),
        baseline,
        target,
        current,
        min: None,
        max: None,
        weight,
        interval: UpdateInterval::Monthly,
        direction: Direction::HigherIsBetter,
        history: Vec::new(),
    }
}

fn objective(perspective: Perspective, measures: Vec<Measure>) -> BscObjective {
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
fn progress_is_clamped_and_says_so() {
    let beyond = measure(0.0, Some(10.0), Some(12.0), 1.0);
    assert!((progress(&beyond) - 1.0).abs() < 1e-9);
    assert!(beyond.explain().contains("beyond target"));
    let backwards = measure(0.0, Some(10.0), Some(-3.0), 1.0);
    assert!(progress(&backwards).abs() < 1e-9);
    assert!(backwards.explain().contains("moving away"));
}

#[test]
fn target_equal_to_baseline_is_a_clear_state_not_nan() {
    let m = measure(5.0, Some(5.0), Some(5.0), 1.0);
    assert_eq!(m.state(), MeasureState::Flat);
    assert!(m.explain().contains("Target equals baseline"));
    let o = objective(Perspective::Customer, vec![m]);
    assert_eq!(o.score(), None);
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
        Perspective::Financial,
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
        Perspective::Financial,
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
    let weightless = objective(
        Perspective::Financial,
        vec![measure(0.0, Some(10.0), Some(2.0), 0.0)],
    );
    assert_eq!(weightless.score(), None);
}

#[test]
fn perspective_score_is_the_mean_of_its_objectives() {
    let mut a = objective(
        Perspective::Customer,
        vec![measure(0.0, Some(10.0), Some(2.0), 1.0)],
    );
    let mut b = objective(
        Perspective::Customer,
        vec![measure(0.0, Some(10.0), Some(6.0), 1.0)],
    );
    let c = objective(Perspective::Customer, vec![]);
    a.id = Id(1);
    b.id = Id(2);
    let s = Scorecard {
        objectives: vec![a, b, c],
        ..Scorecard::default()
    };
    assert!((s.perspective_score(Perspective::Customer).unwrap() - 0.4).abs() < 1e-9);
    assert_eq!(s.perspective_score(Perspective::Financial), None);
}

#[test]
fn status_follows_the_thresholds() {
    let t = Thresholds::default();
    assert_eq!(Status::of(Some(0.39), t), Status::Red);
    assert_eq!(Status::of(Some(0.4), t), Status::Amber);
    assert_eq!(Status::of(Some(0.7), t), Status::Green);
    assert_eq!(Status::of(None, t), Status::NoData);
    let strict = Thresholds {
        amber_from: 0.6,
        green_from: 0.9,
    };
    assert_eq!(Status::of(Some(0.7), strict), Status::Amber);
}
