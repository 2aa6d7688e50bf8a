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
    #[serde(default)]
    pub direction: super::Direction,
    /// Levels described in words, for a metric that is judged rather than counted (e.g.
    /// target / moderate / at risk); empty for a number.
    #[serde(default)]
    pub rubric: Vec<RubricLevel>,
}

/// One level of a qualitative metric: its name and what it looks like.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricLevel {
    pub name: String,
    #[serde(default)]
    pub description: String,
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
    /// Linked, not rated (yet): many matrices only tick.
    Linked,
}

impl Strength {
    pub fn symbol(self) -> &'static str {
        match self {
            Strength::Strong => "●",
            Strength::Medium => "○",
            Strength::Weak => "△",
            Strength::Linked => "✓",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Medium => "medium",
            Strength::Weak => "weak",
            Strength::Linked => "linked, not rated",
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

impl Correlation {
    /// What the marks are kept sorted and found by: one mark per corner and pair.
    pub fn key(&self) -> (Corner, Id, Id) {
        (self.corner, self.a, self.b)
    }
}

impl Assignment {
    /// What the roles are kept sorted and found by: one role per item and person.
    pub fn key(&self) -> (Id, Id) {
        (self.item, self.person)
    }
}

impl XMatrix {
    /// The mark in `corner` between `a` and `b`. Marks are kept sorted by (corner, a, b): the
    /// file is canonicalized when read and edits insert in order.
    pub fn mark(&self, corner: Corner, a: Id, b: Id) -> Option<&Correlation> {
        self.correlations
            .binary_search_by_key(&(corner, a, b), Correlation::key)
            .ok()
            .map(|i| &self.correlations[i])
    }

    /// The role of `person` on `item`; roles are kept sorted by (item, person) like marks.
    pub fn role(&self, item: Id, person: Id) -> Option<Role> {
        self.assignments
            .binary_search_by_key(&(item, person), Assignment::key)
            .ok()
            .map(|i| self.assignments[i].role)
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

/// The four arms of the X, clockwise from the bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arm {
    /// Breakthrough objectives (rows under the centre).
    South,
    /// Annual objectives (columns left of the centre).
    West,
    /// Improvement priorities (rows above the centre).
    North,
    /// Metrics (columns right of the centre).
    East,
}

impl Arm {
    pub const CLOCKWISE: [Arm; 4] = [Arm::South, Arm::West, Arm::North, Arm::East];

    /// The arm's name in a vocabulary (plural, for headings).
    pub fn title(self, vocabulary: super::Vocabulary) -> &'static str {
        use super::Vocabulary::{Classic, Taste};
        match (self, vocabulary) {
            (Arm::South, Classic) => "Breakthrough objectives",
            (Arm::West, Classic) => "Annual objectives",
            (Arm::North, Classic) => "Improvement priorities",
            (Arm::East, Classic) => "Metrics",
            (Arm::South, Taste) => "Aspirations",
            (Arm::West, Taste) => "Strategies",
            (Arm::North, Taste) => "Tactics",
            (Arm::East, Taste) => "Evidence",
        }
    }

    /// One item of the arm, for messages and buttons ("annual objective").
    pub fn singular(self, vocabulary: super::Vocabulary) -> &'static str {
        use super::Vocabulary::{Classic, Taste};
        match (self, vocabulary) {
            (Arm::South, Classic) => "breakthrough objective",
            (Arm::West, Classic) => "annual objective",
            (Arm::North, Classic) => "improvement priority",
            (Arm::East, Classic) => "metric",
            (Arm::South, Taste) => "aspiration",
            (Arm::West, Taste) => "strategy",
            (Arm::North, Taste) => "tactic",
            (Arm::East, Taste) => "evidence",
        }
    }

    /// Short code prefix for items, after the arm's name: B1, A2, I3, M4 — or, in TASTE's
    /// words, A1 (aspiration), S2 (strategy), T3 (tactic), E4 (evidence).
    pub fn prefix(self, vocabulary: super::Vocabulary) -> &'static str {
        use super::Vocabulary::{Classic, Taste};
        match (self, vocabulary) {
            (Arm::South, Classic) => "B",
            (Arm::West, Classic) | (Arm::South, Taste) => "A",
            (Arm::North, Classic) => "I",
            (Arm::East, Classic) => "M",
            (Arm::West, Taste) => "S",
            (Arm::North, Taste) => "T",
            (Arm::East, Taste) => "E",
        }
    }
}

impl Corner {
    /// The arms of `a` and `b` in a correlation of this corner.
    pub fn arms(self) -> (Arm, Arm) {
        match self {
            Corner::BottomLeft => (Arm::South, Arm::West),
            Corner::TopLeft => (Arm::West, Arm::North),
            Corner::TopRight => (Arm::North, Arm::East),
            Corner::BottomRight => (Arm::South, Arm::East),
        }
    }
}

impl Strength {
    /// The next mark when a cell is clicked: empty → ● → ○ → △ → empty.
    pub fn cycle(current: Option<Strength>) -> Option<Strength> {
        match current {
            None => Some(Strength::Strong),
            Some(Strength::Strong) => Some(Strength::Medium),
            Some(Strength::Medium) => Some(Strength::Weak),
            Some(Strength::Weak | Strength::Linked) => None,
        }
    }
}

impl XMatrix {
    /// Whether any mark ties two items without rating the link (✓), so legends name it.
    pub fn has_linked(&self) -> bool {
        self.correlations
            .iter()
            .any(|c| c.strength == Strength::Linked)
    }

    /// The ids of an arm's items, in display order.
    pub fn arm_ids(&self, arm: Arm) -> Vec<Id> {
        match arm {
            Arm::South => self.breakthroughs.iter().map(|i| i.id).collect(),
            Arm::West => self.annuals.iter().map(|i| i.id).collect(),
            Arm::North => self.improvements.iter().map(|i| i.id).collect(),
            Arm::East => self.metrics.iter().map(|m| m.id).collect(),
        }
    }

    pub fn arm_len(&self, arm: Arm) -> usize {
        match arm {
            Arm::South => self.breakthroughs.len(),
            Arm::West => self.annuals.len(),
            Arm::North => self.improvements.len(),
            Arm::East => self.metrics.len(),
        }
    }

    /// Which arm an item is on, and where.
    pub fn locate(&self, id: Id) -> Option<(Arm, usize)> {
        Arm::CLOCKWISE.into_iter().find_map(|arm| {
            self.arm_ids(arm)
                .iter()
                .position(|&i| i == id)
                .map(|ix| (arm, ix))
        })
    }

    /// The items of the three plain arms (not metrics), by arm.
    pub fn items_mut(&mut self, arm: Arm) -> Option<&mut Vec<XItem>> {
        match arm {
            Arm::South => Some(&mut self.breakthroughs),
            Arm::West => Some(&mut self.annuals),
            Arm::North => Some(&mut self.improvements),
            Arm::East => None,
        }
    }

    /// Everything tied to `id` through a mark in any corner, or through a people assignment.
    pub fn ties(&self, id: Id) -> Vec<Id> {
        let marks = self.correlations.iter().filter_map(|c| {
            if c.a == id {
                Some(c.b)
            } else if c.b == id {
                Some(c.a)
            } else {
                None
            }
        });
        let people = self.assignments.iter().filter_map(|a| {
            if a.item == id {
                Some(a.person)
            } else if a.person == id {
                Some(a.item)
            } else {
                None
            }
        });
        marks.chain(people).collect()
    }
}
