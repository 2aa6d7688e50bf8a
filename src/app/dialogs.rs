//! Native file dialogs behind a small trait, so tests can answer them without a desktop portal.

use std::path::{Path, PathBuf};

pub trait FileDialogs {
    /// Asks for a plan file to open. `None` when cancelled.
    fn pick_open(&mut self, start_dir: Option<&Path>) -> Option<PathBuf>;
    /// Asks where to save. `None` when cancelled.
    fn pick_save(&mut self, start_dir: Option<&Path>, file_name: &str) -> Option<PathBuf>;
}

/// The real dialogs (rfd; on Linux through the XDG desktop portal).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, start_dir: Option<&Path>) -> Option<PathBuf> {
        let mut d = rfd::FileDialog::new()
            .set_title("Open plan")
            .add_filter("Catchball plan", &["ron"]);
        if let Some(dir) = start_dir {
            d = d.set_directory(dir);
        }
        d.pick_file()
    }

    fn pick_save(&mut self, start_dir: Option<&Path>, file_name: &str) -> Option<PathBuf> {
        let mut d = rfd::FileDialog::new()
            .set_title("Save plan as")
            .add_filter("Catchball plan", &["ron"])
            .set_file_name(file_name);
        if let Some(dir) = start_dir {
            d = d.set_directory(dir);
        }
        d.save_file().map(with_plan_extension)
    }
}

/// Makes sure a chosen save path ends in `.plan.ron`.
pub fn with_plan_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".plan.ron") {
        path
    } else if let Some(stem) = name.strip_suffix(".ron") {
        path.with_file_name(format!("{stem}.plan.ron"))
    } else {
        path.with_file_name(format!("{name}.plan.ron"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_paths_get_the_plan_extension() {
        assert_eq!(
            with_plan_extension("a/x".into()),
            PathBuf::from("a/x.plan.ron")
        );
        assert_eq!(
            with_plan_extension("x.ron".into()),
            PathBuf::from("x.plan.ron")
        );
        assert_eq!(
            with_plan_extension("x.plan.ron".into()),
            PathBuf::from("x.plan.ron")
        );
    }
}
