//! The eframe application: the window, menus, commands, prompts and toasts around the panels.
//! Edits from panels are applied here, in one place, through the document's session.

mod dialogs;
mod document;
mod exporting;
mod frame;
mod palette;
mod prompts;
mod recovery;
mod settings;
mod style;
mod timer;

pub use crate::ui::commands::{Command, Context, Menu};
pub use dialogs::{Choice, FileDialogs, NativeDialogs, with_plan_extension};
pub use document::Document;
pub use recovery::{RecoveryStore, Snapshot};
pub use settings::{Settings, SettingsStore, ThemeChoice};
pub use timer::{Clock, SystemClock, Timer};

use crate::ui::{PanelKind, Views};
use prompts::{PathPurpose, Prompt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What the facilitator can do with a read-only document.
const READ_ONLY_ADVICE: &str = "Use Save As… to work on a copy.";

/// How often a dirty document is written to its recovery snapshot.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(5);

/// Where the app keeps things outside documents, and how it asks for files.
pub struct AppConfig {
    pub settings: SettingsStore,
    pub recovery: RecoveryStore,
    pub dialogs: Box<dyn FileDialogs>,
    pub clock: Box<dyn Clock>,
}

impl AppConfig {
    /// The real thing: the user's config and data dirs, native dialogs.
    pub fn user() -> Self {
        Self {
            settings: SettingsStore::user(),
            recovery: RecoveryStore::user(),
            dialogs: Box::new(NativeDialogs),
            clock: Box::new(SystemClock::default()),
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
    toasts: egui_notify::Toasts,
    /// Open questions, the first one shown.
    prompts: Vec<Prompt>,
    queued: Vec<Command>,
    /// Set once the user confirmed quitting; the next close request goes through.
    quitting: bool,
    title: String,
    last_snapshot: Instant,
    snapshot_state: Option<u64>,
    style: StyleState,
    help: HelpWindows,
    /// Presentation mode: full screen, large high-contrast type, no menus or side bars.
    presenting: bool,
    timer: Timer,
    palette: palette::PaletteState,
    /// When an edit to a read-only document was last refused (the status line says so).
    refused_edit: Option<Instant>,
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
        let mut app = Self {
            doc: None,
            panel: settings.last_panel,
            views: Views::default(),
            settings,
            config,
            toasts: egui_notify::Toasts::default(),
            prompts: Vec::new(),
            queued: Vec::new(),
            quitting: false,
            title: String::new(),
            last_snapshot: Instant::now(),
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
            PanelKind::Vision | PanelKind::Audit => None,
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

    /// Whether the command palette is open.
    pub fn palette_is_open(&self) -> bool {
        self.palette.is_open()
    }

    /// Where the presentation's walk-through is.
    pub fn room_step(&self) -> crate::ui::room::Step {
        self.views.room.step
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
            self.toasts
                .warning(format!("Could not save preferences: {e}"));
        }
    }

    fn open_sample(&mut self) {
        match crate::sample::sample_plan() {
            Ok(plan) => self.set_document(Document::untitled(plan, "Sample workshop")),
            Err(e) => {
                self.toasts
                    .error(format!("The bundled sample could not be read: {e}"));
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
            self.toasts
                .warning(format!("{why} {READ_ONLY_ADVICE}"))
                .duration(Some(std::time::Duration::from_secs(12)));
        }
        self.doc = Some(doc);
        self.views = Views::default();
        self.snapshot_state = None;
    }

    /// Opens a file, reporting failure in the window; the current document stays open then.
    fn open_path(&mut self, path: &std::path::Path) {
        match Document::open(path) {
            Ok(doc) => self.set_document(doc),
            Err(e) => self.set_prompt(Prompt::Error {
                title: format!("Could not open {}", path.display()),
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
                    crate::model::Plan::new("Untitled plan"),
                    "Untitled plan",
                ));
                self.panel = PanelKind::Vision;
            }
            Guarded::Open(Some(path)) => self.open_path(&path),
            Guarded::Open(None) => {
                let start = self.start_dir();
                match self.config.dialogs.pick_open(start.as_deref()) {
                    Choice::Chosen(path) => self.open_path(&path),
                    Choice::Cancelled => {}
                    Choice::Unavailable => self.set_prompt(Prompt::PathEntry {
                        purpose: PathPurpose::Open,
                        text: start
                            .map(|d| format!("{}/", d.display()))
                            .unwrap_or_default(),
                    }),
                }
            }
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

    /// Writes the recovery snapshot every few seconds while there are unsaved changes.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else { return };
        if !doc.is_dirty() {
            if self.snapshot_state.take().is_some() {
                self.config.recovery.clear(doc.path.as_deref());
            }
            return;
        }
        ctx.request_repaint_after(AUTOSAVE_EVERY);
        let state = doc.session.history().state();
        if self.snapshot_state == Some(state) || self.last_snapshot.elapsed() < AUTOSAVE_EVERY {
            return;
        }
        self.last_snapshot = Instant::now();
        match self.config.recovery.write(doc.path.as_deref(), doc.plan()) {
            Ok(()) => self.snapshot_state = Some(state),
            Err(e) => {
                self.toasts
                    .warning(format!("Could not write the recovery snapshot: {e}"));
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
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Catchball")
            .with_app_id("catchball")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Catchball",
        options,
        Box::new(move |_cc| Ok(Box::new(CatchballApp::new(AppConfig::user(), file)))),
    )
    .map_err(|e| anyhow::anyhow!("Catchball could not open its window: {e}"))
}
