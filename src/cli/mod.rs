//! The command line: `check`, `fmt` and `demo` run headless; no subcommand opens the window.

mod compare;
mod help;

pub use compare::{MergeArgs, diff, merge};
pub use help::{command, language_argument};

use crate::file::{self, LoadError};
use crate::model::Plan;
use clap::{Parser, Subcommand, ValueEnum};
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Parser)]
#[command(
    name = "catchball",
    version,
    about = "Facilitated strategy workshops: vision, priorities, X-matrix, scorecard and OKRs \
        in one plan file."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The language to speak (en, de); without it, the system's (LANG), else English.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    /// A .plan.ron file to open; without it, the last file (or the sample on first start).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a plan file. Exit 0 = clean, 1 = findings, 2 = unreadable.
    Check {
        file: PathBuf,
        /// Print the result as JSON on stdout.
        #[arg(long)]
        json: bool,
        /// Judge what is overdue as of this day (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<jiff::civil::Date>,
    },
    /// Every scored item (measures, scorecard objectives and perspectives, key results, OKR
    /// objectives, teams) with its number and status. Exit 0, or 2 when the file does not load.
    Score {
        file: PathBuf,
        /// Print a JSON array of {id, name, kind, progress, status} on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Rewrite a plan file in canonical form through the same atomic save the app uses.
    Fmt { file: PathBuf },
    /// Export a plan for colleagues without Catchball; never changes the plan.
    ///
    /// A web page (html), a PDF with the X-matrix on A3, an Excel workbook (xlsx), CSV tables,
    /// a Markdown summary, or a picture of the X-matrix or the strategy map (svg, png).
    Export {
        file: PathBuf,
        #[arg(long, value_enum)]
        format: crate::export::Format,
        /// Where to write it (default: beside the plan, named after it). For CSV, a folder gets
        /// one file per table and a .csv file gets the key results.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// Which drawing an SVG or PNG shows.
        #[arg(long, value_enum, default_value_t = crate::export::View::Xmatrix)]
        view: crate::export::View,
        /// Width of a PNG in pixels.
        #[arg(long, default_value_t = crate::export::DEFAULT_PNG_WIDTH)]
        width: u32,
    },
    /// Name the changes between two copies of a plan. Exit 0 = same, 1 = different, 2 = error.
    ///
    /// Also git's external diff: `git config diff.catchball.command "catchball diff"`.
    Diff {
        /// The older and the newer plan (or git's seven external-diff arguments).
        #[arg(required = true, num_args = 2..=7, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print the changes as JSON on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Merge two copies of a plan by ids. Exit 0 = merged, 1 = conflicts (nothing written unless
    /// --take decides them), 2 = an input cannot be read.
    ///
    /// Also git's merge driver: `git config merge.catchball.driver "catchball merge %O %A %B -o %A"`.
    Merge {
        /// The version both copies started from (an empty file: none).
        base: PathBuf,
        /// Our copy.
        ours: PathBuf,
        /// Their copy.
        theirs: PathBuf,
        /// Where to write the merged plan.
        #[arg(short, long)]
        output: PathBuf,
        /// Decide every conflict for one side.
        #[arg(long, value_enum)]
        take: Option<TakeSide>,
        /// Merge copies of different plans (different plan ids): every difference is a conflict.
        #[arg(long)]
        different_plans: bool,
    },
    /// Write a sample plan (small: the bundled workshop; large: a big organisation's plan; huge:
    /// four times large).
    Demo {
        #[arg(long, value_enum, default_value_t = DemoSize::Small)]
        size: DemoSize,
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TakeSide {
    Ours,
    Theirs,
}

impl From<TakeSide> for crate::merge::Side {
    fn from(t: TakeSide) -> Self {
        match t {
            TakeSide::Ours => Self::Ours,
            TakeSide::Theirs => Self::Theirs,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DemoSize {
    Small,
    Large,
    Huge,
}

/// What a headless command prints and how the process exits.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: u8,
}

/// Text as a terminal should get it: control characters in plan text (an escape sequence that
/// would clear the screen, a bell) are shown as `\u{1b}`, never sent raw. Line breaks and tabs
/// stay.
pub fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

fn fail(e: &LoadError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// `catchball check`: exit 0 when the file loads and the audit finds nothing, 1 when the audit
/// has findings, 2 when the file is unreadable or structurally invalid.
pub fn check(path: &Path, json: bool, as_of: Option<jiff::civil::Date>) -> Outcome {
    let result = file::load(path);
    let today = as_of.unwrap_or_else(crate::model::today);
    let findings = result
        .as_ref()
        .map(|l| crate::audit::report_on(&l.plan, today).findings)
        .unwrap_or_default();
    let (exit_code, error) = match &result {
        Ok(_) if findings.is_empty() => (0, None),
        Ok(_) => (1, None),
        Err(e) => (2, Some(e)),
    };
    let file = path.display().to_string();
    let stdout = if json {
        let value = serde_json::json!({
            "file": file,
            "readable": error.is_none(),
            "error": error.map(ToString::to_string),
            "position": error
                .and_then(LoadError::position)
                .map(|(l, c)| serde_json::json!({"line": l, "column": c})),
            "read_only": result.as_ref().ok().and_then(|l| l.read_only.clone()),
            "findings": findings,
        });
        format!("{value:#}\n")
    } else {
        match &result {
            Ok(loaded) => {
                let mut text = summary(&file, &loaded.plan);
                if let Some(why) = &loaded.read_only {
                    text.push_str(why);
                    text.push('\n');
                }
                for f in &findings {
                    let _ = writeln!(
                        text,
                        "{} [{}] {} {}",
                        crate::i18n::severity(f.severity),
                        f.rule,
                        f.message,
                        f.hint
                    );
                }
                if !findings.is_empty() {
                    text.push_str(&crate::tr!("cli-findings", count = findings.len()));
                    text.push('\n');
                }
                text
            }
            // The error itself goes to stderr.
            Err(_) => String::new(),
        }
    };
    let stderr = error.map(|e| format!("{e}\n")).unwrap_or_default();
    Outcome {
        stdout,
        stderr,
        exit_code,
    }
}

fn summary(file: &str, plan: &Plan) -> String {
    let x = &plan.xmatrix;
    let mut line = crate::tr!(
        "cli-summary",
        file = file,
        title = &plan.title,
        people = plan.people.len(),
        priorities = plan.priorities.len(),
        breakthroughs = x.breakthroughs.len(),
        annuals = x.annuals.len(),
        improvements = x.improvements.len(),
        metrics = x.metrics.len(),
        marks = x.correlations.len(),
        objectives = plan.scorecard.objectives.len(),
        okrs = plan.okrs.len(),
    );
    line.push('\n');
    line
}

/// `catchball score`: every scored item, as aligned columns or as JSON.
pub fn score(path: &Path, json: bool) -> anyhow::Result<String> {
    let loaded = file::load(path).map_err(|e| fail(&e))?;
    let items = loaded.plan.scoreboard();
    if json {
        return Ok(format!("{}\n", serde_json::to_string_pretty(&items)?));
    }
    let rows: Vec<[String; 4]> = items
        .iter()
        .map(|s| {
            [
                s.kind.label().to_owned(),
                s.id.to_string(),
                s.progress.map_or("—".to_owned(), crate::i18n::score),
                match s.status {
                    crate::model::Status::NoData => crate::tr!("cli-score-none"),
                    other => crate::i18n::status(other),
                },
            ]
        })
        .collect();
    let header = [
        crate::tr!("cli-score-kind"),
        crate::tr!("cli-score-id"),
        crate::tr!("cli-score-progress"),
        crate::tr!("cli-score-status"),
    ];
    let width = |i: usize| {
        rows.iter()
            .chain([&header])
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2), width(3)];
    let line = |r: &[String; 4], name: &str| {
        format!(
            "{:<w0$}  {:>w1$}  {:>w2$}  {:<w3$}  {name}\n",
            r[0],
            r[1],
            r[2],
            r[3],
            w0 = widths[0],
            w1 = widths[1],
            // Right-aligned by characters: "—" is one.
            w2 = widths[2],
            w3 = widths[3],
        )
    };
    let mut out = line(&header, &crate::tr!("cli-score-name"));
    for (r, s) in rows.iter().zip(&items) {
        out.push_str(&line(r, &s.name));
    }
    Ok(out)
}

/// `catchball fmt`: loads, refuses files from a newer version, writes canonically if needed.
pub fn fmt(path: &Path) -> anyhow::Result<String> {
    file::clean_stale_temp_files(path);
    let loaded = file::load(path).map_err(|e| fail(&e))?;
    if let Some(why) = loaded.read_only {
        let why = crate::tr!("cli-update-to-rewrite", why = why);
        anyhow::bail!(crate::tr!("cli-not-rewriting", why = why));
    }
    let text = file::to_text(&loaded.plan)?;
    let current = std::fs::read(path).unwrap_or_default();
    if current == text.as_bytes() {
        let mut out = crate::tr!("cli-already-canonical", file = path.display().to_string());
        out.push('\n');
        return Ok(out);
    }
    file::write_atomically(path, text.as_bytes())?;
    let file = path.display().to_string();
    let kept = file::backup_path(path).display().to_string();
    let mut out = match loaded.upgraded_from {
        None => crate::tr!("cli-rewritten", file = file, kept = kept),
        Some(old) => crate::tr!(
            "cli-rewritten-upgraded",
            file = file,
            new = file::FORMAT_VERSION,
            old = old,
            kept = kept
        ),
    };
    out.push('\n');
    Ok(out)
}

/// `catchball export`: loads the plan (failing like `check` when it can't), renders the format
/// and writes it beside the plan or to `output`, never over the plan and, without `force`,
/// never over anything else.
pub fn export(
    path: &Path,
    format: crate::export::Format,
    output: Option<&Path>,
    force: bool,
    options: crate::export::Options,
) -> anyhow::Result<String> {
    let loaded = file::load(path).map_err(|e| fail(&e))?;
    let target = output.map_or_else(
        || crate::export::default_target(path, format, options.view),
        Path::to_path_buf,
    );
    let written = crate::export::export(&loaded.plan, format, options, &target, Some(path), force)?;
    let list: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    Ok(wrote(&list.join(", ")))
}

/// `catchball demo`: writes the sample or a large synthetic plan; never over an existing file
/// that is not a plan.
pub fn demo(size: DemoSize, output: &Path) -> anyhow::Result<String> {
    let plan = match size {
        DemoSize::Small => crate::sample::sample_plan().map_err(|e| fail(&e))?,
        DemoSize::Large => crate::sample::large_plan(),
        DemoSize::Huge => crate::sample::huge_plan(),
    };
    file::save(output, &plan)?;
    Ok(wrote(&output.display().to_string()))
}

/// "Wrote a.html, b.pdf." as a line.
fn wrote(files: &str) -> String {
    let mut out = crate::tr!("cli-wrote", files = files);
    out.push('\n');
    out
}
