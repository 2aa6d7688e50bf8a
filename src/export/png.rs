//! SVG → pixels: a [`Scene`] rendered by resvg with the bundled fonts (never the system's, so a
//! picture looks the same on every machine), and the usvg tree the PDF pages are drawn from.

use super::ExportError;
use crate::drawing::{Scene, fonts};
use resvg::usvg;
use std::sync::{Arc, OnceLock};

/// The bundled fonts, and only those.
fn font_db() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(fonts::REGULAR.to_vec());
        db.load_font_data(fonts::BOLD.to_vec());
        // Names in Chinese, Japanese or Korean fall back to the system's CJK font.
        if let Some((bytes, _)) = fonts::cjk_fallback() {
            db.load_font_data(bytes.clone());
        }
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

/// Parses SVG we wrote ourselves.
pub fn tree(svg: &str, what: &'static str) -> Result<usvg::Tree, ExportError> {
    let options = usvg::Options {
        fontdb: font_db(),
        font_family: "DejaVu Sans".to_owned(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render {
        what,
        message: e.to_string(),
    })
}

/// The scene as a PNG `width` pixels wide, on its background (white when it has none).
pub fn to_png(scene: &Scene, width: u32) -> Result<Vec<u8>, ExportError> {
    let fail = |message: String| ExportError::Render {
        what: "PNG picture",
        message,
    };
    let tree = tree(&super::to_svg(scene), "PNG picture")?;
    let scale = width as f32 / tree.size().width();
    let height = (tree.size().height() * scale).ceil().max(1.0) as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| fail(format!("a {width} × {height} picture is too large")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| fail(e.to_string()))
}
