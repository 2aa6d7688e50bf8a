//! Crash-safe writing: temp file in the same folder, fsync, keep a backup, rename over the
//! target, fsync the folder. At any instant the target is either the old file or the new one.

use super::SaveError;
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

const TEMP_MARK: &str = ".catchball-tmp-";

/// Where the previous version of `path` is kept: `name.plan.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Where a file of an older format is kept when it is first saved in the current one:
/// `plan.plan.ron.format-1.bak`.
pub fn older_format_path(path: &Path, version: u64) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(format!(".format-{version}.bak"));
    path.with_file_name(name)
}

fn temp_prefix(path: &Path) -> OsString {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(TEMP_MARK);
    name
}

/// Removes temp files that an interrupted save of `path` left behind. Returns how many.
pub fn clean_stale_temp_files(path: &Path) -> usize {
    let dir = parent_dir(path);
    let prefix = temp_prefix(path);
    let Some(prefix) = prefix.to_str() else {
        return 0;
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(prefix))
        })
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether an atomic write keeps the file it replaces, and how hard it makes sure the new one
/// reached the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// Keep it as [`backup_path`] (plan files).
    Keep,
    /// Don't (exports, recovery data: nothing to go back to).
    Skip,
    /// Neither keep it nor wait for the disk (preferences: no work is in them, and the window
    /// must not wait on a disk flush when the panel changes).
    Quick,
}

/// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces and that
/// file itself as [`backup_path`].
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, Backup::Keep)
}

/// Where a write to `path` really goes: through a symbolic link (or a chain of them) to its
/// target, so the link stays a link and the target gets the new content.
pub fn write_target(path: &Path) -> PathBuf {
    let mut target = path.to_path_buf();
    // A bounded walk: a loop of links ends here rather than spinning.
    for _ in 0..40 {
        match fs::symlink_metadata(&target) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&target) {
                Ok(next) => target = parent_dir(&target).join(next),
                Err(_) => break,
            },
            _ => break,
        }
    }
    target
}

/// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces. A
/// symbolic link is written through to its target. Refuses to replace what is not a file.
pub fn write_atomically_with(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), SaveError> {
    let target = write_target(path);
    if let Ok(meta) = fs::metadata(&target)
        && let Some(kind) = super::error::kind_of(meta.file_type())
    {
        return Err(SaveError::NotAFile {
            file: path.display().to_string(),
            kind,
        });
    }
    write_file(&target, path, bytes, backup)
}

/// The atomic write itself, to `path` (no links left), naming `shown` in errors.
fn write_file(path: &Path, shown: &Path, bytes: &[u8], backup: Backup) -> Result<(), SaveError> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let file = shown.display().to_string();
    let io = |step: &'static str| {
        let file = file.clone();
        move |source| SaveError::Io { file, step, source }
    };
    let dir = parent_dir(path);
    let mut temp_name = temp_prefix(path);
    temp_name.push(format!(
        "{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let temp = dir.join(temp_name);
    let old = fs::metadata(path).ok();

    let result = (|| {
        let mut out = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io("creating a temporary file"))?;
        out.write_all(bytes).map_err(io("writing"))?;
        if let Some(meta) = &old {
            out.set_permissions(meta.permissions())
                .map_err(io("keeping the file's permissions"))?;
        }
        if backup != Backup::Quick {
            out.sync_all().map_err(io("flushing to disk"))?;
        }
        drop(out);
        if old.is_some() && backup == Backup::Keep {
            keep_backup(path);
        }
        fs::rename(&temp, path).map_err(io("replacing the file"))?;
        // Make the rename itself durable. Some platforms cannot open a folder; the rename has
        // happened either way, so this is best effort.
        if backup != Backup::Quick
            && let Ok(d) = File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Keeps the current file as the backup. A hard link costs nothing and is atomic; where links are
/// not supported, a copy. Failing to keep a backup never stops the save itself.
fn keep_backup(path: &Path) {
    let backup = backup_path(path);
    let _ = fs::remove_file(&backup);
    if fs::hard_link(path, &backup).is_err() {
        let _ = fs::copy(path, &backup);
    }
}
