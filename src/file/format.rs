//! The `.plan.ron` format: an envelope `(format_version: N, plan: (…))`, canonical pretty RON.

use super::{LoadError, SaveError, write_atomically};
use crate::model::{Assignment, CauseEffect, Correlation, Plan, validate};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

/// The format this version writes. Older formats are read through `super::migrate`.
pub const FORMAT_VERSION: u32 = 2;
/// The largest file we read. A large synthetic plan is a few MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest nesting accepted. The deepest the app writes is about 9 levels.
pub const MAX_NESTING: usize = 40;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    plan: &'a Plan,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn<P> {
    #[allow(dead_code)]
    format_version: u64,
    plan: P,
}

/// Reads the plan of a file of `version` (known to be one this Catchball reads), bringing an
/// older format up to the current one.
fn read_plan(text: &str, version: u64) -> Result<Plan, ron::error::SpannedError> {
    if version == 1 {
        let old: EnvelopeIn<super::migrate::PlanV1> = options().from_str(text)?;
        return Ok(super::migrate::from_v1(old.plan));
    }
    let current: EnvelopeIn<Plan> = options().from_str(text)?;
    Ok(current.plan)
}

/// Only the version, read before the rest so a newer file gets the right message.
/// A missing version reads as 0, which no Catchball writes.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format_version: u64,
}

/// A plan read from a file.
#[derive(Debug)]
pub struct Loaded {
    pub plan: Plan,
    /// [`content_hash`] of the bytes read, to notice later that someone changed the file.
    pub hash: String,
    /// Set when the file came from a newer Catchball: it may be read but must not be overwritten.
    pub read_only: Option<String>,
    /// The older format the file was written in, brought up to [`FORMAT_VERSION`] on reading;
    /// saving writes the current format (and keeps the old file as the backup).
    pub upgraded_from: Option<u64>,
}

/// A stable fingerprint of a file's bytes (SHA-256, hex): the same in every Catchball version,
/// so a recovery snapshot can remember what the file looked like.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// Sorts the collections whose order carries no meaning, so equal plans give equal files.
pub fn canonicalize(plan: &mut Plan) {
    let x = &mut plan.xmatrix;
    x.correlations.sort_by_key(Correlation::key);
    x.assignments.sort_by_key(Assignment::key);
    plan.scorecard.links.sort_by_key(CauseEffect::key);
    plan.mutes
        .sort_by(|a, b| (a.rule.as_str(), a.item).cmp(&(b.rule.as_str(), b.item)));
}

/// Whether [`canonicalize`] would leave the plan as it is.
fn is_canonical(plan: &Plan) -> bool {
    let x = &plan.xmatrix;
    x.correlations.is_sorted_by_key(Correlation::key)
        && x.assignments.is_sorted_by_key(Assignment::key)
        && plan.scorecard.links.is_sorted_by_key(CauseEffect::key)
        && plan
            .mutes
            .is_sorted_by(|a, b| (a.rule.as_str(), a.item) <= (b.rule.as_str(), b.item))
}

/// The canonical text of a plan: fixed field order, pretty-printed, ending in a newline.
pub fn to_text(plan: &Plan) -> Result<String, ron::Error> {
    // Plans are kept canonical as they are edited; copy only one that is not.
    let plan = if is_canonical(plan) {
        std::borrow::Cow::Borrowed(plan)
    } else {
        let mut copy = plan.clone();
        canonicalize(&mut copy);
        std::borrow::Cow::Owned(copy)
    };
    let plan = plan.as_ref();
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    let mut text = ron::ser::to_string_pretty(
        &EnvelopeOut {
            format_version: FORMAT_VERSION,
            plan,
        },
        config,
    )?;
    text.push('\n');
    Ok(text)
}

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_NESTING)
}

fn syntax(file: &str, e: &ron::error::SpannedError) -> LoadError {
    let (line, col) = (e.span.start.line, e.span.start.col);
    if e.code == ron::Error::ExceededRecursionLimit {
        return LoadError::TooDeep {
            file: file.to_owned(),
            line,
            col,
            limit: MAX_NESTING,
        };
    }
    let mut message = e.code.to_string();
    if message.ends_with('.') {
        message.pop();
    }
    // Dates are the only values jiff parses in a plan; its messages say what failed, not
    // that it was a date or how to write one.
    if message.starts_with("failed to parse") || message.starts_with("parsed date") {
        message = format!("not a valid date ({message}); write dates as \"YYYY-MM-DD\"");
    }
    LoadError::Syntax {
        file: file.to_owned(),
        line,
        col,
        message,
    }
}

fn bytecount_newlines(bytes: &[u8]) -> usize {
    bytes.split(|&b| b == b'\n').count() - 1
}

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = bytecount_newlines(before) + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

/// Where a text value stands in the file: its RON spelling, or failing that its first line.
fn find_text(file_text: &str, value: &str) -> (usize, usize) {
    let spelled = ron::to_string(value).ok();
    let first_line = value.lines().next().unwrap_or(value);
    let at = spelled
        .as_deref()
        .and_then(|s| file_text.find(s))
        .or_else(|| {
            (!first_line.is_empty())
                .then(|| file_text.find(first_line))
                .flatten()
        });
    at.map_or((1, 1), |offset| line_col(file_text.as_bytes(), offset))
}

/// The version of a file that opens with `(format_version: N,`, as every file Catchball writes
/// does, read without parsing the rest; `None` for anything else.
fn leading_version(text: &str) -> Option<u64> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].trim_start();
    if !after.starts_with(',') {
        return None;
    }
    rest[..digits].parse().ok()
}

/// The version from the whole file read as the envelope's header.
fn read_header(file: &str, text: &str) -> Result<u64, LoadError> {
    let header: Header = options().from_str(text).map_err(|e| match e.code {
        // Valid RON, but not a struct at the top: some other file.
        ron::Error::ExpectedNamedStructLike(_) | ron::Error::ExpectedStructLike => {
            LoadError::NotAPlan {
                file: file.to_owned(),
            }
        }
        _ => syntax(file, &e),
    })?;
    Ok(header.format_version)
}

/// Parses file content. `file` names the file in error messages.
pub fn from_text(file: &str, bytes: &[u8]) -> Result<Loaded, LoadError> {
    let file_owned = || file.to_owned();
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.valid_up_to();
            let (line, col) = line_col(bytes, offset);
            return Err(LoadError::NotUtf8 {
                file: file_owned(),
                line,
                col,
                byte: bytes[offset],
            });
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { file: file_owned() });
    }
    // A file Catchball wrote starts with its version; anything else is read in full for it
    // (which is what gives a broken file its message).
    let version = match leading_version(text) {
        Some(v) => v,
        None => read_header(file, text)?,
    };
    if version == 0 {
        return Err(LoadError::NotAPlan { file: file_owned() });
    }
    let newer = version > u64::from(FORMAT_VERSION);
    let plan = match read_plan(text, version) {
        Ok(plan) => plan,
        Err(e) if newer => {
            return Err(LoadError::Newer {
                file: file_owned(),
                found: version,
                current: FORMAT_VERSION,
                detail: format!(
                    "line {}: {}",
                    e.span.start.line,
                    e.code.to_string().trim_end_matches('.')
                ),
            });
        }
        Err(e) => return Err(syntax(file, &e)),
    };
    let mut envelope = EnvelopeIn {
        format_version: version,
        plan,
    };
    if let Some(problem) = crate::model::text_problems(&envelope.plan)
        .into_iter()
        .next()
    {
        let (line, col) = find_text(text, &problem.text);
        return Err(LoadError::Text {
            file: file_owned(),
            line,
            col,
            message: problem.message,
        });
    }
    canonicalize(&mut envelope.plan);
    let problems = validate(&envelope.plan);
    if !problems.is_empty() {
        // Point at the item of the first problem: where its id is defined.
        let at = problems[0].ids.first().and_then(|id| {
            let needle = format!("id: {},", id.0);
            text.find(&needle)
                .map(|offset| line_col(text.as_bytes(), offset))
        });
        return Err(LoadError::Invalid {
            file: file_owned(),
            at,
            problems,
        });
    }
    let read_only = newer.then(|| {
        format!(
            "{file} was written by a newer Catchball (format {version}; this one writes \
             {FORMAT_VERSION}), so it is read-only here: nothing it holds is lost."
        )
    });
    Ok(Loaded {
        plan: envelope.plan,
        hash: content_hash(bytes),
        read_only,
        upgraded_from: (version < u64::from(FORMAT_VERSION)).then_some(version),
    })
}

/// Reads and parses a plan file, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let io = |source| LoadError::Io {
        file: file.clone(),
        source,
    };
    // Look before opening: opening a named pipe or a device can block for ever.
    let meta = std::fs::metadata(path).map_err(io)?;
    if let Some(kind) = super::error::kind_of(meta.file_type()) {
        return Err(LoadError::NotAFile { file, kind });
    }
    let f = std::fs::File::open(path).map_err(io)?;
    let size = f.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Bounded read: a file that grows while we read it still cannot exceed the limit.
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    from_text(&file, &bytes)
}

/// Saves a plan in canonical form through the atomic writer. Returns the text written.
pub fn save(path: &Path, plan: &Plan) -> Result<String, SaveError> {
    let text = to_text(plan).map_err(|e| SaveError::Serialize {
        file: path.display().to_string(),
        message: e.to_string(),
    })?;
    write_atomically(path, text.as_bytes())?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::leading_version;

    #[test]
    fn the_leading_version_is_read_only_from_the_usual_opening() {
        assert_eq!(leading_version("(format_version: 2, plan: ("), Some(2));
        assert_eq!(
            leading_version("\n  (\n    format_version : 17 ,\n"),
            Some(17)
        );
        assert_eq!(leading_version("(plan: (), format_version: 2)"), None);
        assert_eq!(leading_version("(format_version: 2)"), None);
        assert_eq!(leading_version("(format_version: x,"), None);
        assert_eq!(leading_version("[1, 2]"), None);
    }
}
