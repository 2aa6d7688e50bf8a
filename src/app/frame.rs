//! One frame of the window: menu bar, navigation, status bar, the current panel, then the
//! queued commands and the edits the panel emitted, applied in one place.

use super::prompts::Prompt;
use super::{CatchballApp, Guarded, ThemeChoice, style};
use crate::ui::commands::{Command, Context, Menu};
use crate::ui::{self, PanelKind};
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
        self.exchange_ui(&ctx);
        self.notices.show(&ctx);
        self.update_title(&ctx);
        self.watch_file(&ctx);
        self.autosave(&ctx);
        if self.timer.is_running() {
            // Once a second, when the face changes; not every frame.
            ctx.request_repaint_after(self.timer.next_tick(self.config.clock.now()));
        }
        if self.quitting {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.guard(Guarded::Quit);
        }
    }

    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
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
                self.notices.warning(crate::tr!(
                    "notice-not-a-plan",
                    file = path.display().to_string()
                ));
            }
        }
    }

    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        // The menus are reached with the mouse or the palette, never by Tab: Tab stays in the
        // panel, moving through its fields in reading order.
        let top_menu = |title: &str| {
            egui::containers::menu::MenuButton::from_button(
                egui::Button::new(title.to_owned()).sense(egui::Sense::CLICK),
            )
        };
        egui::MenuBar::new().ui(ui, |ui| {
            top_menu(&crate::tr!("menu-file")).ui(ui, |ui| {
                self.command_button(ui, Command::New);
                self.command_button(ui, Command::Open);
                ui.menu_button(crate::tr!("menu-open-recent"), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(crate::tr!("menu-no-recent"));
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.guard(Guarded::Open(Some(path)));
                        }
                    }
                });
                self.command_button(ui, Command::Save);
                self.command_button(ui, Command::SaveAs);
                self.command_button(ui, Command::SaveAsNewPlan);
                ui.separator();
                self.command_button(ui, Command::CompareWith);
                self.command_button(ui, Command::MergeWith);
                ui.separator();
                ui.menu_button(crate::tr!("menu-export"), |ui| {
                    for command in Command::iter().filter(|c| c.menu() == Menu::Export) {
                        self.command_button(ui, command);
                    }
                });
                ui.separator();
                self.command_button(ui, Command::Quit);
            });
            for (title, menu) in [
                ("menu-edit", Menu::Edit),
                ("menu-view", Menu::View),
                ("menu-workshop", Menu::Workshop),
                ("menu-help", Menu::Help),
            ] {
                top_menu(&crate::i18n::text(title)).ui(ui, |ui| {
                    for command in Command::iter().filter(|c| c.menu() == menu) {
                        self.command_button(ui, command);
                        if matches!(command, Command::ZoomReset | Command::Fullscreen) {
                            ui.separator();
                        }
                    }
                    if menu == Menu::View {
                        ui.separator();
                        self.language_menu(ui);
                    }
                });
            }
        });
    }

    /// View ▸ Language: the system's language, or one chosen for Catchball (kept in the settings).
    fn language_menu(&mut self, ui: &mut Ui) {
        use crate::i18n::Language;
        ui.menu_button(crate::tr!("menu-language"), |ui| {
            let system = Language::from_system();
            let mut choices = vec![(
                None,
                crate::tr!("language-system", language = system.name()),
            )];
            choices.extend(Language::iter().map(|l| (Some(l), l.name().to_owned())));
            for (choice, text) in choices {
                let selected = self.settings.language == choice;
                if ui.add(egui::Button::selectable(selected, text)).clicked() {
                    self.settings.language = choice;
                    // Chosen here, it also wins over a --lang given at start.
                    self.config.language = None;
                    crate::i18n::set_language(choice.unwrap_or(system));
                    self.save_settings();
                }
            }
        });
    }

    /// A menu entry for a command, with its shortcut; clicking queues the command.
    pub(super) fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let text = match command {
            Command::Undo => self.history_label(true),
            Command::Redo => self.history_label(false),
            _ => command.label(),
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

    pub(super) fn history_label(&self, undo: bool) -> String {
        let history = self.doc.as_ref().map(|d| d.session.history());
        let label = history.and_then(|h| if undo { h.undo_label() } else { h.redo_label() });
        match (label, undo) {
            (Some(what), true) => {
                crate::tr!("undo-named", what = crate::i18n::edit_label(what))
            }
            (Some(what), false) => {
                crate::tr!("redo-named", what = crate::i18n::edit_label(what))
            }
            (None, true) => Command::Undo.label(),
            (None, false) => Command::Redo.label(),
        }
    }

    pub(super) fn enabled(&self, command: Command) -> bool {
        let doc = self.doc.as_ref();
        match command {
            Command::Save
            | Command::SaveAs
            | Command::SaveAsNewPlan
            | Command::CompareWith
            | Command::MergeWith
            | Command::SendToTeam
            | Command::ReadAnswer => doc.is_some(),
            Command::PauseTimer | Command::AddMinute | Command::StopTimer => self.timer.is_set(),
            c if c.export().is_some() => doc.is_some(),
            Command::Undo => doc.is_some_and(|d| d.session.history().can_undo()),
            Command::Redo => doc.is_some_and(|d| d.session.history().can_redo()),
            c if c.panel().is_some() => doc.is_some(),
            Command::Present | Command::NextPanel | Command::PreviousPanel => doc.is_some(),
            _ => true,
        }
    }

    pub(super) fn nav(&mut self, ui: &mut Ui) {
        ui.add_space(8.0);
        for panel in PanelKind::iter() {
            let selected = self.panel == panel;
            let r = ui.add_sized(
                [ui.available_width(), 44.0],
                // Out of the Tab order, like the menus: Ctrl+1…6 switch panels.
                egui::Button::selectable(selected, RichText::new(panel.label()).size(22.0))
                    .sense(egui::Sense::CLICK),
            );
            if r.clicked() {
                self.show_panel(panel);
            }
        }
    }

    pub(super) fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            match &self.doc {
                Some(doc) => {
                    match &doc.path {
                        Some(p) => ui.label(p.display().to_string()),
                        None => ui.label(crate::tr!("status-untitled", name = doc.name())),
                    };
                    if let Some(why) = &doc.read_only {
                        // Brighter for a moment after an edit was refused.
                        let refused = self
                            .refused_edit
                            .is_some_and(|t| t.elapsed() < std::time::Duration::from_secs(4));
                        let text = RichText::new(crate::tr!(
                            "status-read-only",
                            why = crate::tr!("read-only-advice")
                        ))
                        .color(ui.visuals().warn_fg_color);
                        ui.label(if refused { text.strong() } else { text })
                            .on_hover_text(why);
                    } else if doc.is_dirty() {
                        ui.label(
                            RichText::new(crate::tr!("status-unsaved"))
                                .color(ui.visuals().warn_fg_color),
                        );
                    } else if doc.path.is_some() {
                        ui.label(RichText::new(crate::tr!("status-saved")).weak());
                    }
                }
                None => {
                    ui.label(crate::tr!("status-no-plan"));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let percent = format!("{:.0}", self.settings.zoom * 100.0);
                ui.label(RichText::new(crate::tr!("status-zoom", percent = percent)).weak());
                if let Some((face, ended)) = self.timer_face() {
                    ui::timer_face(ui, &face, ended, 19.0);
                }
            });
        });
    }

    pub(super) fn welcome(&mut self, ui: &mut Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.label(RichText::new("Catchball").size(48.0).strong());
            ui.label(RichText::new(crate::tr!("welcome-tagline")).size(22.0));
            ui.add_space(24.0);
            if ui
                .button(RichText::new(crate::tr!("welcome-new")).size(22.0))
                .clicked()
            {
                self.guard(Guarded::New);
            }
            if ui
                .button(RichText::new(crate::tr!("welcome-open")).size(22.0))
                .clicked()
            {
                self.guard(Guarded::Open(None));
            }
            if ui
                .button(RichText::new(crate::tr!("welcome-sample")).size(22.0))
                .clicked()
            {
                self.open_sample();
            }
            if !self.settings.recent.is_empty() {
                ui.add_space(24.0);
                ui.label(RichText::new(crate::tr!("welcome-recent")).strong());
                for path in self.settings.recent.clone() {
                    if ui.link(path.display().to_string()).clicked() {
                        self.guard(Guarded::Open(Some(path)));
                    }
                }
            }
        });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
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
