//! What can go wrong reading or writing a plan file, in words a facilitator understands.

use crate::model::Problem;
use std::io;
use thiserror::Error;

/// Why a plan file could not be opened. Every message names the file, and where it can, the
/// line and column, what is wrong and what to do.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}", crate::tr!("err-io", file = .file, source = .source.to_string()))]
    Io { file: String, source: io::Error },
    #[error("{}", crate::tr!("err-not-a-file", file = .file, kind = crate::i18n::word(.kind)))]
    NotAFile { file: String, kind: &'static str },
    #[error("{}", crate::tr!("err-empty", file = .file))]
    Empty { file: String },
    #[error("{}", crate::tr!(
        "err-too-large",
        file = .file,
        size = .size.to_string(),
        limit = .limit.to_string()
    ))]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error("{}", crate::tr!(
        "err-not-utf8",
        place = place(.file, Some((*.line, *.col))),
        byte = format!("{:02X}", .byte)
    ))]
    NotUtf8 {
        file: String,
        line: usize,
        col: usize,
        byte: u8,
    },
    #[error("{}", crate::tr!(
        "err-syntax",
        place = place(.file, Some((*.line, *.col))),
        message = .message
    ))]
    Syntax {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{}", crate::tr!(
        "err-text",
        place = place(.file, Some((*.line, *.col))),
        message = .message
    ))]
    Text {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{}", crate::tr!(
        "err-too-deep",
        place = place(.file, Some((*.line, *.col))),
        limit = .limit.to_string()
    ))]
    TooDeep {
        file: String,
        line: usize,
        col: usize,
        limit: usize,
    },
    #[error("{}", crate::tr!("err-not-a-plan", file = .file))]
    NotAPlan { file: String },
    #[error("{}", crate::tr!(
        "err-newer",
        file = .file,
        found = .found.to_string(),
        current = .current.to_string(),
        detail = .detail
    ))]
    Newer {
        file: String,
        found: u64,
        current: u32,
        detail: String,
    },
    #[error("{}", crate::tr!(
        "err-invalid",
        place = place(.file, *.at),
        count = .problems.len(),
        problems = join(.problems)
    ))]
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
        text.push(crate::tr!("err-and-more", count = problems.len() - SHOWN));
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
    #[error("{}", crate::tr!(
        "err-save-io",
        file = .file,
        step = crate::i18n::word(.step),
        source = .source.to_string()
    ))]
    Io {
        file: String,
        step: &'static str,
        source: io::Error,
    },
    #[error("{}", crate::tr!(
        "err-save-not-a-file",
        file = .file,
        kind = crate::i18n::word(.kind)
    ))]
    NotAFile { file: String, kind: &'static str },
    #[error("{}", crate::tr!("err-save-serialize", file = .file, message = .message))]
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
