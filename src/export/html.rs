//! The plan as one self-contained web page: styles inline, drawings inline as SVG images, no
//! scripts, no network (a Content-Security-Policy says so to the browser), and a print style
//! with a page per section and the X-matrix on A3 landscape. maud escapes every plan text.

use super::report::{Block, Figure, Table, blocks, subtitle};
use super::{figures, svg};
use crate::model::{Plan, Status};
use base64::Engine;
use maud::{DOCTYPE, Markup, PreEscaped, html};

const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = r"
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; color: #1e1e1e; background: #fff;
  max-width: 1180px; margin: 0 auto; padding: 24px 32px 64px; line-height: 1.45; font-size: 15px; }
header { border-bottom: 3px solid #1e1e1e; padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 30px; margin: 0 0 4px; }
.subtitle { color: #444; margin: 0; }
.exported { color: #666; font-size: 13px; margin: 6px 0 0; }
nav { margin: 12px 0 24px; font-size: 14px; }
nav a { margin-right: 14px; color: #0b4f9c; }
section { margin-top: 36px; }
h2 { font-size: 24px; border-bottom: 1px solid #bbb; padding-bottom: 4px; }
h3 { font-size: 18px; margin: 22px 0 8px; }
.lead { font-size: 22px; font-weight: bold; border-left: 6px solid #1e1e1e; padding: 6px 0 6px 14px; }
.note { color: #555; font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th { text-align: left; background: #eee; border-bottom: 2px solid #888; padding: 6px 8px; }
td { border-bottom: 1px solid #ddd; padding: 5px 8px; vertical-align: top; white-space: pre-wrap; }
tr.strong td { font-weight: bold; background: #f6f6f6; }
td.status { font-weight: bold; white-space: nowrap; }
.red { background: #f4aaa0 !important; } .amber { background: #fad68c !important; }
.green { background: #aadcaa !important; } .nodata { background: #e1e1e1 !important; }
figure { margin: 12px 0; } figure img { width: 100%; height: auto; border: 1px solid #ccc; }
figcaption { color: #555; font-size: 13px; }
@page { size: A4; margin: 14mm; }
@page wide { size: A3 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  section { break-before: page; margin-top: 0; }
  section:first-of-type { break-before: auto; }
  #xmatrix { page: wide; }
  figure { break-inside: avoid; }
  figure img { width: auto; max-width: 100%; max-height: 235mm; }
  #strategy-map figure img { max-height: 200mm; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Red => "status red",
        Status::Amber => "status amber",
        Status::Green => "status green",
        Status::NoData => "status nodata",
    }
}

fn table(t: &Table) -> Markup {
    html! {
        table {
            thead { tr { @for c in &t.columns { th { (c) } } } }
            tbody {
                @for r in &t.rows {
                    tr class=[r.strong.then_some("strong")] {
                        @for c in &r.cells {
                            td class=[c.status.map(status_class)] { (c.text) }
                        }
                    }
                }
            }
        }
    }
}

fn figure(plan: &Plan, which: Figure) -> Markup {
    let scene = match which {
        Figure::XMatrix => figures::xmatrix_figure(plan),
        Figure::StrategyMap => figures::map_figure(plan),
    };
    let data = base64::engine::general_purpose::STANDARD.encode(svg::to_svg(&scene));
    html! {
        figure {
            img src=(format!("data:image/svg+xml;base64,{data}")) alt=(scene.title);
            figcaption { (scene.title) }
        }
    }
}

/// The page.
pub fn html(plan: &Plan) -> String {
    let blocks = blocks(plan);
    let today = crate::model::today();
    let sections: Vec<(&str, &str)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Section { id, title } => Some((*id, title.as_str())),
            _ => None,
        })
        .collect();
    // Blocks grouped by section, so each section is one element (a page when printed).
    let mut grouped: Vec<(&str, &str, Vec<&Block>)> = Vec::new();
    for b in &blocks {
        match b {
            Block::Section { id, title } => grouped.push((id, title, Vec::new())),
            other => {
                if let Some(last) = grouped.last_mut() {
                    last.2.push(other);
                }
            }
        }
    }
    let page = html! {
        (DOCTYPE)
        html lang=(crate::i18n::language().code()) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("Catchball {}", env!("CARGO_PKG_VERSION")));
                title { (crate::tr!("rep-html-title", title = &plan.title)) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (plan.title) }
                    p.subtitle { (subtitle(plan)) }
                    p.exported { (crate::tr!("rep-exported", date = crate::i18n::date(today))) }
                }
                nav { @for (id, title) in &sections { a href=(format!("#{id}")) { (title) } } }
                @for (id, title, content) in &grouped {
                    section id=(id) {
                        h2 { (title) }
                        @for b in content {
                            @match b {
                                Block::Heading(t) => h3 { (t) },
                                Block::Lead(t) => p.lead { (t) },
                                Block::Paragraph(t) => p { (t) },
                                Block::Note(t) => p.note { (t) },
                                Block::Table(t) => (table(t)),
                                Block::Figure(f) => (figure(plan, *f)),
                                Block::Section { .. } => {},
                            }
                        }
                    }
                }
            }
        }
    };
    page.into_string()
}
