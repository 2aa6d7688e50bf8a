//! The X-matrix cells as shapes: the grid, the marks ● ○ △ drawn as geometry (so they read
//! without colour and without a font), the item labels wrapped onto as many lines as the cell
//! holds, the lint ⚠ markers, and the centre with its X, the arm names and the vision.

use super::{Cell, CellKind, Labels, Layout};
use crate::drawing::fonts;
use crate::drawing::geom::{Point, Rect, pt};
use crate::drawing::scene::{Align, Color, Palette, Rotation, Shape, Stroke, Text};
use crate::model::{Arm, Corner, Id, Plan, Role, Strength};
use std::collections::HashSet;

/// How the cells are drawn.
#[derive(Clone, Debug)]
pub struct GridStyle {
    /// Font size of the item labels.
    pub font: f32,
    /// Most lines a label wraps onto before it is cut with "…".
    pub max_lines: usize,
    /// Column labels as short codes instead of rotated names.
    pub horizontal_labels: bool,
    /// Group each mark with words for a screen reader (exports; the panel has its own).
    pub describe: bool,
    pub palette: Palette,
}

impl GridStyle {
    /// The label font that suits a cell of this size.
    pub fn for_cell(layout: &Layout, palette: Palette) -> GridStyle {
        GridStyle {
            font: (layout.cell.w.min(layout.cell.h) * 0.52).max(11.0),
            max_lines: 1,
            horizontal_labels: false,
            describe: false,
            palette,
        }
    }
}

/// What stands out: the selection and what it is tied to, the cursor's row and column, items
/// with findings.
#[derive(Clone, Debug, Default)]
pub struct Emphasis {
    /// Items tied to the selection, including it; empty when nothing is selected.
    pub related: HashSet<Id>,
    pub selected: Option<Id>,
    pub crosshair: HashSet<Id>,
    pub lint: HashSet<Id>,
}

/// The three mark shapes, shared by correlations (strong, medium, weak) and people (lead, core
/// team, consulted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    Filled,
    Open,
    Triangle,
    /// A tick: linked, not rated.
    Check,
}

impl From<Strength> for Symbol {
    fn from(s: Strength) -> Self {
        match s {
            Strength::Strong => Symbol::Filled,
            Strength::Medium => Symbol::Open,
            Strength::Weak => Symbol::Triangle,
            Strength::Linked => Symbol::Check,
        }
    }
}

impl From<Role> for Symbol {
    fn from(r: Role) -> Self {
        match r {
            Role::Lead => Symbol::Filled,
            Role::Core => Symbol::Open,
            Role::Consulted => Symbol::Triangle,
        }
    }
}

/// A mark `size` points across, centred on `c`.
pub fn symbol_shape(symbol: Symbol, c: Point, size: f32, color: Color) -> Shape {
    let stroke = Stroke::new((size * 0.06).max(1.5), color);
    match symbol {
        Symbol::Filled => Shape::Circle {
            center: c,
            radius: size * 0.3,
            fill: Some(color),
            stroke: None,
        },
        Symbol::Open => Shape::Circle {
            center: c,
            radius: size * 0.27,
            fill: None,
            stroke: Some(stroke),
        },
        Symbol::Check => {
            let r = size * 0.28;
            Shape::Polyline {
                points: vec![
                    pt(c.x - r, c.y),
                    pt(c.x - r * 0.3, c.y + r * 0.7),
                    pt(c.x + r, c.y - r * 0.8),
                ],
                stroke,
            }
        }
        Symbol::Triangle => {
            let r = size * 0.3;
            Shape::Polygon {
                points: vec![
                    pt(c.x, c.y - r),
                    pt(c.x + r * 0.87, c.y + r * 0.5),
                    pt(c.x - r * 0.87, c.y + r * 0.5),
                ],
                fill: None,
                stroke: Some(stroke),
            }
        }
    }
}

/// The shapes of every non-empty cell that meets `clip`.
pub fn grid_shapes(
    plan: &Plan,
    layout: &Layout,
    labels: &Labels,
    style: &GridStyle,
    emphasis: &Emphasis,
    clip: Rect,
) -> Vec<Shape> {
    let mut out = Vec::new();
    for row in layout.rows_in(clip.top(), clip.bottom()) {
        for col in layout.cols_in(clip.left(), clip.right()) {
            let cell = Cell { col, row };
            let kind = layout.kind(cell);
            if kind != CellKind::Empty {
                cell_shapes(plan, layout, labels, style, emphasis, cell, kind, &mut out);
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn cell_shapes(
    plan: &Plan,
    layout: &Layout,
    labels: &Labels,
    style: &GridStyle,
    em: &Emphasis,
    cell: Cell,
    kind: CellKind,
    out: &mut Vec<Shape>,
) {
    let p = &style.palette;
    let rect = layout.rect(cell);
    let x = &plan.xmatrix;
    let selecting = !em.related.is_empty();
    let (ids, symbol): (Vec<Id>, Option<Symbol>) = match kind {
        CellKind::Mark { corner, a, b } => {
            (vec![a, b], x.mark(corner, a, b).map(|c| c.strength.into()))
        }
        CellKind::Role { item, person } => {
            (vec![item, person], x.role(item, person).map(Symbol::from))
        }
        CellKind::Item { id, .. } | CellKind::Person { id, .. } => (vec![id], None),
        _ => (Vec::new(), None),
    };
    let is_mark = matches!(kind, CellKind::Mark { .. } | CellKind::Role { .. });
    let bright = if is_mark {
        !selecting || ids.iter().any(|i| Some(*i) == em.selected)
    } else {
        !selecting || ids.iter().any(|i| em.related.contains(i))
    };
    let fill = if selecting && bright && !ids.is_empty() {
        Some(p.highlight)
    } else if !is_mark && ids.iter().any(|i| em.crosshair.contains(i)) {
        Some(p.faint)
    } else {
        None
    };
    out.push(Shape::Rect {
        rect,
        radius: 0.0,
        fill,
        stroke: Some(Stroke::new(1.0, p.grid)),
    });
    let color = if bright { p.strong } else { p.dim };
    match kind {
        CellKind::Mark { .. } | CellKind::Role { .. } => {
            if let Some(symbol) = symbol {
                let shape = symbol_shape(
                    symbol,
                    rect.center(),
                    layout.cell.w.min(layout.cell.h),
                    color,
                );
                if style.describe {
                    out.push(Shape::Group {
                        label: describe(plan, labels, kind),
                        shapes: vec![shape],
                    });
                } else {
                    out.push(shape);
                }
            }
        }
        CellKind::Item {
            arm: Arm::North | Arm::South,
            id,
            ..
        } => row_label(labels, style, em, rect, id, color, out),
        CellKind::Item { id, .. } | CellKind::Person { id, .. } => {
            let with_code = plan.person(id).is_none();
            column_label(labels, style, em, rect, id, with_code, color, out);
        }
        CellKind::Centre => centre(plan, style, rect, out),
        CellKind::Empty => {}
    }
}

/// Words for a mark: "B1 × A2: strong — why".
fn describe(plan: &Plan, labels: &Labels, kind: CellKind) -> String {
    let x = &plan.xmatrix;
    match kind {
        CellKind::Mark { corner, a, b } => {
            let (row, col) = match corner {
                Corner::TopLeft => (b, a),
                _ => (a, b),
            };
            let mark = x.mark(corner, a, b);
            let state = mark.map_or_else(
                || crate::tr!("xm-no-mark"),
                |c| crate::i18n::strength(c.strength),
            );
            let mut text = crate::tr!(
                "fig-cell-mark",
                row = format!("{} {}", labels.code(row), labels.full(row)),
                col = format!("{} {}", labels.code(col), labels.full(col)),
                state = state
            );
            if let Some(why) = mark.map(|c| c.rationale.as_str()).filter(|w| !w.is_empty()) {
                text.push_str(" — ");
                text.push_str(why);
            }
            text
        }
        CellKind::Role { item, person } => crate::tr!(
            "fig-cell-mark",
            row = format!("{} {}", labels.code(item), labels.full(item)),
            col = plan.person_name(Some(person)),
            state = x
                .role(item, person)
                .map_or_else(|| crate::tr!("xm-not-involved"), crate::i18n::role)
        ),
        _ => String::new(),
    }
}

const PAD: f32 = 6.0;

/// How many lines of `font` fit across `room` points, within the style's limit.
fn lines_that_fit(style: &GridStyle, room: f32) -> usize {
    ((room / fonts::line_height(style.font)).floor() as usize).clamp(1, style.max_lines.max(1))
}

fn lint_mark(style: &GridStyle, at: Point, align: Align, valign: Align) -> Shape {
    Shape::Text(Text::line(at, "⚠", style.font * 1.05, style.palette.warn).aligned(align, valign))
}

/// North and south items: code and name across the centre column.
fn row_label(
    labels: &Labels,
    style: &GridStyle,
    em: &Emphasis,
    rect: Rect,
    id: Id,
    color: Color,
    out: &mut Vec<Shape>,
) {
    let lint = em.lint.contains(&id);
    let lint_w = if lint { style.font * 1.4 } else { 0.0 };
    let text = format!("{}  {}", labels.code(id), labels.full(id));
    let width = rect.width() - 2.0 * PAD - lint_w;
    let lines = fonts::wrap(
        &text,
        style.font,
        false,
        width,
        lines_that_fit(style, rect.height() - 2.0),
    );
    out.push(Shape::Text(Text {
        lines,
        color,
        ..Text::line(
            pt(rect.left() + PAD, rect.center().y),
            "",
            style.font,
            color,
        )
    }));
    if lint {
        out.push(lint_mark(
            style,
            pt(rect.right() - PAD, rect.center().y),
            Align::End,
            Align::Middle,
        ));
    }
}

/// West and east items and people: text reading upwards, or a short code when the labels are
/// to be horizontal (the names are then listed beside the matrix).
#[allow(clippy::too_many_arguments)]
fn column_label(
    labels: &Labels,
    style: &GridStyle,
    em: &Emphasis,
    rect: Rect,
    id: Id,
    with_code: bool,
    color: Color,
    out: &mut Vec<Shape>,
) {
    let lint = em.lint.contains(&id);
    let lint_h = if lint { style.font * 1.6 } else { 0.0 };
    if style.horizontal_labels {
        out.push(Shape::Text(
            Text::line(
                pt(rect.center().x, rect.bottom() - PAD),
                labels.code(id),
                style.font,
                color,
            )
            .aligned(Align::Middle, Align::End),
        ));
    } else {
        let text = if with_code {
            format!("{}  {}", labels.code(id), labels.full(id))
        } else {
            labels.full(id).to_owned()
        };
        let length = rect.height() - 2.0 * PAD - lint_h;
        let lines = fonts::wrap(
            &text,
            style.font,
            false,
            length,
            lines_that_fit(style, rect.width() - 2.0),
        );
        out.push(Shape::Text(Text {
            lines,
            rotation: Rotation::Up,
            ..Text::line(
                pt(rect.center().x, rect.bottom() - PAD),
                "",
                style.font,
                color,
            )
        }));
    }
    if lint {
        out.push(lint_mark(
            style,
            pt(rect.center().x, rect.top() + PAD),
            Align::Middle,
            Align::Start,
        ));
    }
}

/// The centre square: the X, the four arm names in their triangles, the vision in a box.
fn centre(plan: &Plan, style: &GridStyle, rect: Rect, out: &mut Vec<Shape>) {
    let p = &style.palette;
    let stroke = Stroke::new(1.5, p.line);
    out.push(Shape::Line {
        from: rect.left_top(),
        to: rect.right_bottom(),
        stroke,
    });
    out.push(Shape::Line {
        from: rect.right_top(),
        to: rect.left_bottom(),
        stroke,
    });
    let vocab = plan.settings.vocabulary;
    let font = style.font * 0.96;
    let c = rect.center();
    let inset = rect.height() * 0.12;
    // Each name stays inside its triangle: at a distance d from its edge the triangle is
    // `across · (1 − 2d / deep)` wide, narrowest at the text's inner side, so the font
    // shrinks until the name fits there.
    let title = |arm: Arm, at: Point, rotation: Rotation| {
        let text = crate::i18n::arm_title(arm, vocab);
        let (across, deep, d) = match arm {
            Arm::North | Arm::South => (rect.width(), rect.height(), inset),
            Arm::West | Arm::East => (rect.height(), rect.width(), rect.width() * 0.16),
        };
        let room = |f: f32| across * (1.0 - 2.0 * (d + f * 0.7) / deep) - 6.0;
        let mut f = font;
        while f > 7.0 && fonts::text_width(&text, f, false) > room(f) {
            f -= 0.5;
        }
        Shape::Text(Text {
            rotation,
            ..Text::line(at, text, f, p.text).aligned(Align::Middle, Align::Middle)
        })
    };
    out.push(title(
        Arm::North,
        pt(c.x, rect.top() + inset),
        Rotation::None,
    ));
    out.push(title(
        Arm::South,
        pt(c.x, rect.bottom() - inset),
        Rotation::None,
    ));
    let side_inset = rect.width() * 0.16;
    out.push(title(
        Arm::West,
        pt(rect.left() + side_inset, c.y),
        Rotation::Up,
    ));
    out.push(title(
        Arm::East,
        pt(rect.right() - side_inset, c.y),
        Rotation::Up,
    ));
    let vision = if plan.vision.statement.trim().is_empty() {
        &plan.title
    } else {
        &plan.vision.statement
    };
    let vfont = (rect.width() * 0.03).clamp(style.font * 0.8, style.font * 1.2);
    let width = rect.width() * 0.46;
    let lines = fonts::wrap(vision, vfont, false, width, 5);
    let widest = lines
        .iter()
        .map(|l| fonts::text_width(l, vfont, false))
        .fold(0.0, f32::max);
    let height = lines.len() as f32 * fonts::line_height(vfont);
    let boxed = Rect::from_center_size(c, crate::drawing::geom::size(widest + 14.0, height + 10.0));
    out.push(Shape::Rect {
        rect: boxed,
        radius: 6.0,
        fill: Some(p.panel),
        stroke: Some(stroke),
    });
    out.push(Shape::Text(Text {
        lines,
        ..Text::line(c, "", vfont, p.strong).aligned(Align::Middle, Align::Middle)
    }));
}
