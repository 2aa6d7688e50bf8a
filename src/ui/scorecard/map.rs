//! The strategy map: objectives in four bands, bottom to top Learning & growth → Internal
//! processes → Customer → Financial, coloured by status with the score written on them, and
//! cause→effect arrows. Drag from one objective to another to link them; the context menu
//! adds or removes links too.

use super::{ScorecardView, status_color};
use crate::edit::Edit;
use crate::model::{BscObjective, Id, Perspective, Plan, Status};
use crate::ui::EditSink;
use egui::{Align2, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};
use std::collections::HashMap;

/// Bands from the top of the screen down.
const TOP_DOWN: [Perspective; 4] = [
    Perspective::Financial,
    Perspective::Customer,
    Perspective::InternalProcesses,
    Perspective::LearningGrowth,
];

const GUTTER: f32 = 190.0;

/// Where each objective's box is.
fn boxes(plan: &Plan, area: Rect) -> HashMap<Id, Rect> {
    let band_h = area.height() / 4.0;
    let mut out = HashMap::new();
    for (b, p) in TOP_DOWN.into_iter().enumerate() {
        let objs: Vec<&BscObjective> = plan
            .scorecard
            .objectives
            .iter()
            .filter(|o| o.perspective == p)
            .collect();
        if objs.is_empty() {
            continue;
        }
        let left = area.left() + GUTTER;
        let slot = (area.right() - left) / objs.len() as f32;
        let size = vec2(
            (slot - 24.0).clamp(120.0, 320.0),
            (band_h - 36.0).clamp(60.0, 120.0),
        );
        let cy = area.top() + band_h * (b as f32 + 0.5);
        for (i, o) in objs.iter().enumerate() {
            let cx = left + slot * (i as f32 + 0.5);
            out.insert(o.id, Rect::from_center_size(pos2(cx, cy), size));
        }
    }
    out
}

/// An arrow from `from` to `to`. Neighbouring bands get a straight arrow; an arrow that skips
/// a band curves around the left, so it never seems to start at a box it passes behind.
fn arrow(ui: &Ui, from: Rect, to: Rect, band_h: f32, stroke: Stroke) {
    let painter = ui.painter();
    let dy = to.center().y - from.center().y;
    let (end, dir) = if dy.abs() > band_h * 1.5 {
        let a = from.left_center();
        let b = to.left_center();
        let control = pos2(a.x.min(b.x) - dy.abs() * 0.35, f32::midpoint(a.y, b.y));
        painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
            [a, control, b],
            false,
            egui::Color32::TRANSPARENT,
            stroke,
        ));
        (b, (b - control).normalized())
    } else {
        let (a, b) = if dy.abs() > 1.0 {
            let up = dy < 0.0;
            (
                if up {
                    from.center_top()
                } else {
                    from.center_bottom()
                },
                if up {
                    to.center_bottom()
                } else {
                    to.center_top()
                },
            )
        } else if to.center().x > from.center().x {
            (from.right_center(), to.left_center())
        } else {
            (from.left_center(), to.right_center())
        };
        painter.line_segment([a, b], stroke);
        (b, (b - a).normalized())
    };
    let side = vec2(-dir.y, dir.x);
    let head = 12.0;
    painter.add(egui::Shape::convex_polygon(
        vec![
            end,
            end - dir * head + side * head * 0.5,
            end - dir * head - side * head * 0.5,
        ],
        stroke.color,
        Stroke::NONE,
    ));
}

pub fn map_ui(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    let s = &plan.scorecard;
    let size = vec2(ui.available_width(), ui.available_height().max(480.0));
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let v = ui.visuals().clone();
    let band_h = area.height() / 4.0;
    for (b, p) in TOP_DOWN.into_iter().enumerate() {
        let band = Rect::from_min_size(
            pos2(area.left(), area.top() + band_h * b as f32),
            vec2(area.width(), band_h),
        );
        if b % 2 == 0 {
            ui.painter().rect_filled(band, 0.0, v.faint_bg_color);
        }
        let score = s.perspective_score(p);
        let label = format!(
            "{}\n{}",
            p.label(),
            score.map_or("no data".to_owned(), |x| format!(
                "{x:.2} · {}",
                Status::of(Some(x), s.thresholds).label()
            ))
        );
        ui.painter().text(
            pos2(band.left() + 12.0, band.center().y),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(20.0),
            v.strong_text_color(),
        );
    }
    let boxes = boxes(plan, area);
    let arrow_stroke = Stroke::new(2.5, v.strong_text_color());
    for l in &s.links {
        if let (Some(&a), Some(&b)) = (boxes.get(&l.cause), boxes.get(&l.effect)) {
            arrow(ui, a, b, band_h, arrow_stroke);
        }
    }
    let mut hovered_box = None;
    for o in &s.objectives {
        let Some(&rect) = boxes.get(&o.id) else {
            continue;
        };
        let response = ui.interact(
            rect,
            ui.scope_id().with(("map", o.id)),
            Sense::click_and_drag(),
        );
        let name = format!("Map: {}", o.name);
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
        if response.contains_pointer() || ui.rect_contains_pointer(rect) {
            hovered_box = Some(o.id);
        }
        if response.drag_started() {
            view.link_from = Some(o.id);
        }
        paint_box(ui, plan, o, rect, view.link_from == Some(o.id));
        let response = response.on_hover_text(format!(
            "{}\n{}\nDrag to another objective to say “this drives that”. Right-click for links.",
            o.name,
            o.explain()
        ));
        response.context_menu(|ui| link_menu(ui, plan, sink, o));
    }
    if let Some(from) = view.link_from {
        let pointer = ui.ctx().pointer_interact_pos();
        if let (Some(&start), Some(p)) = (boxes.get(&from), pointer) {
            ui.painter().line_segment(
                [start.center(), p],
                Stroke::new(2.0, v.selection.stroke.color),
            );
        }
        if ui.input(|i| i.pointer.any_released()) {
            if let Some(to) = hovered_box.filter(|&to| to != from) {
                sink.push(Edit::SetCauseEffect {
                    cause: from,
                    effect: to,
                    linked: true,
                });
                sink.seal();
            }
            view.link_from = None;
        }
    }
    if s.objectives.is_empty() {
        ui.painter().text(
            area.center(),
            Align2::CENTER_CENTER,
            "No objectives yet — add them in the table view.",
            FontId::proportional(22.0),
            v.text_color(),
        );
    }
}

fn paint_box(ui: &Ui, plan: &Plan, o: &BscObjective, rect: Rect, source: bool) {
    let v = ui.visuals();
    let score = o.score();
    let status = Status::of(score, plan.scorecard.thresholds);
    let painter = ui.painter();
    painter.rect_filled(rect, 10.0, status_color(status, v.dark_mode));
    let stroke = if source {
        Stroke::new(3.0, v.selection.stroke.color)
    } else {
        Stroke::new(1.5, v.strong_text_color())
    };
    painter.rect_stroke(rect, 10.0, stroke, egui::StrokeKind::Inside);
    let mut job = egui::text::LayoutJob::simple(
        o.name.clone(),
        FontId::proportional(18.0),
        v.strong_text_color(),
        rect.width() - 16.0,
    );
    job.wrap.max_rows = 2;
    job.halign = egui::Align::Center;
    let galley = painter.layout_job(job);
    painter.galley(
        pos2(rect.center().x, rect.top() + 8.0),
        galley,
        v.strong_text_color(),
    );
    let line = score.map_or("no data".to_owned(), |s| {
        format!("{s:.2} · {}", status.label())
    });
    painter.text(
        pos2(rect.center().x, rect.bottom() - 8.0),
        Align2::CENTER_BOTTOM,
        line,
        FontId::proportional(17.0),
        v.strong_text_color(),
    );
}

/// "Drives …" toggles for every other objective.
fn link_menu(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &BscObjective) {
    ui.label(RichText::new(format!("“{}” drives:", o.name)).strong());
    for other in plan.scorecard.objectives.iter().filter(|x| x.id != o.id) {
        let linked = plan
            .scorecard
            .links
            .iter()
            .any(|l| l.cause == o.id && l.effect == other.id);
        let mut on = linked;
        if ui
            .checkbox(
                &mut on,
                format!("{} ({})", other.name, other.perspective.label()),
            )
            .changed()
        {
            sink.push(Edit::SetCauseEffect {
                cause: o.id,
                effect: other.id,
                linked: on,
            });
            sink.seal();
        }
    }
}
