//! Keyboard control of the X-matrix: a cell cursor over the whole grid, and the same actions
//! as the mouse. Active while no text field has focus.

use super::{XMatrixView, actions};
use crate::drawing::xmatrix::{CellKind, Layout};
use crate::model::{Arm, Plan};
use crate::ui::EditSink;
use crate::ui::commands::{Command, Context};
use egui::Ui;

/// What a key press asks for.
#[derive(Clone, Copy)]
enum KeyAction {
    Step(i32, i32),
    Shift(i32, i32),
    Cycle,
    /// 1/2/3 set a level (0-based); 0 clears it.
    Level(Option<usize>),
    Edit,
    Delete,
    Walk(i32),
    Escape,
}

/// What a command of the X-matrix context asks for.
fn action(command: Command) -> Option<KeyAction> {
    use KeyAction as A;
    Some(match command {
        Command::XmMoveLeft => A::Shift(-1, 0),
        Command::XmMoveRight => A::Shift(1, 0),
        Command::XmMoveUp => A::Shift(0, -1),
        Command::XmMoveDown => A::Shift(0, 1),
        Command::XmLeft => A::Step(-1, 0),
        Command::XmRight => A::Step(1, 0),
        Command::XmUp => A::Step(0, -1),
        Command::XmDown => A::Step(0, 1),
        Command::XmCycle => A::Cycle,
        Command::XmStrong => A::Level(Some(0)),
        Command::XmMedium => A::Level(Some(1)),
        Command::XmWeak => A::Level(Some(2)),
        Command::XmLinked => A::Level(Some(3)),
        Command::XmClear => A::Level(None),
        Command::XmEdit => A::Edit,
        Command::XmDelete => A::Delete,
        Command::XmWalkPrevious => A::Walk(-1),
        Command::XmWalkNext => A::Walk(1),
        Command::XmClearHighlight => A::Escape,
        _ => return None,
    })
}

/// The keys this panel reacts to (consumed so nothing else acts on them), and the commands the
/// palette sent it.
fn read(ui: &mut Ui, view: &mut XMatrixView) -> Vec<KeyAction> {
    let mut commands = std::mem::take(&mut view.pending.commands);
    commands.extend(Command::pressed(ui.ctx(), Context::XMatrix));
    commands.into_iter().filter_map(action).collect()
}

pub fn handle(
    ui: &mut Ui,
    plan: &Plan,
    view: &mut XMatrixView,
    sink: &mut EditSink,
    layout: &Layout,
) {
    for action in read(ui, view) {
        let kind = layout.kind(view.cursor);
        match action {
            KeyAction::Step(dx, dy) => move_to(view, layout, layout.step(view.cursor, dx, dy)),
            KeyAction::Shift(dx, dy) => {
                // Rows (north, south) move up/down; columns (west, east, people) left/right.
                let rows = matches!(
                    kind,
                    CellKind::Item {
                        arm: Arm::North | Arm::South,
                        ..
                    }
                );
                let delta = if rows { dy } else { dx };
                if delta != 0 {
                    actions::shift(plan, sink, kind, delta);
                    // The cursor follows the item it moved.
                    let (cx, cy) = if rows { (0, delta) } else { (delta, 0) };
                    view.cursor = layout.step(view.cursor, cx, cy);
                }
            }
            KeyAction::Cycle => match kind {
                CellKind::Item { id, .. } | CellKind::Person { id, .. } => view.toggle_select(id),
                _ => actions::cycle(plan, sink, kind),
            },
            KeyAction::Level(level) => actions::set_level(plan, sink, kind, level),
            KeyAction::Edit => view.open_editor(kind),
            KeyAction::Delete => actions::delete(plan, sink, kind),
            KeyAction::Walk(dir) => walk(view, layout, dir),
            KeyAction::Escape => view.selected = None,
        }
    }
}

fn move_to(view: &mut XMatrixView, layout: &Layout, cell: crate::drawing::xmatrix::Cell) {
    view.cursor = cell;
    view.pending.scroll_to_cursor = true;
    if let CellKind::Item { id, .. } | CellKind::Person { id, .. } = layout.kind(cell) {
        view.selected = Some(id);
    }
}

/// W / Shift+W: the next / previous item clockwise (south, west, north, east, people).
fn walk(view: &mut XMatrixView, layout: &Layout, dir: i32) {
    let order = layout.clockwise();
    if order.is_empty() {
        return;
    }
    let now = view
        .selected
        .and_then(|s| order.iter().position(|&i| i == s));
    let len = order.len();
    let next = match (now, dir > 0) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len,
    };
    if let Some(cell) = layout.cell_of(order[next]) {
        move_to(view, layout, cell);
    }
}
