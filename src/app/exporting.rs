//! File ▸ Export: asks where (the system dialog, or a typed path when there is none), asks
//! before replacing a file, then writes the export through `crate::export`, never over the
//! plan file.

use super::CatchballApp;
use super::dialogs::Choice;
use super::prompts::{PathPurpose, Prompt, file_stem};
use crate::export::{self, ExportError, Format, Options, View};
use crate::ui::commands::Command;
use std::path::{Path, PathBuf};
use strum::IntoEnumIterator;

/// What to export: a format, and for pictures which drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: Format,
    pub view: View,
}

impl ExportRequest {
    /// How the prompts name it: "web page (HTML)", "strategy map picture (PNG)".
    pub fn what(self) -> String {
        let text = Command::iter()
            .find(|c| c.export() == Some((self.format, self.view)))
            .map_or_else(|| self.format.label().to_owned(), Command::label);
        crate::i18n::in_sentence(text.trim_end_matches('…'))
    }
}

impl CatchballApp {
    /// File ▸ Export ▸ …: asks where, suggesting a name beside the plan.
    pub(super) fn start_export(&mut self, request: ExportRequest) {
        let Some(doc) = &self.doc else { return };
        let plan_path = doc.path.clone().unwrap_or_else(|| {
            let dir = self.start_dir().unwrap_or_default();
            dir.join(format!("{}.plan.ron", file_stem(&doc.plan().title)))
        });
        let suggested = export::default_target(&plan_path, request.format, request.view);
        let name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = suggested.parent().filter(|d| !d.as_os_str().is_empty());
        match self.config.dialogs.pick_export(dir, &name, request.format) {
            // The system dialog has asked about replacing an existing file.
            Choice::Chosen(path) => self.finish_export(request, &path, true),
            Choice::Cancelled => {}
            Choice::Unavailable => self.set_prompt(Prompt::PathEntry {
                purpose: PathPurpose::Export(request),
                text: suggested.display().to_string(),
            }),
        }
    }

    /// Writes the export to `path`; asks first when something is there and `replace` is not set.
    pub(super) fn finish_export(&mut self, request: ExportRequest, path: &Path, replace: bool) {
        let Some(doc) = &self.doc else { return };
        let options = Options {
            view: request.view,
            ..Options::default()
        };
        let result = export::export(
            doc.plan(),
            request.format,
            options,
            path,
            doc.path.as_deref(),
            replace,
        );
        match result {
            Ok(written) => {
                let shown = path.display().to_string();
                self.notices.success(if written.len() == 1 {
                    crate::tr!("exported", path = shown)
                } else {
                    crate::tr!("exported-files", path = shown, count = written.len())
                });
            }
            Err(ExportError::Exists(existing)) => {
                self.set_prompt(Prompt::ReplaceExport(request, path.to_path_buf(), existing));
            }
            Err(e) => self.set_prompt(Prompt::Error {
                title: crate::tr!("export-failed", what = request.what()),
                message: e.to_string(),
            }),
        }
    }
}

/// The question before replacing: names the file that is there.
pub fn replace_question(existing: &Path) -> String {
    let name = existing.file_name().map_or_else(
        || existing.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    crate::tr!("replace-question", name = name)
}

/// Where a typed path points, with `~` meaning the home folder as a shell would read it.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}
