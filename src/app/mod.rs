//! The eframe application: the window, menus, commands, prompts and toasts around the panels.
//! Edits from panels are applied here, in one place, through the document's session.

mod bases;
mod dialogs;
mod dispatch;
mod document;
mod editing;
mod exporting;
mod frame;
mod help;
mod icon;
mod merging;
mod notices;
mod palette;
mod prompts;
mod recovery;
mod settings;
mod style;
mod timer;
mod watch;

pub use crate::ui::commands::{Command, Context, Menu};
pub use bases::{Base, BaseStore};
pub use dialogs::{Choice, FileDialogs, NativeDialogs, with_plan_extension};
pub use document::Document;
pub use icon::{ICON_SVG, render_icon, window_icon};
pub use recovery::{RecoveryStore, Snapshot};
pub use settings::{Settings, SettingsStore, ThemeChoice};
pub use timer::{Clock, SystemClock, Timer};

use crate::ui::{PanelKind, Views};
use prompts::{PathPurpose, Prompt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How often a dirty document is written to its recovery snapshot.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(5);

/// Where the app keeps things outside documents, and how it asks for files.
pub struct AppConfig {
    pub settings: SettingsStore,
    pub recovery: RecoveryStore,
    pub dialogs: Box<dyn FileDialogs>,
    pub clock: Box<dyn Clock>,
    /// The language asked for on the command line (`--lang`), over the settings' choice.
    pub language: Option<crate::i18n::Language>,
}

impl AppConfig {
    /// The real thing: the user's config and data dirs, native dialogs.
    pub fn user() -> Self {
        Self {
            settings: SettingsStore::user(),
            recovery: RecoveryStore::user(),
            dialogs: Box::new(NativeDialogs),
            clock: Box::new(SystemClock::default()),
            language: None,
        }
    }
}

/// An action that would discard unsaved changes, so it is confirmed first.
#[derive(Clone, Debug, PartialEq)]
pub enum Guarded {
    New,
    /// Open this file, or ask for one.
    Open(Option<PathBuf>),
    Quit,
}

pub struct CatchballApp {
    doc: Option<Document>,
    panel: PanelKind,
    views: Views,
    settings: Settings,
    config: AppConfig,
    notices: notices::Notices,
    /// Open questions, the first one shown.
    prompts: Vec<Prompt>,
    queued: Vec<Command>,
    /// Set once the user confirmed quitting; the next close request goes through.
    quitting: bool,
    title: String,
    /// When the last recovery snapshot was written (by the app's clock).
    last_snapshot: Duration,
    snapshot_state: Option<u64>,
    style: StyleState,
    help: HelpWindows,
    /// Presentation mode: full screen, large high-contrast type, no menus or side bars.
    presenting: bool,
    timer: Timer,
    palette: palette::PaletteState,
    /// When an edit to a read-only document was last refused (the status line says so).
    refused_edit: Option<Instant>,
    /// Watches the document's file for changes made by others.
    watcher: Option<watch::FileWatcher>,
    /// The file content (hash) already warned about, so the warning comes once per change.
    warned_change: Option<String>,
    /// The Compare or Merge window, when one is open.
    exchange: Option<merging::Exchange>,
}

/// What the next frame must apply to the egui context.
struct StyleState {
    /// Theme, text sizes or zoom changed; applied at the start of the next frame.
    dirty: bool,
    /// The zoom last applied (the setting, times the presentation zoom while presenting).
    zoom: f32,
    fonts_installed: bool,
}

/// Which help windows are open.
#[derive(Default)]
struct HelpWindows {
    shortcuts: bool,
    about: bool,
}

impl CatchballApp {
    /// Opens `file`, or the last file, or the sample on first start, or the welcome screen.
    pub fn new(config: AppConfig, file: Option<PathBuf>) -> Self {
        let settings = config.settings.load();
        crate::i18n::set_language(
            config
                .language
                .or(settings.language)
                .unwrap_or_else(crate::i18n::Language::from_system),
        );
        let mut app = Self {
            doc: None,
            panel: settings.last_panel,
            views: Views::default(),
            settings,
            config,
            notices: notices::Notices::default(),
            prompts: Vec::new(),
            queued: Vec::new(),
            quitting: false,
            title: String::new(),
            last_snapshot: Duration::ZERO,
            snapshot_state: None,
            style: StyleState {
                dirty: true,
                zoom: 1.0,
                fonts_installed: false,
            },
            help: HelpWindows::default(),
            presenting: false,
            timer: Timer::default(),
            palette: palette::PaletteState::default(),
            refused_edit: None,
            watcher: None,
            warned_change: None,
            exchange: None,
        };
        if let Some(path) = file {
            app.open_path(&path);
        } else if !app.settings.started_before {
            app.open_sample();
        } else if let Some(last) = app.settings.recent.first().cloned()
            && last.exists()
        {
            app.open_path(&last);
        }
        app.settings.started_before = true;
        app.save_settings();
        if let Some(snapshot) = app.config.recovery.found().into_iter().next() {
            app.set_prompt(Prompt::Restore(snapshot));
        }
        app
    }

    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    pub fn panel(&self) -> PanelKind {
        self.panel
    }

    /// The item selected (highlighted, outlined) in the current panel, if any.
    pub fn selection(&self) -> Option<crate::model::Id> {
        match self.panel {
            PanelKind::Priorities => self.views.priorities.selected,
            PanelKind::XMatrix => self.views.xmatrix.selected,
            PanelKind::Scorecard => self.views.scorecard.focus,
            PanelKind::Okrs => self.views.okrs.focus,
            PanelKind::Vision | PanelKind::Audit | PanelKind::Workshop => None,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn is_presenting(&self) -> bool {
        self.presenting
    }

    /// What the timer shows, and whether its time is up; `None` without a timer.
    pub fn timer_face(&self) -> Option<(String, bool)> {
        self.timer.face(self.config.clock.now())
    }

    /// For tests: the window goes away as in a crash, leaving its recovery snapshots.
    #[doc(hidden)]
    pub fn simulate_crash(&mut self) {
        self.config.recovery.crash();
    }

    /// The text of the last notice shown in a corner of the window.
    pub fn last_notice(&self) -> Option<&str> {
        self.notices.last()
    }

    /// Whether the command palette is open.
    pub fn palette_is_open(&self) -> bool {
        self.palette.is_open()
    }

    /// Where the presentation's walk-through is.
    pub fn room_step(&self) -> crate::ui::room::Step {
        self.views.room.step
    }

    /// Moves the presentation's walk-through to `step` (as the clicker would, one step at a time).
    pub fn go_to_room_step(&mut self, step: crate::ui::room::Step) {
        self.views.room.go_to(step);
    }

    /// True once the user confirmed quitting (the window is closing).
    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// The question or error the window is showing, if any (its headline).
    pub fn open_prompt(&self) -> Option<String> {
        self.prompts.first().map(Prompt::headline)
    }

    pub fn window_title(&self) -> &str {
        &self.title
    }

    /// Queues a command as if its menu entry had been clicked.
    pub fn queue(&mut self, command: Command) {
        self.queued.push(command);
    }

    fn save_settings(&mut self) {
        if let Err(e) = self.config.settings.save(&self.settings) {
            self.notices
                .warning(crate::tr!("preferences-failed", error = e.to_string()));
        }
    }

    fn open_sample(&mut self) {
        match crate::sample::sample_plan() {
            Ok(plan) => self.set_document(Document::untitled(plan, &crate::tr!("sample-name"))),
            Err(e) => {
                self.notices
                    .error(crate::tr!("sample-failed", error = e.to_string()));
            }
        }
    }

    fn set_document(&mut self, doc: Document) {
        if let Some(old) = &self.doc {
            self.config.recovery.clear(old.path.as_deref());
        }
        if let Some(path) = &doc.path {
            self.settings.add_recent(path);
            self.save_settings();
        }
        if let Some(why) = &doc.read_only {
            self.notices.warning(crate::tr!(
                "read-only-notice",
                why = why,
                advice = crate::tr!("read-only-advice")
            ));
        } else if let (Some(v), Some(path)) = (doc.upgraded_from, &doc.path) {
            self.notices.info(crate::tr!(
                "notice-upgraded",
                file = path.display().to_string(),
                old = v,
                new = crate::file::FORMAT_VERSION,
                kept = crate::file::older_format_path(path, v)
                    .display()
                    .to_string()
            ));
        }
        self.config.recovery.set_open(doc.path.as_deref());
        self.doc = Some(doc);
        self.views = Views::default();
        self.snapshot_state = None;
    }

    /// Opens a file, reporting failure in the window; the current document stays open then. A
    /// file another running window has open is asked about first.
    fn open_path(&mut self, path: &std::path::Path) {
        if self.config.recovery.open_elsewhere(path) {
            self.set_prompt(Prompt::OpenElsewhere(path.to_path_buf()));
        } else {
            self.open_checked(path, false);
        }
    }

    /// Opens a file, read-only on request.
    fn open_checked(&mut self, path: &std::path::Path, read_only: bool) {
        match Document::open(path) {
            Ok(mut doc) => {
                // The version opened is what a colleague's copy most likely starts from.
                self.config.recovery.bases().remember(doc.plan());
                if read_only && doc.read_only.is_none() {
                    doc.read_only = Some(crate::tr!(
                        "read-only-elsewhere",
                        path = path.display().to_string()
                    ));
                }
                self.set_document(doc);
            }
            Err(e) => self.set_prompt(Prompt::Error {
                title: crate::tr!("open-failed", path = path.display().to_string()),
                message: e.to_string(),
            }),
        }
    }

    /// Runs `action`, after asking when it would discard unsaved changes.
    pub fn guard(&mut self, action: Guarded) {
        if self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.set_prompt(Prompt::Unsaved(action));
        } else {
            self.perform(action);
        }
    }

    fn perform(&mut self, action: Guarded) {
        match action {
            Guarded::New => {
                if let Some(old) = &self.doc {
                    self.config.recovery.clear(old.path.as_deref());
                }
                self.set_document(Document::untitled(
                    crate::model::Plan::new(crate::tr!("untitled-plan")),
                    &crate::tr!("untitled-plan"),
                ));
                self.panel = PanelKind::Vision;
            }
            Guarded::Open(Some(path)) => self.open_path(&path),
            Guarded::Open(None) => self.ask_open(PathPurpose::Open),
            Guarded::Quit => {
                if let Some(doc) = &self.doc {
                    self.config.recovery.clear(doc.path.as_deref());
                }
                self.quitting = true;
            }
        }
    }

    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        self.doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .or(self.settings.recent.first())
            .and_then(|p| p.parent())
            .map(std::path::Path::to_path_buf)
    }

    /// Notices a change to the document's file made by someone else: reloads a document without
    /// unsaved changes, and warns about one with changes (saving will ask before writing over).
    fn watch_file(&mut self, ctx: &egui::Context) {
        let path = self.doc.as_ref().and_then(|d| d.path.clone());
        if self.watcher.as_ref().map(watch::FileWatcher::path) != path.as_deref() {
            self.watcher = path
                .as_deref()
                .and_then(|p| watch::FileWatcher::new(p, ctx));
        }
        let touched = self
            .watcher
            .as_ref()
            .is_some_and(watch::FileWatcher::touched);
        let Some(doc) = &self.doc else { return };
        let Some(path) = path.filter(|_| touched && doc.changed_on_disk()) else {
            return;
        };
        let now = std::fs::read(&path)
            .map(|b| crate::file::content_hash(&b))
            .ok();
        if doc.is_dirty() {
            if self.warned_change != now {
                self.warned_change = now;
                self.notices
                    .warning(crate::tr!("notice-changed-on-disk", name = doc.name()));
            }
            return;
        }
        let read_only = doc.read_only.clone();
        let panel = self.panel;
        // Unreadable (half-written by another program, perhaps): keep ours; saving will ask.
        if let Ok(mut fresh) = Document::open(&path) {
            if fresh.read_only.is_none() {
                fresh.read_only = read_only;
            }
            let name = fresh.name();
            self.doc = Some(fresh);
            self.panel = panel;
            self.notices.info(crate::tr!("reloaded", name = name));
        }
    }

    /// Writes the recovery snapshot every few seconds while there are unsaved changes. The window
    /// wakes for it only when one is due.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else { return };
        if !doc.is_dirty() {
            if self.snapshot_state.take().is_some() {
                self.config.recovery.clear(doc.path.as_deref());
            }
            return;
        }
        let state = doc.session.history().state();
        if self.snapshot_state == Some(state) {
            return;
        }
        let now = self.config.clock.now();
        let since = now.saturating_sub(self.last_snapshot);
        if since < AUTOSAVE_EVERY {
            ctx.request_repaint_after(AUTOSAVE_EVERY.saturating_sub(since));
            return;
        }
        self.last_snapshot = now;
        match self
            .config
            .recovery
            .write(doc.path.as_deref(), doc.disk_hash(), doc.plan())
        {
            Ok(()) => self.snapshot_state = Some(state),
            Err(e) => {
                self.notices
                    .warning(crate::tr!("snapshot-failed", error = e.to_string()));
            }
        }
    }
}

impl eframe::App for CatchballApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

/// Opens the window. Blocks until it is closed.
pub fn run(file: Option<PathBuf>, language: Option<crate::i18n::Language>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Catchball")
            .with_app_id("catchball")
            .with_icon(window_icon().unwrap_or_default())
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Catchball",
        options,
        Box::new(move |_cc| {
            let config = AppConfig {
                language,
                ..AppConfig::user()
            };
            Ok(Box::new(CatchballApp::new(config, file)))
        }),
    )
    .map_err(|e| anyhow::anyhow!(crate::tr!("app-no-window", error = e.to_string())))
}
