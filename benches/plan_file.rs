//! Plan files and whole-plan computations on the large and huge plans: load + validate and
//! save beside `serde_json` reading and writing the same `Plan` (the baseline), the audit, and
//! the scoreboard (`catchball score`), and merging and comparing two changed copies.

use catchball::{audit, file, merge, sample};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn plan_file(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("catchball-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut group = c.benchmark_group("plan");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (size, plan) in [
        ("large", sample::large_plan()),
        ("huge", sample::huge_plan()),
    ] {
        let text = file::to_text(&plan).unwrap_or_default();
        let json = serde_json::to_string(&plan).unwrap_or_default();
        group.bench_function(format!("load + validate, {size}"), |b| {
            b.iter(|| file::from_text("plan", black_box(text.as_bytes())));
        });
        group.bench_function(format!("baseline serde_json read, {size}"), |b| {
            b.iter(|| serde_json::from_str::<catchball::model::Plan>(black_box(&json)));
        });
        let path = dir.join(format!("{size}.plan.ron"));
        group.bench_function(format!("save, {size}"), |b| {
            b.iter(|| file::save(&path, black_box(&plan)));
        });
        group.bench_function(format!("baseline serde_json write, {size}"), |b| {
            b.iter(|| serde_json::to_string(black_box(&plan)));
        });
        group.bench_function(format!("audit, {size}"), |b| {
            b.iter(|| audit::report(black_box(&plan)));
        });
        group.bench_function(format!("score, {size}"), |b| {
            b.iter(|| black_box(&plan).scoreboard());
        });
        // Two copies of the plan, each with a few changes of its own, merged with their base;
        // and the diff `catchball diff` and Compare show.
        let (mut ours, mut theirs) = (plan.clone(), plan.clone());
        ours.title = "Ours".into();
        ours.priorities[0].why = "Ours".into();
        theirs.priorities[1].name = "Theirs".into();
        theirs.okrs[3].key_results.remove(0);
        group.bench_function(format!("three-way merge, {size}"), |b| {
            b.iter(|| {
                merge::merge(Some(black_box(&plan)), &ours, &theirs).and_then(|m| m.resolve(&[]))
            });
        });
        group.bench_function(format!("diff, {size}"), |b| {
            b.iter(|| merge::diff(black_box(&plan), &theirs));
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

fn edits(c: &mut Criterion) {
    use catchball::edit::{Edit, Session, TextField};
    c.bench_function("apply + undo a title edit on a large plan", |b| {
        let mut session = Session::opened(sample::large_plan());
        b.iter(|| {
            let _ = session.apply(Edit::SetText {
                field: TextField::Title,
                value: "Renamed".into(),
            });
            let _ = session.undo();
        });
    });
}

criterion_group!(benches, plan_file, edits);
criterion_main!(benches);
