//! The bundled sample workshop, and the large and huge synthetic plans for benchmarks and
//! stress tests (`synthetic.rs`).

use crate::file::{self, LoadError};
use crate::model::Plan;

mod synthetic;

/// The text of `assets/sample.plan.ron`, built into the binary.
pub const SAMPLE_TEXT: &str = include_str!("../../assets/sample.plan.ron");

/// The sample workshop. It is tested to load, so an error here means a broken build.
pub fn sample_plan() -> Result<Plan, LoadError> {
    file::from_text("sample.plan.ron", SAMPLE_TEXT.as_bytes()).map(|l| l.plan)
}

/// A plan the size of a big organisation's workshop (see [`synthetic_plan`]).
pub fn large_plan() -> Plan {
    synthetic::synthetic_plan(1)
}

/// Four times [`large_plan`] in every list, for tests that cost stays flat as plans grow.
pub fn huge_plan() -> Plan {
    synthetic::synthetic_plan(4)
}

pub use synthetic::synthetic_plan;
