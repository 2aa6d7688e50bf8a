//! Every user-visible action, with its menu text and shortcuts. Menus and the shortcut handler
//! are loops over [`Command::iter`]; raised commands run in one place at the end of the frame.

use crate::export::{Format, View};
use crate::ui::PanelKind;
use egui::{Key, KeyboardShortcut, Modifiers};
use strum::{EnumIter, IntoEnumIterator};

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ExportHtml,
    ExportPdf,
    ExportXlsx,
    ExportCsv,
    ExportMarkdown,
    ExportXMatrixSvg,
    ExportXMatrixPng,
    ExportMapSvg,
    ExportMapPng,
    Quit,
    Undo,
    Redo,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    LightTheme,
    DarkTheme,
    HighContrastTheme,
    Fullscreen,
    Present,
    NextPanel,
    PreviousPanel,
    ShowVision,
    ShowPriorities,
    ShowXMatrix,
    ShowScorecard,
    ShowOkrs,
    ShowAudit,
    KeyboardShortcuts,
    About,
}

/// Which top-level menu a command lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    /// File ▸ Export.
    Export,
    Edit,
    View,
    Help,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Command {
    pub fn text(self) -> &'static str {
        match self {
            Command::New => "New",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save As…",
            Command::ExportHtml => "Web page (HTML)…",
            Command::ExportPdf => "PDF document…",
            Command::ExportXlsx => "Excel workbook (XLSX)…",
            Command::ExportCsv => "CSV tables…",
            Command::ExportMarkdown => "Markdown summary…",
            Command::ExportXMatrixSvg => "X-matrix picture (SVG)…",
            Command::ExportXMatrixPng => "X-matrix picture (PNG)…",
            Command::ExportMapSvg => "Strategy map picture (SVG)…",
            Command::ExportMapPng => "Strategy map picture (PNG)…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Reset zoom",
            Command::LightTheme => "Light theme",
            Command::DarkTheme => "Dark theme",
            Command::HighContrastTheme => "High-contrast theme",
            Command::Fullscreen => "Full screen",
            Command::Present => "Present",
            Command::NextPanel => "Next panel",
            Command::PreviousPanel => "Previous panel",
            Command::ShowVision => PanelKind::Vision.title(),
            Command::ShowPriorities => PanelKind::Priorities.title(),
            Command::ShowXMatrix => PanelKind::XMatrix.title(),
            Command::ShowScorecard => PanelKind::Scorecard.title(),
            Command::ShowOkrs => PanelKind::Okrs.title(),
            Command::ShowAudit => PanelKind::Audit.title(),
            Command::KeyboardShortcuts => "Keyboard shortcuts",
            Command::About => "About Catchball",
        }
    }

    /// All shortcuts of the command; the first is shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: &[KeyboardShortcut] = &[ctrl(Key::N)];
        const OPEN: &[KeyboardShortcut] = &[ctrl(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[ctrl(Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[ctrl_shift(Key::S)];
        const QUIT: &[KeyboardShortcut] = &[ctrl(Key::Q)];
        const UNDO: &[KeyboardShortcut] = &[ctrl(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[ctrl_shift(Key::Z), ctrl(Key::Y)];
        const ZOOM_IN: &[KeyboardShortcut] = &[ctrl(Key::Plus), ctrl(Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[ctrl(Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[ctrl(Key::Num0)];
        const FULLSCREEN: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F11)];
        const P1: &[KeyboardShortcut] = &[ctrl(Key::Num1)];
        const P2: &[KeyboardShortcut] = &[ctrl(Key::Num2)];
        const P3: &[KeyboardShortcut] = &[ctrl(Key::Num3)];
        const P4: &[KeyboardShortcut] = &[ctrl(Key::Num4)];
        const P5: &[KeyboardShortcut] = &[ctrl(Key::Num5)];
        const P6: &[KeyboardShortcut] = &[ctrl(Key::Num6)];
        const HELP: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        const PRESENT: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F5)];
        const NEXT: &[KeyboardShortcut] = &[ctrl(Key::PageDown)];
        const PREVIOUS: &[KeyboardShortcut] = &[ctrl(Key::PageUp)];
        match self {
            Command::New => NEW,
            Command::Open => OPEN,
            Command::Save => SAVE,
            Command::SaveAs => SAVE_AS,
            Command::Quit => QUIT,
            Command::Undo => UNDO,
            Command::Redo => REDO,
            Command::ZoomIn => ZOOM_IN,
            Command::ZoomOut => ZOOM_OUT,
            Command::ZoomReset => ZOOM_RESET,
            Command::ExportHtml
            | Command::ExportPdf
            | Command::ExportXlsx
            | Command::ExportCsv
            | Command::ExportMarkdown
            | Command::ExportXMatrixSvg
            | Command::ExportXMatrixPng
            | Command::ExportMapSvg
            | Command::ExportMapPng
            | Command::LightTheme
            | Command::DarkTheme
            | Command::HighContrastTheme
            | Command::About => &[],
            Command::KeyboardShortcuts => HELP,
            Command::Fullscreen => FULLSCREEN,
            Command::Present => PRESENT,
            Command::NextPanel => NEXT,
            Command::PreviousPanel => PREVIOUS,
            Command::ShowVision => P1,
            Command::ShowPriorities => P2,
            Command::ShowXMatrix => P3,
            Command::ShowScorecard => P4,
            Command::ShowOkrs => P5,
            Command::ShowAudit => P6,
        }
    }

    pub fn menu(self) -> Menu {
        match self {
            c if c.export().is_some() => Menu::Export,
            Command::New | Command::Open | Command::Save | Command::SaveAs | Command::Quit => {
                Menu::File
            }
            Command::Undo | Command::Redo => Menu::Edit,
            Command::KeyboardShortcuts | Command::About => Menu::Help,
            _ => Menu::View,
        }
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
            _ => None,
        }
    }

    /// Commands whose shortcut was pressed this frame. Shortcuts with more modifiers are checked
    /// first, so Ctrl+Shift+S is Save As and not also Save.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let mut all: Vec<(Command, KeyboardShortcut)> = Command::iter()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all: Vec<(Command, KeyboardShortcut)> = Command::iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
            .collect();
        for (i, (a, sa)) in all.iter().enumerate() {
            for (b, sb) in &all[i + 1..] {
                assert!(sa != sb, "{a:?} and {b:?} share a shortcut");
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
}
