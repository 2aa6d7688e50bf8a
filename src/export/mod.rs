//! Exports: the plan in files that open without Catchball — an HTML page, a PDF, a workbook,
//! CSV tables, Markdown, and the X-matrix or strategy map as SVG or PNG. Reads `&Plan` (and
//! runs the audit), never the app; the File ▸ Export menu and `catchball export` both come here.
//! Exports never write over the plan file, and every file is written atomically.

mod csv;
mod figures;
mod html;
mod markdown;
mod pages;
mod pdf;
mod png;
mod report;
mod safe;
mod svg;
mod tables;
mod xlsx;

pub use figures::{map_figure, xmatrix_figure};
pub use svg::to_svg;

use crate::file::{Backup, SaveError, write_atomically_with};
use crate::model::Plan;
use std::path::{Path, PathBuf};

/// The formats a plan can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, strum::EnumIter)]
pub enum Format {
    Html,
    Pdf,
    Xlsx,
    Csv,
    Md,
    Svg,
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Md => "md",
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }

    /// What the file is, for menus and dialogs.
    pub fn label(self) -> &'static str {
        match self {
            Format::Html => "Web page (HTML)",
            Format::Pdf => "PDF document",
            Format::Xlsx => "Excel workbook (XLSX)",
            Format::Csv => "CSV tables",
            Format::Md => "Markdown summary",
            Format::Svg => "Picture of the X-matrix (SVG)",
            Format::Png => "Picture of the X-matrix (PNG)",
        }
    }

    /// Whether the format draws one picture (the X-matrix or the strategy map).
    pub fn is_picture(self) -> bool {
        matches!(self, Format::Svg | Format::Png)
    }
}

/// Which drawing an SVG or PNG shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    #[default]
    Xmatrix,
    Map,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    /// Width of a PNG in pixels.
    pub width: u32,
}

pub const DEFAULT_PNG_WIDTH: u32 = 2400;
/// The widest PNG we draw (pixels); larger asks for more memory than a picture is worth.
pub const MAX_PNG_WIDTH: u32 = 16_000;

impl Default for Options {
    fn default() -> Self {
        Self {
            view: View::Xmatrix,
            width: DEFAULT_PNG_WIDTH,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", crate::tr!("err-export-exists", file = .0.display().to_string()))]
    Exists(PathBuf),
    #[error("{}", crate::tr!("err-export-plan", file = .0.display().to_string()))]
    IsPlanFile(PathBuf),
    #[error("{}", crate::tr!(
        "err-export-write",
        file = .file,
        step = crate::i18n::word(.step),
        source = .source.to_string()
    ))]
    Write {
        file: String,
        step: &'static str,
        source: std::io::Error,
    },
    #[error("{}", crate::tr!(
        "err-export-render",
        what = crate::i18n::word(.what),
        message = .message
    ))]
    Render { what: &'static str, message: String },
    #[error("{}", crate::tr!(
        "err-export-width",
        max = MAX_PNG_WIDTH.to_string(),
        width = .0.to_string()
    ))]
    Width(u32),
    #[error("{}", crate::tr!(
        "err-export-not-a-file",
        file = .file,
        kind = crate::i18n::word(.kind)
    ))]
    NotAFile { file: String, kind: &'static str },
}

impl From<SaveError> for ExportError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Io { file, step, source } => ExportError::Write { file, step, source },
            SaveError::Serialize { message, .. } => ExportError::Render {
                what: "file",
                message,
            },
            SaveError::NotAFile { file, kind } => ExportError::NotAFile { file, kind },
        }
    }
}

/// The files of an export: one file, or (CSV into a folder) several named files.
#[derive(Debug)]
pub enum Output {
    File(Vec<u8>),
    Folder(Vec<(String, Vec<u8>)>),
}

/// Whether a CSV export goes to one file (the key results) or a folder (every table).
fn csv_to_folder(target: &Path) -> bool {
    !target
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Makes the export's bytes. `target` only decides between one CSV file and a folder of them.
pub fn render(
    plan: &Plan,
    format: Format,
    options: Options,
    target: &Path,
) -> Result<Output, ExportError> {
    let file = |bytes| Ok(Output::File(bytes));
    match format {
        Format::Html => file(html::html(plan).into_bytes()),
        Format::Md => file(markdown::markdown(plan).into_bytes()),
        Format::Csv if csv_to_folder(target) => Ok(Output::Folder(csv::all_tables(plan)?)),
        Format::Csv => file(csv::key_results(plan)?),
        Format::Xlsx => file(xlsx::workbook(plan)?),
        Format::Svg => file(svg::to_svg(&picture(plan, options.view)).into_bytes()),
        Format::Png => file(png::to_png(&picture(plan, options.view), options.width)?),
        Format::Pdf => file(pdf::pdf(plan)?),
    }
}

fn picture(plan: &Plan, view: View) -> crate::drawing::Scene {
    match view {
        View::Xmatrix => xmatrix_figure(plan),
        View::Map => map_figure(plan),
    }
}

/// Where an export goes when no name is given: beside the plan, named after it
/// (`workshop.plan.ron` → `workshop.html`, `workshop-map.svg`, the folder `workshop-csv`).
pub fn default_target(plan_path: &Path, format: Format, view: View) -> PathBuf {
    let name = plan_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".plan.ron")
        .or_else(|| name.strip_suffix(".ron"))
        .unwrap_or(&name);
    let stem = if stem.is_empty() { "plan" } else { stem };
    let file = match (format, view) {
        (Format::Csv, _) => format!("{stem}-csv"),
        (Format::Svg | Format::Png, View::Map) => format!("{stem}-map.{}", format.extension()),
        _ => format!("{stem}.{}", format.extension()),
    };
    plan_path.with_file_name(file)
}

/// The paths an export writes.
pub fn paths(output: &Output, target: &Path) -> Vec<PathBuf> {
    match output {
        Output::File(_) => vec![target.to_path_buf()],
        Output::Folder(files) => files.iter().map(|(n, _)| target.join(n)).collect(),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Writes an export. Refuses to write over the plan file, and over anything that exists unless
/// `replace` is set. Each file is written to a temporary file and renamed into place.
pub fn write(
    output: &Output,
    target: &Path,
    plan_path: Option<&Path>,
    replace: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let paths = paths(output, target);
    if plan_path.is_some_and(|p| same_file(p, target)) {
        return Err(ExportError::IsPlanFile(target.to_path_buf()));
    }
    for path in &paths {
        if plan_path.is_some_and(|p| same_file(p, path)) {
            return Err(ExportError::IsPlanFile(path.clone()));
        }
        if !replace && std::fs::symlink_metadata(path).is_ok() {
            return Err(ExportError::Exists(path.clone()));
        }
    }
    match output {
        Output::File(bytes) => write_atomically_with(target, bytes, Backup::Skip)?,
        Output::Folder(files) => {
            std::fs::create_dir_all(target).map_err(|source| ExportError::Write {
                file: target.display().to_string(),
                step: "creating the folder",
                source,
            })?;
            for (name, bytes) in files {
                write_atomically_with(&target.join(name), bytes, Backup::Skip)?;
            }
        }
    }
    Ok(paths)
}

/// Renders and writes in one go; returns the paths written.
pub fn export(
    plan: &Plan,
    format: Format,
    options: Options,
    target: &Path,
    plan_path: Option<&Path>,
    replace: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    if format == Format::Png && !(16..=MAX_PNG_WIDTH).contains(&options.width) {
        return Err(ExportError::Width(options.width));
    }
    let output = render(plan, format, options, target)?;
    write(&output, target, plan_path, replace)
}
