//! The report laid out on pages: headings, paragraphs and tables flow down A4 pages, tables
//! break between rows and repeat their header, figures get the rest of a page. Each page is a
//! [`Scene`], so the PDF draws it the way the SVG writer draws any drawing.

use super::report::{Block, Cell, Figure, Row, Table};
use crate::drawing::strategy_map::{MapStyle, boxes, map_shapes};
use crate::drawing::{Align, Palette, Rect, Scene, Shape, Stroke, Text, fonts, pt, size};
use crate::model::Plan;

pub const A4: (f32, f32) = (595.28, 841.89);
pub const A3_LANDSCAPE: (f32, f32) = (1190.55, 841.89);

const MARGIN: f32 = 48.0;
const BODY: f32 = 9.5;
const PAD: f32 = 3.5;
/// Most lines a table cell shows before it is cut with "…".
const CELL_LINES: usize = 14;

pub struct Flow<'a> {
    plan: &'a Plan,
    footer: String,
    pages: Vec<Vec<Shape>>,
    shapes: Vec<Shape>,
    y: f32,
    /// Page width and height.
    page: (f32, f32),
    palette: Palette,
}

impl<'a> Flow<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        Self {
            plan,
            footer: fonts::single_line(&plan.title),
            pages: Vec::new(),
            shapes: Vec::new(),
            y: MARGIN,
            page: A4,
            palette: Palette::print(),
        }
    }

    fn width(&self) -> f32 {
        self.page.0 - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.page.1 - MARGIN
    }

    fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN
    }

    pub fn new_page(&mut self) {
        if !self.shapes.is_empty() {
            self.pages.push(std::mem::take(&mut self.shapes));
        }
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn need(&mut self, height: f32) {
        if self.room() < height && !self.at_top() {
            self.new_page();
        }
    }

    /// Wrapped text, line by line, moving to the next page where the page ends.
    fn text(&mut self, text: &str, font: f32, bold: bool, color: crate::drawing::Color, gap: f32) {
        let lines = fonts::wrap(text, font, bold, self.width(), usize::MAX);
        let lh = fonts::line_height(font);
        for line in lines {
            self.need(lh);
            self.shapes.push(Shape::Text(Text {
                bold,
                ..Text::line(pt(MARGIN, self.y), line, font, color)
                    .aligned(Align::Start, Align::Start)
            }));
            self.y += lh;
        }
        self.y += gap;
    }

    pub fn block(&mut self, block: &Block) {
        let p = self.palette;
        match block {
            Block::Section { title, .. } => {
                // A section starts a page unless most of this one is still free.
                if self.room() < (A4.1 - 2.0 * MARGIN) * 0.55 {
                    self.new_page();
                } else if !self.at_top() {
                    self.y += 18.0;
                }
                self.text(title, 18.0, true, p.strong, 4.0);
                self.shapes.push(Shape::Line {
                    from: pt(MARGIN, self.y),
                    to: pt(MARGIN + self.width(), self.y),
                    stroke: Stroke::new(1.0, p.grid),
                });
                self.y += 10.0;
            }
            Block::Heading(t) => {
                // Keep a heading with at least a few lines of what follows.
                self.need(fonts::line_height(13.0) + 5.0 * fonts::line_height(BODY));
                self.y += 6.0;
                self.text(t, 13.0, true, p.strong, 4.0);
            }
            Block::Lead(t) => self.text(t, 14.0, true, p.strong, 8.0),
            Block::Paragraph(t) => self.text(t, BODY, false, p.text, 6.0),
            Block::Note(t) => self.text(t, BODY * 0.9, false, p.dim, 6.0),
            Block::Table(t) => self.table(t),
            Block::Figure(Figure::StrategyMap) => self.map(),
            // The X-matrix has an A3 page of its own.
            Block::Figure(Figure::XMatrix) => self.text(
                &crate::tr!("rep-xmatrix-first-page"),
                BODY,
                false,
                p.dim,
                6.0,
            ),
        }
    }

    /// Column widths as a browser lays out a table: every column at least as wide as its
    /// longest word, the rest of the width shared by how much more each would like.
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let total = self.width();
        let n = table.columns.len();
        let mut least = vec![0.0_f32; n];
        let mut most = vec![0.0_f32; n];
        let mut measure = |i: usize, text: &str, bold: bool| {
            let longest_word = fonts::words(text)
                .iter()
                .map(|(_, w)| fonts::text_width(w, BODY, bold))
                .fold(0.0, f32::max);
            least[i] = least[i].max(longest_word.min(total / 3.0) + 2.0 * PAD);
            most[i] = most[i].max(fonts::text_width(text, BODY, bold) + 2.0 * PAD);
        };
        for (i, title) in table.columns.iter().enumerate() {
            measure(i, title, true);
        }
        for row in &table.rows {
            for (i, cell) in row.cells.iter().enumerate().take(n) {
                measure(i, &cell_text(cell), row.strong);
            }
        }
        let (sum_least, sum_most): (f32, f32) = (least.iter().sum(), most.iter().sum());
        if sum_most <= total {
            most.iter()
                .map(|m| m * total / sum_most.max(1e-3))
                .collect()
        } else if sum_least >= total {
            least.iter().map(|l| l * total / sum_least).collect()
        } else {
            let wish = (sum_most - sum_least).max(1e-3);
            least
                .iter()
                .zip(&most)
                .map(|(l, m)| l + (total - sum_least) * (m - l) / wish)
                .collect()
        }
    }

    fn header(&mut self, table: &Table, widths: &[f32]) {
        let p = self.palette;
        let cells: Vec<Vec<String>> = table
            .columns
            .iter()
            .zip(widths)
            .map(|(c, w)| fonts::wrap(c, BODY, true, w - 2.0 * PAD, 3))
            .collect();
        let h = row_height(&cells);
        self.shapes.push(Shape::Rect {
            rect: Rect::from_min_size(pt(MARGIN, self.y), size(self.width(), h)),
            radius: 0.0,
            fill: Some(p.faint),
            stroke: None,
        });
        self.cells(&cells, widths, true, p.strong);
        self.y += h;
        self.shapes.push(Shape::Line {
            from: pt(MARGIN, self.y),
            to: pt(MARGIN + self.width(), self.y),
            stroke: Stroke::new(1.0, p.line),
        });
    }

    fn cells(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        bold: bool,
        color: crate::drawing::Color,
    ) {
        let mut x = MARGIN;
        for (lines, w) in cells.iter().zip(widths) {
            self.shapes.push(Shape::Text(Text {
                lines: lines.clone(),
                bold,
                ..Text::line(pt(x + PAD, self.y + PAD), "", BODY, color)
                    .aligned(Align::Start, Align::Start)
            }));
            x += w;
        }
    }

    fn table(&mut self, table: &Table) {
        let p = self.palette;
        let widths = self.column_widths(table);
        self.need(3.0 * fonts::line_height(BODY) + 4.0 * PAD);
        self.header(table, &widths);
        for row in &table.rows {
            let cells = wrap_row(row, &widths);
            let h = row_height(&cells);
            if self.room() < h {
                self.new_page();
                self.header(table, &widths);
            }
            let mut x = MARGIN;
            for (cell, w) in row.cells.iter().zip(&widths) {
                if let Some(status) = cell.status {
                    self.shapes.push(Shape::Rect {
                        rect: Rect::from_min_size(pt(x, self.y), size(*w, h)),
                        radius: 0.0,
                        fill: Some(p.status(status)),
                        stroke: None,
                    });
                }
                x += w;
            }
            self.cells(&cells, &widths, row.strong, p.strong);
            self.y += h;
            self.shapes.push(Shape::Line {
                from: pt(MARGIN, self.y),
                to: pt(MARGIN + self.width(), self.y),
                stroke: Stroke::new(0.5, p.grid),
            });
        }
        self.y += 10.0;
    }

    fn map(&mut self) {
        self.need(A4.1 * 0.5);
        let area = Rect::from_min_size(pt(MARGIN, self.y), size(self.width(), self.room()));
        let style = MapStyle {
            font: 9.0,
            palette: self.palette,
        };
        let boxes = boxes(self.plan, area, &style);
        self.shapes
            .extend(map_shapes(self.plan, area, &style, &boxes, None));
        self.y = self.bottom();
    }

    /// The pages, each with a footer "title · page n of m".
    pub fn finish(mut self) -> Vec<Scene> {
        self.new_page();
        let n = self.pages.len();
        let p = self.palette;
        let title = fonts::ellipsize(&self.footer, 8.0, false, A4.0 - 2.0 * MARGIN - 80.0);
        self.pages
            .into_iter()
            .enumerate()
            .map(|(i, mut shapes)| {
                let y = A4.1 - MARGIN / 2.0;
                shapes.push(Shape::Text(
                    Text::line(pt(MARGIN, y), title.clone(), 8.0, p.dim)
                        .aligned(Align::Start, Align::Middle),
                ));
                shapes.push(Shape::Text(
                    Text::line(
                        pt(A4.0 - MARGIN, y),
                        crate::tr!("rep-page-of", page = i + 1, count = n),
                        8.0,
                        p.dim,
                    )
                    .aligned(Align::End, Align::Middle),
                ));
                Scene {
                    background: Some(p.background),
                    shapes,
                    ..Scene::new(A4.0, A4.1, format!("{} — page {}", self.footer, i + 1))
                }
            })
            .collect()
    }
}

/// A cell's text; a score ("0.62 · amber") stays on one line.
fn cell_text(cell: &Cell) -> String {
    if cell.status.is_some() {
        cell.text.replace(' ', &fonts::NBSP.to_string())
    } else {
        cell.text.clone()
    }
}

fn wrap_row(row: &Row, widths: &[f32]) -> Vec<Vec<String>> {
    row.cells
        .iter()
        .zip(widths)
        .map(|(c, w)| fonts::wrap(&cell_text(c), BODY, row.strong, w - 2.0 * PAD, CELL_LINES))
        .collect()
}

fn row_height(cells: &[Vec<String>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * fonts::line_height(BODY) + 2.0 * PAD
}
