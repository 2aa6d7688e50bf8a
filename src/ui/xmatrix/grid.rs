//! The X-matrix grid on screen: paints the shared X-matrix scene and turns clicks on its cells
//! into actions. Only the cells inside the visible area are laid out and painted, so big
//! matrices stay smooth.

use super::{XMatrixView, actions};
use crate::drawing::xmatrix::{Cell, CellKind, Emphasis, GridStyle, Labels, Layout};
use crate::model::{Corner, Id, Plan};
use crate::tr;
use crate::ui::{EditSink, scene};
use egui::{Sense, Stroke, Ui};
use std::collections::HashMap;

/// Per-frame facts the cells need.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub layout: &'a Layout,
    pub labels: &'a Labels,
    pub emphasis: Emphasis,
    /// Items and people with lint findings, with the text for their tooltip.
    pub lint: &'a HashMap<Id, String>,
    /// The label font and how many lines a label may wrap onto, when the matrix was fitted
    /// to the window; otherwise one line sized to the cell.
    pub text: Option<(f32, usize)>,
}

pub fn grid_ui(ui: &mut Ui, cx: &Ctx, view: &mut XMatrixView, sink: &mut EditSink) {
    let l = cx.layout;
    let clip = ui.clip_rect();
    let mut hovered = None;
    for row in l.rows_in(clip.top(), clip.bottom()) {
        for col in l.cols_in(clip.left(), clip.right()) {
            let cell = Cell { col, row };
            let kind = l.kind(cell);
            if kind != CellKind::Empty && cell_ui(ui, cx, view, sink, cell, kind) {
                hovered = Some(cell);
            }
        }
    }
    let painter = ui.painter();
    let v = ui.visuals();
    if let Some(cell) = hovered {
        painter.rect_filled(
            scene::rect(l.rect(cell)),
            0.0,
            v.widgets.hovered.weak_bg_fill,
        );
    }
    let mut style = GridStyle::for_cell(l, scene::palette(v));
    if let Some((font, lines)) = cx.text {
        style.font = font;
        style.max_lines = lines;
    }
    let shapes = scene::grid_shapes_cached(
        ui,
        cx.plan,
        l,
        cx.labels,
        &style,
        &cx.emphasis,
        scene::from_rect(clip),
    );
    scene::paint(painter, &shapes);
    if view.has_focus {
        painter.rect_stroke(
            scene::rect(l.rect(view.cursor)).shrink(1.0),
            2.0,
            Stroke::new(3.0, v.selection.stroke.color),
            egui::StrokeKind::Inside,
        );
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
                .map_or_else(|| tr!("xm-no-mark"), |c| crate::i18n::strength(c.strength));
            tr!("xm-cell", row = code(row), col = code(col), state = state)
        }
        CellKind::Role { item, person } => tr!(
            "xm-cell",
            row = code(item),
            col = cx.plan.person_name(Some(person)),
            state = x
                .role(item, person)
                .map_or_else(|| tr!("xm-not-involved"), crate::i18n::role)
        ),
        CellKind::Item { id, .. } => format!("{} {}", code(id), cx.labels.full(id)),
        CellKind::Person { id, .. } => cx.plan.person_name(Some(id)).to_owned(),
        CellKind::Centre => tr!("xm-centre"),
        CellKind::Empty => String::new(),
    }
}

/// One cell's interaction; returns whether the pointer is over it.
fn cell_ui(
    ui: &mut Ui,
    cx: &Ctx,
    view: &mut XMatrixView,
    sink: &mut EditSink,
    cell: Cell,
    kind: CellKind,
) -> bool {
    let rect = scene::rect(cx.layout.rect(cell));
    let id = ui.scope_id().with(("xm-cell", key(kind)));
    let sense = if kind == CellKind::Centre {
        Sense::hover()
    } else {
        Sense::click()
    };
    let response = ui.interact(rect, id, sense);
    // Named only when someone asks: a screen reader, or the pointer resting on the cell.
    if kind != CellKind::Centre {
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, name_of(cx, kind))
        });
    }
    let hovered = response.hovered() && kind != CellKind::Centre;
    let response = if hovered {
        let name = name_of(cx, kind);
        match kind {
            CellKind::Item { id, .. } | CellKind::Person { id, .. } => {
                let mut tip = name;
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
        }
    } else {
        response
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
    hovered
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
