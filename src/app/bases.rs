//! Base snapshots for merging: the versions of a plan the user opened or merged, kept beside the
//! recovery data by plan id and revision, so Merge needs only the colleague's file.

use crate::file::{self, content_hash};
use crate::merge;
use crate::model::Plan;
use std::path::PathBuf;

/// How many versions of one plan are kept.
const KEEP: usize = 20;

#[derive(Clone, Debug, Default)]
pub struct BaseStore {
    dir: Option<PathBuf>,
}

/// A remembered version, and when it was remembered (for saying which one a merge uses).
pub struct Base {
    pub plan: Plan,
    pub remembered: Option<std::time::SystemTime>,
}

impl BaseStore {
    pub fn at(dir: Option<PathBuf>) -> Self {
        Self { dir }
    }

    /// Keeps this version of the plan (once; nothing for a plan without an id). Failing to keep
    /// it loses nothing but a better merge later, so it is said on stderr only.
    pub fn remember(&self, plan: &Plan) {
        let (Some(dir), id) = (&self.dir, &plan.lineage.plan_id) else {
            return;
        };
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return;
        }
        let Ok(text) = file::to_text(plan) else {
            return;
        };
        let folder = dir.join(id);
        let hash = content_hash(text.as_bytes());
        let path = folder.join(format!(
            "{:010}-{}.plan.ron",
            plan.lineage.revision,
            &hash[..16]
        ));
        if path.exists() {
            return;
        }
        let written = std::fs::create_dir_all(&folder).and_then(|()| {
            file::write_atomically_with(&path, text.as_bytes(), file::Backup::Skip)
                .map_err(std::io::Error::other)
        });
        if let Err(e) = written {
            eprintln!("catchball: could not keep a base version for merging: {e}");
        }
        Self::prune(&folder);
    }

    fn prune(folder: &std::path::Path) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
            .flatten()
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        files.sort();
        let extra = files.len().saturating_sub(KEEP);
        for (_, path) in files.into_iter().take(extra) {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Every kept version of the plan with this id.
    pub fn versions(&self, plan_id: &str) -> Vec<Base> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        if plan_id.is_empty() {
            return Vec::new();
        }
        let Ok(entries) = std::fs::read_dir(dir.join(plan_id)) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|e| {
                let loaded = file::load(&e.path()).ok()?;
                Some(Base {
                    plan: loaded.plan,
                    remembered: e.metadata().ok().and_then(|m| m.modified().ok()),
                })
            })
            .collect()
    }

    /// The kept version `theirs` most likely started from: of the versions of this plan no
    /// newer than theirs, the one closest to it.
    pub fn best_for(&self, theirs: &Plan) -> Option<Base> {
        self.versions(&theirs.lineage.plan_id)
            .into_iter()
            .filter(|b| b.plan.lineage.revision <= theirs.lineage.revision)
            .filter_map(|b| {
                let distance = merge::diff(&b.plan, theirs).ok()?.len();
                Some((distance, std::cmp::Reverse(b.plan.lineage.revision), b))
            })
            .min_by_key(|(d, r, _)| (*d, *r))
            .map(|(_, _, b)| b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_kept_version_no_newer_than_theirs_is_the_base() {
        let dir = tempfile::tempdir().unwrap();
        let store = BaseStore::at(Some(dir.path().to_path_buf()));
        let mut r5 = crate::sample::sample_plan().unwrap();
        r5.lineage.plan_id = "abc123".into();
        r5.lineage.revision = 5;
        store.remember(&r5);
        store.remember(&r5);
        let mut r6 = r5.clone();
        r6.lineage.revision = 6;
        r6.title = "Ours, later".into();
        store.remember(&r6);
        assert_eq!(store.versions("abc123").len(), 2);
        // Theirs started from revision 5 and saved as 6.
        let mut theirs = r5.clone();
        theirs.lineage.revision = 6;
        theirs.priorities[0].why = "Theirs".into();
        let base = store.best_for(&theirs).unwrap();
        assert_eq!(base.plan.title, r5.title);
        // Nothing newer than theirs is a base.
        theirs.lineage.revision = 4;
        assert!(store.best_for(&theirs).is_none());
        assert!(BaseStore::default().best_for(&r5).is_none());
    }
}
