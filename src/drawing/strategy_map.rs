//! The strategy map as a drawing: the perspectives as bands, the first at the top (classically
//! bottom to top Learning & growth → Internal processes → Customer → Financial); each objective
//! a box coloured by its status with the score written on it; cause→effect arrows between them.

use super::fonts;
use super::geom::{Point, Rect, pt, size};
use super::scene::{Align, Palette, Shape, Stroke, Text};
use crate::model::{BscObjective, Id, Plan, Status};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct MapStyle {
    /// Font size of the objective names; the rest scales with it.
    pub font: f32,
    pub palette: Palette,
}

impl MapStyle {
    fn scale(&self) -> f32 {
        self.font / 18.0
    }

    /// Width of the band titles on the left.
    pub fn gutter(&self) -> f32 {
        190.0 * self.scale()
    }
}

/// How many bands the map has: one per perspective, at least one.
fn bands(plan: &Plan) -> usize {
    plan.scorecard.perspectives.len().max(1)
}

/// The band of the `index`th of `count` perspectives within `area`.
pub fn band(area: Rect, index: usize, count: usize) -> Rect {
    let band_h = area.height() / count.max(1) as f32;
    Rect::from_min_size(
        pt(area.left(), area.top() + band_h * index as f32),
        size(area.width(), band_h),
    )
}

/// Where each objective's box is.
pub fn boxes(plan: &Plan, area: Rect, style: &MapStyle) -> HashMap<Id, Rect> {
    let s = style.scale();
    let band_h = area.height() / bands(plan) as f32;
    let mut out = HashMap::new();
    for (b, p) in plan.scorecard.perspectives.iter().enumerate() {
        let objs: Vec<&BscObjective> = plan
            .scorecard
            .objectives
            .iter()
            .filter(|o| o.perspective == p.id)
            .collect();
        if objs.is_empty() {
            continue;
        }
        let left = area.left() + style.gutter();
        let slot = (area.right() - left) / objs.len() as f32;
        let boxed = size(
            (slot - 24.0 * s).clamp(60.0 * s, 320.0 * s),
            (band_h - 36.0 * s).clamp(40.0 * s, 130.0 * s),
        );
        let cy = area.top() + band_h * (b as f32 + 0.5);
        for (i, o) in objs.iter().enumerate() {
            let cx = left + slot * (i as f32 + 0.5);
            out.insert(o.id, Rect::from_center_size(pt(cx, cy), boxed));
        }
    }
    out
}

/// An arrow from `from` to `to`. Neighbouring bands get a straight arrow; an arrow that skips
/// a band curves around the left, so it never seems to start at a box it passes behind.
pub fn arrow(from: Rect, to: Rect, band_h: f32, stroke: Stroke, out: &mut Vec<Shape>) {
    let dy = to.center().y - from.center().y;
    let (end, dir) = if dy.abs() > band_h * 1.5 {
        let a = from.left_center();
        let b = to.left_center();
        let control = pt(a.x.min(b.x) - dy.abs() * 0.35, f32::midpoint(a.y, b.y));
        out.push(Shape::Curve {
            from: a,
            control,
            to: b,
            stroke,
        });
        (b, unit(control, b))
    } else {
        let (a, b) = if dy.abs() > 1.0 {
            if dy < 0.0 {
                (from.center_top(), to.center_bottom())
            } else {
                (from.center_bottom(), to.center_top())
            }
        } else if to.center().x > from.center().x {
            (from.right_center(), to.left_center())
        } else {
            (from.left_center(), to.right_center())
        };
        out.push(Shape::Line {
            from: a,
            to: b,
            stroke,
        });
        (b, unit(a, b))
    };
    let side = pt(-dir.y, dir.x);
    let head = stroke.width * 4.8;
    out.push(Shape::Polygon {
        points: vec![
            end,
            pt(
                end.x - dir.x * head + side.x * head * 0.5,
                end.y - dir.y * head + side.y * head * 0.5,
            ),
            pt(
                end.x - dir.x * head - side.x * head * 0.5,
                end.y - dir.y * head - side.y * head * 0.5,
            ),
        ],
        fill: Some(stroke.color),
        stroke: None,
    });
}

fn unit(a: Point, b: Point) -> Point {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len = dx.hypot(dy);
    if len > 0.0 {
        pt(dx / len, dy / len)
    } else {
        pt(0.0, 1.0)
    }
}

/// The score line of a box or band: "0.62 · amber" or "no data".
pub fn score_line(score: Option<f64>, status: Status) -> String {
    score.map_or_else(
        || crate::tr!("score-no-data"),
        |s| {
            crate::tr!(
                "score-line",
                score = crate::i18n::score(s),
                status = crate::i18n::status(status)
            )
        },
    )
}

/// The whole map inside `area`. `source` is outlined (the objective a link is dragged from).
pub fn map_shapes(
    plan: &Plan,
    area: Rect,
    style: &MapStyle,
    boxes: &HashMap<Id, Rect, impl std::hash::BuildHasher>,
    source: Option<Id>,
) -> Vec<Shape> {
    let s = &plan.scorecard;
    let p = &style.palette;
    let scale = style.scale();
    let mut out = Vec::new();
    let count = bands(plan);
    let band_h = area.height() / count as f32;
    let bands_of = plan.settings.scoring.scorecard;
    for (b, persp) in s.perspectives.iter().enumerate() {
        let band = band(area, b, count);
        if b % 2 == 0 {
            out.push(Shape::Rect {
                rect: band,
                radius: 0.0,
                fill: Some(p.faint),
                stroke: None,
            });
        }
        let score = s.perspective_score(persp.id);
        let font = 20.0 * scale;
        let title = fonts::wrap(&persp.name, font, true, style.gutter() - 20.0 * scale, 2);
        let mut lines = title;
        lines.push(score_line(score, Status::of(score, bands_of)));
        out.push(Shape::Text(Text {
            lines,
            ..Text::line(
                pt(band.left() + 12.0 * scale, band.center().y),
                "",
                font,
                p.strong,
            )
        }));
    }
    let arrow_stroke = Stroke::new(2.5 * scale, p.line);
    for l in &s.links {
        if let (Some(&a), Some(&b)) = (boxes.get(&l.cause), boxes.get(&l.effect)) {
            arrow(a, b, band_h, arrow_stroke, &mut out);
        }
    }
    for o in &s.objectives {
        if let Some(&rect) = boxes.get(&o.id) {
            objective_box(plan, o, rect, style, source == Some(o.id), &mut out);
        }
    }
    if s.objectives.is_empty() {
        out.push(Shape::Text(
            Text::line(
                area.center(),
                crate::tr!("fig-no-objectives"),
                22.0 * scale,
                p.text,
            )
            .aligned(Align::Middle, Align::Middle),
        ));
    }
    out
}

fn objective_box(
    plan: &Plan,
    o: &BscObjective,
    rect: Rect,
    style: &MapStyle,
    source: bool,
    out: &mut Vec<Shape>,
) {
    let p = &style.palette;
    let scale = style.scale();
    let score = o.score();
    let status = Status::of(score, plan.settings.scoring.scorecard);
    let stroke = if source {
        Stroke::new(3.0 * scale, p.warn)
    } else {
        Stroke::new(1.5 * scale, p.line)
    };
    let score_font = style.font * 0.95;
    let room = rect.height() - 16.0 * scale - fonts::line_height(score_font);
    let max_lines = ((room / fonts::line_height(style.font)).floor() as usize).clamp(1, 3);
    let lines = fonts::wrap(
        &o.name,
        style.font,
        false,
        rect.width() - 16.0 * scale,
        max_lines,
    );
    out.push(Shape::Group {
        label: format!("{}: {}", o.name, score_line(score, status)),
        shapes: vec![
            Shape::Rect {
                rect,
                radius: 10.0 * scale,
                fill: Some(p.status(status)),
                stroke: Some(stroke),
            },
            Shape::Text(Text {
                lines,
                ..Text::line(
                    pt(rect.center().x, rect.top() + 8.0 * scale),
                    "",
                    style.font,
                    p.strong,
                )
                .aligned(Align::Middle, Align::Start)
            }),
            Shape::Text(
                Text::line(
                    pt(rect.center().x, rect.bottom() - 8.0 * scale),
                    score_line(score, status),
                    score_font,
                    p.strong,
                )
                .bold()
                .aligned(Align::Middle, Align::End),
            ),
        ],
    });
}
