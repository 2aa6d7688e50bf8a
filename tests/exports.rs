//! Every export of the sample, read back by a real parser of its format, and a hostile plan
//! whose names try to run script or formulas, which must come out inert everywhere.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use calamine::{Data, Reader, Xlsx};
use catchball::export::{self, ExportError, Format, Options, View};
use catchball::model::Plan;
use std::path::{Path, PathBuf};

fn sample() -> Plan {
    catchball::sample::sample_plan().unwrap()
}

fn write(plan: &Plan, format: Format, dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(name);
    export::export(plan, format, Options::default(), &target, None, false).unwrap();
    target
}

const HOSTILE: [&str; 3] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "=HYPERLINK(\"http://x\",\"y\")",
];

/// The sample with hostile names on a priority, an X-matrix item, a key result, a measure and
/// in the vision.
fn hostile() -> Plan {
    let mut plan = sample();
    plan.title = HOSTILE[0].into();
    plan.vision.statement = HOSTILE[1].into();
    plan.priorities[0].name = HOSTILE[0].into();
    plan.priorities[1].name = HOSTILE[1].into();
    plan.priorities[2].name = HOSTILE[2].into();
    plan.xmatrix.annuals[0].name = HOSTILE[0].into();
    plan.xmatrix.improvements[0].name = HOSTILE[1].into();
    plan.okrs[0].key_results[0].name = HOSTILE[2].into();
    plan.okrs[0].name = HOSTILE[1].into();
    plan.scorecard.objectives[0].measures[0].name = HOSTILE[2].into();
    plan
}

fn html_text(path: &Path) -> (scraper::Html, String) {
    let doc = scraper::Html::parse_document(&std::fs::read_to_string(path).unwrap());
    let text = doc.root_element().text().collect::<String>();
    (doc, text)
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&scraper::Selector::parse(css).unwrap())
        .collect()
}

#[test]
fn html_is_one_self_contained_page_with_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let path = write(&plan, Format::Html, dir.path(), "plan.html");
    let (doc, text) = html_text(&path);
    let csp = select(&doc, "meta[http-equiv=Content-Security-Policy]");
    assert_eq!(
        csp[0].value().attr("content"),
        Some("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    );
    assert!(select(&doc, "script").is_empty());
    assert!(select(&doc, "link").is_empty(), "no external styles");
    for id in [
        "vision",
        "priorities",
        "xmatrix",
        "scorecard",
        "strategy-map",
        "okrs",
        "audit",
        "workshop",
    ] {
        assert_eq!(
            select(&doc, &format!("section#{id}")).len(),
            1,
            "section {id}"
        );
    }
    let images = select(&doc, "img");
    assert_eq!(images.len(), 2, "the X-matrix and the strategy map");
    for img in images {
        assert!(
            img.value()
                .attr("src")
                .unwrap()
                .starts_with("data:image/svg+xml;base64,")
        );
        assert!(!img.value().attr("alt").unwrap().is_empty());
    }
    for p in &plan.priorities {
        assert!(text.contains(&p.name), "{}", p.name);
    }
    assert!(text.contains(&plan.vision.statement));
    assert!(text.contains(&plan.vision.why));
    // Numbers next to colours, and the latest check-in with its confidence.
    let status = select(&doc, "td.status");
    assert!(
        status
            .iter()
            .any(|td| td.text().collect::<String>().contains("· red"))
    );
    assert!(
        text.contains("confidence 8/10"),
        "latest check-in of the first key result"
    );
    assert!(text.contains(&plan.workshop.decisions[0].text));
    assert!(text.contains(&plan.workshop.parking_lot[0].text));
}

#[test]
fn pdf_has_the_x_matrix_on_a3_then_a4_pages_with_real_text() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let path = write(&plan, Format::Pdf, dir.path(), "plan.pdf");
    let doc = lopdf::Document::load(&path).unwrap();
    let pages = doc.get_pages();
    assert!(pages.len() >= 5, "{} pages", pages.len());
    let media_box = |n: u32| -> Vec<f32> {
        let page = doc.get_dictionary(pages[&n]).unwrap();
        page.get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_float().unwrap())
            .collect()
    };
    let a3 = media_box(1);
    assert!(
        (a3[2] - 1190.55).abs() < 0.5 && (a3[3] - 841.89).abs() < 0.5,
        "{a3:?}"
    );
    let a4 = media_box(2);
    assert!(
        (a4[2] - 595.28).abs() < 0.5 && (a4[3] - 841.89).abs() < 0.5,
        "{a4:?}"
    );
    let numbers: Vec<u32> = pages.keys().copied().collect();
    // lopdf puts every positioned glyph run on a line of its own, and wrapped lines have no
    // space between them in a PDF: compare without white space.
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    let text = squash(&doc.extract_text(&numbers).unwrap());
    for p in &plan.priorities {
        assert!(
            text.contains(&squash(&p.name)),
            "{} missing from the PDF text",
            p.name
        );
    }
    let first = squash(&doc.extract_text(&[1]).unwrap());
    assert!(
        first.contains("I1Depotchargingprogramme"),
        "the X-matrix page has its labels as text"
    );
}

#[test]
fn xlsx_has_every_sheet_with_numbers_as_numbers_and_no_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let path = write(&plan, Format::Xlsx, dir.path(), "plan.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Vision",
            "Priorities",
            "X-matrix",
            "X-matrix marks",
            "Scorecard",
            "OKRs",
            "Check-ins",
            "Audit"
        ]
    );
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet} has formulas"
        );
    }
    let okrs = book.worksheet_range("OKRs").unwrap();
    let header: Vec<String> = okrs
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let score = header.iter().position(|h| h == "score").unwrap();
    let date = header.iter().position(|h| h == "last_check_in").unwrap();
    let first = okrs.rows().nth(1).unwrap();
    assert!(matches!(first[score], Data::Float(_)), "{:?}", first[score]);
    assert!(
        matches!(first[date], Data::DateTime(_)),
        "{:?}",
        first[date]
    );
    let krs: usize = plan.okrs.iter().map(|o| o.key_results.len()).sum();
    assert_eq!(okrs.rows().count(), krs + 1);
    let grid = book.worksheet_range("X-matrix").unwrap();
    let cells: Vec<String> = grid.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(cells.iter().any(|c| c == "●") && cells.iter().any(|c| c == "△"));
    assert!(cells.iter().any(|c| c.contains("Depot charging programme")));
}

#[test]
fn csv_folder_has_one_table_each_joined_by_stable_ids() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let folder = write(&plan, Format::Csv, dir.path(), "tables");
    let read = |name: &str| {
        let mut r = csv::Reader::from_path(folder.join(name)).unwrap();
        let headers = r.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        (headers, rows)
    };
    for name in [
        "priorities",
        "xmatrix_items",
        "xmatrix_marks",
        "measures",
        "key_results",
        "check_ins",
        "findings",
    ] {
        assert!(folder.join(format!("{name}.csv")).exists(), "{name}");
    }
    let (h, krs) = read("key_results.csv");
    let id = h.iter().position(|x| x == "key_result_id").unwrap();
    let (ch, checkins) = read("check_ins.csv");
    let cid = ch.iter().position(|x| x == "key_result_id").unwrap();
    for c in &checkins {
        assert!(
            krs.iter().any(|k| k[id] == c[cid]),
            "check-in joins a key result"
        );
    }
    let (_, priorities) = read("priorities.csv");
    assert_eq!(priorities.len(), plan.priorities.len());
    assert_eq!(&priorities[0][2], plan.priorities[0].name.as_str());
    // A file path gets the key results alone.
    let one = write(&plan, Format::Csv, dir.path(), "krs.csv");
    let mut r = csv::Reader::from_path(one).unwrap();
    assert_eq!(r.records().count(), krs.len());
}

#[test]
fn svg_parses_and_png_has_the_asked_width() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let svg = write(&plan, Format::Svg, dir.path(), "x.svg");
    let text = std::fs::read_to_string(&svg).unwrap();
    let tree = resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default()).unwrap();
    assert!(tree.size().width() > 800.0);
    assert!(text.contains("Depot charging programme") && text.contains("<title>"));
    let map = dir.path().join("map.png");
    export::export(
        &plan,
        Format::Png,
        Options {
            view: View::Map,
            width: 900,
        },
        &map,
        None,
        false,
    )
    .unwrap();
    let image = image::open(&map).unwrap();
    assert_eq!(image.width(), 900);
}

#[test]
fn sample_x_matrix_png_snapshot() {
    let png = export::render(
        &sample(),
        Format::Png,
        Options {
            view: View::Xmatrix,
            width: 1600,
        },
        Path::new("x.png"),
    )
    .unwrap();
    let export::Output::File(bytes) = png else {
        panic!("one file")
    };
    let image = image::load_from_memory(&bytes).unwrap().to_rgba8();
    egui_kittest::image_snapshot(&image, "export_xmatrix");
}

#[test]
fn markdown_reads_as_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let md = std::fs::read_to_string(write(&plan, Format::Md, dir.path(), "p.md")).unwrap();
    assert!(md.starts_with("# Verdant Freight strategy 2027"));
    for h in [
        "## Vision",
        "## Strategic priorities",
        "## Balanced Scorecard",
        "## OKRs by team",
        "## Alignment audit",
    ] {
        assert!(md.contains(h), "{h}");
    }
    assert!(md.contains("| 1 | Electrify the urban delivery fleet | Tomás Ortega |"));
}

#[test]
fn a_hostile_plan_comes_out_inert_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let plan = hostile();
    let html = write(&plan, Format::Html, dir.path(), "h.html");
    let (doc, text) = html_text(&html);
    assert!(select(&doc, "script").is_empty(), "no script element");
    assert!(
        select(&doc, "img[onerror]").is_empty(),
        "no injected attribute"
    );
    assert_eq!(select(&doc, "img").len(), 2, "only the two drawings");
    assert!(
        text.contains(HOSTILE[0]) && text.contains(HOSTILE[1]),
        "shown as text"
    );

    let svg = std::fs::read_to_string(write(&plan, Format::Svg, dir.path(), "h.svg")).unwrap();
    assert!(!svg.contains("<script") && !svg.contains("<img"));
    resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();

    let folder = write(&plan, Format::Csv, dir.path(), "h-csv");
    let all: String = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let mut cells = 0;
    for file in std::fs::read_dir(&folder).unwrap() {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_path(file.unwrap().path())
            .unwrap();
        for rec in r.records() {
            for cell in &rec.unwrap() {
                assert!(
                    !cell.starts_with(['=', '+', '@']),
                    "live formula cell: {cell}"
                );
                if cell.starts_with("'=HYPERLINK") {
                    cells += 1;
                }
            }
        }
    }
    assert!(cells >= 2, "the hyperlink names are kept as text: {all}");

    let xlsx = write(&plan, Format::Xlsx, dir.path(), "h.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet}"
        );
    }
    let priorities = book.worksheet_range("Priorities").unwrap();
    assert!(
        priorities
            .cells()
            .any(|(_, _, c)| *c == Data::String(HOSTILE[2].into()))
    );

    let md = std::fs::read_to_string(write(&plan, Format::Md, dir.path(), "h.md")).unwrap();
    assert!(!md.contains("<script") && !md.contains("<img"));

    let pdf = write(&plan, Format::Pdf, dir.path(), "h.pdf");
    let doc = lopdf::Document::load(&pdf).unwrap();
    assert!(doc.get_pages().len() >= 5);
}

#[test]
fn an_export_never_replaces_a_file_unasked_nor_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample();
    let plan_path = dir.path().join("w.plan.ron");
    catchball::file::save(&plan_path, &plan).unwrap();
    let before = std::fs::read(&plan_path).unwrap();
    let out = dir.path().join("w.html");
    std::fs::write(&out, "mine").unwrap();
    let err = export::export(
        &plan,
        Format::Html,
        Options::default(),
        &out,
        Some(&plan_path),
        false,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::Exists(_)));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    export::export(
        &plan,
        Format::Html,
        Options::default(),
        &out,
        Some(&plan_path),
        true,
    )
    .unwrap();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let err = export::export(
        &plan,
        Format::Md,
        Options::default(),
        &plan_path,
        Some(&plan_path),
        true,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::IsPlanFile(_)), "{err}");
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        2,
        "no temporary or backup files left: {names:?}"
    );
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing-folder/plan.pdf");
    let err = export::export(
        &sample(),
        Format::Pdf,
        Options::default(),
        &target,
        None,
        false,
    )
    .unwrap_err();
    assert!(err.to_string().contains("missing-folder/plan.pdf"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn default_names_sit_beside_the_plan() {
    let p = Path::new("/x/workshop.plan.ron");
    assert_eq!(
        export::default_target(p, Format::Html, View::Xmatrix),
        Path::new("/x/workshop.html")
    );
    assert_eq!(
        export::default_target(p, Format::Png, View::Map),
        Path::new("/x/workshop-map.png")
    );
    assert_eq!(
        export::default_target(p, Format::Csv, View::Xmatrix),
        Path::new("/x/workshop-csv")
    );
}
