//! Look and feel: type large enough for a projector, light and dark themes, zoom.

use super::ThemeChoice;
use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

/// The `DejaVu Sans` font, bundled: readable when projected, and it has the glyphs ● ○ △ ⚠.
use crate::drawing::fonts::{BOLD, REGULAR};

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
    // Chinese, Japanese and Korean from a system font, right after DejaVu, which has none.
    if let Some((bytes, index)) = crate::drawing::fonts::cjk_fallback() {
        fonts.font_data.insert(
            "cjk".into(),
            Arc::new(FontData::from_blob(Arc::new(bytes.as_slice()), *index)),
        );
        for family in [FontFamily::Proportional, bold()] {
            if let Some(list) = fonts.families.get_mut(&family) {
                list.insert(1, "cjk".into());
            }
        }
    }
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".into());
    }
    ctx.set_fonts(fonts);
}

pub const MIN_ZOOM: f32 = 0.5;
/// Presenting zooms so the screen is 1280 points wide (1.5 on a 1920-pixel projector), never
/// below 1: room views are laid out for that width, and their body text is 30 px at 1080p.
pub fn present_zoom(screen_pixels: f32) -> f32 {
    (screen_pixels / 1280.0).clamp(1.0, 3.0)
}
pub const MAX_ZOOM: f32 = 3.0;

/// egui's dark visuals, or a high-contrast variant of them.
fn dark_visuals(high_contrast: bool) -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    if high_contrast {
        use egui::{Color32, Stroke};
        v.override_text_color = Some(Color32::WHITE);
        v.panel_fill = Color32::BLACK;
        v.window_fill = Color32::BLACK;
        v.extreme_bg_color = Color32::BLACK;
        v.faint_bg_color = Color32::from_gray(40);
        v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
        v.widgets.noninteractive.fg_stroke = Stroke::new(1.5, Color32::WHITE);
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(220));
        v.widgets.inactive.weak_bg_fill = Color32::from_gray(30);
        v.selection.bg_fill = Color32::from_rgb(0, 90, 200);
        v.selection.stroke = Stroke::new(2.0, Color32::from_rgb(255, 220, 0));
        v.warn_fg_color = Color32::from_rgb(255, 200, 0);
    }
    v
}

/// Applies text sizes, spacing, theme and zoom. Safe to call again when any of them changes.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, zoom: f32) {
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.set_visuals_of(
        egui::Theme::Dark,
        dark_visuals(theme == ThemeChoice::HighContrast),
    );
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::Theme::Dark,
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
