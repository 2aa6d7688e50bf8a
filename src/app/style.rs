//! Look and feel: type large enough for a projector, light and dark themes, zoom.

use super::ThemeChoice;
use egui::{FontId, TextStyle};

pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

/// Applies text sizes, spacing, theme and zoom. Safe to call again when any of them changes.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, zoom: f32) {
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
    ctx.all_styles_mut(|style| {
        use egui::FontFamily::{Monospace, Proportional};
        style.text_styles = [
            (TextStyle::Small, FontId::new(16.0, Proportional)),
            (TextStyle::Body, FontId::new(20.0, Proportional)),
            (TextStyle::Button, FontId::new(20.0, Proportional)),
            (TextStyle::Monospace, FontId::new(17.0, Monospace)),
            (TextStyle::Heading, FontId::new(30.0, Proportional)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 30.0;
    });
    ctx.set_zoom_factor(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}
