//! The vision and the strategic priorities that serve it.

use super::Id;
use serde::{Deserialize, Serialize};

/// Where the organisation wants to be, concrete and measurable, and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Vision {
    pub statement: String,
    pub why: String,
    pub target_year: Option<i32>,
    pub targets: Vec<VisionTarget>,
}

/// A number that says when the vision is reached, e.g. "Scope 1+2 emissions −40 % by 2030".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisionTarget {
    pub id: Id,
    pub metric: String,
    pub value: f64,
    #[serde(default)]
    pub unit: String,
    pub by_year: Option<i32>,
}

/// One of the 3–5 strategic priorities for the next 12–18 months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub why: String,
    /// The single accountable owner (a person id).
    #[serde(default)]
    pub owner: Option<Id>,
    /// E.g. "2027" or "12–18 months".
    #[serde(default)]
    pub horizon: String,
}

impl Priority {
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            why: String::new(),
            owner: None,
            horizon: String::new(),
        }
    }
}
