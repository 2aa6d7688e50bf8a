//! The open document: the editing session plus where it lives on disk, whether it is read-only,
//! and what the file looked like when we last read or wrote it (to notice changes by others).

use crate::edit::Session;
use crate::file::{self, LoadError, SaveError, content_hash};
use crate::model::{Plan, new_plan_id};
use jiff::civil::DateTime;
use std::path::{Path, PathBuf};

pub struct Document {
    pub session: Session,
    pub path: Option<PathBuf>,
    /// Set when the file came from a newer Catchball: Save is refused, Save As… is allowed.
    pub read_only: Option<String>,
    /// The older file format it was read from; saving writes the current one.
    pub upgraded_from: Option<u64>,
    /// Shown in the title when there is no path ("Untitled plan", "Sample workshop").
    untitled_name: String,
    /// [`content_hash`] of the file's bytes as last read or written by us.
    disk_hash: Option<String>,
}

impl Document {
    /// A document with no file yet. Nothing is lost by closing it untouched, so it starts clean.
    pub fn untitled(plan: Plan, name: &str) -> Self {
        Self {
            session: Session::opened(plan),
            path: None,
            read_only: None,
            upgraded_from: None,
            untitled_name: name.to_owned(),
            disk_hash: None,
        }
    }

    pub fn open(path: &Path) -> Result<Self, LoadError> {
        file::clean_stale_temp_files(path);
        let loaded = file::load(path)?;
        Ok(Self {
            session: Session::opened(loaded.plan),
            path: Some(path.to_path_buf()),
            read_only: loaded.read_only,
            upgraded_from: loaded.upgraded_from,
            untitled_name: String::new(),
            disk_hash: Some(loaded.hash),
        })
    }

    /// A document restored from a recovery snapshot: its content differs from its file. It
    /// stays read-only when its file is, and remembers what the file looked like when the
    /// snapshot was taken (`disk_hash`), so a change made since is noticed before saving.
    pub fn recovered(plan: Plan, path: Option<PathBuf>, disk_hash: Option<String>) -> Self {
        let read_only = path
            .as_deref()
            .and_then(|p| file::load(p).ok())
            .and_then(|l| l.read_only);
        Self {
            session: Session::unsaved(plan),
            path,
            read_only,
            upgraded_from: None,
            untitled_name: crate::tr!("recovered-plan"),
            disk_hash,
        }
    }

    pub fn plan(&self) -> &Plan {
        self.session.plan()
    }

    pub fn is_dirty(&self) -> bool {
        self.session.is_dirty()
    }

    /// What the file looked like when we last read or wrote it.
    pub fn disk_hash(&self) -> Option<&str> {
        self.disk_hash.as_deref()
    }

    /// The file name, or the untitled name.
    pub fn name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.untitled_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: "● name — Catchball" while unsaved.
    pub fn window_title(&self) -> String {
        let marker = if self.is_dirty() { "● " } else { "" };
        let ro = if self.read_only.is_some() {
            " [read-only]"
        } else {
            ""
        };
        format!("{marker}{}{ro} — Catchball", self.name())
    }

    /// True when the file on disk is no longer what we last read or wrote.
    pub fn changed_on_disk(&self) -> bool {
        let (Some(path), Some(known)) = (&self.path, &self.disk_hash) else {
            return false;
        };
        match std::fs::read(path) {
            Ok(bytes) => content_hash(&bytes) != *known,
            // A file that vanished is not overwritten by anyone; saving recreates it.
            Err(_) => false,
        }
    }

    /// Whether `path` is this document's file (also through another path or a link).
    pub fn is_file(&self, path: &Path) -> bool {
        let Some(own) = &self.path else { return false };
        match (own.canonicalize(), path.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => own == path,
        }
    }

    /// Saves to `path` (atomically) and makes it the document's file. A changed plan is saved
    /// as its next revision, by `who` at `at`; a plan without an id gets one.
    pub fn save_to(&mut self, path: &Path, who: &str, at: DateTime) -> Result<(), SaveError> {
        let mut lineage = self.plan().lineage.clone();
        if lineage.plan_id.is_empty() {
            lineage.plan_id = new_plan_id();
        }
        if self.is_dirty() || self.path.as_deref() != Some(path) {
            lineage.revision += 1;
            who.clone_into(&mut lineage.saved_by);
            lineage.saved_at = Some(at);
        }
        let before = self.plan().lineage.clone();
        self.session.set_lineage(lineage);
        // The first save over a file of an older format keeps that file for good (older
        // Catchballs can still open it); the ordinary backup is replaced at the next save.
        if let (Some(v), Some(own)) = (self.upgraded_from, &self.path)
            && own == path
        {
            let keep = file::older_format_path(path, v);
            if !keep.exists()
                && let Ok(bytes) = std::fs::read(path)
            {
                file::write_atomically_with(&keep, &bytes, file::Backup::Skip)?;
            }
        }
        let text = match file::save(path, self.session.plan()) {
            Ok(text) => text,
            Err(e) => {
                // Not saved: not a new revision either.
                self.session.set_lineage(before);
                return Err(e);
            }
        };
        self.upgraded_from = None;
        self.path = Some(path.to_path_buf());
        self.disk_hash = Some(content_hash(text.as_bytes()));
        self.read_only = None;
        self.session.mark_saved();
        Ok(())
    }
}
