//! Room views: what presentation mode shows on the wall. Each panel has a read-only view drawn
//! for reading from five metres — no input widgets, large type, numbers next to colours, marks
//! that read without colour — and a walk-through a presentation clicker steps through.

mod okrs;
mod scorecard;
mod slides;
pub mod walk;
mod workshop;
mod xmatrix;

use crate::drawing::xmatrix::Quadrant;
use crate::model::Plan;
use crate::ui::commands::{Command, Context};
use egui::{Color32, RichText, Ui};
pub use walk::Step;

/// Type sizes in points. Presenting zooms so a 1920-pixel-wide screen is 1280 points wide:
/// body text is then 30 px, small print still 28.5 px.
pub const TITLE: f32 = 36.0;
pub const HEADING: f32 = 27.0;
pub const BODY: f32 = 20.0;
pub const SMALL: f32 = 19.0;
/// The facilitator's key hint at the bottom, not meant for the room.
const HINT: f32 = 13.0;

/// What the room view remembers (never saved in the plan).
#[derive(Debug, Default)]
pub struct RoomView {
    pub step: Step,
    /// The day the audit slide judges what is overdue by (the app's clock).
    pub today: Option<jiff::civil::Date>,
    /// B: the screen is black.
    pub blank: bool,
    /// 1–4: one corner of the X-matrix; 0: the whole matrix.
    pub quadrant: Option<Quadrant>,
    /// Room commands from the palette, run like their keys on the next frame.
    commands: Vec<Command>,
    /// The last fit of the X-matrix to the screen, reused while nothing it depends on changes.
    pub(super) xmatrix_fit: crate::drawing::xmatrix::FitCache,
}

/// What the room view asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomAction {
    /// Esc: back to the editor, at the place of the current step.
    Leave,
    /// T: start the timer, or pause or resume it.
    Timer,
    /// +: a minute more on the timer.
    AddMinute,
}

impl RoomView {
    pub fn go(&mut self, plan: &Plan, by: isize) {
        self.step = walk::advance(plan, self.step, by);
        self.blank = false;
    }

    /// Runs a room command (from the palette) as if its key was pressed.
    pub fn run(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn go_to(&mut self, step: Step) {
        self.step = step;
        self.blank = false;
        self.quadrant = None;
    }
}

/// The clicker's and the facilitator's keys, and the room commands the palette sent.
fn keys(ui: &mut Ui, plan: &Plan, view: &mut RoomView) -> Vec<RoomAction> {
    let mut commands = std::mem::take(&mut view.commands);
    commands.extend(Command::pressed(ui.ctx(), Context::Room));
    let mut out = Vec::new();
    for command in commands {
        match command {
            Command::RoomNext => view.go(plan, 1),
            Command::RoomBack => view.go(plan, -1),
            Command::RoomBlank => view.blank = !view.blank,
            Command::RoomLeave => out.push(RoomAction::Leave),
            Command::RoomTimer => out.push(RoomAction::Timer),
            Command::RoomAddMinute => out.push(RoomAction::AddMinute),
            other => xmatrix::command(plan, view, other),
        }
    }
    out
}

/// The timer's face: the time left, flashing (calmly, twice a second) once it has run out.
pub fn timer_face(ui: &mut Ui, face: &str, ended: bool, size: f32) {
    let v = ui.visuals();
    let (fill, text) = if ended {
        let on = (ui.input(|i| i.time) * 2.0).floor() as i64 % 2 == 0;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
        if on {
            (v.warn_fg_color, Color32::BLACK)
        } else {
            (v.faint_bg_color, v.warn_fg_color)
        }
    } else {
        (v.faint_bg_color, v.strong_text_color())
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(10, 2))
        .show(ui, |ui| {
            ui.label(
                RichText::new(format!("⏱ {face}"))
                    .size(size)
                    .strong()
                    .color(text),
            );
        });
}

/// A line of text at a size, wrapped to the width it has.
pub fn text(ui: &mut Ui, text: impl Into<String>, size: f32) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text).size(size)).wrap())
}

pub fn strong(ui: &mut Ui, text: impl Into<String>, size: f32) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text).size(size).strong()).wrap())
}

/// A caption above a view, dimmer than the content.
pub fn caption(ui: &mut Ui, text: impl Into<String>) {
    ui.label(
        RichText::new(text)
            .size(SMALL)
            .color(ui.visuals().weak_text_color()),
    );
}

/// The room view for the current step. `timer` is what the timer shows, if one runs.
pub fn room_ui(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut RoomView,
    timer: Option<(String, bool)>,
) -> Vec<RoomAction> {
    let actions = keys(ui, plan, view);
    let all = walk::steps(plan);
    let at = walk::position(&all, view.step);
    view.step = all[at];
    if view.blank {
        let rect = ui.max_rect();
        ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
        ui.allocate_rect(rect, egui::Sense::hover());
        return actions;
    }
    egui::Panel::bottom("room-hint")
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let hint = match view.step.panel() {
                    crate::ui::PanelKind::XMatrix => crate::tr!("room-hint-xmatrix"),
                    _ => crate::tr!("room-hint"),
                };
                ui.label(
                    RichText::new(hint)
                        .size(HINT)
                        .color(ui.visuals().weak_text_color()),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(format!("{} / {}", at + 1, all.len()))
                            .size(HINT)
                            .color(ui.visuals().weak_text_color()),
                    );
                });
            });
        });
    if let Some((face, ended)) = timer {
        egui::Panel::top("room-timer")
            .show_separator_line(false)
            .show(ui, |ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    crate::ui::timer_face(ui, &face, ended, SMALL);
                });
            });
    }
    egui::CentralPanel::default().show(ui, |ui| match view.step {
        Step::Vision => slides::vision(ui, plan),
        Step::Priorities => slides::priorities(ui, plan),
        Step::Priority(id) => slides::priority(ui, plan, id),
        Step::XMatrix | Step::XMatrixItem(_) => xmatrix::xmatrix(ui, plan, view),
        Step::Scorecard => scorecard::bands(ui, plan, None),
        Step::Perspective(p) => scorecard::bands(ui, plan, Some(p)),
        Step::StrategyMap => scorecard::map(ui, plan),
        Step::Team(team) => okrs::team(ui, plan, team),
        Step::Audit => slides::audit(ui, plan, view.today),
        Step::Vote(id) => workshop::vote(ui, plan, id),
        Step::Round(id) => workshop::round(ui, plan, id),
        Step::Decisions => workshop::decisions(ui, plan),
    });
    actions
}
