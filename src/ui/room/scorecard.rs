//! The scorecard on the wall: the perspectives as bands, the first at the top (classically
//! financial); each objective a tile coloured by its status with the score written on it and
//! its trend; the overall score in the caption; and the strategy map as a page of its own.

use super::{BODY, HEADING, SMALL, caption};
use crate::drawing::strategy_map::{MapStyle, score_line};
use crate::model::{BscObjective, Id, Plan, Status};
use crate::tr;
use crate::ui::{scene, status_color};
use egui::{Frame, Margin, RichText, Ui};

/// A score in a coloured chip, the number and the status in words on it.
pub fn score_chip(ui: &mut Ui, score: Option<f64>, status: Status, size: f32) {
    let fill = status_color(status, ui.visuals().dark_mode);
    Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(Margin::symmetric(10, 2))
        .show(ui, |ui| {
            ui.label(
                RichText::new(score_line(score, status))
                    .size(size)
                    .strong()
                    .color(ui.visuals().strong_text_color()),
            );
        });
}

fn tile(ui: &mut Ui, plan: &Plan, o: &BscObjective, width: f32, height: f32, dim: bool) {
    let height = height.max(0.0);
    let score = o.score();
    let status = Status::of(score, plan.settings.scoring.scorecard);
    let v = ui.visuals();
    let mut fill = status_color(status, v.dark_mode);
    let mut text = v.strong_text_color();
    if dim {
        fill = fill.gamma_multiply(0.35);
        text = text.gamma_multiply(0.45);
    }
    Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(
            1.5,
            v.widgets.noninteractive.fg_stroke.color,
        ))
        .corner_radius(10.0)
        .inner_margin(Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(width - 20.0);
            ui.set_min_height(height - 20.0);
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&o.name).size(BODY).color(text)).wrap());
                let owner = plan.person_name(o.owner);
                if !owner.is_empty() {
                    ui.label(RichText::new(owner).size(SMALL).color(text));
                }
                let trend = o
                    .trend()
                    .map(|t| format!("  {} {}", t.arrow(), t.label()))
                    .unwrap_or_default();
                ui.label(
                    RichText::new(format!("{}{trend}", score_line(score, status)))
                        .size(BODY)
                        .strong()
                        .color(text),
                );
            });
        });
}

/// The bands, the first perspective (classically financial) at the top. `focus` dims every
/// other perspective.
/// The narrowest tile that can still be read from the back of the room.
const NARROWEST: f32 = 180.0;

pub fn bands(ui: &mut Ui, plan: &Plan, focus: Option<Id>) {
    let s = &plan.scorecard;
    let title = if let Some(p) = focus {
        tr!("room-scorecard", perspective = s.perspective_name(p))
    } else {
        // The whole scorecard: its overall score, as the room should read it.
        let sc = &plan.settings.scoring;
        let total = s.total();
        tr!(
            "room-scorecard-overall",
            plan = &plan.title,
            score = score_line(total, Status::of(total, sc.scorecard)),
            verdict = crate::model::total_text(total, sc.pass_mark)
        )
    };
    caption(ui, title);
    if s.objectives.is_empty() {
        super::text(ui, tr!("room-no-bsc"), HEADING);
        return;
    }
    let count = s.perspectives.len().max(1) as f32;
    let band_h = (ui.available_height() - count * ui.spacing().item_spacing.y) / count - 2.0;
    let gutter = 240.0;
    for perspective in &s.perspectives {
        let p = perspective.id;
        let dim = focus.is_some_and(|f| f != p);
        let objectives: Vec<&BscObjective> =
            s.objectives.iter().filter(|o| o.perspective == p).collect();
        ui.horizontal_top(|ui| {
            ui.set_height(band_h);
            ui.vertical(|ui| {
                ui.set_width(gutter);
                let color = if dim {
                    ui.visuals().weak_text_color()
                } else {
                    ui.visuals().strong_text_color()
                };
                ui.add(
                    egui::Label::new(
                        RichText::new(&perspective.name)
                            .size(HEADING)
                            .strong()
                            .color(color),
                    )
                    .wrap(),
                );
                let score = s.perspective_score(p);
                ui.label(
                    RichText::new(score_line(
                        score,
                        Status::of(score, plan.settings.scoring.scorecard),
                    ))
                    .size(SMALL)
                    .color(color),
                );
            });
            if objectives.is_empty() {
                ui.label(RichText::new(tr!("room-no-objectives")).size(SMALL).weak());
                return;
            }
            // Tiles narrower than NARROWEST cannot be read from the back of the room: a band
            // shows as many as fit, and says how many more there are.
            let gap = ui.spacing().item_spacing.x;
            let room = ui.available_width();
            let fit = (((room + gap) / (NARROWEST + gap)) as usize).max(1);
            let (shown, more) = if objectives.len() > fit {
                (fit - 1, objectives.len() - (fit - 1))
            } else {
                (objectives.len(), 0)
            };
            let tiles = shown + usize::from(more > 0);
            let width =
                ((room - gap * (tiles.saturating_sub(1)) as f32) / tiles.max(1) as f32).min(420.0);
            for o in &objectives[..shown] {
                tile(ui, plan, o, width, band_h, dim);
            }
            if more > 0 {
                ui.add_sized(
                    [width, band_h - 20.0],
                    egui::Label::new(
                        RichText::new(tr!("room-more", count = more))
                            .size(BODY)
                            .strong(),
                    ),
                );
            }
        });
    }
}

/// The strategy map, filling the screen.
pub fn map(ui: &mut Ui, plan: &Plan) {
    caption(ui, tr!("room-map", plan = &plan.title));
    let area = scene::from_rect(ui.available_rect_before_wrap());
    let style = MapStyle {
        font: BODY,
        palette: scene::palette(ui.visuals()),
    };
    let map = scene::map_cached(ui, plan, area, &style, None);
    let (boxes, shapes) = &*map;
    scene::paint(ui.painter(), shapes);
    for o in &plan.scorecard.objectives {
        if let Some(r) = boxes.get(&o.id) {
            let score = o.score();
            let name = format!(
                "{}: {}",
                o.name,
                score_line(score, Status::of(score, plan.settings.scoring.scorecard))
            );
            ui.interact(
                scene::rect(*r),
                ui.scope_id().with(("room-map", o.id)),
                egui::Sense::hover(),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &name));
        }
    }
    ui.allocate_rect(scene::rect(area), egui::Sense::hover());
}
