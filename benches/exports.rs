//! Each export of the large synthetic plan (12 × 20 × 30 × 40 X-matrix, 200 OKR objectives,
//! 40 scorecard objectives), rendered in memory: the target is under a second per format.

use catchball::export::{Format, Options, render};
use criterion::{Criterion, criterion_group, criterion_main};
use std::path::Path;
use strum::IntoEnumIterator;

fn exports(c: &mut Criterion) {
    let plan = catchball::sample::large_plan();
    let mut group = c.benchmark_group("export, large plan");
    group.sample_size(10);
    for format in Format::iter() {
        let target = Path::new("large").with_extension(format.extension());
        group.bench_function(format.extension(), |b| {
            b.iter(|| render(&plan, format, Options::default(), &target));
        });
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
