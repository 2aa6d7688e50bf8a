//! The X-matrix on the wall: the shared X-matrix scene fitted to the screen with the largest type
//! at which every name fits whole (wrapping onto up to three lines), a corner at a time with the
//! 1–4 keys, and the walk's current item highlighted with everything it is tied to.

use super::{RoomView, SMALL, Step, caption};
use crate::drawing::xmatrix::{Emphasis, GridStyle, Labels, Quadrant, fit_cached, legend};
use crate::model::{Arm, Plan};
use crate::ui::commands::Command;
use crate::ui::scene;
use egui::Ui;

/// Largest and smallest label type, in points.
const MAX_FONT: f32 = 26.0;
const MIN_FONT: f32 = 8.0;

/// 1–4 zoom to a corner, 0 shows it all; W / Shift+W walk the items clockwise. Only on the
/// X-matrix's steps.
pub fn command(plan: &Plan, view: &mut RoomView, command: Command) {
    if view.step.panel() != crate::ui::PanelKind::XMatrix {
        return;
    }
    let quadrant = match command {
        Command::RoomTopLeft => Some(Quadrant::TopLeft),
        Command::RoomTopRight => Some(Quadrant::TopRight),
        Command::RoomBottomLeft => Some(Quadrant::BottomLeft),
        Command::RoomBottomRight => Some(Quadrant::BottomRight),
        _ => None,
    };
    if quadrant.is_some() || command == Command::RoomWhole {
        view.quadrant = quadrant;
        return;
    }
    let on = match command {
        Command::RoomNextItem => true,
        Command::RoomPreviousItem => false,
        _ => return,
    };
    let items: Vec<Step> = Arm::CLOCKWISE
        .iter()
        .flat_map(|&a| plan.xmatrix.arm_ids(a))
        .map(Step::XMatrixItem)
        .collect();
    if items.is_empty() {
        return;
    }
    let at = items.iter().position(|s| *s == view.step);
    let n = items.len();
    let next = match (at, on) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    view.step = items[next];
}

fn quadrant_name(q: Quadrant, plan: &Plan) -> String {
    let v = plan.settings.vocabulary;
    let (a, b) = match q {
        Quadrant::TopLeft => (Arm::West, Arm::North),
        Quadrant::TopRight => (Arm::North, Arm::East),
        Quadrant::BottomLeft => (Arm::South, Arm::West),
        Quadrant::BottomRight => (Arm::South, Arm::East),
    };
    crate::tr!(
        "room-quadrant",
        a = crate::i18n::arm_title(a, v),
        b = crate::i18n::arm_title(b, v)
    )
}

pub fn xmatrix(ui: &mut Ui, plan: &Plan, view: &mut RoomView) {
    let x = &plan.xmatrix;
    let labels = Labels::new(plan);
    let highlight = match view.step {
        Step::XMatrixItem(id) => Some(id),
        _ => None,
    };
    let place = match view.quadrant {
        Some(q) => quadrant_name(q, plan),
        None => plan.title.clone(),
    };
    let title = match highlight {
        Some(id) => crate::tr!(
            "room-xmatrix-item",
            place = place,
            code = labels.code(id),
            name = labels.full(id)
        ),
        None => crate::tr!("room-xmatrix", place = place),
    };
    caption(ui, title);
    let palette = scene::palette(ui.visuals());
    let (legend_shapes, _) = legend(plan, scene::point(ui.cursor().min), SMALL * 0.9, &palette);
    ui.allocate_space(egui::vec2(
        ui.available_width(),
        crate::drawing::fonts::line_height(SMALL * 0.9) + 6.0,
    ));
    scene::paint(ui.painter(), &legend_shapes);
    let area = ui.available_rect_before_wrap();
    if x.breakthroughs.is_empty()
        && x.annuals.is_empty()
        && x.improvements.is_empty()
        && x.metrics.is_empty()
    {
        super::text(ui, crate::tr!("room-xmatrix-empty"), super::HEADING);
        return;
    }
    let fitted = fit_cached(
        &mut view.xmatrix_fit,
        plan,
        &labels,
        scene::from_rect(area),
        view.quadrant,
        MAX_FONT,
        MIN_FONT,
    );
    let related = highlight
        .map(|s| std::iter::once(s).chain(x.ties(s)).collect())
        .unwrap_or_default();
    let emphasis = Emphasis {
        related,
        selected: highlight,
        ..Emphasis::default()
    };
    let style = GridStyle {
        font: fitted.font,
        max_lines: fitted.max_lines,
        horizontal_labels: false,
        describe: false,
        palette,
    };
    let shapes = scene::grid_shapes_cached(
        ui,
        plan,
        &fitted.layout,
        &labels,
        &style,
        &emphasis,
        scene::from_rect(area),
    );
    let painter = ui.painter().with_clip_rect(area);
    scene::paint(&painter, &shapes);
    // The items, named for screen readers and tests.
    for arm in Arm::CLOCKWISE {
        for id in x.arm_ids(arm) {
            if let Some(cell) = fitted.layout.cell_of(id) {
                let rect = scene::rect(fitted.layout.rect(cell)).intersect(area);
                if rect.is_positive() {
                    let name = format!("{}  {}", labels.code(id), labels.full(id));
                    ui.interact(
                        rect,
                        ui.scope_id().with(("room-x", id)),
                        egui::Sense::hover(),
                    )
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &name)
                    });
                }
            }
        }
    }
    ui.allocate_rect(area, egui::Sense::hover());
}
