//! The help windows: keyboard shortcuts and the guide to the method.

use super::CatchballApp;
use crate::tr;
use crate::ui::commands::{Command, Context};
use egui::RichText;
use strum::IntoEnumIterator;

impl CatchballApp {
    pub(super) fn help_windows(&mut self, ctx: &egui::Context) {
        egui::Window::new(tr!("help-shortcuts"))
            .open(&mut self.help.shortcuts)
            .collapsible(false)
            .resizable(false)
            .vscroll(true)
            .default_height(640.0)
            .show(ctx, |ui| {
                for context in Context::iter() {
                    ui.label(RichText::new(context.label()).size(21.0).strong());
                    egui::Grid::new(("shortcuts", context))
                        .striped(true)
                        .spacing([24.0, 6.0])
                        .show(ui, |ui| {
                            for command in Command::iter()
                                .filter(|c| c.context() == context && !c.shortcuts().is_empty())
                            {
                                ui.label(command.label());
                                ui.label(RichText::new(command.keys_text()).strong());
                                ui.end_row();
                            }
                            if context == Context::Global {
                                ui.label(tr!("help-next-field"));
                                ui.label(RichText::new(tr!("help-tab")).strong());
                                ui.end_row();
                            }
                        });
                    ui.add_space(10.0);
                }
            });
        egui::Window::new(tr!("about-title"))
            .id(egui::Id::unique("about-catchball"))
            .open(&mut self.help.about)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(
                    RichText::new(tr!("about-version", version = env!("CARGO_PKG_VERSION")))
                        .strong(),
                );
                ui.label(tr!("about-what"));
                ui.label(tr!("about-offline"));
                ui.add_space(6.0);
                ui.label(tr!("about-licence", licence = env!("CARGO_PKG_LICENSE")));
                ui.label(tr!("about-fonts"));
                ui.add_space(6.0);
                let place = |p: Option<&std::path::Path>| {
                    p.map_or_else(|| tr!("about-nowhere"), |p| p.display().to_string())
                };
                ui.label(tr!(
                    "about-settings",
                    place = place(self.config.settings.path())
                ));
                ui.label(tr!(
                    "about-recovery",
                    place = place(self.config.recovery.dir())
                ));
            });
    }
}
