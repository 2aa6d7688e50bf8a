//! The help windows: keyboard shortcuts and the guide to the method.

use super::CatchballApp;
use crate::ui::commands::{Command, Context};
use egui::RichText;
use strum::IntoEnumIterator;

impl CatchballApp {
    pub(super) fn help_windows(&mut self, ctx: &egui::Context) {
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
                ui.add_space(6.0);
                ui.label(format!(
                    "Licence: {} (LICENSE-MIT, LICENSE-APACHE).",
                    env!("CARGO_PKG_LICENSE")
                ));
                ui.label(
                    "Fonts: DejaVu Sans and DejaVu Sans Bold, under the Bitstream Vera / \
                        DejaVu licence (LICENSE-DejaVu.txt); names in Chinese, Japanese or \
                        Korean use the system's Noto Sans CJK (SIL Open Font License).",
                );
                ui.add_space(6.0);
                let place = |p: Option<&std::path::Path>| {
                    p.map_or_else(
                        || "not kept (no home folder)".to_owned(),
                        |p| p.display().to_string(),
                    )
                };
                ui.label(format!(
                    "Settings and recent files: {}",
                    place(self.config.settings.path())
                ));
                ui.label(format!(
                    "Unsaved work (recovery) and versions kept for merging: {}",
                    place(self.config.recovery.dir())
                ));
            });
    }
}
