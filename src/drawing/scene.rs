//! A scene: a drawing as a list of shapes in points, made once and drawn by the egui painter
//! (on screen) and by the SVG writer (exports), so both look the same. No egui here.

use super::fonts;
use super::geom::{Point, Rect};

/// An sRGB colour with alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Color {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    pub const fn gray(v: u8) -> Color {
        Color::rgb(v, v, v)
    }

    pub const TRANSPARENT: Color = Color {
        r: 0,
        g: 0,
        b: 0,
        a: 0,
    };

    /// `#rrggbb`, without the alpha.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub color: Color,
}

impl Stroke {
    pub const fn new(width: f32, color: Color) -> Stroke {
        Stroke { width, color }
    }
}

/// Where the anchor point sits on a text block, across its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// Which way a text block runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rotation {
    None,
    /// Turned 90° counter-clockwise: reads from the bottom up.
    Up,
}

/// Lines of text, already wrapped, placed by an anchor point.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub anchor: Point,
    pub lines: Vec<String>,
    pub size: f32,
    pub bold: bool,
    pub color: Color,
    /// Horizontal: where `anchor` is on each line (before rotation).
    pub align: Align,
    /// Vertical: where `anchor` is on the block of lines (before rotation).
    pub valign: Align,
    pub rotation: Rotation,
}

impl Text {
    /// One line, anchored at its left middle.
    pub fn line(anchor: Point, text: impl Into<String>, size: f32, color: Color) -> Text {
        Text {
            anchor,
            lines: vec![text.into()],
            size,
            bold: false,
            color,
            align: Align::Start,
            valign: Align::Middle,
            rotation: Rotation::None,
        }
    }

    #[must_use]
    pub fn bold(mut self) -> Text {
        self.bold = true;
        self
    }

    #[must_use]
    pub fn aligned(mut self, align: Align, valign: Align) -> Text {
        self.align = align;
        self.valign = valign;
        self
    }

    pub fn line_height(&self) -> f32 {
        fonts::line_height(self.size)
    }

    /// The height of the block of lines.
    pub fn block_height(&self) -> f32 {
        self.lines.len() as f32 * self.line_height()
    }

    /// The top of the first line, in the text's own (unrotated) frame relative to the anchor.
    pub fn block_top(&self) -> f32 {
        match self.valign {
            Align::Start => 0.0,
            Align::Middle => -self.block_height() / 2.0,
            Align::End => -self.block_height(),
        }
    }

    /// Where line `i` starts horizontally, relative to the anchor, for a line `width` wide.
    pub fn line_left(&self, width: f32) -> f32 {
        match self.align {
            Align::Start => 0.0,
            Align::Middle => -width / 2.0,
            Align::End => -width,
        }
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        radius: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    Line {
        from: Point,
        to: Point,
        stroke: Stroke,
    },
    /// A quadratic Bézier curve.
    Curve {
        from: Point,
        control: Point,
        to: Point,
        stroke: Stroke,
    },
    Circle {
        center: Point,
        radius: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    Polygon {
        points: Vec<Point>,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    /// An open line through the points.
    Polyline {
        points: Vec<Point>,
        stroke: Stroke,
    },
    Text(Text),
    /// Shapes that belong together, with words for a screen reader or a tooltip
    /// ("B1 × A2: strong").
    Group {
        label: String,
        shapes: Vec<Shape>,
    },
}

/// A whole drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    /// What the drawing shows, in words (the SVG title, the PNG's alt text in HTML).
    pub title: String,
    pub background: Option<Color>,
    pub shapes: Vec<Shape>,
}

impl Scene {
    pub fn new(width: f32, height: f32, title: impl Into<String>) -> Scene {
        Scene {
            width,
            height,
            title: title.into(),
            background: None,
            shapes: Vec::new(),
        }
    }

    pub fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    pub fn text(&mut self, text: Text) {
        self.shapes.push(Shape::Text(text));
    }

    pub fn rect(&mut self, rect: Rect, fill: Option<Color>, stroke: Option<Stroke>) {
        self.shapes.push(Shape::Rect {
            rect,
            radius: 0.0,
            fill,
            stroke,
        });
    }

    pub fn line(&mut self, from: Point, to: Point, stroke: Stroke) {
        self.shapes.push(Shape::Line { from, to, stroke });
    }

    /// Every text of the scene, line by line (for tests and search).
    pub fn texts(&self) -> Vec<&str> {
        fn walk<'a>(shapes: &'a [Shape], out: &mut Vec<&'a str>) {
            for s in shapes {
                match s {
                    Shape::Text(t) => out.extend(t.lines.iter().map(String::as_str)),
                    Shape::Group { shapes, .. } => walk(shapes, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.shapes, &mut out);
        out
    }
}

/// The colours a drawing uses, by role. The app derives one from its theme; exports print
/// dark on white.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub text: Color,
    pub strong: Color,
    /// Text and marks that are not part of the current highlight.
    pub dim: Color,
    pub grid: Color,
    /// The X in the centre, box outlines, arrows.
    pub line: Color,
    /// Fill behind highlighted cells.
    pub highlight: Color,
    /// Fill behind the row and column of the cursor.
    pub faint: Color,
    pub warn: Color,
    /// Fill of the vision box in the centre.
    pub panel: Color,
    /// Red, amber, green and no data.
    pub status: [Color; 4],
}

impl Palette {
    /// Dark on white, for paper and files.
    pub fn print() -> Palette {
        Palette {
            background: Color::rgb(255, 255, 255),
            text: Color::gray(30),
            strong: Color::gray(0),
            dim: Color::gray(150),
            grid: Color::gray(170),
            line: Color::gray(40),
            highlight: Color::rgb(200, 220, 255),
            faint: Color::gray(238),
            warn: Color::rgb(170, 90, 0),
            panel: Color::gray(248),
            status: [
                Color::rgb(244, 170, 160),
                Color::rgb(250, 214, 140),
                Color::rgb(170, 220, 170),
                Color::gray(225),
            ],
        }
    }

    pub fn status(&self, status: crate::model::Status) -> Color {
        use crate::model::Status;
        match status {
            Status::Red => self.status[0],
            Status::Amber => self.status[1],
            Status::Green => self.status[2],
            Status::NoData => self.status[3],
        }
    }
}
