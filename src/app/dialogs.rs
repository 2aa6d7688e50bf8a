//! Native file dialogs behind a small trait, so tests can answer them without a desktop portal;
//! and the app's one way to ask for a plan file: the system dialog, or, without one, a path typed
//! in the window — both ending in the same place for each purpose.

use super::prompts::{PathPurpose, Prompt};
use crate::export::Format;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog came back with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    Chosen(PathBuf),
    Cancelled,
    /// The system has no file dialog (no desktop portal); the app asks for a path itself.
    Unavailable,
}

pub trait FileDialogs {
    /// Asks for a plan file to open.
    fn pick_open(&mut self, start_dir: Option<&Path>) -> Choice;
    /// Asks where to save.
    fn pick_save(&mut self, start_dir: Option<&Path>, file_name: &str) -> Choice;
    /// Asks where to write an export. A dialog that returns a path has confirmed replacing it.
    fn pick_export(
        &mut self,
        start_dir: Option<&Path>,
        file_name: &str,
        _format: Format,
    ) -> Choice {
        self.pick_save(start_dir, file_name)
    }
}

/// rfd answers `None` at once when no desktop portal is reachable; nobody cancels a real dialog
/// this fast, so a quicker `None` means there was no dialog.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

fn choice(started: Instant, picked: Option<PathBuf>) -> Choice {
    match picked {
        Some(path) => Choice::Chosen(path),
        None if started.elapsed() < NO_DIALOG_WITHIN => Choice::Unavailable,
        None => Choice::Cancelled,
    }
}

/// The real dialogs (rfd; on Linux through the XDG desktop portal).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, start_dir: Option<&Path>) -> Choice {
        let mut d = rfd::FileDialog::new()
            .set_title(crate::tr!("dlg-open"))
            .add_filter(crate::tr!("dlg-filter"), &["ron"]);
        if let Some(dir) = start_dir {
            d = d.set_directory(dir);
        }
        let started = Instant::now();
        choice(started, d.pick_file())
    }

    fn pick_save(&mut self, start_dir: Option<&Path>, file_name: &str) -> Choice {
        let mut d = rfd::FileDialog::new()
            .set_title(crate::tr!("dlg-save-as"))
            .add_filter(crate::tr!("dlg-filter"), &["ron"])
            .set_file_name(file_name);
        if let Some(dir) = start_dir {
            d = d.set_directory(dir);
        }
        let started = Instant::now();
        choice(started, d.save_file().map(with_plan_extension))
    }

    fn pick_export(&mut self, start_dir: Option<&Path>, file_name: &str, format: Format) -> Choice {
        let d = export_dialog(start_dir, file_name, format);
        let started = Instant::now();
        choice(started, d.save_file())
    }
}

/// A format as its command names it in the current language ("Webseite (HTML)").
fn format_name(format: Format) -> String {
    use strum::IntoEnumIterator;
    crate::ui::commands::Command::iter()
        .find(|c| c.export().is_some_and(|(f, _)| f == format))
        .map_or_else(
            || format.label().to_owned(),
            |c| c.label().trim_end_matches('…').to_owned(),
        )
}

/// The export dialog: the format's extension as a filter (CSV tables go to a folder).
fn export_dialog(start_dir: Option<&Path>, file_name: &str, format: Format) -> rfd::FileDialog {
    let mut d = rfd::FileDialog::new()
        .set_title(crate::tr!("dlg-export", format = format_name(format)))
        .set_file_name(file_name);
    if format != Format::Csv {
        d = d.add_filter(format_name(format), &[format.extension()]);
    }
    if let Some(dir) = start_dir {
        d = d.set_directory(dir);
    }
    d
}

impl super::CatchballApp {
    /// Asks for a plan file to open for `purpose`.
    pub(super) fn ask_open(&mut self, purpose: PathPurpose) {
        let start = self.start_dir();
        match self.config.dialogs.pick_open(start.as_deref()) {
            Choice::Chosen(path) => self.use_path(purpose, path, false),
            Choice::Cancelled => {}
            Choice::Unavailable => self.set_prompt(Prompt::PathEntry {
                purpose,
                text: start
                    .map(|d| format!("{}/", d.display()))
                    .unwrap_or_default(),
            }),
        }
    }

    /// Asks where to save a plan file for `purpose`, suggesting `name`.
    pub(super) fn ask_save(&mut self, name: &str, purpose: PathPurpose) {
        let start = self.start_dir();
        match self.config.dialogs.pick_save(start.as_deref(), name) {
            Choice::Chosen(path) => self.use_path(purpose, path, false),
            Choice::Cancelled => {}
            Choice::Unavailable => {
                let text = start.map_or(name.to_owned(), |d| d.join(name).display().to_string());
                self.set_prompt(Prompt::PathEntry { purpose, text });
            }
        }
    }

    /// Does what the path was asked for. A `typed` save path gets the plan extension, and a typed
    /// export target is not yet confirmed for replacing (a system dialog has asked about that).
    pub(super) fn use_path(&mut self, purpose: PathPurpose, path: PathBuf, typed: bool) {
        let plan_file = |p: PathBuf| if typed { with_plan_extension(p) } else { p };
        match purpose {
            PathPurpose::Open => self.open_path(&path),
            PathPurpose::SaveAs(then) => self.save_to(&plan_file(path), then),
            PathPurpose::Export(request) => self.finish_export(request, &path, !typed),
            PathPurpose::Other(what) => self.read_other_file(what, &path),
            PathPurpose::TeamFile(team) => self.write_team_file(team, &plan_file(path)),
            PathPurpose::NewPlan => self.save_as_new_plan(&plan_file(path)),
        }
    }
}

/// Makes sure a chosen save path ends in `.plan.ron`.
pub fn with_plan_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".plan.ron") {
        path
    } else if let Some(stem) = name.strip_suffix(".ron") {
        path.with_file_name(format!("{stem}.plan.ron"))
    } else {
        path.with_file_name(format!("{name}.plan.ron"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_paths_get_the_plan_extension() {
        assert_eq!(
            with_plan_extension("a/x".into()),
            PathBuf::from("a/x.plan.ron")
        );
        assert_eq!(
            with_plan_extension("x.ron".into()),
            PathBuf::from("x.plan.ron")
        );
        assert_eq!(
            with_plan_extension("x.plan.ron".into()),
            PathBuf::from("x.plan.ron")
        );
    }
}
