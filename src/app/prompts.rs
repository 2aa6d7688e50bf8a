//! Modal questions (unsaved changes, a file changed by someone else, recovery after a crash,
//! a path to type when the system has no file dialog, errors) and the save flows behind them.

use super::exporting::{ExportRequest, replace_question, typed_path};
use super::recovery::Snapshot;
use super::{CatchballApp, Document, Guarded};
use crate::tr;
use egui::RichText;
use std::path::{Path, PathBuf};

pub enum Prompt {
    /// Unsaved changes would be lost by this action.
    Unsaved(Guarded),
    /// The file changed on disk since we opened it; `then` runs after a successful save.
    Conflict(Option<Guarded>),
    /// A recovery snapshot from a session that did not end cleanly.
    Restore(Snapshot),
    /// The file is open in another running Catchball window.
    OpenElsewhere(PathBuf),
    /// The system has no file dialog: the path is typed here.
    PathEntry { purpose: PathPurpose, text: String },
    /// Something failed (opening, saving); the user acknowledges it.
    Error { title: String, message: String },
    /// How many minutes the timer should run (the text typed so far).
    TimerMinutes(String),
    /// An export would replace `existing` (the target, or a file in its folder).
    ReplaceExport(ExportRequest, PathBuf, PathBuf),
    /// The file to merge is a copy of another plan: merge anyway, every difference a question?
    DifferentPlans(PathBuf, Box<crate::model::Plan>),
}

/// What a typed path is for.
pub enum PathPurpose {
    Open,
    /// Save As, then run the action (if any).
    SaveAs(Option<Guarded>),
    Export(ExportRequest),
    /// Another copy of the plan, to compare, merge or read a team's answer from.
    Other(super::merging::OtherFile),
    /// Where to write a team's proposals.
    TeamFile(crate::model::Id),
    /// Where to save this plan as a new plan of its own.
    NewPlan,
}

impl Prompt {
    pub fn headline(&self) -> String {
        match self {
            Prompt::Unsaved(_) => tr!("prompt-unsaved"),
            Prompt::Conflict(_) => tr!("prompt-conflict"),
            Prompt::Restore(_) => tr!("prompt-restore"),
            Prompt::OpenElsewhere(_) => tr!("prompt-elsewhere"),
            Prompt::PathEntry { purpose, .. } => prompt_headline(purpose),
            Prompt::Error { title, .. } => title.clone(),
            Prompt::ReplaceExport(_, _, existing) => replace_question(existing),
            Prompt::TimerMinutes(_) => tr!("timer-title"),
            Prompt::DifferentPlans(path, _) => {
                tr!("prompt-other-plan", file = super::merging::file_name(path))
            }
        }
    }
}

impl CatchballApp {
    /// Saves to the document's file (without one, or read-only: asks where), then runs `then`.
    pub(super) fn save(&mut self, overwrite_changes: bool, then: Option<Guarded>) {
        let Some(doc) = &self.doc else { return };
        let Some(path) = doc.path.clone().filter(|_| doc.read_only.is_none()) else {
            return self.save_as(then);
        };
        if !overwrite_changes && doc.changed_on_disk() {
            return self.set_prompt(Prompt::Conflict(then));
        }
        self.save_to(&path, then);
    }

    /// Asks where to save (the system dialog, or a path typed in the window), then saves there.
    pub(super) fn save_as(&mut self, then: Option<Guarded>) {
        let Some(doc) = &self.doc else { return };
        let name = match &doc.path {
            // A read-only file is never the place to save: suggest a copy beside it.
            Some(_) if doc.read_only.is_some() => {
                let name = doc.name();
                let stem = name.strip_suffix(".plan.ron").unwrap_or(&name);
                tr!("file-copy-name", stem = stem)
            }
            Some(_) => doc.name(),
            None => format!("{}.plan.ron", file_stem(&doc.plan().title)),
        };
        self.ask_save(&name, PathPurpose::SaveAs(then));
    }

    pub(super) fn save_to(&mut self, path: &Path, then: Option<Guarded>) {
        let Some(doc) = &mut self.doc else { return };
        if doc.read_only.is_some() && doc.is_file(path) {
            let name = doc.name();
            return self.set_prompt(Prompt::Error {
                title: tr!("save-other-name", path = path.display().to_string()),
                message: tr!("save-read-only", name = name),
            });
        }
        let old_path = doc.path.clone();
        let at = self.config.clock.now_local();
        match doc.save_to(path, &crate::file::user_name(), at) {
            Ok(()) => {
                self.config.recovery.clear(old_path.as_deref());
                self.config.recovery.clear(Some(path));
                self.snapshot_state = None;
                self.settings.add_recent(path);
                self.save_settings();
                self.notices
                    .success(tr!("saved", path = path.display().to_string()));
                if let Some(then) = then {
                    self.perform(then);
                }
            }
            Err(e) => self.set_prompt(Prompt::Error {
                title: tr!("save-failed", path = path.display().to_string()),
                message: e.to_string(),
            }),
        }
    }

    pub(super) fn prompts_ui(&mut self, ctx: &egui::Context) {
        if self.prompts.is_empty() {
            return;
        }
        let mut prompt = self.prompts.remove(0);
        if !self.prompt_ui(ctx, &mut prompt) {
            self.prompts.insert(0, prompt);
        }
    }

    /// Shows one prompt; returns true once it is answered.
    fn prompt_ui(&mut self, ctx: &egui::Context, prompt: &mut Prompt) -> bool {
        let name = self.doc.as_ref().map(Document::name).unwrap_or_default();
        match prompt {
            Prompt::Unsaved(action) => {
                let question = match action {
                    Guarded::New => tr!("unsaved-before-new", name = &name),
                    Guarded::Open(_) => tr!("unsaved-before-open", name = &name),
                    Guarded::Quit => tr!("unsaved-before-quit", name = &name),
                };
                let answer = modal(
                    ctx,
                    &question,
                    &tr!("unsaved-detail"),
                    &[tr!("btn-save"), tr!("btn-dont-save"), tr!("btn-cancel")],
                );
                match answer {
                    Some(0) => self.save(false, Some(action.clone())),
                    Some(1) => self.perform(action.clone()),
                    _ => {}
                }
                answer.is_some()
            }
            Prompt::Conflict(then) => {
                let answer = modal(
                    ctx,
                    &tr!("conflict-question", name = &name),
                    &tr!("conflict-detail"),
                    &[
                        tr!("btn-overwrite"),
                        crate::ui::commands::Command::SaveAs.label(),
                        tr!("btn-cancel"),
                    ],
                );
                match answer {
                    Some(0) => self.save(true, then.clone()),
                    Some(1) => self.save_as(then.clone()),
                    _ => {}
                }
                answer.is_some()
            }
            Prompt::PathEntry { purpose, text } => {
                let (verb, detail) = match purpose {
                    PathPurpose::Open => ("btn-open", "path-open"),
                    PathPurpose::SaveAs(_) => ("btn-save", "path-save"),
                    PathPurpose::Export(r) if r.format == crate::export::Format::Csv => {
                        ("btn-export", "path-csv")
                    }
                    PathPurpose::Export(_) => ("btn-export", "path-export"),
                    PathPurpose::Other(_) => ("btn-open", "path-other"),
                    PathPurpose::TeamFile(_) => ("btn-save", "path-team"),
                    PathPurpose::NewPlan => ("btn-save", "path-new-plan"),
                };
                let (verb, detail) = (crate::i18n::text(verb), crate::i18n::text(detail));
                let answer = path_modal(ctx, &prompt_headline(purpose), &detail, text, &verb);
                if answer == Some(true) {
                    let path = typed_path(text);
                    self.use_path(std::mem::replace(purpose, PathPurpose::Open), path, true);
                }
                answer.is_some()
            }
            Prompt::TimerMinutes(text) => {
                let answer = minutes_modal(ctx, text);
                if let Some(TimerAnswer::Start(minutes)) = answer {
                    self.timer.start(minutes, self.config.clock.now());
                }
                answer.is_some()
            }
            Prompt::ReplaceExport(request, path, existing) => {
                let answer = modal(
                    ctx,
                    &replace_question(existing),
                    &tr!(
                        "replace-detail",
                        path = existing.display().to_string(),
                        what = request.what()
                    ),
                    &[tr!("btn-replace"), tr!("btn-cancel")],
                );
                if answer == Some(0) {
                    self.finish_export(*request, &path.clone(), true);
                }
                answer.is_some()
            }
            Prompt::Error { title, message } => {
                modal(ctx, title, message, &[tr!("btn-ok")]).is_some()
            }
            Prompt::DifferentPlans(path, theirs) => {
                let answer = modal(
                    ctx,
                    &tr!("prompt-other-plan", file = super::merging::file_name(path)),
                    &tr!("other-plan-detail"),
                    &[tr!("btn-merge-anyway"), tr!("btn-cancel")],
                );
                if answer == Some(0) {
                    let heading = tr!("merge-heading", file = super::merging::file_name(path));
                    self.start_merge(&path.clone(), &theirs.clone(), true, heading);
                }
                answer.is_some()
            }
            Prompt::Restore(snapshot) => {
                let when = snapshot
                    .saved_at
                    .and_then(|t| jiff::Timestamp::try_from(t).ok())
                    .map(|t| {
                        let local = t.to_zoned(jiff::tz::TimeZone::system());
                        local.strftime("%Y-%m-%d %H:%M").to_string()
                    });
                let question = match (&snapshot.original, when) {
                    (Some(p), Some(when)) => tr!(
                        "restore-file-when",
                        file = p.display().to_string(),
                        when = when
                    ),
                    (Some(p), None) => tr!("restore-file", file = p.display().to_string()),
                    (None, Some(when)) => tr!("restore-unsaved-when", when = when),
                    (None, None) => tr!("restore-unsaved"),
                };
                let answer = modal(
                    ctx,
                    &question,
                    &tr!("restore-detail"),
                    &[tr!("btn-restore"), tr!("btn-discard")],
                );
                match answer {
                    Some(0) => self.restore(snapshot),
                    Some(_) => self.config.recovery.discard(snapshot),
                    None => {}
                }
                answer.is_some()
            }
            Prompt::OpenElsewhere(path) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                let answer = modal(
                    ctx,
                    &tr!("elsewhere-question", name = &name),
                    &tr!("elsewhere-detail"),
                    &[
                        tr!("btn-open-read-only"),
                        tr!("btn-open-anyway"),
                        tr!("btn-cancel"),
                    ],
                );
                match answer {
                    Some(0) => self.open_checked(&path.clone(), true),
                    Some(1) => self.open_checked(&path.clone(), false),
                    _ => {}
                }
                answer.is_some()
            }
        }
    }

    fn restore(&mut self, snapshot: &Snapshot) {
        match crate::file::load(&snapshot.snapshot) {
            Ok(loaded) => {
                let doc = Document::recovered(
                    loaded.plan,
                    snapshot.original.clone(),
                    snapshot.disk_hash.clone(),
                );
                // This window's own snapshot first, then the gone window's may go.
                match self
                    .config
                    .recovery
                    .write(doc.path.as_deref(), doc.disk_hash(), doc.plan())
                {
                    Ok(()) => self.config.recovery.discard(snapshot),
                    Err(e) => {
                        self.notices
                            .warning(tr!("snapshot-failed", error = e.to_string()));
                    }
                }
                self.config.recovery.set_open(doc.path.as_deref());
                self.doc = Some(doc);
                self.views = crate::ui::Views::default();
                self.snapshot_state = None;
                self.notices.success(tr!("restored"));
            }
            Err(e) => self.set_prompt(Prompt::Error {
                title: tr!("restore-failed"),
                message: e.to_string(),
            }),
        }
    }
}

fn prompt_headline(purpose: &PathPurpose) -> String {
    match purpose {
        PathPurpose::Open => tr!("path-title-open"),
        PathPurpose::SaveAs(_) => tr!("path-title-save"),
        PathPurpose::Export(r) => tr!("path-title-export", what = r.what()),
        PathPurpose::Other(super::merging::OtherFile::Compare) => tr!("path-title-compare"),
        PathPurpose::Other(super::merging::OtherFile::Merge) => tr!("path-title-merge"),
        PathPurpose::Other(super::merging::OtherFile::Answer) => tr!("path-title-answer"),
        PathPurpose::TeamFile(_) => tr!("path-title-team"),
        PathPurpose::NewPlan => tr!("path-title-new-plan"),
    }
}

pub(super) fn file_stem(title: &str) -> String {
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

fn modal_frame<R>(ctx: &egui::Context, title: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Modal::new(egui::Id::unique(("prompt", title)))
        .show(ctx, |ui| {
            ui.set_max_width(620.0);
            ui.label(RichText::new(title).size(22.0).strong());
            ui.add_space(6.0);
            add(ui)
        })
        .inner
}

/// A modal with a question, an explanation and buttons; returns the index of the clicked one.
fn modal(ctx: &egui::Context, question: &str, detail: &str, buttons: &[String]) -> Option<usize> {
    modal_frame(ctx, question, |ui| {
        ui.label(detail);
        ui.add_space(12.0);
        let mut clicked = None;
        ui.horizontal(|ui| {
            for (i, b) in buttons.iter().enumerate() {
                if ui.button(RichText::new(b).size(19.0)).clicked() {
                    clicked = Some(i);
                }
            }
        });
        clicked
    })
}

/// A modal asking for a file path. `Some(true)` on confirm (button or Enter), `Some(false)` on
/// Cancel or Escape.
fn path_modal(
    ctx: &egui::Context,
    title: &str,
    detail: &str,
    text: &mut String,
    verb: &str,
) -> Option<bool> {
    modal_frame(ctx, title, |ui| {
        ui.label(detail);
        let r = ui
            .add(egui::TextEdit::singleline(text).desired_width(580.0))
            .accessible_name(tr!("path-field"));
        r.request_focus();
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        ui.add_space(12.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            if ui.button(RichText::new(verb).size(19.0)).clicked() || enter {
                answer = Some(true);
            }
            if ui
                .button(RichText::new(tr!("btn-cancel")).size(19.0))
                .clicked()
                || escape
            {
                answer = Some(false);
            }
        });
        answer.filter(|&ok| !ok || !text.trim().is_empty())
    })
}

/// What the timer question was answered with.
enum TimerAnswer {
    Start(u32),
    Cancel,
}

/// A modal asking for the timer's minutes; `None` while it is still asking.
fn minutes_modal(ctx: &egui::Context, text: &mut String) -> Option<TimerAnswer> {
    use super::timer::{MAX_MINUTES, MIN_MINUTES};
    modal_frame(ctx, &tr!("timer-title"), |ui| {
        ui.label(tr!("timer-question", min = MIN_MINUTES, max = MAX_MINUTES));
        let r = ui
            .add(egui::TextEdit::singleline(text).desired_width(120.0))
            .accessible_name(tr!("timer-minutes"));
        r.request_focus();
        let minutes = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m));
        if minutes.is_none() && !text.trim().is_empty() {
            ui.label(
                RichText::new(tr!(
                    "timer-whole-number",
                    min = MIN_MINUTES,
                    max = MAX_MINUTES
                ))
                .color(ui.visuals().warn_fg_color),
            );
        }
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        ui.add_space(12.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            let start = ui.add_enabled(
                minutes.is_some(),
                egui::Button::new(RichText::new(tr!("btn-start")).size(19.0)),
            );
            if let Some(m) = minutes.filter(|_| start.clicked() || enter) {
                answer = Some(TimerAnswer::Start(m));
            }
            if ui
                .button(RichText::new(tr!("btn-cancel")).size(19.0))
                .clicked()
                || escape
            {
                answer = Some(TimerAnswer::Cancel);
            }
        });
        answer
    })
}
