//! The X-matrix legend: what the marks mean, for correlations and for people, drawn with the
//! same shapes as the cells.

use super::scene::{Symbol, symbol_shape};
use crate::drawing::fonts;
use crate::drawing::geom::{Point, pt};
use crate::drawing::scene::{Palette, Shape, Text};
use crate::model::Plan;

/// The legend: what the marks mean, for correlations and for people, drawn with the same
/// shapes as the cells; ✓ only when the plan has linked-not-rated marks. Returns the shapes
/// and the width they take.
pub fn legend(plan: &Plan, origin: Point, font: f32, palette: &Palette) -> (Vec<Shape>, f32) {
    let mut out = Vec::new();
    let mut x = origin.x;
    let y = origin.y + fonts::line_height(font) / 2.0;
    let linked = plan
        .xmatrix
        .correlations
        .iter()
        .any(|c| c.strength == crate::model::Strength::Linked);
    let mut marks = vec![
        (Symbol::Filled, crate::tr!("legend-strong")),
        (Symbol::Open, crate::tr!("legend-medium")),
        (Symbol::Triangle, crate::tr!("legend-weak")),
    ];
    if linked {
        marks.push((Symbol::Check, crate::tr!("legend-linked")));
    }
    let entries = [
        (crate::tr!("legend-marks"), marks),
        (
            crate::tr!("legend-people"),
            vec![
                (Symbol::Filled, crate::tr!("legend-lead")),
                (Symbol::Open, crate::tr!("legend-core")),
                (Symbol::Triangle, crate::tr!("legend-consulted")),
            ],
        ),
    ];
    for (title, items) in &entries {
        out.push(Shape::Text(
            Text::line(pt(x, y), title.as_str(), font, palette.strong).bold(),
        ));
        x += fonts::text_width(title, font, true) + font * 0.8;
        for (symbol, label) in items {
            out.push(symbol_shape(
                *symbol,
                pt(x + font * 0.6, y),
                font * 1.3,
                palette.strong,
            ));
            x += font * 1.4;
            out.push(Shape::Text(Text::line(
                pt(x, y),
                label.as_str(),
                font,
                palette.text,
            )));
            x += fonts::text_width(label, font, false) + font * 1.2;
        }
        x += font * 1.5;
    }
    (out, x - origin.x)
}
