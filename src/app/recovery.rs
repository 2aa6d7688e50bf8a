//! Recovery snapshots, one set per running window. While a document has unsaved changes its plan
//! is written every few seconds to the user's data dir, named after this window's instance. A
//! lock file says the instance is alive (process id, host, process start); snapshots of an
//! instance that is no longer alive were left by a crash, and the next start offers them. A
//! window only ever removes its own snapshots, or one the user chose to discard.

use crate::file::{self, Backup, content_hash, write_atomically_with};
use crate::model::Plan;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// A snapshot left by a window that is gone.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub snapshot: PathBuf,
    /// The document's own file, if it had one.
    pub original: Option<PathBuf>,
    /// What that file looked like to the crashed window ([`content_hash`]).
    pub disk_hash: Option<String>,
    pub saved_at: Option<SystemTime>,
}

/// Instances of this process that are alive (several windows, or tests, share a process).
static LIVE: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn live(f: impl FnOnce(&mut HashSet<String>)) {
    let mut guard = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
    f(guard.get_or_insert_with(HashSet::new));
}

fn is_live_here(instance: &str) -> bool {
    let mut here = false;
    live(|set| here = set.contains(instance));
    here
}

/// When this process started, in clock ticks since boot (Linux); 0 where unknown.
fn start_ticks(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            // The command name may hold spaces; the fields after its ')' are plain.
            let rest = s.rsplit_once(')')?.1;
            rest.split_whitespace().nth(19)?.parse().ok()
        })
        .unwrap_or(0)
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .unwrap_or_default()
}

/// What a lock file says.
#[derive(Debug, Default, PartialEq)]
struct Lock {
    pid: u32,
    start: u64,
    host: String,
    open: Vec<PathBuf>,
}

impl Lock {
    fn parse(text: &str) -> Lock {
        let mut lock = Lock::default();
        for line in text.lines() {
            match line.split_once('=') {
                Some(("pid", v)) => lock.pid = v.parse().unwrap_or(0),
                Some(("start", v)) => lock.start = v.parse().unwrap_or(0),
                Some(("host", v)) => v.clone_into(&mut lock.host),
                Some(("open", v)) => lock.open.push(PathBuf::from(v)),
                _ => {}
            }
        }
        lock
    }

    fn text(&self) -> String {
        use std::fmt::Write;
        let mut out = format!(
            "pid={}\nstart={}\nhost={}\n",
            self.pid, self.start, self.host
        );
        for p in &self.open {
            let _ = writeln!(out, "open={}", p.display());
        }
        out
    }
}

/// How long a lock without a way to check its process counts as alive (no /proc).
const LOCK_FRESH: Duration = Duration::from_mins(2);

#[derive(Debug)]
pub struct RecoveryStore {
    dir: Option<PathBuf>,
    /// This window's instance: its snapshots and lock are named after it.
    instance: String,
    /// The files this window has open (kept in its lock for other windows to see).
    open: Vec<PathBuf>,
}

impl Default for RecoveryStore {
    fn default() -> Self {
        Self::disabled()
    }
}

fn new_instance() -> String {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{nanos:x}-{n}", std::process::id())
}

/// The canonical form of a path, for comparing files reached by different paths.
fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

impl RecoveryStore {
    /// The user's data dir, e.g. `~/.local/share/catchball/recovery`.
    pub fn user() -> Self {
        Self::in_dir(
            directories::ProjectDirs::from("dev", "catchball", "catchball")
                .map(|d| d.data_dir().join("recovery")),
        )
    }

    pub fn at(dir: PathBuf) -> Self {
        Self::in_dir(Some(dir))
    }

    /// Where the snapshots are written (`None`: nowhere).
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Where versions of plans are kept as bases for merging: beside the snapshots.
    pub fn bases(&self) -> super::BaseStore {
        super::BaseStore::at(self.dir.as_ref().map(|d| d.join("bases")))
    }

    pub fn disabled() -> Self {
        Self {
            dir: None,
            instance: new_instance(),
            open: Vec::new(),
        }
    }

    fn in_dir(dir: Option<PathBuf>) -> Self {
        let store = Self {
            dir,
            instance: new_instance(),
            open: Vec::new(),
        };
        live(|set| {
            set.insert(store.instance.clone());
        });
        store.write_lock();
        store
    }

    fn lock_path(&self, instance: &str) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(format!("{instance}.lock")))
    }

    fn write_lock(&self) {
        let Some(path) = self.lock_path(&self.instance) else {
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let pid = std::process::id();
        let lock = Lock {
            pid,
            start: start_ticks(pid),
            host: host(),
            open: self.open.clone(),
        };
        let _ = write_atomically_with(&path, lock.text().as_bytes(), Backup::Skip);
    }

    /// Whether the instance that wrote `instance`'s lock is still running.
    fn is_alive(&self, instance: &str) -> bool {
        if instance == self.instance || is_live_here(instance) {
            return true;
        }
        let Some(path) = self.lock_path(instance) else {
            return false;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            return false;
        };
        let lock = Lock::parse(&text);
        let pid = std::process::id();
        if lock.pid == pid && lock.start == start_ticks(pid) {
            // Written by this very process, but not by a window it still has: gone.
            return false;
        }
        if lock.host != host() {
            // Another machine sharing the folder: trust a recent lock.
            return fresh(&path);
        }
        if Path::new("/proc").join(lock.pid.to_string()).exists() {
            return start_ticks(lock.pid) == lock.start;
        }
        if Path::new("/proc/self").exists() {
            return false;
        }
        fresh(&path)
    }

    /// Records which file this window has open, for other windows to see.
    pub fn set_open(&mut self, path: Option<&Path>) {
        self.open = path.map(canonical).into_iter().collect();
        self.write_lock();
    }

    /// Whether another running Catchball window has `path` open.
    pub fn open_elsewhere(&self, path: &Path) -> bool {
        let Some(dir) = &self.dir else { return false };
        let wanted = canonical(path);
        let Ok(entries) = std::fs::read_dir(dir) else {
            return false;
        };
        entries.flatten().any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(instance) = name.strip_suffix(".lock") else {
                return false;
            };
            instance != self.instance
                && std::fs::read_to_string(e.path())
                    .is_ok_and(|t| Lock::parse(&t).open.contains(&wanted))
                && self.is_alive(instance)
        })
    }

    fn key(original: Option<&Path>) -> String {
        match original {
            // The same file reached by another relative path is the same document.
            Some(p) => content_hash(canonical(p).to_string_lossy().as_bytes())[..16].to_owned(),
            None => "untitled".to_owned(),
        }
    }

    fn paths(&self, original: Option<&Path>) -> Option<(PathBuf, PathBuf)> {
        let dir = self.dir.as_ref()?;
        let stem = format!("{}~{}", self.instance, Self::key(original));
        Some((
            dir.join(format!("{stem}.plan.ron")),
            dir.join(format!("{stem}.origin")),
        ))
    }

    /// Writes this window's snapshot of a document (atomically, like a save). `disk_hash` is what
    /// its file looked like when last read or written.
    pub fn write(
        &self,
        original: Option<&Path>,
        disk_hash: Option<&str>,
        plan: &Plan,
    ) -> anyhow::Result<()> {
        let Some((snapshot, origin)) = self.paths(original) else {
            return Ok(());
        };
        if let Some(dir) = snapshot.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let origin_text = format!(
            "{}\n{}\n",
            original
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            disk_hash.unwrap_or_default()
        );
        write_atomically_with(&origin, origin_text.as_bytes(), Backup::Skip)?;
        let text = file::to_text(plan)?;
        write_atomically_with(&snapshot, text.as_bytes(), Backup::Skip)?;
        Ok(())
    }

    /// Removes this window's snapshot of a document (after it was saved, or its changes were
    /// discarded). Other windows' snapshots are never touched.
    pub fn clear(&self, original: Option<&Path>) {
        if let Some((snapshot, origin)) = self.paths(original) {
            let _ = std::fs::remove_file(snapshot);
            let _ = std::fs::remove_file(origin);
        }
    }

    /// Snapshots left by windows that are no longer running.
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
            .filter(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                let instance = name
                    .as_deref()
                    .and_then(|n| n.split_once('~'))
                    .map_or("", |(i, _)| i);
                !self.is_alive(instance)
            })
            .map(|snapshot| {
                let origin = std::fs::read_to_string(origin_of(&snapshot)).unwrap_or_default();
                let mut lines = origin.lines();
                let original = lines.next().filter(|s| !s.is_empty()).map(PathBuf::from);
                let disk_hash = lines.next().filter(|s| !s.is_empty()).map(str::to_owned);
                let saved_at = std::fs::metadata(&snapshot).and_then(|m| m.modified()).ok();
                Snapshot {
                    snapshot,
                    original,
                    disk_hash,
                    saved_at,
                }
            })
            .collect();
        out.sort_by(|a, b| a.snapshot.cmp(&b.snapshot));
        out
    }

    /// Deletes a snapshot found at start (restored, or discarded by the user), and the lock of
    /// its gone window once nothing of it is left.
    pub fn discard(&self, snapshot: &Snapshot) {
        let _ = std::fs::remove_file(&snapshot.snapshot);
        let _ = std::fs::remove_file(origin_of(&snapshot.snapshot));
        let name = snapshot
            .snapshot
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let (Some((instance, _)), Some(dir)) = (name.split_once('~'), &self.dir) {
            let prefix = format!("{instance}~");
            let left = std::fs::read_dir(dir).is_ok_and(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(&prefix))
            });
            if !left && let Some(lock) = self.lock_path(instance) {
                let _ = std::fs::remove_file(lock);
            }
        }
    }

    /// For tests: this window goes away as a crash would, leaving its lock and snapshots.
    #[doc(hidden)]
    pub fn crash(&mut self) {
        live(|set| {
            set.remove(&self.instance);
        });
        self.dir = None;
    }
}

fn origin_of(snapshot: &Path) -> PathBuf {
    snapshot.with_extension("").with_extension("origin")
}

fn fresh(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age < LOCK_FRESH))
}

impl Drop for RecoveryStore {
    /// A clean exit: the lock goes (snapshots the user kept stay, to be offered next time).
    fn drop(&mut self) {
        live(|set| {
            set.remove(&self.instance);
        });
        if let Some(lock) = self.lock_path(&self.instance) {
            let _ = std::fs::remove_file(lock);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_of_a_live_window_is_not_offered_until_it_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = RecoveryStore::at(dir.path().join("recovery"));
        let second = RecoveryStore::at(dir.path().join("recovery"));
        let original = dir.path().join("work.plan.ron");
        first
            .write(Some(&original), Some("abc"), &Plan::new("Draft"))
            .unwrap();
        assert!(second.found().is_empty(), "the first window is alive");
        first.crash();
        let found = second.found();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].original.as_deref(), Some(original.as_path()));
        assert_eq!(found[0].disk_hash.as_deref(), Some("abc"));
        let plan = file::load(&found[0].snapshot).unwrap().plan;
        assert_eq!(plan.title, "Draft");
        second.discard(&found[0]);
        assert!(second.found().is_empty());
        let left: Vec<_> = std::fs::read_dir(dir.path().join("recovery"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "only the second window's own lock: {left:?}");
    }

    #[test]
    fn a_window_clears_only_its_own_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = RecoveryStore::at(dir.path().to_path_buf());
        let second = RecoveryStore::at(dir.path().to_path_buf());
        let original = dir.path().join("work.plan.ron");
        first
            .write(Some(&original), None, &Plan::new("Mine"))
            .unwrap();
        second
            .write(Some(&original), None, &Plan::new("Theirs"))
            .unwrap();
        second.clear(Some(&original));
        first.crash();
        let third = RecoveryStore::at(dir.path().to_path_buf());
        let found = third.found();
        assert_eq!(found.len(), 1);
        assert_eq!(file::load(&found[0].snapshot).unwrap().plan.title, "Mine");
    }

    #[test]
    fn another_window_sees_which_file_is_open() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("work.plan.ron");
        std::fs::write(&file, "x").unwrap();
        let mut first = RecoveryStore::at(dir.path().join("r"));
        let second = RecoveryStore::at(dir.path().join("r"));
        assert!(!second.open_elsewhere(&file));
        first.set_open(Some(&file));
        assert!(second.open_elsewhere(&file));
        assert!(!first.open_elsewhere(&file), "not elsewhere for itself");
        drop(first);
        assert!(
            !second.open_elsewhere(&file),
            "a closed window holds nothing"
        );
    }

    #[test]
    fn an_untitled_snapshot_has_no_origin() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = RecoveryStore::at(dir.path().to_path_buf());
        store.write(None, None, &Plan::new("Untitled")).unwrap();
        store.crash();
        let other = RecoveryStore::at(dir.path().to_path_buf());
        let found = other.found();
        assert_eq!(found.len(), 1);
        assert!(found[0].original.is_none());
    }
}
