//! One frame of the window: menu bar, navigation, status bar, the current panel, then the
//! queued commands and the edits the panel emitted, applied in one place.

use super::prompts::Prompt;
use super::{CatchballApp, Guarded, ThemeChoice, style};
use crate::ui::commands::{Command, Context, Menu};
use crate::ui::{self, EditSink, PanelKind};
use egui::{RichText, Ui};
use strum::IntoEnumIterator;

impl CatchballApp {
    /// Draws one frame. eframe calls this through `App::ui`; tests call it directly.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !std::mem::replace(&mut self.style.fonts_installed, true) {
            style::install_fonts(&ctx);
        }
        // Presenting scales with the screen: 1280 points across, whatever its pixels.
        let zoom = if self.presenting {
            let pixels = ctx.viewport_rect().width() * ctx.pixels_per_point();
            self.settings.zoom * style::present_zoom(pixels)
        } else {
            self.settings.zoom
        };
        if (zoom - self.style.zoom).abs() > 0.005 {
            self.style.dirty = true;
        }
        if std::mem::take(&mut self.style.dirty) {
            self.style.zoom = zoom;
            if self.presenting {
                style::apply(&ctx, ThemeChoice::HighContrast, zoom);
            } else {
                style::apply(&ctx, self.settings.theme, zoom);
            }
        }
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        if self.prompts.is_empty() {
            self.queued.extend(Command::pressed(&ctx, Context::Global));
        }
        self.palette.take_keys(&ctx);
        // Presenting shows the room view and nothing that is only for the facilitator.
        if !self.presenting {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
            egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        }
        if self.doc.is_some() && !self.presenting {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(190.0)
                .show(ui, |ui| self.nav(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
        let queued = std::mem::take(&mut self.queued);
        if !queued.is_empty() {
            // What a command changed is drawn on the next frame.
            ctx.request_repaint();
        }
        for command in queued {
            self.run(&ctx, command);
        }
        self.help_windows(&ctx);
        self.palette_ui(&ctx);
        self.prompts_ui(&ctx);
        self.notices.show(&ctx);
        self.update_title(&ctx);
        self.watch_file(&ctx);
        self.autosave(&ctx);
        if self.timer.is_running() {
            ctx.request_repaint_after(std::time::Duration::from_millis(500));
        }
        if self.quitting {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.guard(Guarded::Quit);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<_> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            if path.to_string_lossy().ends_with(".ron") {
                self.guard(Guarded::Open(Some(path)));
            } else {
                self.notices.warning(format!(
                    "{} is not a plan file; drop a .plan.ron file to open it.",
                    path.display()
                ));
            }
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        // The menus are reached with the mouse or the palette, never by Tab: Tab stays in the
        // panel, moving through its fields in reading order.
        let top_menu = |title: &str| {
            egui::containers::menu::MenuButton::from_button(
                egui::Button::new(title.to_owned()).sense(egui::Sense::CLICK),
            )
        };
        egui::MenuBar::new().ui(ui, |ui| {
            top_menu("File").ui(ui, |ui| {
                self.command_button(ui, Command::New);
                self.command_button(ui, Command::Open);
                ui.menu_button("Open recent", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.guard(Guarded::Open(Some(path)));
                        }
                    }
                });
                self.command_button(ui, Command::Save);
                self.command_button(ui, Command::SaveAs);
                ui.menu_button("Export", |ui| {
                    for command in Command::iter().filter(|c| c.menu() == Menu::Export) {
                        self.command_button(ui, command);
                    }
                });
                ui.separator();
                self.command_button(ui, Command::Quit);
            });
            for (title, menu) in [
                ("Edit", Menu::Edit),
                ("View", Menu::View),
                ("Workshop", Menu::Workshop),
                ("Help", Menu::Help),
            ] {
                top_menu(title).ui(ui, |ui| {
                    for command in Command::iter().filter(|c| c.menu() == menu) {
                        self.command_button(ui, command);
                        if matches!(command, Command::ZoomReset | Command::Fullscreen) {
                            ui.separator();
                        }
                    }
                });
            }
        });
    }

    /// A menu entry for a command, with its shortcut; clicking queues the command.
    fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let text = match command {
            Command::Undo => self.history_label("Undo", true),
            Command::Redo => self.history_label("Redo", false),
            _ => command.text().to_owned(),
        };
        let current_theme = match command {
            Command::LightTheme => Some(ThemeChoice::Light),
            Command::DarkTheme => Some(ThemeChoice::Dark),
            Command::HighContrastTheme => Some(ThemeChoice::HighContrast),
            _ => None,
        };
        let mut button = egui::Button::selectable(current_theme == Some(self.settings.theme), text);
        if let Some(s) = command.shortcuts().first() {
            button = button.shortcut_text(crate::ui::commands::shortcut_text(s));
        }
        if ui.add_enabled(self.enabled(command), button).clicked() {
            self.queued.push(command);
        }
    }

    fn history_label(&self, verb: &str, undo: bool) -> String {
        let history = self.doc.as_ref().map(|d| d.session.history());
        let label = history.and_then(|h| if undo { h.undo_label() } else { h.redo_label() });
        label.map_or_else(|| verb.to_owned(), |l| format!("{verb} {l}"))
    }

    pub(super) fn enabled(&self, command: Command) -> bool {
        let doc = self.doc.as_ref();
        match command {
            Command::Save | Command::SaveAs => doc.is_some(),
            Command::PauseTimer | Command::AddMinute | Command::StopTimer => self.timer.is_set(),
            c if c.export().is_some() => doc.is_some(),
            Command::Undo => doc.is_some_and(|d| d.session.history().can_undo()),
            Command::Redo => doc.is_some_and(|d| d.session.history().can_redo()),
            c if c.panel().is_some() => doc.is_some(),
            Command::Present | Command::NextPanel | Command::PreviousPanel => doc.is_some(),
            _ => true,
        }
    }

    fn nav(&mut self, ui: &mut Ui) {
        ui.add_space(8.0);
        for panel in PanelKind::iter() {
            let selected = self.panel == panel;
            let r = ui.add_sized(
                [ui.available_width(), 44.0],
                // Out of the Tab order, like the menus: Ctrl+1…6 switch panels.
                egui::Button::selectable(selected, RichText::new(panel.title()).size(22.0))
                    .sense(egui::Sense::CLICK),
            );
            if r.clicked() {
                self.show_panel(panel);
            }
        }
    }

    fn show_panel(&mut self, panel: PanelKind) {
        if self.panel != panel {
            self.panel = panel;
            self.settings.last_panel = panel;
            self.save_settings();
            if let Some(doc) = &mut self.doc {
                doc.session.seal();
            }
        }
    }

    fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            match &self.doc {
                Some(doc) => {
                    match &doc.path {
                        Some(p) => ui.label(p.display().to_string()),
                        None => ui.label(format!("{} — not saved to a file yet", doc.name())),
                    };
                    if let Some(why) = &doc.read_only {
                        // Brighter for a moment after an edit was refused.
                        let refused = self
                            .refused_edit
                            .is_some_and(|t| t.elapsed() < std::time::Duration::from_secs(4));
                        let text = RichText::new(format!(
                            "Read-only: nothing is changed here. {}",
                            super::READ_ONLY_ADVICE
                        ))
                        .color(ui.visuals().warn_fg_color);
                        ui.label(if refused { text.strong() } else { text })
                            .on_hover_text(why);
                    } else if doc.is_dirty() {
                        ui.label(
                            RichText::new("● Unsaved changes").color(ui.visuals().warn_fg_color),
                        );
                    } else if doc.path.is_some() {
                        ui.label(RichText::new("Saved").weak());
                    }
                }
                None => {
                    ui.label("No plan open");
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(format!("Zoom {:.0}%", self.settings.zoom * 100.0)).weak());
                if let Some((face, ended)) = self.timer_face() {
                    ui::timer_face(ui, &face, ended, 19.0);
                }
            });
        });
    }

    fn central(&mut self, ui: &mut Ui) {
        let Some(doc) = &mut self.doc else {
            self.welcome(ui);
            return;
        };
        if self.presenting {
            let face = self.timer.face(self.config.clock.now());
            self.views.room.today = Some(self.config.clock.today());
            for action in ui::room_ui(ui, doc.plan(), &mut self.views.room, face) {
                match action {
                    ui::RoomAction::Leave => self.present(ui.ctx(), false),
                    ui::RoomAction::Timer => self.timer.toggle(self.config.clock.now()),
                    ui::RoomAction::AddMinute => self.timer.add_minute(self.config.clock.now()),
                }
            }
            return;
        }
        let editable = doc.read_only.is_none();
        let (plan, ids) = doc.session.split();
        let mut sink = EditSink::new(ids);
        let views = &mut self.views;
        views.audit.today = Some(self.config.clock.today());
        ui.add_enabled_ui(editable, |ui| match self.panel {
            PanelKind::Vision => ui::vision_ui(ui, plan, &mut sink),
            PanelKind::Priorities => ui::priorities_ui(ui, plan, &mut views.priorities, &mut sink),
            PanelKind::XMatrix => ui::xmatrix_ui(ui, plan, &mut views.xmatrix, &mut sink),
            PanelKind::Scorecard => ui::scorecard_ui(ui, plan, &mut views.scorecard, &mut sink),
            PanelKind::Okrs => ui::okrs_ui(ui, plan, &mut views.okrs, &mut sink),
            PanelKind::Audit => ui::audit_ui(ui, plan, &mut views.audit, &mut sink),
        });
        // A request for the first field that no field took (a panel without fields) lapses.
        ui::widgets::take_first_focus(ui);
        let (edits, seal, jump) = sink.finish();
        // Every way of editing ends here, so a read-only document refuses them all here.
        if doc.read_only.is_some() && !edits.is_empty() {
            self.refused_edit = Some(std::time::Instant::now());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(4));
            if let Some(id) = jump {
                self.jump_to(id);
            }
            return;
        }
        for edit in edits {
            // Deleting is never asked about; it is announced by name, with the way back.
            let removed = (edit.kind() == crate::edit::EditKind::Remove).then(|| {
                let name = edit.removed().and_then(|id| {
                    let entities = doc.plan().entities();
                    entities
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| e.name.to_owned())
                });
                removal_notice(edit.describe(), name.as_deref())
            });
            match doc.session.apply(edit) {
                Ok(()) => {
                    if let Some(text) = removed {
                        self.notices.info(text);
                    }
                }
                Err(e) => {
                    self.notices.error(e.to_string());
                }
            }
        }
        if seal {
            doc.session.seal();
        }
        if let Some(id) = jump {
            self.jump_to(id);
        }
    }

    /// Shows an item in the panel where it lives, selected.
    pub fn jump_to(&mut self, id: crate::model::Id) {
        use crate::model::EntityKind as K;
        let Some(doc) = &self.doc else { return };
        let plan = doc.plan();
        let Some(kind) = plan.entities().iter().find(|e| e.id == id).map(|e| e.kind) else {
            return;
        };
        let panel = match kind {
            K::VisionTarget => PanelKind::Vision,
            K::Priority => {
                self.views.priorities.selected = Some(id);
                PanelKind::Priorities
            }
            K::Breakthrough | K::Annual | K::Improvement | K::Metric | K::Person | K::Team => {
                self.views.xmatrix.show(id);
                PanelKind::XMatrix
            }
            K::Perspective => {
                self.views.scorecard.mode = ui::ScorecardMode::Table;
                PanelKind::Scorecard
            }
            K::BscObjective | K::Measure | K::Initiative => {
                let objective = plan.scorecard.objectives.iter().find(|o| {
                    o.id == id
                        || o.measures.iter().any(|m| m.id == id)
                        || o.initiatives.iter().any(|i| i.id == id)
                });
                self.views.scorecard.mode = ui::ScorecardMode::Table;
                self.views.scorecard.focus = objective.map(|o| o.id);
                self.views.scorecard.scroll_to_focus = true;
                PanelKind::Scorecard
            }
            K::OkrObjective | K::KeyResult | K::Dependency => {
                self.views.okrs.show(plan, id);
                PanelKind::Okrs
            }
            K::Decision | K::Note | K::Proposal | K::DotVote | K::ConfidenceRound => return,
        };
        self.show_panel(panel);
    }

    fn welcome(&mut self, ui: &mut Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.label(RichText::new("Catchball").size(48.0).strong());
            ui.label(RichText::new("From vision to execution, in one plan file.").size(22.0));
            ui.add_space(24.0);
            if ui.button(RichText::new("New plan").size(22.0)).clicked() {
                self.guard(Guarded::New);
            }
            if ui.button(RichText::new("Open…").size(22.0)).clicked() {
                self.guard(Guarded::Open(None));
            }
            if ui
                .button(RichText::new("Open the sample workshop").size(22.0))
                .clicked()
            {
                self.open_sample();
            }
            if !self.settings.recent.is_empty() {
                ui.add_space(24.0);
                ui.label(RichText::new("Recent").strong());
                for path in self.settings.recent.clone() {
                    if ui.link(path.display().to_string()).clicked() {
                        self.guard(Guarded::Open(Some(path)));
                    }
                }
            }
        });
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
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
    fn present(&mut self, ctx: &egui::Context, on: bool) {
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

    fn help_windows(&mut self, ctx: &egui::Context) {
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.help.shortcuts)
            .collapsible(false)
            .resizable(false)
            .vscroll(true)
            .default_height(640.0)
            .show(ctx, |ui| {
                for context in Context::iter() {
                    ui.label(RichText::new(context.title()).size(21.0).strong());
                    egui::Grid::new(("shortcuts", context))
                        .striped(true)
                        .spacing([24.0, 6.0])
                        .show(ui, |ui| {
                            for command in Command::iter()
                                .filter(|c| c.context() == context && !c.shortcuts().is_empty())
                            {
                                ui.label(command.text());
                                ui.label(RichText::new(command.keys_text()).strong());
                                ui.end_row();
                            }
                            if context == Context::Global {
                                ui.label("Next / previous field");
                                ui.label(RichText::new("Tab / Shift+Tab").strong());
                                ui.end_row();
                            }
                        });
                    ui.add_space(10.0);
                }
            });
        egui::Window::new("About Catchball")
            .open(&mut self.help.about)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(
                    RichText::new(format!("Catchball {}", env!("CARGO_PKG_VERSION"))).strong(),
                );
                ui.label(
                    "Facilitated strategy workshops: from vision to execution, in one plan file.",
                );
                ui.label("Plan files are plain RON text; Catchball never uses the network.");
            });
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(doc) = &mut self.doc else { return };
        let result = if undo {
            doc.session.undo()
        } else {
            doc.session.redo()
        };
        if let Err(e) = result {
            self.notices.error(format!(
                "Could not {}: {e}",
                if undo { "undo" } else { "redo" }
            ));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self
            .doc
            .as_ref()
            .map_or_else(|| "Catchball".to_owned(), super::Document::window_title);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    pub(super) fn set_prompt(&mut self, prompt: Prompt) {
        self.prompts.push(prompt);
    }
}

/// "Deleted priority “Electrify the fleet” — Ctrl+Z undoes it".
fn removal_notice(what: &str, name: Option<&str>) -> String {
    let mut text = what.to_owned();
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    match name {
        Some(name) => {
            // A long name is cut so the notice stays one line.
            let mut name = crate::model::TextKind::Line.clean(name);
            if let Some((cut, _)) = name.char_indices().nth(60) {
                name.truncate(cut);
                name.push('…');
            }
            format!("{text} “{name}” — Ctrl+Z undoes it")
        }
        None => format!("{text} — Ctrl+Z undoes it"),
    }
}
