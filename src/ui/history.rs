//! The history window of a measure or a key result: its recorded values as a chart (the series
//! named in a caption under it, so no legend covers a point) and as a table, centred below the
//! menu bar.

use egui::{RichText, Ui};
use egui_plot::{HLine, Line, LineStyle, Plot, Points};

/// The x of a dated point: days since the first one.
pub fn days_since(day0: Option<jiff::civil::Date>, date: jiff::civil::Date) -> f64 {
    day0.map_or(0.0, |d0| f64::from((date - d0).get_days()))
}

/// A line through dated points, drawn solid (the values) or dashed (a companion series).
pub struct Series {
    pub name: String,
    pub points: Vec<[f64; 2]>,
    pub dashed: bool,
}

/// A horizontal reference line (a target, a baseline, the sweet spot).
pub struct Reference {
    pub name: String,
    pub y: f64,
    pub dotted: bool,
}

/// What a history window shows.
pub struct History {
    pub salt: (&'static str, u64),
    pub title: String,
    /// Shown instead of chart and table when nothing was recorded yet.
    pub empty: String,
    pub x_label: String,
    pub y_label: String,
    /// Keep 0–1 in view (scores).
    pub unit_range: bool,
    pub series: Vec<Series>,
    pub references: Vec<Reference>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Shows the window; returns false when the user closed it.
pub fn window(ui: &mut Ui, h: &History) -> bool {
    let mut open = true;
    egui::Window::new(RichText::new(&h.title).strong())
        .id(egui::Id::unique(h.salt))
        .open(&mut open)
        .collapsible(false)
        .default_width(620.0)
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ui.ctx().content_rect().center_top() + egui::vec2(0.0, 60.0))
        .show(ui.ctx(), |ui| {
            if h.rows.is_empty() {
                ui.label(&h.empty);
                return;
            }
            let mut plot = Plot::new(("history-plot", h.salt))
                .height(220.0)
                .allow_scroll(false)
                .x_axis_label(h.x_label.clone())
                .y_axis_label(h.y_label.clone());
            if h.unit_range {
                plot = plot.include_y(0.0).include_y(1.0);
            }
            plot.show(ui, |p| {
                for s in &h.series {
                    let mut line = Line::new(s.name.clone(), s.points.clone()).width(2.5);
                    if s.dashed {
                        line = line.style(LineStyle::dashed_loose());
                    } else {
                        p.points(Points::new(s.name.clone(), s.points.clone()).radius(4.0));
                    }
                    p.line(line);
                }
                for r in &h.references {
                    let style = if r.dotted {
                        LineStyle::dotted_loose()
                    } else {
                        LineStyle::dashed_loose()
                    };
                    p.hline(HLine::new(r.name.clone(), r.y).style(style));
                }
            });
            // The key to the chart, in words under it.
            let mut key: Vec<String> = h
                .series
                .iter()
                .map(|s| format!("{} {}", if s.dashed { "╌" } else { "━" }, s.name))
                .collect();
            key.extend(h.references.iter().map(|r| {
                format!(
                    "{} {} ({})",
                    if r.dotted { "┈" } else { "╌" },
                    r.name,
                    crate::model::fmt_num(r.y)
                )
            }));
            ui.label(RichText::new(key.join("   ")).weak());
            ui.add_space(6.0);
            egui::Grid::new(("history-table", h.salt))
                .striped(true)
                .show(ui, |ui| {
                    for title in &h.headers {
                        ui.label(RichText::new(title).strong());
                    }
                    ui.end_row();
                    for row in &h.rows {
                        for cell in row {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
    open
}

#[cfg(test)]
mod tests {
    use super::days_since;
    use jiff::civil::date;

    #[test]
    fn days_since_counts_days_across_months_and_years() {
        assert!((days_since(Some(date(2027, 1, 15)), date(2027, 2, 1)) - 17.0).abs() < 1e-9);
        assert!((days_since(Some(date(2026, 12, 31)), date(2027, 12, 31)) - 365.0).abs() < 1e-9);
        assert!(days_since(None, date(2027, 1, 1)).abs() < 1e-9);
    }
}
