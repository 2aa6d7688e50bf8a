//! Geometry of the X-matrix: a logical grid of cells laid out as the X people know, and what each
//! cell is. Columns: west (annual objectives) · centre · east (metrics) · people. Rows: north
//! (improvement priorities) · centre · south (breakthrough objectives). Item 1 of every arm is
//! the first in reading order.

use crate::drawing::geom::{Point, Rect, Size, pt, size};
use crate::model::{Arm, Corner, Id, Plan};

/// What a cell of the logical grid is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// A correlation cell: `a` and `b` as in [`crate::model::Correlation`].
    Mark { corner: Corner, a: Id, b: Id },
    /// A person's role in an improvement priority.
    Role { item: Id, person: Id },
    /// An item's label cell on its arm.
    Item { arm: Arm, index: usize, id: Id },
    /// A person's label cell.
    Person { index: usize, id: Id },
    /// The centre square.
    Centre,
    /// Nothing (under the people columns, beside the south rows).
    Empty,
}

/// Which band of columns a cell is in, with its index in that band.
enum Side {
    West(usize),
    Centre,
    East(usize),
    People(usize),
}

/// A position in the logical grid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub col: usize,
    pub row: usize,
}

/// Counts and sizes for one frame.
#[derive(Clone, Debug)]
pub struct Layout {
    pub west: Vec<Id>,
    pub north: Vec<Id>,
    pub east: Vec<Id>,
    pub south: Vec<Id>,
    pub people: Vec<Id>,
    /// Size of a mark cell (points): its width is a column's, its height a row's.
    pub cell: Size,
    /// Size of the centre square: width (for row labels) and height (for column labels).
    pub centre: Size,
    pub origin: Point,
}

impl Layout {
    pub fn new(plan: &Plan, cell: Size, centre: Size, origin: Point) -> Self {
        let x = &plan.xmatrix;
        Self {
            west: x.arm_ids(Arm::West),
            north: x.arm_ids(Arm::North),
            east: x.arm_ids(Arm::East),
            south: x.arm_ids(Arm::South),
            people: x.people.clone(),
            cell,
            centre,
            origin,
        }
    }

    pub fn cols(&self) -> usize {
        self.west.len() + 1 + self.east.len() + self.people.len()
    }

    pub fn rows(&self) -> usize {
        self.north.len() + 1 + self.south.len()
    }

    pub fn centre_col(&self) -> usize {
        self.west.len()
    }

    pub fn centre_row(&self) -> usize {
        self.north.len()
    }

    /// Total size in points.
    pub fn size(&self) -> Size {
        let cols = (self.cols() - 1) as f32;
        let rows = (self.rows() - 1) as f32;
        size(
            cols * self.cell.w + self.centre.w,
            rows * self.cell.h + self.centre.h,
        )
    }

    /// The whole matrix.
    pub fn bounds(&self) -> Rect {
        Rect::from_min_size(self.origin, self.size())
    }

    fn col_x(&self, col: usize) -> (f32, f32) {
        let c = self.centre_col();
        let x0 = if col <= c {
            col as f32 * self.cell.w
        } else {
            (col - 1) as f32 * self.cell.w + self.centre.w
        };
        let w = if col == c { self.centre.w } else { self.cell.w };
        (self.origin.x + x0, w)
    }

    fn row_y(&self, row: usize) -> (f32, f32) {
        let r = self.centre_row();
        let y0 = if row <= r {
            row as f32 * self.cell.h
        } else {
            (row - 1) as f32 * self.cell.h + self.centre.h
        };
        let h = if row == r { self.centre.h } else { self.cell.h };
        (self.origin.y + y0, h)
    }

    pub fn rect(&self, cell: Cell) -> Rect {
        let (x, w) = self.col_x(cell.col);
        let (y, h) = self.row_y(cell.row);
        Rect::from_min_size(pt(x, y), size(w, h))
    }

    /// The columns whose cells intersect `x0..x1` (points), for painting only what is visible.
    pub fn cols_in(&self, x0: f32, x1: f32) -> std::ops::Range<usize> {
        let all = 0..self.cols();
        let first = all.clone().find(|&c| {
            let (x, w) = self.col_x(c);
            x + w >= x0
        });
        let last = all.rev().find(|&c| self.col_x(c).0 <= x1);
        match (first, last) {
            (Some(f), Some(l)) if f <= l => f..l + 1,
            _ => 0..0,
        }
    }

    pub fn rows_in(&self, y0: f32, y1: f32) -> std::ops::Range<usize> {
        let all = 0..self.rows();
        let first = all.clone().find(|&r| {
            let (y, h) = self.row_y(r);
            y + h >= y0
        });
        let last = all.rev().find(|&r| self.row_y(r).0 <= y1);
        match (first, last) {
            (Some(f), Some(l)) if f <= l => f..l + 1,
            _ => 0..0,
        }
    }

    pub fn kind(&self, cell: Cell) -> CellKind {
        let (cc, cr) = (self.centre_col(), self.centre_row());
        let (col, row) = (cell.col, cell.row);
        let east0 = cc + 1;
        let people0 = east0 + self.east.len();
        let side = if col < cc {
            Side::West(col)
        } else if col == cc {
            Side::Centre
        } else if col < people0 {
            Side::East(col - east0)
        } else {
            Side::People(col - people0)
        };
        let north = (row < cr).then_some(row);
        let south = (row > cr).then(|| row - cr - 1);
        match (side, north, south) {
            (Side::Centre, None, None) => CellKind::Centre,
            (Side::Centre, Some(i), _) => CellKind::Item {
                arm: Arm::North,
                index: i,
                id: self.north[i],
            },
            (Side::Centre, _, Some(i)) => CellKind::Item {
                arm: Arm::South,
                index: i,
                id: self.south[i],
            },
            (Side::West(i), None, None) => CellKind::Item {
                arm: Arm::West,
                index: i,
                id: self.west[i],
            },
            (Side::East(i), None, None) => CellKind::Item {
                arm: Arm::East,
                index: i,
                id: self.east[i],
            },
            (Side::People(i), None, None) => CellKind::Person {
                index: i,
                id: self.people[i],
            },
            (Side::West(c), Some(r), _) => CellKind::Mark {
                corner: Corner::TopLeft,
                a: self.west[c],
                b: self.north[r],
            },
            (Side::West(c), _, Some(r)) => CellKind::Mark {
                corner: Corner::BottomLeft,
                a: self.south[r],
                b: self.west[c],
            },
            (Side::East(c), Some(r), _) => CellKind::Mark {
                corner: Corner::TopRight,
                a: self.north[r],
                b: self.east[c],
            },
            (Side::East(c), _, Some(r)) => CellKind::Mark {
                corner: Corner::BottomRight,
                a: self.south[r],
                b: self.east[c],
            },
            (Side::People(c), Some(r), _) => CellKind::Role {
                item: self.north[r],
                person: self.people[c],
            },
            (Side::People(_), _, Some(_)) => CellKind::Empty,
        }
    }

    /// The label cell of an item or person, to move the cursor to it.
    pub fn cell_of(&self, id: Id) -> Option<Cell> {
        let (cc, cr) = (self.centre_col(), self.centre_row());
        let find = |v: &[Id]| v.iter().position(|&x| x == id);
        if let Some(i) = find(&self.north) {
            return Some(Cell { col: cc, row: i });
        }
        if let Some(i) = find(&self.south) {
            return Some(Cell {
                col: cc,
                row: cr + 1 + i,
            });
        }
        if let Some(i) = find(&self.west) {
            return Some(Cell { col: i, row: cr });
        }
        if let Some(i) = find(&self.east) {
            return Some(Cell {
                col: cc + 1 + i,
                row: cr,
            });
        }
        find(&self.people).map(|i| Cell {
            col: cc + 1 + self.east.len() + i,
            row: cr,
        })
    }

    /// The cursor moved one step, skipping empty cells; stays put at the edge.
    pub fn step(&self, from: Cell, dx: i32, dy: i32) -> Cell {
        let mut c = from;
        loop {
            let col = c
                .col
                .checked_add_signed(dx as isize)
                .filter(|&x| x < self.cols());
            let row = c
                .row
                .checked_add_signed(dy as isize)
                .filter(|&y| y < self.rows());
            let (Some(col), Some(row)) = (col, row) else {
                return from;
            };
            c = Cell { col, row };
            if self.kind(c) != CellKind::Empty {
                return c;
            }
        }
    }

    /// Keeps a cursor inside the grid after items were removed.
    pub fn clamp(&self, cell: Cell) -> Cell {
        let c = Cell {
            col: cell.col.min(self.cols() - 1),
            row: cell.row.min(self.rows() - 1),
        };
        if self.kind(c) == CellKind::Empty {
            Cell {
                col: self.centre_col(),
                row: self.centre_row(),
            }
        } else {
            c
        }
    }

    /// All items and people clockwise from the bottom: south, west, north, east, people.
    pub fn clockwise(&self) -> Vec<Id> {
        self.south
            .iter()
            .chain(&self.west)
            .chain(&self.north)
            .chain(&self.east)
            .chain(&self.people)
            .copied()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout {
        let plan = crate::sample::sample_plan().unwrap();
        Layout::new(
            &plan,
            size(30.0, 30.0),
            size(400.0, 300.0),
            Point::default(),
        )
    }

    #[test]
    fn every_cell_kind_sits_where_the_x_matrix_has_it() {
        let l = layout();
        // Sample: 6 annual (west), 6 improvements (north), 8 metrics (east), 4 breakthroughs.
        assert_eq!((l.cols(), l.rows()), (6 + 1 + 8 + 8, 6 + 1 + 4));
        assert_eq!(l.kind(Cell { col: 6, row: 6 }), CellKind::Centre);
        assert!(matches!(
            l.kind(Cell { col: 0, row: 0 }),
            CellKind::Mark {
                corner: Corner::TopLeft,
                ..
            }
        ));
        assert!(matches!(
            l.kind(Cell { col: 0, row: 10 }),
            CellKind::Mark {
                corner: Corner::BottomLeft,
                ..
            }
        ));
        assert!(matches!(
            l.kind(Cell { col: 7, row: 0 }),
            CellKind::Mark {
                corner: Corner::TopRight,
                ..
            }
        ));
        assert!(matches!(
            l.kind(Cell { col: 14, row: 10 }),
            CellKind::Mark {
                corner: Corner::BottomRight,
                ..
            }
        ));
        assert!(matches!(
            l.kind(Cell { col: 15, row: 0 }),
            CellKind::Role { .. }
        ));
        assert_eq!(l.kind(Cell { col: 15, row: 7 }), CellKind::Empty);
        assert!(matches!(
            l.kind(Cell { col: 6, row: 7 }),
            CellKind::Item {
                arm: Arm::South,
                index: 0,
                ..
            }
        ));
        assert!(matches!(
            l.kind(Cell { col: 0, row: 6 }),
            CellKind::Item {
                arm: Arm::West,
                index: 0,
                ..
            }
        ));
    }

    #[test]
    fn rects_tile_the_matrix_without_overlap() {
        let l = layout();
        let size = l.size();
        assert_eq!(size, super::size(22.0 * 30.0 + 400.0, 10.0 * 30.0 + 300.0));
        let last = l.rect(Cell {
            col: l.cols() - 1,
            row: l.rows() - 1,
        });
        assert_eq!(last.max, pt(size.w, size.h));
        let centre = l.rect(Cell { col: 6, row: 6 });
        assert_eq!(centre.size(), super::size(400.0, 300.0));
        assert!((l.rect(Cell { col: 7, row: 6 }).min.x - centre.max.x).abs() < 1e-3);
    }

    #[test]
    fn visible_ranges_cover_only_what_intersects() {
        let l = layout();
        assert_eq!(l.cols_in(0.0, 29.0), 0..1);
        assert_eq!(l.cols_in(175.0, 185.0), 5..7);
        assert_eq!(l.rows_in(0.0, 10_000.0), 0..l.rows());
    }

    #[test]
    fn the_cursor_skips_empty_cells_and_stops_at_edges() {
        let l = layout();
        let start = Cell { col: 0, row: 0 };
        assert_eq!(l.step(start, -1, 0), start);
        assert_eq!(l.step(start, 1, 0), Cell { col: 1, row: 0 });
        // Down from a people column's header into the empty area: stays.
        let person = Cell { col: 15, row: 6 };
        assert_eq!(l.step(person, 0, 1), person);
        for id in l.clockwise() {
            let cell = l.cell_of(id).unwrap();
            assert!(matches!(
                l.kind(cell),
                CellKind::Item { id: i, .. } | CellKind::Person { id: i, .. } if i == id
            ));
        }
    }
}
