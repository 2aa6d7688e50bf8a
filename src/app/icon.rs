//! The application icon: one SVG source, rendered at whatever size is asked — for the window
//! (task bars, Alt+Tab) and, by `cargo run --example icons`, as the PNGs of the Debian package.

use resvg::{tiny_skia, usvg};

/// The icon's source, built into the binary.
pub const ICON_SVG: &str = include_str!("../../assets/icons/catchball.svg");

/// The icon as a `size` × `size` picture (premultiplied RGBA, as tiny-skia keeps it), or `None`
/// when the size is 0 or the source does not parse (a broken build: it is tested).
pub fn render_icon(size: u32) -> Option<tiny_skia::Pixmap> {
    let tree = usvg::Tree::from_str(ICON_SVG, &usvg::Options::default()).ok()?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size)?;
    let scale = size as f32 / tree.size().width().max(1.0);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(pixmap)
}

/// The icon for the window, straight (not premultiplied) RGBA as egui wants it.
pub fn window_icon() -> Option<egui::IconData> {
    const SIZE: u32 = 256;
    let pixmap = render_icon(SIZE)?;
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Some(egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_renders_opaque_in_the_middle_and_clear_in_the_corners() {
        let icon = window_icon().unwrap();
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
        assert_eq!(alpha(128, 128), 255);
        assert_eq!(alpha(0, 0), 0, "rounded corners");
        for size in [32, 48, 512] {
            assert_eq!(render_icon(size).unwrap().width(), size);
        }
        assert!(render_icon(0).is_none());
    }
}
