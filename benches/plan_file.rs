//! How fast plan files load, validate and save, on the large synthetic plan.

use catchball::{file, model, sample};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn plan_file(c: &mut Criterion) {
    let plan = sample::large_plan();
    let text = file::to_text(&plan).unwrap_or_default();
    c.bench_function("to_text large plan", |b| {
        b.iter(|| file::to_text(black_box(&plan)));
    });
    c.bench_function("from_text large plan", |b| {
        b.iter(|| file::from_text("large", black_box(text.as_bytes())));
    });
    c.bench_function("validate large plan", |b| {
        b.iter(|| model::validate(black_box(&plan)));
    });
    let dir = std::env::temp_dir().join(format!("catchball-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("large.plan.ron");
    c.bench_function("atomic save large plan", |b| {
        b.iter(|| file::save(&path, black_box(&plan)));
    });
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
