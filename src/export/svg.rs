//! Writes a [`Scene`] as SVG: one element per shape, text as real text in DejaVu Sans (with
//! fallbacks), marks grouped with a `<title>` that says what they mean. The svg crate escapes
//! every text and attribute.

use super::safe::xml_text;
use crate::drawing::{Align, Color, Rotation, Scene, Shape, Stroke, Text, fonts};
use svg::Node;
use svg::node::element::{Circle, Element, Group, Line, Path, Polygon, Rectangle, TSpan, Title};

fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn paint<N: Node>(node: &mut N, what: &str, color: Option<Color>) {
    match color {
        Some(c) => {
            node.assign(what, c.hex());
            if c.a < 255 {
                node.assign(format!("{what}-opacity"), num(f32::from(c.a) / 255.0));
            }
        }
        None => node.assign(what, "none"),
    }
}

fn outline<N: Node>(node: &mut N, stroke: Option<Stroke>) {
    if let Some(s) = stroke {
        paint(node, "stroke", Some(s.color));
        node.assign("stroke-width", num(s.width));
    }
}

fn text_element(t: &Text) -> Element {
    let mut el = Element::new("text");
    el.assign("font-size", num(t.size));
    if t.bold {
        el.assign("font-weight", "bold");
    }
    paint(&mut el, "fill", Some(t.color));
    el.assign(
        "text-anchor",
        match t.align {
            Align::Start => "start",
            Align::Middle => "middle",
            Align::End => "end",
        },
    );
    if t.rotation == Rotation::Up {
        el.assign(
            "transform",
            format!("rotate(-90 {} {})", num(t.anchor.x), num(t.anchor.y)),
        );
    }
    let top = t.anchor.y + t.block_top();
    for (i, line) in t.lines.iter().enumerate() {
        let mut span = TSpan::new(xml_text(line));
        span.assign("x", num(t.anchor.x));
        span.assign(
            "y",
            num(top + i as f32 * t.line_height() + fonts::ascent(t.size)),
        );
        el.append(span);
    }
    el
}

fn add_shapes<N: Node>(parent: &mut N, shapes: &[Shape]) {
    for shape in shapes {
        match shape {
            Shape::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                let mut r = Rectangle::new();
                r.assign("x", num(rect.left()));
                r.assign("y", num(rect.top()));
                r.assign("width", num(rect.width()));
                r.assign("height", num(rect.height()));
                if *radius > 0.0 {
                    r.assign("rx", num(*radius));
                }
                paint(&mut r, "fill", *fill);
                outline(&mut r, *stroke);
                parent.append(r);
            }
            Shape::Line { from, to, stroke } => {
                let mut l = Line::new();
                l.assign("x1", num(from.x));
                l.assign("y1", num(from.y));
                l.assign("x2", num(to.x));
                l.assign("y2", num(to.y));
                outline(&mut l, Some(*stroke));
                parent.append(l);
            }
            Shape::Curve {
                from,
                control,
                to,
                stroke,
            } => {
                let mut p = Path::new();
                p.assign(
                    "d",
                    format!(
                        "M{} {} Q{} {} {} {}",
                        num(from.x),
                        num(from.y),
                        num(control.x),
                        num(control.y),
                        num(to.x),
                        num(to.y)
                    ),
                );
                p.assign("fill", "none");
                outline(&mut p, Some(*stroke));
                parent.append(p);
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let mut c = Circle::new();
                c.assign("cx", num(center.x));
                c.assign("cy", num(center.y));
                c.assign("r", num(*radius));
                paint(&mut c, "fill", *fill);
                outline(&mut c, *stroke);
                parent.append(c);
            }
            Shape::Polygon {
                points,
                fill,
                stroke,
            } => {
                let mut p = Polygon::new();
                let pts: Vec<String> = points
                    .iter()
                    .map(|p| format!("{},{}", num(p.x), num(p.y)))
                    .collect();
                p.assign("points", pts.join(" "));
                paint(&mut p, "fill", *fill);
                outline(&mut p, *stroke);
                parent.append(p);
            }
            Shape::Polyline { points, stroke } => {
                let mut p = svg::node::element::Polyline::new();
                let pts: Vec<String> = points
                    .iter()
                    .map(|p| format!("{},{}", num(p.x), num(p.y)))
                    .collect();
                p.assign("points", pts.join(" "));
                p.assign("fill", "none");
                outline(&mut p, Some(*stroke));
                parent.append(p);
            }
            Shape::Text(t) => parent.append(text_element(t)),
            Shape::Group { label, shapes } => {
                let mut g = Group::new();
                g.append(Title::new(xml_text(label)));
                add_shapes(&mut g, shapes);
                parent.append(g);
            }
        }
    }
}

/// The scene's shapes in a group with the font set, moved and scaled by `transform`.
fn content(scene: &Scene, transform: Option<String>) -> Group {
    let mut g = Group::new();
    g.assign("font-family", fonts::FAMILY);
    if let Some(t) = transform {
        g.assign("transform", t);
    }
    if let Some(bg) = scene.background {
        let mut r = Rectangle::new();
        r.assign("width", num(scene.width));
        r.assign("height", num(scene.height));
        paint(&mut r, "fill", Some(bg));
        g.append(r);
    }
    add_shapes(&mut g, &scene.shapes);
    g
}

fn document(width: f32, height: f32, title: &str, body: Group) -> String {
    let mut doc = svg::Document::new();
    doc.assign("width", num(width));
    doc.assign("height", num(height));
    doc.assign("viewBox", format!("0 0 {} {}", num(width), num(height)));
    doc.assign("role", "img");
    doc.append(Title::new(xml_text(title)));
    doc.append(body);
    doc.to_string()
}

/// The scene as an SVG document of its own size.
pub fn to_svg(scene: &Scene) -> String {
    document(
        scene.width,
        scene.height,
        &scene.title,
        content(scene, None),
    )
}

/// The scene scaled to fit a page of `width` × `height` points within `margin`, centred.
pub fn fitted_svg(scene: &Scene, width: f32, height: f32, margin: f32) -> String {
    let scale = ((width - 2.0 * margin) / scene.width).min((height - 2.0 * margin) / scene.height);
    let dx = (width - scene.width * scale) / 2.0;
    let dy = (height - scene.height * scale) / 2.0;
    let transform = format!("translate({} {}) scale({})", num(dx), num(dy), scale);
    document(width, height, &scene.title, content(scene, Some(transform)))
}
