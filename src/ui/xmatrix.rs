//! The X-matrix panel, read-only for now: the four arms, the people roles and the correlation
//! marks of each corner as clear tables. (In-place editing of the grid is its own issue.)

use super::tables::{num, text_table};
use crate::model::{Corner, Id, Plan, Role, Vocabulary, XItem};
use egui::{RichText, Ui};

/// Arm names in the plan's vocabulary: (south, west, north, east).
pub fn arm_names(v: Vocabulary) -> [&'static str; 4] {
    match v {
        Vocabulary::Classic => [
            "Breakthrough objectives",
            "Annual objectives",
            "Improvement priorities",
            "Metrics",
        ],
        Vocabulary::Taste => ["Aspirations", "Strategies", "Tactics", "Evidence"],
    }
}

fn items_rows(prefix: &str, items: &[XItem]) -> Vec<Vec<String>> {
    items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            vec![
                format!("{prefix}{}", i + 1),
                it.name.clone(),
                it.note.clone(),
            ]
        })
        .collect()
}

pub fn xmatrix_ui(ui: &mut Ui, plan: &Plan) {
    let x = &plan.xmatrix;
    let [south, west, north, east] = arm_names(plan.settings.vocabulary);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("X-matrix");
        ui.label(format!(
            "Centre: {}   ·   Legend: ● strong   ○ medium   △ weak   (people: ● lead, ○ core team, △ consulted)",
            if plan.vision.statement.is_empty() { &plan.title } else { &plan.vision.statement }
        ));
        ui.add_space(8.0);
        for (title, prefix, items) in [
            (south, "B", &x.breakthroughs),
            (west, "A", &x.annuals),
            (north, "I", &x.improvements),
        ] {
            ui.label(RichText::new(title).heading());
            text_table(ui, title, &["#", "Name", "Note"], &items_rows(prefix, items));
            ui.add_space(8.0);
        }
        ui.label(RichText::new(east).heading());
        let rows: Vec<Vec<String>> = x
            .metrics
            .iter()
            .enumerate()
            .map(|(i, m)| {
                vec![
                    format!("M{}", i + 1),
                    m.name.clone(),
                    m.target.map_or_else(|| "—".into(), |t| format!("{} {}", num(t), m.unit)),
                ]
            })
            .collect();
        text_table(ui, east, &["#", "Metric", "Target"], &rows);
        ui.add_space(8.0);
        for corner in Corner::ALL {
            corner_grid(ui, plan, corner);
            ui.add_space(8.0);
        }
        people_grid(ui, plan);
    });
}

/// The labelled row and column items of a corner.
/// Items of one arm with their short labels ("B1", "A2" …).
type Labelled = Vec<(String, Id)>;

fn corner_items(plan: &Plan, corner: Corner) -> (Labelled, Labelled) {
    let x = &plan.xmatrix;
    let label = |prefix: &str, items: &[XItem]| -> Vec<(String, Id)> {
        items
            .iter()
            .enumerate()
            .map(|(i, it)| (format!("{prefix}{}", i + 1), it.id))
            .collect()
    };
    let metrics: Vec<(String, Id)> = x
        .metrics
        .iter()
        .enumerate()
        .map(|(i, m)| (format!("M{}", i + 1), m.id))
        .collect();
    match corner {
        Corner::BottomLeft => (label("B", &x.breakthroughs), label("A", &x.annuals)),
        Corner::TopLeft => (label("A", &x.annuals), label("I", &x.improvements)),
        Corner::TopRight => (label("I", &x.improvements), metrics),
        Corner::BottomRight => (label("B", &x.breakthroughs), metrics),
    }
}

fn corner_title(corner: Corner) -> &'static str {
    match corner {
        Corner::BottomLeft => "Bottom-left corner",
        Corner::TopLeft => "Top-left corner",
        Corner::TopRight => "Top-right corner",
        Corner::BottomRight => "Bottom-right corner",
    }
}

fn corner_grid(ui: &mut Ui, plan: &Plan, corner: Corner) {
    let (rows, cols) = corner_items(plan, corner);
    let title = corner_title(corner);
    let [south, west, north, east] = arm_names(plan.settings.vocabulary);
    let (ra, cb) = match corner {
        Corner::BottomLeft => (south, west),
        Corner::TopLeft => (west, north),
        Corner::TopRight => (north, east),
        Corner::BottomRight => (south, east),
    };
    ui.label(RichText::new(format!("{title}: {ra} × {cb}")).heading());
    egui::Grid::new(("corner", corner as u8))
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (name, _) in &cols {
                ui.label(RichText::new(name).strong());
            }
            ui.end_row();
            for (rname, rid) in &rows {
                ui.label(RichText::new(rname).strong())
                    .on_hover_text(plan.xmatrix.item_name(*rid).unwrap_or_default());
                for (_, cid) in &cols {
                    let mark = plan.xmatrix.mark(corner, *rid, *cid);
                    let r = ui.label(mark.map_or("·", |m| m.strength.symbol()));
                    if let Some(m) = mark {
                        r.on_hover_text(format!(
                            "{} — {}: {}{}",
                            plan.xmatrix.item_name(*rid).unwrap_or_default(),
                            plan.xmatrix.item_name(*cid).unwrap_or_default(),
                            m.strength.label(),
                            if m.rationale.is_empty() {
                                String::new()
                            } else {
                                format!(" — {}", m.rationale)
                            }
                        ));
                    }
                }
                ui.end_row();
            }
        });
}

fn people_grid(ui: &mut Ui, plan: &Plan) {
    let x = &plan.xmatrix;
    ui.label(RichText::new("People").heading());
    egui::Grid::new("xm-people")
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for &pid in &x.people {
                ui.label(RichText::new(plan.person_name(Some(pid))).strong());
            }
            ui.end_row();
            for (i, item) in x.improvements.iter().enumerate() {
                ui.label(RichText::new(format!("I{}", i + 1)).strong())
                    .on_hover_text(&item.name);
                for &pid in &x.people {
                    let role = x.role(item.id, pid);
                    ui.label(role.map_or("·", Role::symbol))
                        .on_hover_text(role.map_or("not involved", Role::label));
                }
                ui.end_row();
            }
        });
}
