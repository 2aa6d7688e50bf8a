//! Draws the X-matrix grid and turns clicks on its cells into actions. Only the cells inside
//! the visible area are laid out and painted, so big matrices stay smooth.

use super::layout::{Cell, CellKind, Layout};
use super::{Labels, XMatrixView, actions};
use crate::model::{Arm, Corner, Id, Plan, Role, Strength};
use crate::ui::EditSink;
use egui::epaint::TextShape;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};
use std::collections::HashSet;

/// Per-frame facts the cells need.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub layout: &'a Layout,
    pub labels: &'a Labels,
    /// Items tied to the selection (including it); empty when nothing is selected.
    pub related: HashSet<Id>,
    /// Row and column items of the cursor's cell.
    pub crosshair: HashSet<Id>,
    /// Items and people with lint findings, with the text for their tooltip.
    pub lint: &'a std::collections::HashMap<Id, String>,
}

fn item_font(l: &Layout) -> FontId {
    FontId::proportional((l.cell * 0.52).max(11.0))
}

/// One line of text, elided with "…" to `width`.
fn job(text: &str, font: FontId, color: Color32, width: f32) -> LayoutJob {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = TextWrapping {
        max_width: width.max(1.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    job
}

pub fn grid_ui(ui: &mut Ui, cx: &Ctx, view: &mut XMatrixView, sink: &mut EditSink) {
    let l = cx.layout;
    let clip = ui.clip_rect();
    for row in l.rows_in(clip.top(), clip.bottom()) {
        for col in l.cols_in(clip.left(), clip.right()) {
            let cell = Cell { col, row };
            let kind = l.kind(cell);
            if kind == CellKind::Empty {
                continue;
            }
            cell_ui(ui, cx, view, sink, cell, kind);
        }
    }
}

fn name_of(cx: &Ctx, kind: CellKind) -> String {
    let code = |id| cx.labels.code(id);
    let x = &cx.plan.xmatrix;
    match kind {
        CellKind::Mark { corner, a, b } => {
            let (row, col) = match corner {
                Corner::TopLeft => (b, a),
                _ => (a, b),
            };
            let state = x
                .mark(corner, a, b)
                .map_or("no mark", |c| c.strength.label());
            format!("{} × {}: {state}", code(row), code(col))
        }
        CellKind::Role { item, person } => format!(
            "{} × {}: {}",
            code(item),
            cx.plan.person_name(Some(person)),
            x.role(item, person).map_or("not involved", Role::label)
        ),
        CellKind::Item { id, .. } => format!("{} {}", code(id), cx.labels.full(id)),
        CellKind::Person { id, .. } => cx.plan.person_name(Some(id)).to_owned(),
        CellKind::Centre => "X-matrix centre".to_owned(),
        CellKind::Empty => String::new(),
    }
}

fn cell_ui(
    ui: &mut Ui,
    cx: &Ctx,
    view: &mut XMatrixView,
    sink: &mut EditSink,
    cell: Cell,
    kind: CellKind,
) {
    let rect = cx.layout.rect(cell);
    let id = ui.scope_id().with(("xm-cell", key(kind)));
    let sense = if kind == CellKind::Centre {
        Sense::hover()
    } else {
        Sense::click()
    };
    let response = ui.interact(rect, id, sense);
    let name = name_of(cx, kind);
    if kind != CellKind::Centre {
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
    }
    paint(ui, cx, view, cell, kind, rect, response.hovered());
    let response = match kind {
        CellKind::Item { id, .. } | CellKind::Person { id, .. } => {
            let mut tip = name.clone();
            if let Some(lint) = cx.lint.get(&id) {
                tip.push_str("\n\n");
                tip.push_str(lint);
            }
            response.on_hover_text(tip)
        }
        CellKind::Mark { corner, a, b } => match cx.plan.xmatrix.mark(corner, a, b) {
            Some(c) if !c.rationale.is_empty() => {
                response.on_hover_text(format!("{name}\n{}", c.rationale))
            }
            _ => response.on_hover_text(name),
        },
        _ => response,
    };
    if response.clicked() {
        view.cursor = cell;
        match kind {
            CellKind::Mark { .. } | CellKind::Role { .. } => actions::cycle(cx.plan, sink, kind),
            CellKind::Item { id, .. } | CellKind::Person { id, .. } => view.toggle_select(id),
            _ => {}
        }
    }
    if response.double_clicked() {
        view.open_editor(kind);
    }
    response.context_menu(|ui| super::editor::context_menu(ui, cx.plan, view, sink, kind));
}

/// A stable key for a cell's widget id: the ids it is about, not its position.
fn key(kind: CellKind) -> (u8, u64, u64) {
    match kind {
        CellKind::Mark { corner, a, b } => (corner as u8, a.0, b.0),
        CellKind::Role { item, person } => (4, item.0, person.0),
        CellKind::Item { id, .. } => (5, id.0, 0),
        CellKind::Person { id, .. } => (6, id.0, 0),
        CellKind::Centre => (7, 0, 0),
        CellKind::Empty => (8, 0, 0),
    }
}

fn paint(
    ui: &Ui,
    cx: &Ctx,
    view: &XMatrixView,
    cell: Cell,
    kind: CellKind,
    rect: Rect,
    hovered: bool,
) {
    let painter = ui.painter();
    let v = ui.visuals();
    let grid = Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color);
    let text = v.strong_text_color();
    let dim = v.weak_text_color().gamma_multiply(0.6);
    let highlight = v.selection.bg_fill.gamma_multiply(0.35);
    let selecting = !cx.related.is_empty();
    let involves = |ids: &[Id]| ids.iter().any(|i| cx.related.contains(i));
    let in_cross = |ids: &[Id]| ids.iter().any(|i| cx.crosshair.contains(i));
    let (ids, symbol): (Vec<Id>, Option<&str>) = match kind {
        CellKind::Mark { corner, a, b } => (
            vec![a, b],
            cx.plan
                .xmatrix
                .mark(corner, a, b)
                .map(|c| c.strength.symbol()),
        ),
        CellKind::Role { item, person } => (
            vec![item, person],
            cx.plan.xmatrix.role(item, person).map(Role::symbol),
        ),
        CellKind::Item { id, .. } | CellKind::Person { id, .. } => (vec![id], None),
        _ => (Vec::new(), None),
    };
    let bright = match kind {
        CellKind::Mark { .. } | CellKind::Role { .. } => {
            let sel = view.selected;
            !selecting || ids.iter().any(|i| Some(*i) == sel)
        }
        _ => !selecting || involves(&ids),
    };
    let fill = if selecting && bright && !ids.is_empty() {
        highlight
    } else if in_cross(&ids) && !matches!(kind, CellKind::Mark { .. } | CellKind::Role { .. }) {
        v.faint_bg_color
    } else if hovered && kind != CellKind::Centre {
        v.widgets.hovered.weak_bg_fill
    } else {
        Color32::TRANSPARENT
    };
    painter.rect_filled(rect, 0.0, fill);
    painter.rect_stroke(rect, 0.0, grid, egui::StrokeKind::Inside);
    let color = if bright { text } else { dim };
    match kind {
        CellKind::Mark { .. } | CellKind::Role { .. } => {
            if let Some(symbol) = symbol {
                let size = cx.layout.cell
                    * if symbol == Strength::Weak.symbol() {
                        0.6
                    } else {
                        0.7
                    };
                painter.text(
                    rect.center(),
                    Align2::CENTER_CENTER,
                    symbol,
                    FontId::proportional(size),
                    color,
                );
            }
        }
        CellKind::Item {
            arm: Arm::North | Arm::South,
            id,
            ..
        } => row_label(ui, cx, rect, id, color),
        CellKind::Item { id, .. } | CellKind::Person { id, .. } => {
            column_label(ui, cx, view, rect, id, color);
        }
        CellKind::Centre => centre(ui, cx, rect),
        CellKind::Empty => {}
    }
    if view.cursor == cell && view.has_focus {
        painter.rect_stroke(
            rect.shrink(1.0),
            2.0,
            Stroke::new(3.0, v.selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
}

fn lint_mark(ui: &Ui, cx: &Ctx, id: Id, at: egui::Pos2, align: Align2) {
    if cx.lint.contains_key(&id) {
        let font = FontId::proportional(cx.layout.cell * 0.55);
        ui.painter()
            .text(at, align, "⚠", font, ui.visuals().warn_fg_color);
    }
}

/// North and south items: code and name across the centre column.
fn row_label(ui: &Ui, cx: &Ctx, rect: Rect, id: Id, color: Color32) {
    let font = item_font(cx.layout);
    let pad = 6.0;
    let lint_w = if cx.lint.contains_key(&id) {
        cx.layout.cell * 0.7
    } else {
        0.0
    };
    let text = format!("{}  {}", cx.labels.code(id), cx.labels.full(id));
    let galley =
        ui.painter()
            .layout_job(job(&text, font, color, rect.width() - 2.0 * pad - lint_w));
    let pos = pos2(rect.left() + pad, rect.center().y - galley.size().y / 2.0);
    ui.painter().galley(pos, galley, color);
    lint_mark(
        ui,
        cx,
        id,
        pos2(rect.right() - pad, rect.center().y),
        Align2::RIGHT_CENTER,
    );
}

/// West and east items and people: rotated text reading upwards, or a short code when the
/// readability option asks for horizontal labels (the names are then listed under the matrix).
fn column_label(ui: &Ui, cx: &Ctx, view: &XMatrixView, rect: Rect, id: Id, color: Color32) {
    let font = item_font(cx.layout);
    let pad = 6.0;
    let lint_h = if cx.lint.contains_key(&id) {
        cx.layout.cell * 0.8
    } else {
        0.0
    };
    if view.horizontal_labels {
        let code = cx.labels.code(id);
        ui.painter().text(
            pos2(rect.center().x, rect.bottom() - pad),
            Align2::CENTER_BOTTOM,
            code,
            font,
            color,
        );
    } else {
        let text = if cx.plan.person(id).is_some() {
            cx.labels.full(id).to_owned()
        } else {
            format!("{}  {}", cx.labels.code(id), cx.labels.full(id))
        };
        let galley =
            ui.painter()
                .layout_job(job(&text, font, color, rect.height() - 2.0 * pad - lint_h));
        let pos = pos2(rect.center().x - galley.size().y / 2.0, rect.bottom() - pad);
        ui.painter()
            .add(TextShape::new(pos, galley, color).with_angle(-std::f32::consts::FRAC_PI_2));
    }
    lint_mark(
        ui,
        cx,
        id,
        pos2(rect.center().x, rect.top() + pad),
        Align2::CENTER_TOP,
    );
}

/// The centre square: the X, the four arm names in their triangles, the vision in the middle.
fn centre(ui: &Ui, cx: &Ctx, rect: Rect) {
    let painter = ui.painter();
    let v = ui.visuals();
    let stroke = Stroke::new(1.5, v.widgets.noninteractive.fg_stroke.color);
    painter.line_segment([rect.left_top(), rect.right_bottom()], stroke);
    painter.line_segment([rect.right_top(), rect.left_bottom()], stroke);
    let vocab = cx.plan.settings.vocabulary;
    let font = FontId::proportional((cx.layout.cell * 0.5).max(11.0));
    let color = v.text_color();
    let c = rect.center();
    let inset = rect.height() * 0.12;
    painter.text(
        pos2(c.x, rect.top() + inset),
        Align2::CENTER_CENTER,
        Arm::North.title(vocab),
        font.clone(),
        color,
    );
    painter.text(
        pos2(c.x, rect.bottom() - inset),
        Align2::CENTER_CENTER,
        Arm::South.title(vocab),
        font.clone(),
        color,
    );
    let side = |arm: Arm, x: f32, angle: f32| {
        let g = painter.layout_no_wrap(arm.title(vocab).to_owned(), font.clone(), color);
        let shape = TextShape::new(pos2(x, c.y), g, color)
            .with_angle_and_anchor(angle, Align2::CENTER_CENTER);
        painter.add(shape);
    };
    side(Arm::West, rect.left() + inset, -std::f32::consts::FRAC_PI_2);
    side(Arm::East, rect.right() - inset, std::f32::consts::FRAC_PI_2);
    // The vision (True North) in a box in the middle.
    let title = if cx.plan.vision.statement.is_empty() {
        &cx.plan.title
    } else {
        &cx.plan.vision.statement
    };
    let width = rect.width() * 0.46;
    let mut job = LayoutJob::simple(
        title.clone(),
        FontId::proportional((cx.layout.cell * 0.42).max(10.0)),
        v.strong_text_color(),
        width,
    );
    job.wrap.max_rows = 4;
    job.halign = egui::Align::Center;
    let galley = painter.layout_job(job);
    let box_rect = Rect::from_center_size(c, galley.size() + vec2(12.0, 8.0));
    painter.rect_filled(box_rect, 6.0, v.extreme_bg_color);
    painter.rect_stroke(box_rect, 6.0, stroke, egui::StrokeKind::Inside);
    painter.galley(
        pos2(c.x, box_rect.top() + 4.0),
        galley,
        v.strong_text_color(),
    );
}
