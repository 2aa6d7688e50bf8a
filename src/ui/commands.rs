//! Every action the user can take, in one table: its text, its shortcuts, its menu and where it
//! applies. Menus, the shortcut handlers, the keyboard help (F1), the X-matrix key hover, the
//! command palette and the README's key table are all generated from it, so they cannot drift.

use crate::export::{Format, View};
use crate::ui::PanelKind;
use egui::{Key, KeyboardShortcut, Modifiers};
use strum::IntoEnumIterator;

/// Where a command's shortcuts work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Context {
    /// Anywhere in the window, even while typing.
    Global,
    /// While presenting (room views).
    Room,
    /// On the X-matrix panel while no text field has the keyboard.
    XMatrix,
    /// In the check-in round.
    CheckInRound,
    /// On the Priorities panel, while a priority's field has the keyboard.
    Priorities,
}

impl Context {
    /// The context's heading in the current language (keyboard help, palette).
    pub fn label(self) -> String {
        crate::i18n::text(match self {
            Context::Global => "ctx-global",
            Context::Room => "ctx-room",
            Context::XMatrix => "ctx-xmatrix",
            Context::CheckInRound => "ctx-round",
            Context::Priorities => "ctx-priorities",
        })
    }

    /// Heading of the context's part of the keyboard table in the README (English).
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Room => "Presenting (F5)",
            Context::XMatrix => "On the X-matrix",
            Context::CheckInRound => "In the check-in round",
            Context::Priorities => "On the Priorities panel",
        }
    }
}

/// Which top-level menu a command lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    /// File ▸ Export.
    Export,
    Edit,
    View,
    Workshop,
    Help,
    /// Only keys (and the palette), no menu entry.
    None,
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

/// Declares the commands: variant => text, [shortcuts], menu, context.
macro_rules! commands {
    ($($variant:ident => $text:expr, [$($m:ident + $k:ident),*], $menu:ident, $context:ident;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
        pub enum Command { $($variant),* }

        impl Command {
            /// The command's name in English, as the README and tests know it.
            pub fn text(self) -> &'static str {
                match self { $(Command::$variant => $text),* }
            }

            /// The command's name in the current language, for menus, the palette and help.
            pub fn label(self) -> String {
                match self {
                    $(Command::$variant => crate::i18n::text(concat!("cmd-", stringify!($variant)))),*
                }
            }

            /// All shortcuts of the command; the first is shown in menus.
            pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
                match self {
                    $(Command::$variant => {
                        const KEYS: &[KeyboardShortcut] = &[$(key($m, Key::$k)),*];
                        KEYS
                    }),*
                }
            }

            pub fn menu(self) -> Menu {
                match self { $(Command::$variant => Menu::$menu),* }
            }

            pub fn context(self) -> Context {
                match self { $(Command::$variant => Context::$context),* }
            }
        }
    };
}

commands! {
    New => "New", [CTRL + N], File, Global;
    Open => "Open…", [CTRL + O], File, Global;
    Save => "Save", [CTRL + S], File, Global;
    SaveAs => "Save As…", [CTRL_SHIFT + S], File, Global;
    SaveAsNewPlan => "Save as a new plan…", [], File, Global;
    CompareWith => "Compare with…", [], File, Global;
    MergeWith => "Merge…", [], File, Global;
    ExportHtml => "Web page (HTML)…", [], Export, Global;
    ExportPdf => "PDF document…", [], Export, Global;
    ExportXlsx => "Excel workbook (XLSX)…", [], Export, Global;
    ExportCsv => "CSV tables…", [], Export, Global;
    ExportMarkdown => "Markdown summary…", [], Export, Global;
    ExportXMatrixSvg => "X-matrix picture (SVG)…", [], Export, Global;
    ExportXMatrixPng => "X-matrix picture (PNG)…", [], Export, Global;
    ExportMapSvg => "Strategy map picture (SVG)…", [], Export, Global;
    ExportMapPng => "Strategy map picture (PNG)…", [], Export, Global;
    Quit => "Quit", [CTRL + Q], File, Global;
    Undo => "Undo", [CTRL + Z], Edit, Global;
    Redo => "Redo", [CTRL_SHIFT + Z, CTRL + Y], Edit, Global;
    Palette => "Command palette…", [CTRL + K, CTRL_SHIFT + P], Edit, Global;
    ZoomIn => "Zoom in", [CTRL + Plus, CTRL + Equals], View, Global;
    ZoomOut => "Zoom out", [CTRL + Minus], View, Global;
    ZoomReset => "Reset zoom", [CTRL + Num0], View, Global;
    LightTheme => "Light theme", [], View, Global;
    DarkTheme => "Dark theme", [], View, Global;
    HighContrastTheme => "High-contrast theme", [], View, Global;
    Fullscreen => "Full screen", [NONE + F11], View, Global;
    Present => "Present", [NONE + F5], View, Global;
    NextPanel => "Next panel", [CTRL + PageDown], View, Global;
    PreviousPanel => "Previous panel", [CTRL + PageUp], View, Global;
    ShowVision => "Vision", [CTRL + Num1], View, Global;
    ShowPriorities => "Priorities", [CTRL + Num2], View, Global;
    ShowXMatrix => "X-matrix", [CTRL + Num3], View, Global;
    ShowScorecard => "Scorecard", [CTRL + Num4], View, Global;
    ShowOkrs => "OKRs", [CTRL + Num5], View, Global;
    ShowAudit => "Audit", [CTRL + Num6], View, Global;
    ShowWorkshop => "Workshop", [CTRL + Num7], View, Global;
    StartTimer => "Start a timer…", [CTRL + T], Workshop, Global;
    PauseTimer => "Pause or resume the timer", [CTRL_SHIFT + T], Workshop, Global;
    AddMinute => "Add a minute to the timer", [], Workshop, Global;
    StopTimer => "Stop the timer", [], Workshop, Global;
    RecordDecision => "Record a decision…", [], Workshop, Global;
    ParkTopic => "Park a topic…", [], Workshop, Global;
    SendToTeam => "Send proposals to a team…", [], Workshop, Global;
    ReadAnswer => "Read a team's answer…", [], Workshop, Global;
    KeyboardShortcuts => "Keyboard shortcuts", [NONE + F1], Help, Global;
    About => "About Catchball", [], Help, Global;

    RoomNext => "Next step", [NONE + PageDown, NONE + ArrowRight, NONE + ArrowDown, NONE + Space], None, Room;
    RoomBack => "Previous step", [NONE + PageUp, NONE + ArrowLeft, NONE + ArrowUp, NONE + Backspace], None, Room;
    RoomBlank => "Blank the screen (again to show it)", [NONE + B, NONE + Period], None, Room;
    RoomLeave => "Back to the editor, at the same place", [NONE + Escape], None, Room;
    RoomTopLeft => "X-matrix: zoom to the top-left corner", [NONE + Num1], None, Room;
    RoomTopRight => "X-matrix: zoom to the top-right corner", [NONE + Num2], None, Room;
    RoomBottomLeft => "X-matrix: zoom to the bottom-left corner", [NONE + Num3], None, Room;
    RoomBottomRight => "X-matrix: zoom to the bottom-right corner", [NONE + Num4], None, Room;
    RoomWhole => "X-matrix: show all of it", [NONE + Num0], None, Room;
    RoomPreviousItem => "X-matrix: previous item", [SHIFT + W], None, Room;
    RoomNextItem => "X-matrix: next item clockwise", [NONE + W], None, Room;
    RoomTimer => "Start or pause the timer", [NONE + T], None, Room;
    RoomAddMinute => "Add a minute to the timer", [NONE + Plus, NONE + Equals], None, Room;

    XmMoveLeft => "Move the column item left", [ALT + ArrowLeft], None, XMatrix;
    XmMoveRight => "Move the column item right", [ALT + ArrowRight], None, XMatrix;
    XmMoveUp => "Move the row item up", [ALT + ArrowUp], None, XMatrix;
    XmMoveDown => "Move the row item down", [ALT + ArrowDown], None, XMatrix;
    XmLeft => "Cursor left", [NONE + ArrowLeft], None, XMatrix;
    XmRight => "Cursor right", [NONE + ArrowRight], None, XMatrix;
    XmUp => "Cursor up", [NONE + ArrowUp], None, XMatrix;
    XmDown => "Cursor down", [NONE + ArrowDown], None, XMatrix;
    XmCycle => "Cycle the mark ● ○ △ (or select the item)", [NONE + Space, NONE + Enter], None, XMatrix;
    XmStrong => "Set a strong mark ● (a lead)", [NONE + Num1], None, XMatrix;
    XmMedium => "Set a medium mark ○ (core team)", [NONE + Num2], None, XMatrix;
    XmWeak => "Set a weak mark △ (consulted)", [NONE + Num3], None, XMatrix;
    XmLinked => "Set a linked mark ✓ (tied, not rated yet)", [NONE + Num4], None, XMatrix;
    XmClear => "Clear the mark", [NONE + Num0], None, XMatrix;
    XmEdit => "Edit the item, or a mark's why", [NONE + F2], None, XMatrix;
    XmDelete => "Delete the item or the mark", [NONE + Delete], None, XMatrix;
    XmWalkPrevious => "Walk back to the previous item", [SHIFT + W], None, XMatrix;
    XmWalkNext => "Walk the items clockwise, highlighting their ties", [NONE + W], None, XMatrix;
    XmClearHighlight => "Clear the highlight", [NONE + Escape], None, XMatrix;

    RoundRecord => "Record the check-in and go on", [NONE + Enter], None, CheckInRound;
    RoundSkip => "Skip this key result", [NONE + PageDown], None, CheckInRound;
    RoundBack => "Back to the previous key result", [NONE + PageUp], None, CheckInRound;

    PriorityUp => "Move the priority up", [ALT + ArrowUp], None, Priorities;
    PriorityDown => "Move the priority down", [ALT + ArrowDown], None, Priorities;
}

/// How shortcuts are written everywhere (menus, help, palette, README): "Ctrl+Shift+S".
pub fn shortcut_text(s: &KeyboardShortcut) -> String {
    s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos"))
}

impl Command {
    /// All of the command's shortcuts, "Ctrl+Shift+Z or Ctrl+Y".
    pub fn keys_text(self) -> String {
        self.shortcuts()
            .iter()
            .map(shortcut_text)
            .collect::<Vec<_>>()
            .join(" or ")
    }

    /// The format and drawing of an export command.
    pub fn export(self) -> Option<(Format, View)> {
        let x = View::Xmatrix;
        match self {
            Command::ExportHtml => Some((Format::Html, x)),
            Command::ExportPdf => Some((Format::Pdf, x)),
            Command::ExportXlsx => Some((Format::Xlsx, x)),
            Command::ExportCsv => Some((Format::Csv, x)),
            Command::ExportMarkdown => Some((Format::Md, x)),
            Command::ExportXMatrixSvg => Some((Format::Svg, x)),
            Command::ExportXMatrixPng => Some((Format::Png, x)),
            Command::ExportMapSvg => Some((Format::Svg, View::Map)),
            Command::ExportMapPng => Some((Format::Png, View::Map)),
            _ => None,
        }
    }

    pub fn panel(self) -> Option<PanelKind> {
        match self {
            Command::ShowVision => Some(PanelKind::Vision),
            Command::ShowPriorities => Some(PanelKind::Priorities),
            Command::ShowXMatrix => Some(PanelKind::XMatrix),
            Command::ShowScorecard => Some(PanelKind::Scorecard),
            Command::ShowOkrs => Some(PanelKind::Okrs),
            Command::ShowAudit => Some(PanelKind::Audit),
            Command::ShowWorkshop => Some(PanelKind::Workshop),
            _ => None,
        }
    }

    /// The commands of a context whose shortcut was pressed this frame, each consumed so
    /// nothing else acts on it. Shortcuts with more modifiers are checked first, so Ctrl+Shift+S
    /// is Save As and not also Save, and Shift+W is not also W.
    pub fn pressed(ctx: &egui::Context, context: Context) -> Vec<Command> {
        let mut all: Vec<(Command, KeyboardShortcut)> = Command::iter()
            .filter(|c| c.context() == context)
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let mut out = Vec::new();
        ctx.input_mut(|i| {
            for (command, shortcut) in &all {
                if i.consume_shortcut(shortcut) && !out.contains(command) {
                    out.push(*command);
                }
            }
        });
        out
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.shift) + u8::from(m.command || m.ctrl)
}

/// The keyboard table of the README, generated: one section per context.
pub fn key_table() -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for context in Context::iter() {
        let title = context.title();
        let _ = write!(out, "\n**{title}**\n\n| Keys | Command |\n| --- | --- |\n");
        for c in Command::iter().filter(|c| c.context() == context && !c.shortcuts().is_empty()) {
            let text = c.text().trim_end_matches('…');
            let _ = writeln!(out, "| {} | {text} |", c.keys_text());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut_in_a_context() {
        for context in Context::iter() {
            // Global shortcuts are taken first, so they must not clash with any context's.
            let all: Vec<(Command, KeyboardShortcut)> = Command::iter()
                .filter(|c| c.context() == context || c.context() == Context::Global)
                .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
                .collect();
            for (i, (a, sa)) in all.iter().enumerate() {
                for (b, sb) in &all[i + 1..] {
                    assert!(
                        sa != sb,
                        "{a:?} and {b:?} share {} in {context:?}",
                        shortcut_text(sa)
                    );
                }
            }
        }
    }

    #[test]
    fn every_file_command_that_asks_for_more_has_an_ellipsis() {
        assert!(Command::Open.text().ends_with('…'));
        assert!(Command::SaveAs.text().ends_with('…'));
        assert!(!Command::Save.text().ends_with('…'));
        for c in Command::iter().filter(|c| c.export().is_some()) {
            assert!(c.text().ends_with('…'), "{c:?}");
            assert_eq!(c.menu(), Menu::Export);
        }
    }

    #[test]
    fn every_export_format_and_drawing_has_a_menu_entry() {
        let exports: Vec<(Format, View)> = Command::iter().filter_map(Command::export).collect();
        for format in Format::iter() {
            assert!(exports.iter().any(|(f, _)| *f == format), "{format:?}");
        }
        assert!(exports.contains(&(Format::Png, View::Map)));
    }

    #[test]
    fn commands_without_a_menu_have_keys_and_work_in_a_context() {
        for c in Command::iter().filter(|c| c.menu() == Menu::None) {
            assert!(!c.shortcuts().is_empty(), "{c:?} can't be reached");
            assert_ne!(c.context(), Context::Global, "{c:?}");
        }
    }

    #[test]
    fn the_readme_key_table_is_the_generated_one() {
        let readme = include_str!("../../README.md");
        let start = readme
            .find("<!-- keys -->")
            .expect("README has a <!-- keys --> marker")
            + 13;
        let end = readme
            .find("<!-- /keys -->")
            .expect("README has a <!-- /keys --> marker");
        assert_eq!(
            readme[start..end].trim(),
            key_table().trim(),
            "README's key table is out of date; replace it with the text above"
        );
    }
}
