//! The Hoshin Kanri X-matrix: four arms of items, people, and the correlation marks in the corners.

use super::Id;
use serde::{Deserialize, Serialize};

/// An item on one arm: a breakthrough objective, an annual objective or an improvement priority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct XItem {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub note: String,
}

/// A metric on the east arm: what is measured, in which unit, towards which value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct XMetric {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    pub target: Option<f64>,
}

/// The four corners of the X, each joining two arms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Corner {
    /// Breakthrough objective (row) × annual objective (column).
    BottomLeft,
    /// Annual objective (column) × improvement priority (row).
    TopLeft,
    /// Improvement priority (row) × metric (column).
    TopRight,
    /// Breakthrough objective (row) × metric (column).
    BottomRight,
}

impl Corner {
    pub const ALL: [Corner; 4] = [
        Corner::BottomLeft,
        Corner::TopLeft,
        Corner::TopRight,
        Corner::BottomRight,
    ];
}

/// How strongly two items are correlated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Strength {
    Strong,
    Medium,
    Weak,
}

impl Strength {
    pub fn symbol(self) -> &'static str {
        match self {
            Strength::Strong => "●",
            Strength::Medium => "○",
            Strength::Weak => "△",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Medium => "medium",
            Strength::Weak => "weak",
        }
    }
}

/// A mark in a corner. `a` is the item on the arm named first in [`Corner`], `b` the second.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correlation {
    pub corner: Corner,
    pub a: Id,
    pub b: Id,
    pub strength: Strength,
    /// One line: why these two are linked.
    #[serde(default)]
    pub rationale: String,
}

/// A person's part in an improvement priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// ● accountable lead (exactly one per priority).
    Lead,
    /// ○ core team member.
    Core,
    /// △ consulted or rotating.
    Consulted,
}

impl Role {
    pub fn symbol(self) -> &'static str {
        match self {
            Role::Lead => "●",
            Role::Core => "○",
            Role::Consulted => "△",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Core => "core team",
            Role::Consulted => "consulted",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// An improvement priority (north arm).
    pub item: Id,
    pub person: Id,
    pub role: Role,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct XMatrix {
    /// South: breakthrough objectives, 3–5 years.
    pub breakthroughs: Vec<XItem>,
    /// West: annual objectives.
    pub annuals: Vec<XItem>,
    /// North: top-level improvement priorities.
    pub improvements: Vec<XItem>,
    /// East: targets to improve.
    pub metrics: Vec<XMetric>,
    /// Far right: the people columns, in display order (person ids).
    pub people: Vec<Id>,
    /// Kept sorted by (corner, a, b) so files stay canonical.
    pub correlations: Vec<Correlation>,
    /// Kept sorted by (item, person).
    pub assignments: Vec<Assignment>,
}

impl XMatrix {
    pub fn mark(&self, corner: Corner, a: Id, b: Id) -> Option<&Correlation> {
        self.correlations
            .iter()
            .find(|c| c.corner == corner && c.a == a && c.b == b)
    }

    pub fn role(&self, item: Id, person: Id) -> Option<Role> {
        self.assignments
            .iter()
            .find(|x| x.item == item && x.person == person)
            .map(|x| x.role)
    }

    /// Name of an item on any of the four arms.
    pub fn item_name(&self, id: Id) -> Option<&str> {
        self.breakthroughs
            .iter()
            .chain(&self.annuals)
            .chain(&self.improvements)
            .find(|i| i.id == id)
            .map(|i| i.name.as_str())
            .or_else(|| {
                self.metrics
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| m.name.as_str())
            })
    }
}
