//! Recovery snapshots: while a document has unsaved changes, its plan is written every few
//! seconds to the user's data dir; after a crash the next start offers to restore it.

use crate::file;
use crate::model::Plan;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A snapshot found at start.
#[derive(Debug)]
pub struct Snapshot {
    pub snapshot: PathBuf,
    /// The document's own file, if it had one.
    pub original: Option<PathBuf>,
    pub saved_at: Option<SystemTime>,
}

#[derive(Clone, Debug, Default)]
pub struct RecoveryStore {
    dir: Option<PathBuf>,
}

impl RecoveryStore {
    /// The user's data dir, e.g. `~/.local/share/catchball/recovery`.
    pub fn user() -> Self {
        Self {
            dir: directories::ProjectDirs::from("dev", "catchball", "catchball")
                .map(|d| d.data_dir().join("recovery")),
        }
    }

    pub fn at(dir: PathBuf) -> Self {
        Self { dir: Some(dir) }
    }

    pub fn disabled() -> Self {
        Self { dir: None }
    }

    fn key(original: Option<&Path>) -> String {
        match original {
            Some(p) => {
                // The same file reached by another relative path is the same document.
                let p = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
                let mut h = DefaultHasher::new();
                p.hash(&mut h);
                format!("{:016x}", h.finish())
            }
            None => "untitled".to_owned(),
        }
    }

    fn paths(&self, original: Option<&Path>) -> Option<(PathBuf, PathBuf)> {
        let dir = self.dir.as_ref()?;
        let key = Self::key(original);
        Some((
            dir.join(format!("{key}.plan.ron")),
            dir.join(format!("{key}.origin")),
        ))
    }

    /// Writes the snapshot of a document (atomically, like a save).
    pub fn write(&self, original: Option<&Path>, plan: &Plan) -> anyhow::Result<()> {
        let Some((snapshot, origin)) = self.paths(original) else {
            return Ok(());
        };
        if let Some(dir) = snapshot.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let origin_text = original
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        file::write_atomically(&origin, origin_text.as_bytes())?;
        file::save(&snapshot, plan)?;
        let _ = std::fs::remove_file(file::backup_path(&snapshot));
        Ok(())
    }

    /// Removes the snapshot of a document (after it was saved, or changes were discarded).
    pub fn clear(&self, original: Option<&Path>) {
        if let Some((snapshot, origin)) = self.paths(original) {
            let _ = std::fs::remove_file(snapshot);
            let _ = std::fs::remove_file(origin);
        }
    }

    /// Snapshots left by a session that did not end cleanly.
    pub fn found(&self) -> Vec<Snapshot> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut out: Vec<Snapshot> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".plan.ron"))
            .map(|snapshot| {
                let origin_file = snapshot.with_extension("").with_extension("origin");
                let original = std::fs::read_to_string(origin_file)
                    .ok()
                    .filter(|s| !s.is_empty())
                    .map(PathBuf::from);
                let saved_at = std::fs::metadata(&snapshot).and_then(|m| m.modified()).ok();
                Snapshot {
                    snapshot,
                    original,
                    saved_at,
                }
            })
            .collect();
        out.sort_by(|a, b| a.snapshot.cmp(&b.snapshot));
        out
    }

    /// Deletes a snapshot found at start (the user chose to discard it, or restored it).
    pub fn discard(snapshot: &Snapshot) {
        let _ = std::fs::remove_file(&snapshot.snapshot);
        let _ = std::fs::remove_file(
            snapshot
                .snapshot
                .with_extension("")
                .with_extension("origin"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_is_found_with_its_origin_and_cleared_after_save() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().join("recovery"));
        let original = dir.path().join("work.plan.ron");
        store.write(Some(&original), &Plan::new("Draft")).unwrap();
        let found = store.found();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].original.as_deref(), Some(original.as_path()));
        let plan = file::load(&found[0].snapshot).unwrap().plan;
        assert_eq!(plan.title, "Draft");
        store.clear(Some(&original));
        assert!(store.found().is_empty());
    }

    #[test]
    fn untitled_snapshot_has_no_origin() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().to_path_buf());
        store.write(None, &Plan::new("Untitled")).unwrap();
        let found = store.found();
        assert_eq!(found.len(), 1);
        assert!(found[0].original.is_none());
        RecoveryStore::discard(&found[0]);
        assert!(store.found().is_empty());
    }
}
