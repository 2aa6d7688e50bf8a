//! The PDF: page 1 the X-matrix on A3 landscape, then the report on A4 pages (vision and
//! priorities, scorecard, strategy map, OKRs, audit). Every page is vector graphics with a real
//! text layer in the embedded DejaVu fonts, drawn by krilla from the page's SVG.

use super::pages::{A3_LANDSCAPE, A4, Flow};
use super::png::tree;
use super::report::{blocks, subtitle};
use super::svg::fitted_svg;
use super::{ExportError, figures};
use crate::drawing::Scene;
use crate::model::Plan;
use krilla::Document;
use krilla::geom::Size;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

/// A page of size `w` × `h` with the scene fitted inside `margin`.
fn page(
    doc: &mut Document,
    scene: &Scene,
    (w, h): (f32, f32),
    margin: f32,
) -> Result<(), ExportError> {
    let tree = tree(&fitted_svg(scene, w, h, margin), "PDF page")?;
    let size = Size::from_wh(w, h).ok_or_else(|| ExportError::Render {
        what: "PDF page",
        message: format!("{w} × {h} is not a page size"),
    })?;
    let mut page = doc.start_page_with(PageSettings::new(size));
    let mut surface = page.surface();
    surface.draw_svg(&tree, size, SvgSettings::default());
    surface.finish();
    page.finish();
    Ok(())
}

pub fn pdf(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    let mut doc = Document::new();
    let mut meta = Metadata::new()
        .title(plan.title.clone())
        .creator(format!("Catchball {}", env!("CARGO_PKG_VERSION")));
    let sub = subtitle(plan);
    if !sub.is_empty() {
        meta = meta.description(sub);
    }
    doc.set_metadata(meta);
    page(&mut doc, &figures::xmatrix_figure(plan), A3_LANDSCAPE, 14.0)?;
    let mut flow = Flow::new(plan);
    for b in blocks(plan) {
        flow.block(&b);
    }
    for scene in flow.finish() {
        page(&mut doc, &scene, A4, 0.0)?;
    }
    doc.finish().map_err(|e| ExportError::Render {
        what: "PDF",
        message: format!("{e:?}"),
    })
}
