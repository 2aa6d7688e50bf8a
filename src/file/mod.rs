//! Plan files: the RON envelope, canonical output, loading with precise errors, atomic save.
//! Nothing here knows about egui; the app and the command line both go through these functions.

mod atomic;
mod error;
mod format;
mod migrate;

pub use atomic::{
    Backup, backup_path, clean_stale_temp_files, older_format_path, write_atomically,
    write_atomically_with, write_target,
};
pub use error::{LoadError, SaveError, kind_of};
pub use format::{
    FORMAT_VERSION, Loaded, MAX_FILE_BYTES, MAX_NESTING, canonicalize, content_hash, from_text,
    load, save, to_text,
};

/// Who writes a file: the user's login name (empty when the system does not say).
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_default()
}
