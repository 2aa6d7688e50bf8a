//! Watches the open document's file, so a change made on disk by someone else is noticed at once:
//! a window without unsaved changes reloads, one with changes warns before it is too late.

use notify::{RecursiveMode, Watcher as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

pub struct FileWatcher {
    path: PathBuf,
    events: Receiver<()>,
    // Kept alive for as long as we watch; dropping it stops the watching.
    _watcher: notify::RecommendedWatcher,
}

impl FileWatcher {
    /// Watches `path`'s folder (a save by another program replaces the file, so its folder is
    /// what sees it) and wakes the window when something happens to the file. `None` when the
    /// system cannot watch it; the change is then still caught before saving.
    pub fn new(path: &Path, ctx: &egui::Context) -> Option<Self> {
        let name = path.file_name()?.to_os_string();
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event
                    && event.paths.iter().any(|p| p.file_name() == Some(&name))
                {
                    let _ = tx.send(());
                    ctx.request_repaint();
                }
            })
            .ok()?;
        watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
        Some(Self {
            path: path.to_path_buf(),
            events: rx,
            _watcher: watcher,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether anything happened to the file since the last call.
    pub fn touched(&self) -> bool {
        self.events.try_iter().count() > 0
    }
}
