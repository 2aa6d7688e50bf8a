//! The panels. Each reads `&Plan`, keeps its own view state and pushes edits into an
//! [`EditSink`]; none mutates the plan.

mod audit;
mod catchball;
mod choices;
pub mod commands;
pub mod confidence;
pub mod derived;
pub(crate) mod dot_votes;
mod history;
pub mod merge_view;
mod okrs;
mod people;
mod periods;
mod priorities;
pub mod room;
pub mod scene;
mod scorecard;
pub mod scoring;
pub(crate) mod tables;
pub mod virtual_list;
mod vision;
pub(crate) mod widgets;
pub mod workshop;
mod xmatrix;

pub use audit::{AuditView, audit_ui};
pub use okrs::{OkrsView, okrs_ui};
pub(crate) use okrs::{Scoring, score_bar_sized};
pub use priorities::{PrioritiesView, priorities_ui};
pub use room::{RoomAction, RoomView, room_ui, timer_face};
pub use scorecard::{Mode as ScorecardMode, ScorecardView, scorecard_ui, status_color};
pub use vision::vision_ui;
pub use workshop::{WorkshopView, workshop_ui};
pub use xmatrix::{XMatrixView, xmatrix_ui};

use crate::edit::Edit;
use crate::model::{Id, IdAllocator};
use serde::{Deserialize, Serialize};

/// The panels of the main window, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
pub enum PanelKind {
    #[default]
    Vision,
    Priorities,
    XMatrix,
    Scorecard,
    Okrs,
    Audit,
    Workshop,
}

impl PanelKind {
    pub fn title(self) -> &'static str {
        match self {
            PanelKind::Vision => "Vision",
            PanelKind::Priorities => "Priorities",
            PanelKind::XMatrix => "X-matrix",
            PanelKind::Scorecard => "Scorecard",
            PanelKind::Okrs => "OKRs",
            PanelKind::Audit => "Audit",
            PanelKind::Workshop => "Workshop",
        }
    }

    /// The panel's name in the current language.
    pub fn label(self) -> String {
        crate::i18n::text(match self {
            PanelKind::Vision => "panel-vision",
            PanelKind::Priorities => "panel-priorities",
            PanelKind::XMatrix => "panel-xmatrix",
            PanelKind::Scorecard => "panel-scorecard",
            PanelKind::Okrs => "panel-okrs",
            PanelKind::Audit => "panel-audit",
            PanelKind::Workshop => "panel-workshop",
        })
    }
}

const TODAY: &str = "catchball-today";

/// Tells the panels which day it is by the app's clock (tests fix it).
pub fn set_today(ctx: &egui::Context, today: jiff::civil::Date) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(TODAY), today));
}

/// The day by the app's clock, or the system's when the app has not said.
pub fn today(ctx: &egui::Context) -> jiff::civil::Date {
    ctx.data(|d| d.get_temp(egui::Id::unique(TODAY)))
        .unwrap_or_else(crate::model::today)
}

/// Where panels put the edits they want; the app applies them after the panel is drawn.
pub struct EditSink<'a> {
    edits: Vec<Edit>,
    ids: &'a mut IdAllocator,
    seal: bool,
    jump: Option<Id>,
}

impl<'a> EditSink<'a> {
    pub fn new(ids: &'a mut IdAllocator) -> Self {
        Self {
            edits: Vec::new(),
            ids,
            seal: false,
            jump: None,
        }
    }

    pub fn push(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    /// Emits `wrap(changed)` when `f` changes a copy of `item` (an "update" edit replacing a
    /// whole list item by id); nothing when it does not.
    pub fn update<T: Clone + PartialEq>(
        &mut self,
        item: &T,
        wrap: fn(T) -> Edit,
        f: impl FnOnce(&mut T),
    ) {
        let mut changed = item.clone();
        f(&mut changed);
        if &changed != item {
            self.edits.push(wrap(changed));
        }
    }

    /// A new id for an entity the panel is about to add.
    pub fn fresh_id(&mut self) -> Id {
        self.ids.fresh()
    }

    /// The next edit starts a new undo step (a text field lost focus).
    pub fn seal(&mut self) {
        self.seal = true;
    }

    /// Asks the app to show this item in the panel where it lives.
    pub fn jump_to(&mut self, id: Id) {
        self.jump = Some(id);
    }

    /// The edits, whether the history should be sealed after them, and where to jump.
    pub fn finish(self) -> (Vec<Edit>, bool, Option<Id>) {
        (self.edits, self.seal, self.jump)
    }
}

/// Per-panel view state that lives in the UI, never in the plan file.
#[derive(Debug, Default)]
pub struct Views {
    pub priorities: PrioritiesView,
    pub xmatrix: XMatrixView,
    pub scorecard: ScorecardView,
    pub audit: AuditView,
    pub okrs: OkrsView,
    pub room: RoomView,
    pub workshop: WorkshopView,
}
