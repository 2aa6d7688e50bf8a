//! The X-matrix and the strategy map as figures to export: the same scenes the app draws,
//! on white, with a title and a legend, sized for print.

use crate::audit::xmatrix_findings;
use crate::drawing::strategy_map::{MapStyle, boxes, map_shapes};
use crate::drawing::xmatrix::{Emphasis, GridStyle, Labels, Layout, grid_shapes, legend};
use crate::drawing::{Align, Palette, Rect, Scene, Shape, Text, fonts, pt, size};
use crate::model::Plan;

/// Label font, cell and centre of the exported X-matrix, in points. Two lines of 11 pt fit a
/// cell, so long names wrap before they are cut.
const FONT: f32 = 11.0;
const CELL: f32 = 34.0;
const MARGIN: f32 = 24.0;

/// Title and subtitle at the top of a figure; returns the height they take.
fn heading(plan: &Plan, what: &str, width: f32, palette: &Palette, out: &mut Vec<Shape>) -> f32 {
    let title_size = 20.0;
    let title = fonts::wrap(
        &crate::tr!("fig-title", plan = &plan.title, what = what),
        title_size,
        true,
        width,
        2,
    );
    let mut y = MARGIN;
    let lines = title.len();
    out.push(Shape::Text(Text {
        lines: title,
        ..Text::line(pt(MARGIN, y), "", title_size, palette.strong)
            .bold()
            .aligned(Align::Start, Align::Start)
    }));
    y += lines as f32 * fonts::line_height(title_size) + 4.0;
    let sub: Vec<&str> = [
        plan.organisation.as_str(),
        plan.horizon.as_str(),
        plan.current_period.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect();
    if !sub.is_empty() {
        let line = fonts::ellipsize(&fonts::single_line(&sub.join(" · ")), 12.0, false, width);
        out.push(Shape::Text(
            Text::line(pt(MARGIN, y), line, 12.0, palette.text).aligned(Align::Start, Align::Start),
        ));
        y += fonts::line_height(12.0) + 4.0;
    }
    y + 8.0
}

/// The whole X-matrix with title and legend, as the app draws it, on white.
pub fn xmatrix_figure(plan: &Plan) -> Scene {
    let palette = Palette::print();
    let probe = Layout::new(plan, size(CELL, CELL), centre(), pt(0.0, 0.0));
    let grid = probe.size();
    let width = (grid.w + 2.0 * MARGIN).max(700.0);
    let mut shapes = Vec::new();
    let top = heading(
        plan,
        &crate::tr!("fig-xmatrix"),
        width - 2.0 * MARGIN,
        &palette,
        &mut shapes,
    );
    let (legend_shapes, _) = legend(plan, pt(MARGIN, top), FONT * 1.1, &palette);
    shapes.extend(legend_shapes);
    let grid_top = top + fonts::line_height(FONT * 1.1) + 14.0;
    let layout = Layout::new(plan, size(CELL, CELL), centre(), pt(MARGIN, grid_top));
    let lint = xmatrix_findings(plan)
        .iter()
        .flat_map(|f| f.targets.clone())
        .collect();
    let style = GridStyle {
        font: FONT,
        max_lines: 2,
        horizontal_labels: false,
        describe: true,
        palette,
    };
    let emphasis = Emphasis {
        lint,
        ..Emphasis::default()
    };
    let labels = Labels::new(plan);
    shapes.extend(grid_shapes(
        plan,
        &layout,
        &labels,
        &style,
        &emphasis,
        layout.bounds(),
    ));
    let mut height = grid_top + grid.h + MARGIN;
    if !emphasis.lint.is_empty() {
        let note = crate::tr!("fig-lint-note");
        shapes.push(Shape::Text(
            Text::line(pt(MARGIN, height), note, FONT, palette.warn)
                .aligned(Align::Start, Align::Start),
        ));
        height += fonts::line_height(FONT) + MARGIN / 2.0;
    }
    Scene {
        background: Some(palette.background),
        shapes,
        ..Scene::new(
            width,
            height,
            crate::tr!("fig-xmatrix-of", plan = &plan.title),
        )
    }
}

fn centre() -> crate::drawing::Size {
    size(520.0, 380.0)
}

/// The strategy map with its title, on white: A4 landscape proportions.
pub fn map_figure(plan: &Plan) -> Scene {
    let palette = Palette::print();
    let (width, height) = (1120.0, 790.0);
    let mut shapes = Vec::new();
    let top = heading(
        plan,
        &crate::tr!("fig-map"),
        width - 2.0 * MARGIN,
        &palette,
        &mut shapes,
    );
    let area = Rect::from_min_size(
        pt(MARGIN, top),
        size(width - 2.0 * MARGIN, height - top - MARGIN),
    );
    let style = MapStyle {
        font: 15.0,
        palette,
    };
    let boxes = boxes(plan, area, &style);
    shapes.extend(map_shapes(plan, area, &style, &boxes, None));
    Scene {
        background: Some(palette.background),
        shapes,
        ..Scene::new(width, height, crate::tr!("fig-map-of", plan = &plan.title))
    }
}
