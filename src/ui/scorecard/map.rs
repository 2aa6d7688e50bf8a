//! The strategy map: objectives in four bands, bottom to top Learning & growth → Internal
//! processes → Customer → Financial, coloured by status with the score written on them, and
//! cause→effect arrows. Drag from one objective to another to link them; the context menu
//! adds or removes links too.

use super::ScorecardView;
use crate::drawing::strategy_map::MapStyle;
use crate::edit::Edit;
use crate::model::{BscObjective, Plan};
use crate::ui::{EditSink, scene};
use egui::{RichText, Sense, Stroke, Ui, vec2};

pub fn map_ui(ui: &mut Ui, plan: &Plan, view: &mut ScorecardView, sink: &mut EditSink) {
    let size = vec2(ui.available_width(), ui.available_height().max(480.0));
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let style = MapStyle {
        font: 18.0,
        palette: scene::palette(ui.visuals()),
    };
    let map = scene::map_cached(ui, plan, scene::from_rect(area), &style, view.link_from);
    let (boxes, shapes) = &*map;
    let mut hovered_box = None;
    for o in &plan.scorecard.objectives {
        let Some(rect) = boxes.get(&o.id).map(|r| scene::rect(*r)) else {
            continue;
        };
        let response = ui.interact(
            rect,
            ui.scope_id().with(("map", o.id)),
            Sense::click_and_drag(),
        );
        let name = crate::tr!("map-box", name = &o.name);
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
        if response.contains_pointer() || ui.rect_contains_pointer(rect) {
            hovered_box = Some(o.id);
        }
        if response.drag_started() {
            view.link_from = Some(o.id);
        }
        let response = response.on_hover_text(crate::tr!(
            "map-box-hint",
            name = &o.name,
            explain = o.explain()
        ));
        response.context_menu(|ui| link_menu(ui, plan, sink, o));
    }
    scene::paint(ui.painter(), shapes);
    if let Some(from) = view.link_from {
        let pointer = ui.ctx().pointer_interact_pos();
        if let (Some(start), Some(p)) = (boxes.get(&from), pointer) {
            ui.painter().line_segment(
                [scene::pos(start.center()), p],
                Stroke::new(2.0, ui.visuals().selection.stroke.color),
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
}

/// "Drives …" toggles for every other objective.
fn link_menu(ui: &mut Ui, plan: &Plan, sink: &mut EditSink, o: &BscObjective) {
    ui.label(RichText::new(crate::tr!("map-drives", name = &o.name)).strong());
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
                format!(
                    "{} ({})",
                    other.name,
                    plan.scorecard.perspective_name(other.perspective)
                ),
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
