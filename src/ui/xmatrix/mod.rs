//! The X-matrix panel: the Hoshin Kanri grid drawn as an X, editable in the workshop. Reads the
//! plan, keeps its own view state (cursor, selection, open editor), emits edits.

mod actions;
mod editor;
mod grid;
mod guide;
mod keys;
mod metric;

use crate::audit::xmatrix_findings;
use crate::drawing::xmatrix::{Cell, CellKind, Emphasis, Labels, Layout, fit_cached};
use crate::drawing::{Size, size};
use crate::i18n::arm_title;
use crate::model::{Arm, Id, Plan};
use crate::tr;
use crate::ui::{EditSink, scene};
use egui::{RichText, Ui};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// What the panel remembers between frames (never saved in the plan).
#[derive(Debug, Default)]
pub struct XMatrixView {
    /// The keyboard cursor in the logical grid.
    pub cursor: Cell,
    /// The item or person whose ties are highlighted.
    pub selected: Option<Id>,
    /// Readability option: column labels as short codes, names listed under the matrix.
    pub horizontal_labels: bool,
    /// The item, person or mark whose details are being edited.
    pub editor: Option<editor::Target>,
    /// True while the matrix takes the arrow keys (no text field has focus).
    pub has_focus: bool,
    pending: Pending,
    /// The last fit of the matrix to the window, reused while nothing it depends on changes.
    fit: crate::drawing::xmatrix::FitCache,
}

/// Things to do on a coming frame.
#[derive(Debug, Default)]
struct Pending {
    scroll_to_cursor: bool,
    /// Move the cursor to this item or person once it is laid out (after adding it).
    jump_to: Option<Id>,
    /// Put the keyboard focus in the editor's first field.
    focus_editor: bool,
    /// X-matrix commands run from the palette, handled like their keys.
    commands: Vec<crate::ui::commands::Command>,
}

impl XMatrixView {
    /// Selects an item or person and moves the cursor to it (after "Go to" from the audit).
    pub fn show(&mut self, id: Id) {
        self.selected = Some(id);
        self.pending.jump_to = Some(id);
    }

    /// Runs an X-matrix command (from the palette) on the next frame, as if its key was pressed.
    pub fn run(&mut self, command: crate::ui::commands::Command) {
        self.pending.commands.push(command);
    }

    fn toggle_select(&mut self, id: Id) {
        self.selected = if self.selected == Some(id) {
            None
        } else {
            Some(id)
        };
    }

    fn open_editor(&mut self, kind: CellKind) {
        self.editor = editor::Target::of(kind);
        self.pending.focus_editor = self.editor.is_some();
    }
}

/// Mark cell size and centre square in points at scale 1 (the app zoom scales them too).
const CELL: f32 = 30.0;
const CENTRE: Size = size(460.0, 300.0);
/// Centre height with horizontal labels.
const CENTRE_FLAT: f32 = 170.0;
/// How far the matrix grows or shrinks to fit the window; below the minimum it scrolls.
const MIN_SCALE: f32 = 0.8;
const MAX_SCALE: f32 = 2.0;
/// Label font sizes the fitted matrix chooses from (smallest, largest).
const FIT_FONT: (f32, f32) = (13.0, 19.0);

/// Height of the names list shown under the matrix with horizontal labels.
fn key_height(plan: &Plan, ui: &Ui) -> f32 {
    let x = &plan.xmatrix;
    let longest = x.annuals.len().max(x.metrics.len()).max(x.people.len()) + 1;
    longest as f32 * (ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y)
        + 8.0
}

pub fn xmatrix_ui(ui: &mut Ui, plan: &Plan, view: &mut XMatrixView, sink: &mut EditSink) {
    // The grid's cursor is this panel's first field: the keyboard goes to it.
    if crate::ui::widgets::take_first_focus(ui) {
        ui.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    let findings =
        crate::ui::derived::cached(ui.ctx(), "xmatrix-findings", (), || xmatrix_findings(plan));
    let mut lint: HashMap<Id, String> = HashMap::new();
    for f in findings.iter() {
        for &id in &f.targets {
            let entry = lint.entry(id).or_default();
            if !entry.is_empty() {
                entry.push('\n');
            }
            let _ = write!(entry, "⚠ {} {}", f.message, f.hint);
        }
    }
    toolbar(ui, plan, view, sink);
    ui.separator();
    let labels = Labels::new(plan);
    let status_height = 34.0;
    let key_height = if view.horizontal_labels {
        key_height(plan, ui)
    } else {
        0.0
    };
    // Scale the matrix to the window: as large as fits, never so small it can't be read.
    let room = ui.available_size() - egui::vec2(16.0, status_height + key_height + 16.0);
    // Horizontal labels need no room for rotated names: the centre can be flatter.
    let centre = if view.horizontal_labels {
        size(CENTRE.w, CENTRE_FLAT)
    } else {
        CENTRE
    };
    let cell = size(CELL, CELL);
    let base = Layout::new(plan, cell, centre, crate::drawing::Point::default()).size();
    let scale = (room.x / base.w)
        .min(room.y / base.h)
        .clamp(MIN_SCALE, MAX_SCALE);
    // Names read upwards and across the centre: fill the window, wrapping names onto two or
    // three lines before cutting any — unless the cells would get too small to click, then
    // keep the scaled matrix and scroll.
    let fitted = (!view.horizontal_labels)
        .then(|| {
            let area = crate::drawing::geom::Rect::from_min_size(
                crate::drawing::Point::default(),
                size(room.x.max(1.0), room.y.max(1.0)),
            );
            fit_cached(
                &mut view.fit,
                plan,
                &labels,
                area,
                None,
                FIT_FONT.1,
                FIT_FONT.0,
            )
        })
        .filter(|f| f.layout.cell.w.min(f.layout.cell.h) >= CELL * MIN_SCALE);
    let area = egui::ScrollArea::both()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - status_height);
    area.show(ui, |ui| {
        let (cell, centre) = match &fitted {
            Some(f) => (f.layout.cell, f.layout.centre),
            None => (cell.scaled(scale), centre.scaled(scale)),
        };
        let probe = Layout::new(plan, cell, centre, scene::point(ui.cursor().min));
        let wanted = probe.size();
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(wanted.w, wanted.h), egui::Sense::hover());
        let layout = Layout::new(plan, cell, centre, scene::point(rect.min));
        // An item added this frame is laid out from the next frame on; jump then.
        if let Some(cell) = view.pending.jump_to.and_then(|id| layout.cell_of(id)) {
            view.pending.jump_to = None;
            view.cursor = cell;
            view.pending.scroll_to_cursor = true;
        }
        view.cursor = layout.clamp(view.cursor);
        view.has_focus = ui.ctx().memory(|m| m.focused().is_none()) && view.editor.is_none();
        if view.has_focus {
            keys::handle(ui, plan, view, sink, &layout);
        }
        let cx = grid::Ctx {
            plan,
            layout: &layout,
            labels: &labels,
            emphasis: Emphasis {
                related: related(plan, view.selected),
                selected: view.selected,
                crosshair: crosshair(layout.kind(view.cursor)),
                lint: lint.keys().copied().collect(),
            },
            lint: &lint,
            text: fitted.as_ref().map(|f| (f.font, f.max_lines)),
        };
        grid::grid_ui(ui, &cx, view, sink);
        if std::mem::take(&mut view.pending.scroll_to_cursor) {
            ui.scroll_to_rect(scene::rect(layout.rect(view.cursor)), None);
        }
        if view.horizontal_labels {
            ui.add_space(8.0);
            names_key(ui, plan, &labels);
        }
    });
    status(ui, &findings);
    editor::editor_window(ui, plan, view, sink);
}

fn related(plan: &Plan, selected: Option<Id>) -> HashSet<Id> {
    selected
        .map(|s| std::iter::once(s).chain(plan.xmatrix.ties(s)).collect())
        .unwrap_or_default()
}

fn crosshair(kind: CellKind) -> HashSet<Id> {
    match kind {
        CellKind::Mark { a, b, .. } => [a, b].into(),
        CellKind::Role { item, person } => [item, person].into(),
        _ => HashSet::new(),
    }
}

fn toolbar(ui: &mut Ui, plan: &Plan, view: &mut XMatrixView, sink: &mut EditSink) {
    let vocab = plan.settings.vocabulary;
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!("panel-xmatrix"));
        ui.add_space(12.0);
        let legend = if plan.xmatrix.has_linked() {
            tr!("xm-legend-linked")
        } else {
            tr!("xm-legend")
        };
        ui.label(RichText::new(legend).strong());
    });
    ui.horizontal_wrapped(|ui| {
        for arm in Arm::CLOCKWISE {
            if ui
                .button(tr!(
                    "xm-add-arm",
                    item = capitalise(&crate::i18n::arm_item(arm, vocab))
                ))
                .clicked()
            {
                editor::add_item(plan, view, sink, arm);
            }
        }
        editor::add_person_menu(ui, plan, view, sink);
        ui.separator();
        ui.checkbox(&mut view.horizontal_labels, tr!("xm-horizontal"));
        editor::vocabulary_combo(ui, plan, sink);
        ui.label(RichText::new(tr!("xm-keys")).strong())
            .on_hover_text(keys_help());
    });
    guide::guide_ui(ui, plan);
}

/// The X-matrix's keys, from the command table.
fn keys_help() -> String {
    use crate::ui::commands::{Command, Context};
    use strum::IntoEnumIterator;
    let mut lines = vec![tr!("xm-keys-click")];
    lines.extend(
        Command::iter()
            .filter(|c| c.context() == Context::XMatrix)
            .map(|c| format!("{}: {}", c.keys_text(), c.label())),
    );
    lines.join("\n")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn status(ui: &mut Ui, findings: &[crate::audit::Finding]) {
    ui.horizontal(|ui| {
        if findings.is_empty() {
            ui.label(RichText::new(tr!("xm-check-ok")).strong());
        } else {
            let text = tr!("xm-check-findings", count = findings.len());
            let all: Vec<String> = findings
                .iter()
                .map(|f| format!("{} {}", f.message, f.hint))
                .collect();
            ui.label(
                RichText::new(text)
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            )
            .on_hover_text(all.join("\n"));
        }
    });
}

/// With horizontal labels, the column items are listed by code under the matrix.
fn names_key(ui: &mut Ui, plan: &Plan, labels: &Labels) {
    let x = &plan.xmatrix;
    let vocab = plan.settings.vocabulary;
    ui.horizontal_top(|ui| {
        for (title, ids) in [
            (arm_title(Arm::West, vocab), x.arm_ids(Arm::West)),
            (arm_title(Arm::East, vocab), x.arm_ids(Arm::East)),
            (tr!("xm-people"), x.people.clone()),
        ] {
            ui.vertical(|ui| {
                ui.set_max_width(420.0);
                ui.label(RichText::new(title).strong());
                for id in ids {
                    ui.label(format!("{}  {}", labels.code(id), labels.full(id)));
                }
            });
            ui.add_space(24.0);
        }
    });
}
