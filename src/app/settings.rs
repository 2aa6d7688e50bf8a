//! UI preferences and recent files, kept in the config dir. Documents never go there.

use crate::ui::PanelKind;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const MAX_RECENT: usize = 10;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    /// Black background, white text, strong outlines: for poor projectors and bright rooms.
    HighContrast,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub theme: ThemeChoice,
    pub zoom: f32,
    pub last_panel: PanelKind,
    /// False until the app has been started once; the first start opens the sample.
    pub started_before: bool,
    /// The language chosen in View ▸ Language; `None` follows the system.
    pub language: Option<crate::i18n::Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            theme: ThemeChoice::Light,
            zoom: 1.0,
            last_panel: PanelKind::Vision,
            started_before: false,
            language: None,
        }
    }
}

impl Settings {
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// Where settings are read from and written to. `None` keeps them in memory (tests).
#[derive(Debug, Default)]
pub struct SettingsStore {
    path: Option<PathBuf>,
    /// What was last written, so unchanged settings are not written again.
    written: std::cell::RefCell<Option<String>>,
}

impl SettingsStore {
    /// Where the settings are kept (`None`: nowhere, e.g. without a home directory).
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// The user's config dir, e.g. `~/.config/catchball/settings.ron`.
    pub fn user() -> Self {
        let path = directories::ProjectDirs::from("dev", "catchball", "catchball")
            .map(|d| d.config_dir().join("settings.ron"));
        Self {
            path,
            written: std::cell::RefCell::default(),
        }
    }

    pub fn at(path: PathBuf) -> Self {
        Self {
            path: Some(path),
            written: std::cell::RefCell::default(),
        }
    }

    pub fn in_memory() -> Self {
        Self::default()
    }

    /// Reads the settings; missing or unreadable settings fall back to the defaults (they are
    /// preferences, never work).
    pub fn load(&self) -> Settings {
        self.path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| ron::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, settings: &Settings) -> anyhow::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::new())?;
        if self.written.borrow().as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        crate::file::write_atomically_with(path, text.as_bytes(), crate::file::Backup::Quick)?;
        *self.written.borrow_mut() = Some(text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path().join("cfg/settings.ron"));
        let mut s = Settings {
            theme: ThemeChoice::Dark,
            zoom: 1.5,
            last_panel: PanelKind::Okrs,
            ..Settings::default()
        };
        s.add_recent(Path::new("/tmp/a.plan.ron"));
        s.add_recent(Path::new("/tmp/b.plan.ron"));
        s.add_recent(Path::new("/tmp/a.plan.ron"));
        store.save(&s).unwrap();
        let back = store.load();
        assert_eq!(back, s);
        assert!(
            !dir.path().join("cfg/settings.ron.bak").exists(),
            "no backup of preferences"
        );
        assert_eq!(back.recent[0], PathBuf::from("/tmp/a.plan.ron"));
        assert_eq!(back.recent.len(), 2);
    }

    #[test]
    fn broken_settings_fall_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "(((garbage").unwrap();
        assert_eq!(SettingsStore::at(path).load(), Settings::default());
    }
}
