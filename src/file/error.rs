//! What can go wrong reading or writing a plan file, in words a facilitator understands.

use crate::model::Problem;
use std::io;
use thiserror::Error;

/// Why a plan file could not be opened. Every message names the file, and where it can, the
/// line and column, what is wrong and what to do.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("Cannot read {file}: {source}. Check that the file exists and that you may read it.")]
    Io { file: String, source: io::Error },
    #[error("{file} is {kind}, not a plan file. Open a .plan.ron file.")]
    NotAFile { file: String, kind: &'static str },
    #[error("{file} is empty, so it holds no plan. Open another file, or start a new plan.")]
    Empty { file: String },
    #[error(
        "{file} is {size} bytes, more than the {limit} bytes a plan file may have; it is \
            probably not a plan."
    )]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error(
        "{file}:{line}:{col}: the file is not UTF-8 text (byte 0x{byte:02X}). Save it as UTF-8 \
            and open it again."
    )]
    NotUtf8 {
        file: String,
        line: usize,
        col: usize,
        byte: u8,
    },
    #[error("{file}:{line}:{col}: {message}. Correct the file there, or open its backup.")]
    Syntax {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{file}:{line}:{col}: {message}")]
    Text {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error(
        "{file}:{line}:{col}: the data nests more than {limit} levels deep, which no plan does; \
            the file is damaged or not a plan."
    )]
    TooDeep {
        file: String,
        line: usize,
        col: usize,
        limit: usize,
    },
    #[error(
        "{file} is not a Catchball plan: it has no format_version (or format_version 0) at its \
            top. Open a .plan.ron file saved by Catchball."
    )]
    NotAPlan { file: String },
    #[error(
        "{file} was written by a newer Catchball (format {found}; this one reads up to \
            {current}) and holds data this version does not know ({detail}). Update Catchball to \
            open it."
    )]
    Newer {
        file: String,
        found: u64,
        current: u32,
        detail: String,
    },
    #[error("{} has {} problem(s): {}", place(file, *at), problems.len(), join(problems))]
    Invalid {
        file: String,
        /// Where the item of the first problem is defined, when it can be found.
        at: Option<(usize, usize)>,
        problems: Vec<Problem>,
    },
}

/// `file:line:col`, or the file alone when the place is not known.
fn place(file: &str, at: Option<(usize, usize)>) -> String {
    at.map_or_else(|| file.to_owned(), |(l, c)| format!("{file}:{l}:{c}"))
}

fn join(problems: &[Problem]) -> String {
    const SHOWN: usize = 5;
    let mut text: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(|p| p.message.clone())
        .collect();
    if problems.len() > SHOWN {
        text.push(format!("and {} more", problems.len() - SHOWN));
    }
    text.join(" ")
}

impl LoadError {
    /// Line and column of the problem, when the error has a position.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::NotUtf8 { line, col, .. }
            | LoadError::Syntax { line, col, .. }
            | LoadError::Text { line, col, .. }
            | LoadError::TooDeep { line, col, .. } => Some((*line, *col)),
            LoadError::Invalid { at, .. } => *at,
            _ => None,
        }
    }
}

/// Why a plan could not be saved. The file on disk is left as it was.
#[derive(Debug, Error)]
pub enum SaveError {
    #[error(
        "Cannot save {file}: {step} failed ({source}). The file on disk is unchanged; check the \
            folder's free space and permissions, or save to another place."
    )]
    Io {
        file: String,
        step: &'static str,
        source: io::Error,
    },
    #[error("Cannot save over {file}: it is {kind}, not a file. Save to another place.")]
    NotAFile { file: String, kind: &'static str },
    #[error("Cannot save {file}: the plan could not be written as RON ({message}).")]
    Serialize { file: String, message: String },
}

/// What a path that is not a regular file is, in words ("a folder", "a named pipe").
pub fn kind_of(file_type: std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some("a folder")
    } else if file_type.is_fifo() {
        Some("a named pipe")
    } else if file_type.is_socket() {
        Some("a socket")
    } else if file_type.is_block_device() || file_type.is_char_device() {
        Some("a device")
    } else {
        Some("not a regular file")
    }
}
