//! Look and feel: type large enough for a projector, light and dark themes, zoom.

use super::ThemeChoice;
use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

/// The `DejaVu Sans` font: regular weight (readable when projected) and it has the mark glyphs ● ○ △.
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family for headings and emphasis.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Installs the bundled fonts in front of egui's defaults (which stay as fallbacks for icons).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("dejavu".into(), Arc::new(FontData::from_static(REGULAR)));
    fonts
        .font_data
        .insert("dejavu-bold".into(), Arc::new(FontData::from_static(BOLD)));
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let with = |first: &str| {
        std::iter::once(first.to_owned())
            .chain(fallbacks.iter().cloned())
            .collect()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, with("dejavu"));
    fonts.families.insert(bold(), with("dejavu-bold"));
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".into());
    }
    ctx.set_fonts(fonts);
}

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
            (TextStyle::Body, FontId::new(19.0, Proportional)),
            (TextStyle::Button, FontId::new(19.0, Proportional)),
            (TextStyle::Monospace, FontId::new(17.0, Monospace)),
            (TextStyle::Heading, FontId::new(28.0, bold())),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 30.0;
    });
    ctx.set_zoom_factor(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}
