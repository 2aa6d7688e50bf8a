//! Plain 2-D geometry for scenes: points, sizes and rectangles in points (1/72 inch on paper,
//! logical pixels on screen). Free of egui so exports and tests use it without a window.

/// A position.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// A width and a height.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Size {
    pub w: f32,
    pub h: f32,
}

/// An axis-aligned rectangle from `min` (top left) to `max` (bottom right).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

pub const fn pt(x: f32, y: f32) -> Point {
    Point { x, y }
}

pub const fn size(w: f32, h: f32) -> Size {
    Size { w, h }
}

impl Point {
    #[must_use]
    pub fn offset(self, dx: f32, dy: f32) -> Point {
        pt(self.x + dx, self.y + dy)
    }
}

impl Size {
    #[must_use]
    pub fn scaled(self, f: f32) -> Size {
        size(self.w * f, self.h * f)
    }
}

impl Rect {
    pub fn from_min_size(min: Point, s: Size) -> Rect {
        Rect {
            min,
            max: pt(min.x + s.w, min.y + s.h),
        }
    }

    pub fn from_center_size(c: Point, s: Size) -> Rect {
        Rect::from_min_size(pt(c.x - s.w / 2.0, c.y - s.h / 2.0), s)
    }

    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    pub fn size(&self) -> Size {
        size(self.width(), self.height())
    }

    pub fn left(&self) -> f32 {
        self.min.x
    }

    pub fn right(&self) -> f32 {
        self.max.x
    }

    pub fn top(&self) -> f32 {
        self.min.y
    }

    pub fn bottom(&self) -> f32 {
        self.max.y
    }

    pub fn center(&self) -> Point {
        pt(
            f32::midpoint(self.min.x, self.max.x),
            f32::midpoint(self.min.y, self.max.y),
        )
    }

    pub fn left_center(&self) -> Point {
        pt(self.min.x, self.center().y)
    }

    pub fn right_center(&self) -> Point {
        pt(self.max.x, self.center().y)
    }

    pub fn center_top(&self) -> Point {
        pt(self.center().x, self.min.y)
    }

    pub fn center_bottom(&self) -> Point {
        pt(self.center().x, self.max.y)
    }

    pub fn left_top(&self) -> Point {
        self.min
    }

    pub fn right_top(&self) -> Point {
        pt(self.max.x, self.min.y)
    }

    pub fn left_bottom(&self) -> Point {
        pt(self.min.x, self.max.y)
    }

    pub fn right_bottom(&self) -> Point {
        self.max
    }

    /// The rectangle with `by` taken off every side.
    #[must_use]
    pub fn shrink(&self, by: f32) -> Rect {
        Rect {
            min: pt(self.min.x + by, self.min.y + by),
            max: pt(self.max.x - by, self.max.y - by),
        }
    }

    pub fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}
