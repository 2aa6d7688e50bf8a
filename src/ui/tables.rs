//! Read-only tables shared by the panels that are not editable yet.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// A striped table of text with a bold header row. The last column takes the remaining width.
pub fn text_table(ui: &mut Ui, id: &str, headers: &[&str], rows: &[Vec<String>]) {
    if rows.is_empty() {
        ui.label(RichText::new(crate::tr!("table-empty")).weak());
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.push_id(id, |ui| {
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .vscroll(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for _ in 1..headers.len() {
            table = table.column(Column::auto().at_least(60.0).clip(true));
        }
        table
            .column(Column::remainder().at_least(120.0))
            .header(row_height, |mut header| {
                for h in headers {
                    header.col(|ui| {
                        ui.label(RichText::new(*h).strong());
                    });
                }
            })
            .body(|mut body| {
                for row in rows {
                    body.row(row_height, |mut r| {
                        for cell in row {
                            r.col(|ui| {
                                ui.label(cell);
                            });
                        }
                    });
                }
            });
    });
}

pub use crate::i18n::number as num;
