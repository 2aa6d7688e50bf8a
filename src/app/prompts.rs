//! Modal questions (unsaved changes, a file changed by someone else, recovery after a crash)
//! and the save flows that can lead to them.

use super::recovery::{RecoveryStore, Snapshot};
use super::{CatchballApp, Document, Guarded};
use egui::RichText;

pub enum Prompt {
    /// Unsaved changes would be lost by this action.
    Unsaved(Guarded),
    /// The file changed on disk since we opened it; `then` runs after a successful save.
    Conflict(Option<Guarded>),
    /// A recovery snapshot from a session that did not end cleanly.
    Restore(Snapshot),
    /// Something failed (opening, saving); the user acknowledges it.
    Error { title: String, message: String },
}

impl Prompt {
    pub fn headline(&self) -> String {
        match self {
            Prompt::Unsaved(_) => "Save changes?".into(),
            Prompt::Conflict(_) => "The file was changed by someone else".into(),
            Prompt::Restore(_) => "Restore unsaved changes?".into(),
            Prompt::Error { title, .. } => title.clone(),
        }
    }
}

/// What a save attempt came to.
#[derive(Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    Cancelled,
    Failed,
    /// Someone else changed the file; the user is being asked.
    Conflict,
}

impl CatchballApp {
    /// Saves to the document's file; without one (or read-only), asks where.
    pub(super) fn save(&mut self, overwrite_changes: bool) -> SaveOutcome {
        let Some(doc) = &self.doc else {
            return SaveOutcome::Cancelled;
        };
        let Some(path) = doc.path.clone().filter(|_| doc.read_only.is_none()) else {
            return self.save_as();
        };
        if !overwrite_changes && doc.changed_on_disk() {
            self.set_prompt(Prompt::Conflict(None));
            return SaveOutcome::Conflict;
        }
        self.save_to(&path)
    }

    pub(super) fn save_as(&mut self) -> SaveOutcome {
        let Some(doc) = &self.doc else {
            return SaveOutcome::Cancelled;
        };
        let name = if doc.path.is_some() {
            doc.name()
        } else {
            format!("{}.plan.ron", file_stem(&doc.plan().title))
        };
        let start = self.start_dir();
        match self.config.dialogs.pick_save(start.as_deref(), &name) {
            Some(path) => self.save_to(&path),
            None => SaveOutcome::Cancelled,
        }
    }

    fn save_to(&mut self, path: &std::path::Path) -> SaveOutcome {
        let Some(doc) = &mut self.doc else {
            return SaveOutcome::Cancelled;
        };
        let old_path = doc.path.clone();
        match doc.save_to(path) {
            Ok(()) => {
                self.config.recovery.clear(old_path.as_deref());
                self.config.recovery.clear(Some(path));
                self.snapshot_state = None;
                self.settings.add_recent(path);
                self.save_settings();
                self.toasts.success(format!("Saved {}", path.display()));
                SaveOutcome::Saved
            }
            Err(e) => {
                self.set_prompt(Prompt::Error {
                    title: format!("Could not save {}", path.display()),
                    message: e.to_string(),
                });
                SaveOutcome::Failed
            }
        }
    }

    /// Saves, then runs `then` if the save went through.
    fn save_then(&mut self, then: Guarded, overwrite_changes: bool) {
        match self.save(overwrite_changes) {
            SaveOutcome::Saved => self.perform(then),
            SaveOutcome::Conflict => self.set_prompt(Prompt::Conflict(Some(then))),
            SaveOutcome::Cancelled | SaveOutcome::Failed => {}
        }
    }

    pub(super) fn prompts_ui(&mut self, ctx: &egui::Context) {
        if self.prompts.is_empty() {
            return;
        }
        let prompt = self.prompts.remove(0);
        let name = self.doc.as_ref().map(Document::name).unwrap_or_default();
        let mut keep = true;
        match prompt {
            Prompt::Unsaved(ref action) => {
                let verb = match action {
                    Guarded::New => "starting a new plan",
                    Guarded::Open(_) => "opening another plan",
                    Guarded::Quit => "quitting",
                };
                let choice = modal(
                    ctx,
                    "unsaved",
                    &format!("Save changes to “{name}” before {verb}?"),
                    "Your changes will be lost if you don't save them.",
                    &["Save", "Don't save", "Cancel"],
                );
                match choice {
                    Some(0) => {
                        keep = false;
                        self.save_then(action.clone(), false);
                    }
                    Some(1) => {
                        keep = false;
                        self.perform(action.clone());
                    }
                    Some(_) => keep = false,
                    None => {}
                }
            }
            Prompt::Conflict(ref then) => {
                let choice = modal(
                    ctx,
                    "conflict",
                    &format!("“{name}” was changed by someone else since you opened it."),
                    "Overwrite their changes with yours, save yours under another name, or cancel and keep both as they are.",
                    &["Overwrite", "Save As…", "Cancel"],
                );
                match choice {
                    Some(0) => {
                        keep = false;
                        match then.clone() {
                            Some(then) => self.save_then(then, true),
                            None => {
                                self.save(true);
                            }
                        }
                    }
                    Some(1) => {
                        keep = false;
                        if self.save_as() == SaveOutcome::Saved
                            && let Some(then) = then.clone()
                        {
                            self.perform(then);
                        }
                    }
                    Some(_) => keep = false,
                    None => {}
                }
            }
            Prompt::Error {
                ref title,
                ref message,
            } => {
                if modal(ctx, "error", title, message, &["OK"]).is_some() {
                    keep = false;
                }
            }
            Prompt::Restore(ref snapshot) => {
                let what = snapshot.original.as_ref().map_or_else(
                    || "an unsaved plan".to_owned(),
                    |p| format!("“{}”", p.display()),
                );
                let choice = modal(
                    ctx,
                    "restore",
                    &format!(
                        "Catchball found unsaved changes to {what} from a session that did not end normally."
                    ),
                    "Restore them to keep working where you left off, or discard them.",
                    &["Restore", "Discard"],
                );
                match choice {
                    Some(0) => {
                        keep = false;
                        self.restore(snapshot);
                    }
                    Some(_) => {
                        keep = false;
                        RecoveryStore::discard(snapshot);
                    }
                    None => {}
                }
            }
        }
        if keep {
            self.prompts.insert(0, prompt);
        }
    }

    fn restore(&mut self, snapshot: &Snapshot) {
        match crate::file::load(&snapshot.snapshot) {
            Ok(loaded) => {
                self.doc = Some(Document::recovered(loaded.plan, snapshot.original.clone()));
                self.views = crate::ui::Views::default();
                self.toasts
                    .success("Restored your unsaved changes. Save to keep them.");
                RecoveryStore::discard(snapshot);
            }
            Err(e) => self.set_prompt(Prompt::Error {
                title: "Could not restore the unsaved changes".into(),
                message: e.to_string(),
            }),
        }
    }
}

fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "plan".to_owned()
    } else {
        stem.to_owned()
    }
}

/// A modal with a question, an explanation and buttons; returns the index of the clicked one.
/// Escape counts as the last button (Cancel / Discard is never destructive here except Restore's).
fn modal(
    ctx: &egui::Context,
    id: &str,
    question: &str,
    detail: &str,
    buttons: &[&str],
) -> Option<usize> {
    let mut clicked = None;
    egui::Modal::new(egui::Id::unique(("prompt", id))).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new(question).size(22.0).strong());
        ui.add_space(6.0);
        ui.label(detail);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            for (i, b) in buttons.iter().enumerate() {
                if ui.button(RichText::new(*b).size(19.0)).clicked() {
                    clicked = Some(i);
                }
            }
        });
    });
    clicked
}
