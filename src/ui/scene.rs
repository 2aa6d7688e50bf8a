//! Paints a [`Scene`](crate::drawing::Scene)'s shapes with egui, and converts between the
//! drawing's geometry and colours and egui's. The panels and room views draw through here, so
//! the screen shows the same drawing the exports write.

use crate::drawing::{self, Align, Color, Palette, Rotation, Shape};
use egui::epaint::{QuadraticBezierShape, TextShape};
use egui::{Color32, FontFamily, FontId, Painter, Pos2, StrokeKind};

pub fn pos(p: drawing::Point) -> Pos2 {
    egui::pos2(p.x, p.y)
}

pub fn point(p: Pos2) -> drawing::Point {
    drawing::pt(p.x, p.y)
}

pub fn rect(r: drawing::Rect) -> egui::Rect {
    egui::Rect::from_min_max(pos(r.min), pos(r.max))
}

pub fn from_rect(r: egui::Rect) -> drawing::Rect {
    drawing::Rect {
        min: point(r.min),
        max: point(r.max),
    }
}

pub fn color(c: Color) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

fn from_color(c32: Color32) -> Color {
    let [red, green, blue, alpha] = c32.to_srgba_unmultiplied();
    Color {
        r: red,
        g: green,
        b: blue,
        a: alpha,
    }
}

fn stroke(s: drawing::Stroke) -> egui::Stroke {
    egui::Stroke::new(s.width, color(s.color))
}

/// The drawing colours of the current theme.
pub fn palette(v: &egui::Visuals) -> Palette {
    use crate::model::Status;
    let status = |s| from_color(crate::ui::status_color(s, v.dark_mode));
    Palette {
        background: from_color(v.panel_fill),
        text: from_color(v.text_color()),
        strong: from_color(v.strong_text_color()),
        dim: from_color(v.weak_text_color().gamma_multiply(0.6)),
        grid: from_color(v.widgets.noninteractive.bg_stroke.color),
        line: from_color(v.widgets.noninteractive.fg_stroke.color),
        highlight: from_color(v.selection.bg_fill.gamma_multiply(0.35)),
        faint: from_color(v.faint_bg_color),
        warn: from_color(v.warn_fg_color),
        panel: from_color(v.extreme_bg_color),
        status: [
            status(Status::Red),
            status(Status::Amber),
            status(Status::Green),
            status(Status::NoData),
        ],
    }
}

fn font(size: f32, bold: bool) -> FontId {
    if bold {
        FontId::new(size, FontFamily::Name("bold".into()))
    } else {
        FontId::proportional(size)
    }
}

/// Paints the shapes, in order: converted in one go (one look at the fonts) and handed to the
/// painter together, which matters for an X-matrix of thousands of cells.
pub fn paint(painter: &Painter, shapes: &[Shape]) {
    let mut out = Vec::with_capacity(shapes.len() * 2);
    painter.fonts_mut(|fonts| convert(fonts, shapes, &mut out));
    painter.extend(out);
}

fn convert(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    shapes: &[Shape],
    out: &mut Vec<egui::Shape>,
) {
    let none = egui::Stroke::NONE;
    for shape in shapes {
        match shape {
            Shape::Rect {
                rect: r,
                radius,
                fill,
                stroke: s,
            } => {
                if let Some(fill) = fill {
                    out.push(egui::Shape::rect_filled(rect(*r), *radius, color(*fill)));
                }
                if let Some(s) = s {
                    out.push(egui::Shape::rect_stroke(
                        rect(*r),
                        *radius,
                        stroke(*s),
                        StrokeKind::Inside,
                    ));
                }
            }
            Shape::Line {
                from,
                to,
                stroke: s,
            } => out.push(egui::Shape::line_segment(
                [pos(*from), pos(*to)],
                stroke(*s),
            )),
            Shape::Curve {
                from,
                control,
                to,
                stroke: s,
            } => out.push(
                QuadraticBezierShape::from_points_stroke(
                    [pos(*from), pos(*control), pos(*to)],
                    false,
                    Color32::TRANSPARENT,
                    stroke(*s),
                )
                .into(),
            ),
            Shape::Circle {
                center,
                radius,
                fill,
                stroke: s,
            } => out.push(egui::Shape::Circle(egui::epaint::CircleShape {
                center: pos(*center),
                radius: *radius,
                fill: fill.map_or(Color32::TRANSPARENT, color),
                stroke: s.map_or(none, stroke),
            })),
            Shape::Polygon {
                points,
                fill,
                stroke: s,
            } => out.push(egui::Shape::convex_polygon(
                points.iter().map(|p| pos(*p)).collect(),
                fill.map_or(Color32::TRANSPARENT, color),
                s.map_or(none, stroke),
            )),
            Shape::Polyline { points, stroke: s } => out.push(egui::Shape::line(
                points.iter().map(|p| pos(*p)).collect(),
                stroke(*s),
            )),
            Shape::Text(t) => text(fonts, t, out),
            Shape::Group { shapes, .. } => convert(fonts, shapes, out),
        }
    }
}

fn text(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    t: &drawing::Text,
    out: &mut Vec<egui::Shape>,
) {
    let c = color(t.color);
    let top = t.block_top();
    for (i, line) in t.lines.iter().enumerate() {
        let galley = fonts.layout(line.clone(), font(t.size, t.bold), c, f32::INFINITY);
        let lx = match t.align {
            Align::Start => 0.0,
            Align::Middle => -galley.size().x / 2.0,
            Align::End => -galley.size().x,
        };
        let ly = top + i as f32 * t.line_height();
        match t.rotation {
            Rotation::None => {
                out.push(egui::Shape::galley(pos(t.anchor.offset(lx, ly)), galley, c));
            }
            Rotation::Up => {
                // Turning (x, y) by −90° gives (y, −x).
                let at = pos(t.anchor.offset(ly, -lx));
                out.push(
                    TextShape::new(at, galley, c)
                        .with_angle(-std::f32::consts::FRAC_PI_2)
                        .into(),
                );
            }
        }
    }
}

/// The X-matrix grid's shapes for this plan revision, layout, style, emphasis and clip, built
/// once and reused while none of them changes (building them wraps every label).
pub fn grid_shapes_cached(
    ui: &egui::Ui,
    plan: &crate::model::Plan,
    layout: &crate::drawing::xmatrix::Layout,
    labels: &crate::drawing::xmatrix::Labels,
    style: &crate::drawing::xmatrix::GridStyle,
    emphasis: &crate::drawing::xmatrix::Emphasis,
    clip: crate::drawing::geom::Rect,
) -> std::sync::Arc<Vec<Shape>> {
    let sorted = |set: &std::collections::HashSet<crate::model::Id>| {
        let mut v: Vec<u64> = set.iter().map(|id| id.0).collect();
        v.sort_unstable();
        v
    };
    // Floats and palettes have no Hash; their printed form names them exactly.
    let inputs = format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        layout.origin,
        layout.cell,
        layout.centre,
        style,
        clip,
        emphasis.selected,
        sorted(&emphasis.related),
        sorted(&emphasis.crosshair),
        sorted(&emphasis.lint),
    );
    super::derived::cached(ui.ctx(), "xmatrix-grid-shapes", inputs, || {
        crate::drawing::xmatrix::grid_shapes(plan, layout, labels, style, emphasis, clip)
    })
}

/// The strategy map's boxes and shapes for this plan revision, area, style and dragged-from
/// objective, laid out once and reused while none of them changes.
pub fn map_cached(
    ui: &egui::Ui,
    plan: &crate::model::Plan,
    area: crate::drawing::geom::Rect,
    style: &crate::drawing::strategy_map::MapStyle,
    source: Option<crate::model::Id>,
) -> std::sync::Arc<(
    std::collections::HashMap<crate::model::Id, crate::drawing::geom::Rect>,
    Vec<Shape>,
)> {
    let inputs = format!("{area:?}|{style:?}|{source:?}");
    super::derived::cached(ui.ctx(), "strategy-map", inputs, || {
        let boxes = crate::drawing::strategy_map::boxes(plan, area, style);
        let shapes = crate::drawing::strategy_map::map_shapes(plan, area, style, &boxes, source);
        (boxes, shapes)
    })
}
