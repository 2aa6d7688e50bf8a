//! Fits the X-matrix (or one corner of it) to an area for the room: the largest label font at
//! which every name fits whole, wrapping onto up to three lines, with the centre taking the free
//! width and height so labels use the room there is. Pure geometry; the room view paints it.

use super::{Labels, Layout};
use crate::drawing::fonts;
use crate::drawing::geom::{Point, Rect, Size, pt, size};
use crate::model::{Arm, Id, Plan};

/// One corner of the X with the item labels beside it, as the 1–4 keys zoom to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// Annual objectives × improvement priorities.
    TopLeft,
    /// Improvement priorities × metrics, and the people.
    TopRight,
    /// Breakthrough objectives × annual objectives.
    BottomLeft,
    /// Breakthrough objectives × metrics.
    BottomRight,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::TopLeft,
        Quadrant::TopRight,
        Quadrant::BottomLeft,
        Quadrant::BottomRight,
    ];
}

/// A layout and the label font and lines that go with it.
#[derive(Clone, Debug)]
pub struct Fitted {
    pub layout: Layout,
    pub font: f32,
    pub max_lines: usize,
    /// Whether every label fits whole.
    pub whole: bool,
}

const PAD: f32 = 6.0;

/// The labels of the columns (read upwards) and of the rows (across the centre) in a region.
fn region_labels(plan: &Plan, labels: &Labels, q: Option<Quadrant>) -> (Vec<String>, Vec<String>) {
    let x = &plan.xmatrix;
    let label = |id: Id, with_code: bool| {
        if with_code {
            format!("{}  {}", labels.code(id), labels.full(id))
        } else {
            labels.full(id).to_owned()
        }
    };
    let west = || x.arm_ids(Arm::West).into_iter().map(|i| label(i, true));
    let east = || {
        x.arm_ids(Arm::East)
            .into_iter()
            .map(|i| label(i, true))
            .chain(x.people.iter().map(|&p| label(p, false)))
    };
    let north = || x.arm_ids(Arm::North).into_iter().map(|i| label(i, true));
    let south = || x.arm_ids(Arm::South).into_iter().map(|i| label(i, true));
    match q {
        None => (
            west().chain(east()).collect(),
            north().chain(south()).collect(),
        ),
        Some(Quadrant::TopLeft) => (west().collect(), north().collect()),
        Some(Quadrant::TopRight) => (east().collect(), north().collect()),
        Some(Quadrant::BottomLeft) => (west().collect(), south().collect()),
        Some(Quadrant::BottomRight) => (east().collect(), south().collect()),
    }
}

/// Columns and rows of the region, counting the centre's.
fn region_counts(plan: &Plan, quadrant: Option<Quadrant>) -> (usize, usize) {
    let x = &plan.xmatrix;
    let (west, east) = (x.annuals.len(), x.metrics.len() + x.people.len());
    let (north, south) = (x.improvements.len(), x.breakthroughs.len());
    match quadrant {
        None => (west + 1 + east, north + 1 + south),
        Some(Quadrant::TopLeft) => (west + 1, north + 1),
        Some(Quadrant::TopRight) => (1 + east, north + 1),
        Some(Quadrant::BottomLeft) => (west + 1, 1 + south),
        Some(Quadrant::BottomRight) => (1 + east, 1 + south),
    }
}

/// How many of `texts` fit whole in `lines` lines of `width` at `font`.
fn fitting(texts: &[String], font: f32, width: f32, lines: usize) -> usize {
    texts
        .iter()
        .filter(|t| {
            let wrapped = fonts::wrap(t, font, false, width, lines + 1);
            wrapped.len() <= lines
        })
        .count()
}

/// Cell and centre sizes for label lines at `font` in `area` (`lines.0` across a column,
/// `lines.1` down a row), if the centre keeps enough room.
fn sizes(
    area: Size,
    cols: usize,
    rows: usize,
    font: f32,
    lines: (usize, usize),
) -> Option<(Size, Size)> {
    let thick = |n: usize| (n as f32 * fonts::line_height(font) + 8.0).max(font * 1.8);
    let (gaps_x, gaps_y) = ((cols - 1) as f32, (rows - 1) as f32);
    let mut cell = size(thick(lines.0), thick(lines.1));
    let mut centre = size(area.w - gaps_x * cell.w, area.h - gaps_y * cell.h);
    if centre.w < font * 12.0 || centre.h < font * 8.0 {
        return None;
    }
    // The centre takes the free room up to a share of the area; cells share the rest.
    let (max_w, max_h) = (area.w * 0.45, area.h * 0.5);
    if centre.w > max_w && gaps_x > 0.0 {
        centre.w = max_w;
        cell.w = (area.w - max_w) / gaps_x;
    }
    if centre.h > max_h && gaps_y > 0.0 {
        centre.h = max_h;
        cell.h = (area.h - max_h) / gaps_y;
    }
    Some((cell, centre))
}

/// The X-matrix, or one quadrant of it, fitted to `area` with label fonts from `max_font`
/// down to `min_font` points.
pub fn fit(
    plan: &Plan,
    labels: &Labels,
    area: Rect,
    quadrant: Option<Quadrant>,
    max_font: f32,
    min_font: f32,
) -> Fitted {
    let (col_labels, row_labels) = region_labels(plan, labels, quadrant);
    let chosen = choose(
        plan,
        (&col_labels, &row_labels),
        area.size(),
        quadrant,
        (max_font, min_font),
    );
    place(plan, chosen, area, quadrant)
}

/// [`fit`], remembering the choice: the search wraps every label at many sizes, so it runs
/// again only when the labels, the area's size, the corner or the fonts change.
pub fn fit_cached(
    cache: &mut FitCache,
    plan: &Plan,
    labels: &Labels,
    area: Rect,
    quadrant: Option<Quadrant>,
    max_font: f32,
    min_font: f32,
) -> Fitted {
    use std::hash::{Hash, Hasher};
    let (col_labels, row_labels) = region_labels(plan, labels, quadrant);
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&col_labels, &row_labels, quadrant).hash(&mut h);
    for v in [area.width(), area.height(), max_font, min_font] {
        v.to_bits().hash(&mut h);
    }
    region_counts(plan, quadrant).hash(&mut h);
    let key = h.finish();
    let chosen = match cache.0 {
        Some((k, chosen)) if k == key => chosen,
        _ => {
            let chosen = choose(
                plan,
                (&col_labels, &row_labels),
                area.size(),
                quadrant,
                (max_font, min_font),
            );
            cache.0 = Some((key, chosen));
            chosen
        }
    };
    place(plan, chosen, area, quadrant)
}

/// The last choice of [`fit_cached`] and what it was made for (kept in a view's state).
#[derive(Clone, Copy, Debug, Default)]
pub struct FitCache(Option<(u64, Chosen)>);

/// Cell and centre sizes, the label font, and whether every label fits whole.
type Chosen = (Size, Size, f32, bool);

/// The search: the largest font and line counts at which every label fits whole, else the
/// one where most do.
fn choose(
    plan: &Plan,
    (col_labels, row_labels): (&[String], &[String]),
    area: Size,
    quadrant: Option<Quadrant>,
    (max_font, min_font): (f32, f32),
) -> Chosen {
    let (cols, rows) = region_counts(plan, quadrant);
    let mut best = None;
    let mut font = max_font;
    'search: while font >= min_font {
        for lines in [
            (1, 1),
            (2, 1),
            (1, 2),
            (2, 2),
            (3, 1),
            (1, 3),
            (3, 2),
            (2, 3),
            (3, 3),
        ] {
            let Some((cell, centre)) = sizes(area, cols, rows, font, lines) else {
                continue;
            };
            let lh = fonts::line_height(font);
            let lines_w = (((cell.w - 4.0) / lh).floor() as usize).clamp(1, 3);
            let lines_h = (((cell.h - 2.0) / lh).floor() as usize).clamp(1, 3);
            let whole = fitting(col_labels, font, centre.h - 2.0 * PAD - font * 1.6, lines_w)
                + fitting(row_labels, font, centre.w - 2.0 * PAD - font * 1.4, lines_h);
            if whole == col_labels.len() + row_labels.len() {
                best = Some((cell, centre, font, true, whole));
                break 'search;
            }
            // Short of all, the one where most labels are whole (the larger font on a tie).
            if best.is_none_or(|(_, _, _, _, most)| whole > most) {
                best = Some((cell, centre, font, false, whole));
            }
        }
        font -= 1.0;
    }
    let (cell, centre, font, whole, _) = best.unwrap_or_else(|| {
        // Not even one line of the smallest font leaves a centre: share the area evenly.
        let cell = size(area.w / cols as f32, area.h / rows as f32);
        (cell, cell, min_font, false, 0)
    });
    (cell, centre, font, whole)
}

/// The chosen sizes as a layout in `area`.
fn place(
    plan: &Plan,
    (cell, centre, font, whole): Chosen,
    area: Rect,
    quadrant: Option<Quadrant>,
) -> Fitted {
    let probe = Layout::new(plan, cell, centre, Point::default());
    let offset = region_offset(&probe, quadrant);
    let layout = Layout::new(
        plan,
        cell,
        centre,
        pt(area.left() - offset.x, area.top() - offset.y),
    );
    Fitted {
        layout,
        font,
        max_lines: 3,
        whole,
    }
}

/// Where the region starts within a layout placed at the origin.
fn region_offset(layout: &Layout, q: Option<Quadrant>) -> Point {
    use super::Cell;
    let centre = layout.rect(Cell {
        col: layout.centre_col(),
        row: layout.centre_row(),
    });
    match q {
        None | Some(Quadrant::TopLeft) => pt(0.0, 0.0),
        Some(Quadrant::TopRight) => pt(centre.left(), 0.0),
        Some(Quadrant::BottomLeft) => pt(0.0, centre.top()),
        Some(Quadrant::BottomRight) => pt(centre.left(), centre.top()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drawing::Palette;
    use crate::drawing::xmatrix::{Emphasis, GridStyle, grid_shapes};

    fn texts(plan: &Plan, f: &Fitted, area: Rect) -> Vec<String> {
        let style = GridStyle {
            font: f.font,
            max_lines: f.max_lines,
            horizontal_labels: false,
            describe: false,
            palette: Palette::print(),
        };
        let shapes = grid_shapes(
            plan,
            &f.layout,
            &Labels::new(plan),
            &style,
            &Emphasis::default(),
            area,
        );
        let mut scene = crate::drawing::Scene::new(area.width(), area.height(), "");
        scene.shapes = shapes;
        scene.texts().into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn the_sample_fills_a_projector_screen_with_whole_names() {
        let plan = crate::sample::sample_plan().unwrap();
        let labels = Labels::new(&plan);
        // 1920 × 1080 pixels at 1.5 px per point, less the title and legend lines.
        let area = Rect::from_min_size(pt(10.0, 80.0), size(1260.0, 600.0));
        let f = fit(&plan, &labels, area, None, 22.0, 11.0);
        assert!(f.whole, "every name fits whole at {} pt", f.font);
        eprintln!("sample fits at {} pt", f.font);
        assert!(f.font >= 12.0, "{}", f.font);
        let bounds = f.layout.bounds();
        assert!(
            (bounds.width() - area.width()).abs() < 1.0
                && (bounds.height() - area.height()).abs() < 1.0
        );
        let all = texts(&plan, &f, area);
        assert!(all.iter().all(|t| !t.ends_with('…')), "{all:?}");
        assert!(all.iter().any(|t| t.contains("Put 120 electric vans")));
    }

    #[test]
    fn a_quadrant_shows_its_corner_bigger() {
        let plan = crate::sample::sample_plan().unwrap();
        let labels = Labels::new(&plan);
        let area = Rect::from_min_size(pt(0.0, 0.0), size(1260.0, 600.0));
        let whole = fit(&plan, &labels, area, None, 30.0, 11.0);
        let corner = fit(&plan, &labels, area, Some(Quadrant::TopLeft), 30.0, 11.0);
        assert!(corner.font > whole.font, "{} > {}", corner.font, whole.font);
        // The top-left corner starts at the area's corner; the bottom-right one ends there.
        assert!((corner.layout.bounds().left() - area.left()).abs() < 0.5);
        let br = fit(
            &plan,
            &labels,
            area,
            Some(Quadrant::BottomRight),
            30.0,
            11.0,
        );
        assert!((br.layout.bounds().right() - area.right()).abs() < 0.5);
        assert!((br.layout.bounds().bottom() - area.bottom()).abs() < 0.5);
    }

    #[test]
    fn a_big_matrix_still_fits_with_smaller_type() {
        let plan = crate::sample::large_plan();
        let labels = Labels::new(&plan);
        let area = Rect::from_min_size(pt(0.0, 0.0), size(1260.0, 600.0));
        let f = fit(&plan, &labels, area, None, 22.0, 6.0);
        let b = f.layout.bounds();
        assert!(b.right() <= area.right() + 0.5 && b.bottom() <= area.bottom() + 0.5);
    }
}
