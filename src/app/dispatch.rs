//! Commands run: each menu entry, shortcut and palette command ends in [`CatchballApp::run`];
//! switching panels and presentation mode.

use super::prompts::Prompt;
use super::{CatchballApp, Guarded, ThemeChoice, style};
use crate::ui::commands::Command;
use crate::ui::{self, PanelKind};
use strum::IntoEnumIterator;

impl CatchballApp {
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        if !self.enabled(command) {
            return;
        }
        if let Some(panel) = command.panel() {
            match &self.doc {
                Some(doc) if self.presenting => {
                    let step = ui::room::walk::start(doc.plan(), panel, None);
                    self.views.room.go_to(step);
                }
                _ => {
                    self.show_panel(panel);
                    ui::widgets::request_first_focus(ctx);
                }
            }
            return;
        }
        if let Some((format, view)) = command.export() {
            self.start_export(super::exporting::ExportRequest { format, view });
            return;
        }
        match command {
            Command::New => {
                self.guard(Guarded::New);
                ui::widgets::request_first_focus(ctx);
            }
            Command::Open => self.guard(Guarded::Open(None)),
            Command::Save => self.save(false, None),
            Command::SaveAs => self.save_as(None),
            Command::SaveAsNewPlan => self.ask_new_plan_file(),
            Command::CompareWith => self.ask_other_file(super::merging::OtherFile::Compare),
            Command::MergeWith => self.ask_other_file(super::merging::OtherFile::Merge),
            Command::ReadAnswer => self.ask_other_file(super::merging::OtherFile::Answer),
            Command::SendToTeam => self.send_to_team(),
            Command::Quit => self.guard(Guarded::Quit),
            Command::Undo | Command::Redo => self.undo_redo(command == Command::Undo),
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                self.settings.zoom = match command {
                    Command::ZoomIn => (self.settings.zoom + 0.1).min(style::MAX_ZOOM),
                    Command::ZoomOut => (self.settings.zoom - 0.1).max(style::MIN_ZOOM),
                    _ => 1.0,
                };
                self.style.dirty = true;
                self.save_settings();
            }
            Command::LightTheme | Command::DarkTheme | Command::HighContrastTheme => {
                self.settings.theme = match command {
                    Command::LightTheme => ThemeChoice::Light,
                    Command::DarkTheme => ThemeChoice::Dark,
                    _ => ThemeChoice::HighContrast,
                };
                self.style.dirty = true;
                self.save_settings();
            }
            Command::StartTimer => self.set_prompt(Prompt::TimerMinutes(
                self.timer.suggested_minutes().to_string(),
            )),
            Command::PauseTimer => self.timer.toggle(self.config.clock.now()),
            Command::AddMinute => self.timer.add_minute(self.config.clock.now()),
            Command::StopTimer => self.timer.stop(),
            Command::RecordDecision | Command::ParkTopic if self.doc.is_some() => {
                // Two keystrokes from anywhere: the Workshop panel opens on a new, focused row.
                self.show_panel(ui::PanelKind::Workshop);
                self.views.workshop.pending = Some(if command == Command::RecordDecision {
                    ui::workshop::Pending::Decision
                } else {
                    ui::workshop::Pending::Topic
                });
            }
            Command::Palette => self.palette.toggle(),
            Command::KeyboardShortcuts => self.help.shortcuts = true,
            Command::About => self.help.about = true,
            Command::Present => self.present(ctx, !self.presenting),
            Command::NextPanel | Command::PreviousPanel if self.presenting => {
                if let Some(doc) = &self.doc {
                    let room = &mut self.views.room;
                    let forward = command == Command::NextPanel;
                    room.go_to(ui::room::walk::next_panel(doc.plan(), room.step, forward));
                }
            }
            Command::NextPanel | Command::PreviousPanel => {
                let all: Vec<PanelKind> = PanelKind::iter().collect();
                let at = all.iter().position(|p| *p == self.panel).unwrap_or(0);
                let step = if command == Command::NextPanel {
                    1
                } else {
                    all.len() - 1
                };
                self.show_panel(all[(at + step) % all.len()]);
            }
            Command::Fullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
            _ => {}
        }
    }

    /// Starts presenting where the facilitator is, or goes back to the editor where the
    /// walk-through got to.
    pub(super) fn present(&mut self, ctx: &egui::Context, on: bool) {
        let Some(doc) = &self.doc else { return };
        if on {
            let step = ui::room::walk::start(doc.plan(), self.panel, self.selection());
            self.views.room.go_to(step);
        } else {
            let step = self.views.room.step;
            match step {
                ui::room::Step::StrategyMap => self.views.scorecard.mode = ui::ScorecardMode::Map,
                ui::room::Step::Scorecard | ui::room::Step::Perspective(_) => {
                    self.views.scorecard.mode = ui::ScorecardMode::Table;
                }
                ui::room::Step::Team(team) => self.views.okrs.filter.team = team,
                _ => {}
            }
            match step.item().filter(|_| step.panel() != PanelKind::Okrs) {
                Some(id) => self.jump_to(id),
                None => self.show_panel(step.panel()),
            }
        }
        self.presenting = on;
        self.style.dirty = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    pub(super) fn show_panel(&mut self, panel: PanelKind) {
        if self.panel != panel {
            self.panel = panel;
            self.settings.last_panel = panel;
            self.save_settings();
            if let Some(doc) = &mut self.doc {
                doc.session.seal();
            }
        }
    }
}
