//! The plan as an Excel workbook: Vision, Priorities, the X-matrix as the familiar grid (marks as
//! text ● ○ △ with a legend), its marks as a table, Scorecard (scores filled by status, the number
//! and the word beside), OKRs, Check-ins and Audit. Numbers are numbers, dates are dates, every
//! table has a frozen header row, an autofilter and widths that fit. Plan text is always written
//! as a string, never a formula.

use super::ExportError;
use super::tables::{self, DataTable, Value};
use crate::drawing::xmatrix::{Cell, CellKind, Labels, Layout};
use crate::drawing::{Palette, pt, size};
use crate::model::{Plan, Role};
use crate::tr;
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, DocProperties, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

// Taken by value to serve as `map_err(fail)`.
#[allow(clippy::needless_pass_by_value)]
fn fail(e: XlsxError) -> ExportError {
    ExportError::Render {
        what: "workbook",
        message: e.to_string(),
    }
}

fn color(c: crate::drawing::Color) -> u32 {
    (u32::from(c.r) << 16) | (u32::from(c.g) << 8) | u32::from(c.b)
}

struct Formats {
    header: Format,
    title: Format,
    bold: Format,
    /// A row label beside wrapped text.
    label: Format,
    /// A number read as a label (a year), left-aligned.
    year: Format,
    wrap: Format,
    date: Format,
    score: Format,
    /// Fills for red, amber, green.
    status: [Format; 3],
}

impl Formats {
    fn new() -> Self {
        let p = Palette::print();
        Self {
            header: Format::new()
                .set_bold()
                .set_background_color(0x00E8_E8E8)
                .set_border_bottom(FormatBorder::Medium),
            title: Format::new().set_bold().set_font_size(18),
            bold: Format::new().set_bold(),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            year: Format::new().set_align(FormatAlign::Left),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            score: Format::new().set_num_format("0.00"),
            status: [0, 1, 2].map(|i| Format::new().set_background_color(color(p.status[i]))),
        }
    }
}

/// Widths that fit the contents, in characters, within reason.
fn fit_widths(sheet: &mut Worksheet, table: &DataTable) -> Result<Vec<f64>, XlsxError> {
    let mut widths: Vec<f64> = table
        .headers
        .iter()
        .map(|h| h.chars().count() as f64 + 2.0)
        .collect();
    for row in &table.rows {
        for (i, v) in row.iter().enumerate() {
            let len = v.text().chars().count() as f64 + 2.0;
            if let Some(w) = widths.get_mut(i) {
                *w = w.max(len.min(60.0));
            }
        }
    }
    for (i, w) in widths.iter().enumerate() {
        sheet.set_column_width(i as u16, w.max(6.0))?;
    }
    Ok(widths)
}

/// Fills score cells red, amber or green by the plan's thresholds.
fn status_fills(
    sheet: &mut Worksheet,
    t: crate::model::Thresholds,
    f: &Formats,
    rows: u32,
    col: u16,
) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    // Blank is "no data", not zero: no fill, and no further rule.
    let blank = rust_xlsxwriter::ConditionalFormatBlank::new()
        .set_format(Format::new())
        .set_stop_if_true(true);
    sheet.add_conditional_format(1, col, rows, col, &blank)?;
    let rules = [
        ConditionalFormatCellRule::LessThan(t.amber_from),
        ConditionalFormatCellRule::Between(t.amber_from, t.green_from - 1e-9),
        ConditionalFormatCellRule::GreaterThanOrEqualTo(t.green_from),
    ];
    for (rule, fill) in rules.into_iter().zip(&f.status) {
        let cf = ConditionalFormatCell::new()
            .set_rule(rule)
            .set_format(fill.clone());
        sheet.add_conditional_format(1, col, rows, col, &cf)?;
    }
    Ok(())
}

/// A table on a sheet of its own: header row frozen, autofilter, typed cells.
fn table_sheet(
    book: &mut Workbook,
    f: &Formats,
    name: &str,
    table: &DataTable,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(name)?;
    print_setup(sheet);
    for (c, h) in table.headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &f.header)?;
    }
    let widths = fit_widths(sheet, table)?;
    let mut score_cols = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        let mut height: f64 = 15.0;
        for (c, v) in row.iter().enumerate() {
            let width = widths.get(c).copied().unwrap_or(10.0);
            let c = c as u16;
            match v {
                Value::Text(s) if width >= 60.0 => {
                    sheet.write_string_with_format(r, c, s, &f.wrap)?;
                    height = height.max(wrapped_height(s.chars().count(), width));
                }
                Value::Text(s) => {
                    sheet.write_string(r, c, s)?;
                }
                Value::Number(n) => {
                    sheet.write_number(r, c, *n)?;
                }
                Value::Date(d) => {
                    sheet.write_date_with_format(r, c, d, &f.date)?;
                }
                Value::Score(s, _) => {
                    sheet.write_number_with_format(r, c, *s, &f.score)?;
                    if !score_cols.contains(&c) {
                        score_cols.push(c);
                    }
                }
                Value::Empty => {}
            }
        }
        if height > 15.0 {
            sheet.set_row_height(r, height)?;
        }
    }
    let last_row = table.rows.len() as u32;
    for c in score_cols {
        status_fills(sheet, table.bands, f, last_row, c)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !table.headers.is_empty() {
        sheet.autofilter(0, 0, last_row, table.headers.len() as u16 - 1)?;
    }
    Ok(())
}

/// Height of a row whose wrapped text takes `chars` characters in a column `width` wide.
fn wrapped_height(chars: usize, width: f64) -> f64 {
    let lines = (chars as f64 / (width - 2.0).max(1.0)).ceil().max(1.0);
    15.0 * lines
}

/// Landscape, one page wide, as many pages down as it takes.
fn print_setup(sheet: &mut Worksheet) {
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
}

fn vision_sheet(book: &mut Workbook, plan: &Plan, f: &Formats) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(tr!("xl-vision"))?;
    print_setup(sheet);
    let wide = 80.0;
    for (c, w) in [(0, 14.0), (1, wide), (2, 12.0), (3, 10.0)] {
        sheet.set_column_width(c, w)?;
    }
    sheet.write_string_with_format(0, 0, &plan.title, &f.title)?;
    sheet.write_string(1, 0, super::report::subtitle(plan))?;
    let v = &plan.vision;
    let mut r = 3;
    for (label, text) in [
        (tr!("xl-vision"), v.statement.as_str()),
        (tr!("vision-why"), v.why.as_str()),
    ] {
        sheet.write_string_with_format(r, 0, &label, &f.label)?;
        sheet.write_string_with_format(r, 1, text, &f.wrap)?;
        sheet.set_row_height(r, wrapped_height(text.chars().count(), wide))?;
        r += 1;
    }
    sheet.write_string_with_format(r, 0, tr!("vision-target-year"), &f.bold)?;
    if let Some(y) = v.target_year {
        sheet.write_number_with_format(r, 1, f64::from(y), &f.year)?;
    }
    r += 2;
    if !v.targets.is_empty() {
        for (c, h) in [
            "vision-col-year",
            "xl-target",
            "vision-col-value",
            "vision-col-unit",
        ]
        .iter()
        .enumerate()
        {
            sheet.write_string_with_format(r, c as u16, crate::i18n::text(h), &f.header)?;
        }
        for t in &v.targets {
            r += 1;
            if let Some(y) = t.by_year {
                sheet.write_number(r, 0, f64::from(y))?;
            }
            sheet.write_string(r, 1, &t.metric)?;
            sheet.write_number(r, 2, t.value)?;
            sheet.write_string(r, 3, &t.unit)?;
        }
    }
    Ok(())
}

/// The X-matrix as the grid people know: annual objectives in columns on the left, metrics and
/// people on the right, improvement priorities above and breakthroughs below the centre.
fn xmatrix_sheet(book: &mut Workbook, plan: &Plan, f: &Formats) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet().set_name(tr!("xl-xmatrix"))?;
    sheet.set_landscape();
    // A3, the X-matrix's paper.
    sheet.set_paper_size(8);
    sheet.set_print_fit_to_pages(1, 1);
    let layout = Layout::new(plan, size(1.0, 1.0), size(1.0, 1.0), pt(0.0, 0.0));
    let labels = Labels::new(plan);
    let x = &plan.xmatrix;
    let mark = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_font_size(14)
        .set_border(FormatBorder::Thin);
    let column_label = Format::new()
        .set_rotation(90)
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let row_label = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let centre = Format::new()
        .set_text_wrap()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Medium);
    let top = 2u32;
    sheet.write_string_with_format(0, 0, tr!("xl-xmatrix-title", plan = &plan.title), &f.title)?;
    for col in 0..layout.cols() {
        let width = if col == layout.centre_col() { 60 } else { 4 };
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_row_height(top + layout.centre_row() as u32, 220)?;
    for row in 0..layout.rows() {
        for col in 0..layout.cols() {
            let (r, c) = (top + row as u32, col as u16);
            match layout.kind(Cell { col, row }) {
                CellKind::Mark { corner, a, b } => {
                    let symbol = x.mark(corner, a, b).map_or("", |m| m.strength.symbol());
                    sheet.write_string_with_format(r, c, symbol, &mark)?;
                }
                CellKind::Role { item, person } => {
                    let symbol = x.role(item, person).map_or("", Role::symbol);
                    sheet.write_string_with_format(r, c, symbol, &mark)?;
                }
                CellKind::Item { id, .. } => {
                    let text = format!("{}  {}", labels.code(id), labels.full(id));
                    let format = if row == layout.centre_row() {
                        &column_label
                    } else {
                        &row_label
                    };
                    sheet.write_string_with_format(r, c, text, format)?;
                }
                CellKind::Person { id, .. } => {
                    sheet.write_string_with_format(r, c, labels.full(id), &column_label)?;
                }
                CellKind::Centre => {
                    let vision = if plan.vision.statement.trim().is_empty() {
                        &plan.title
                    } else {
                        &plan.vision.statement
                    };
                    sheet.write_string_with_format(r, c, vision, &centre)?;
                }
                CellKind::Empty => {}
            }
        }
    }
    let legend = top + layout.rows() as u32 + 1;
    sheet.write_string_with_format(legend, 0, tr!("xl-legend"), &f.bold)?;
    let marks = if plan.xmatrix.has_linked() {
        tr!("xl-marks-linked")
    } else {
        tr!("xl-marks")
    };
    sheet.write_string(legend + 1, 0, marks)?;
    sheet.write_string(legend + 2, 0, tr!("xl-people"))?;
    sheet.write_string(legend + 3, 0, tr!("xl-arms"))?;
    Ok(())
}

/// The workbook's bytes.
pub fn workbook(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    let f = Formats::new();
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(&plan.title)
            .set_company(&plan.organisation),
    );
    vision_sheet(&mut book, plan, &f).map_err(fail)?;
    let sheets = [
        (tr!("panel-priorities"), tables::priorities(plan)),
        (tr!("xl-marks-sheet"), tables::xmatrix_marks(plan)),
        (tr!("panel-scorecard"), tables::measures(plan)),
        (tr!("panel-okrs"), tables::key_results(plan)),
        (tr!("xl-check-ins"), tables::check_ins(plan)),
        (tr!("panel-audit"), tables::findings(plan)),
    ];
    let mut first = true;
    for (name, table) in &sheets {
        table_sheet(&mut book, &f, name, table).map_err(fail)?;
        if first {
            xmatrix_sheet(&mut book, plan, &f).map_err(fail)?;
            first = false;
        }
    }
    book.save_to_buffer().map_err(fail)
}
