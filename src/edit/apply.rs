//! The edit enum and how each edit applies to a plan, returning its inverse.

use super::cascade::apply_batch;
use super::okrs as okr;
use super::people as ppl;
use super::priorities as pri;
use super::scorecard as sc;
use super::xmatrix as x;
use crate::model::{
    Arm, BscObjective, ConfidenceScale, Corner, Dependency, Id, OkrObjective, Period, Person,
    Perspective, Plan, Priority, Role, Scoring, Strength, Team, VisionTarget, Vocabulary, Workshop,
    XItem, XMetric,
};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum EditError {
    #[error("{}", crate::tr!(
        "err-edit-not-found",
        what = crate::i18n::word(.what),
        id = .id.0.to_string()
    ))]
    NotFound { what: &'static str, id: Id },
    #[error("{}", crate::tr!(
        "err-edit-range",
        index = .index.to_string(),
        len = .len.to_string(),
        what = crate::i18n::word(.what)
    ))]
    OutOfRange {
        what: &'static str,
        index: usize,
        len: usize,
    },
    #[error("{}", crate::tr!("err-edit-duplicate", id = .0.0.to_string()))]
    DuplicateId(Id),
    #[error("{}", crate::tr!("err-edit-linked", id = .0.0.to_string()))]
    StillLinked(Id),
    /// A value the plan cannot hold, in words (an English message, translated when shown).
    #[error("{}", crate::i18n::word(.0))]
    Invalid(&'static str),
    /// A change refused, in words that name the item.
    #[error("{0}")]
    Refused(String),
}

/// A single-line or multi-line text of the plan itself (not of a list item).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Organisation,
    Facilitator,
    Horizon,
    CurrentPeriod,
    VisionStatement,
    VisionWhy,
}

impl TextField {
    pub fn label(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Organisation => "organisation",
            TextField::Facilitator => "facilitator",
            TextField::Horizon => "horizon",
            TextField::CurrentPeriod => "current period",
            TextField::VisionStatement => "vision statement",
            TextField::VisionWhy => "why of the vision",
        }
    }

    fn slot(self, plan: &mut Plan) -> &mut String {
        match self {
            TextField::Title => &mut plan.title,
            TextField::Organisation => &mut plan.organisation,
            TextField::Facilitator => &mut plan.facilitator,
            TextField::Horizon => &mut plan.horizon,
            TextField::CurrentPeriod => &mut plan.current_period,
            TextField::VisionStatement => &mut plan.vision.statement,
            TextField::VisionWhy => &mut plan.vision.why,
        }
    }
}

/// One change to a plan. Panels create edits; only [`Edit::apply`] changes the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetText {
        field: TextField,
        value: String,
    },
    SetVisionYear(Option<i32>),
    /// Which names the X-matrix arms carry.
    SetVocabulary(Vocabulary),
    /// The scale check-in confidence is given on (refused while a check-in is outside it).
    SetConfidenceScale(ConfidenceScale),
    /// The plan's own periods, in order (empty: calendar or fiscal quarters).
    SetPeriods(Vec<Period>),
    InsertVisionTarget {
        index: usize,
        target: VisionTarget,
    },
    UpdateVisionTarget(VisionTarget),
    RemoveVisionTarget(Id),
    InsertPriority {
        index: usize,
        priority: Priority,
    },
    /// Replaces the priority with the same id (rename, why, owner, horizon).
    UpdatePriority(Priority),
    /// Moves a priority to a new position in the list.
    MovePriority {
        id: Id,
        to: usize,
    },
    /// Removes a priority and every link to it; undo restores both.
    RemovePriority(Id),
    /// Sets the strategic priority an OKR objective serves.
    SetOkrPriority {
        objective: Id,
        priority: Option<Id>,
    },
    /// Sets the strategic priorities a scorecard objective serves.
    SetScorecardPriorities {
        objective: Id,
        priorities: Vec<Id>,
    },
    /// Sets the X-matrix metrics a scorecard objective moves.
    SetScorecardMetrics {
        objective: Id,
        metrics: Vec<Id>,
    },
    /// Replaces the workshop state (votes, decisions, parking lot, proposals) as a whole.
    SetWorkshop(Workshop),
    /// Sets, changes or clears (`None`) the mark between two items of a corner.
    SetCorrelation {
        corner: Corner,
        a: Id,
        b: Id,
        value: Option<(Strength, String)>,
    },
    /// Sets or clears a person's role in an improvement priority.
    SetRole {
        item: Id,
        person: Id,
        role: Option<Role>,
    },
    /// Adds an item to the south, west or north arm.
    InsertXItem {
        arm: Arm,
        index: usize,
        item: XItem,
    },
    InsertMetric {
        index: usize,
        metric: XMetric,
    },
    UpdateXItem(XItem),
    UpdateMetric(XMetric),
    /// Moves an item within its arm.
    MoveXItem {
        id: Id,
        to: usize,
    },
    /// Removes an item of any arm with its marks, roles and links.
    RemoveXItem(Id),
    /// Adds a plan person as a column of the X-matrix.
    InsertXPerson {
        index: usize,
        person: Id,
    },
    /// Removes a person's column (and roles) from the X-matrix; the person stays in the plan.
    RemoveXPerson(Id),
    MoveXPerson {
        person: Id,
        to: usize,
    },
    InsertPerson {
        index: usize,
        person: Person,
    },
    UpdatePerson(Person),
    /// Removes a person that nothing links to.
    RemovePerson(Id),
    InsertTeam {
        index: usize,
        team: Team,
    },
    UpdateTeam(Team),
    /// Removes a team that nothing links to.
    RemoveTeam(Id),
    InsertBscObjective {
        index: usize,
        objective: BscObjective,
    },
    /// Replaces a scorecard objective (fields, measures, initiatives) with the same id.
    UpdateBscObjective(BscObjective),
    MoveBscObjective {
        id: Id,
        to: usize,
    },
    /// Removes a scorecard objective and its cause→effect links.
    RemoveBscObjective(Id),
    /// Adds (`linked`) or removes a cause→effect link of the strategy map.
    SetCauseEffect {
        cause: Id,
        effect: Id,
        linked: bool,
    },
    /// The colour bands of scores and the pass mark.
    SetScoring(Scoring),
    /// The scorecard's perspectives, in order (renamed, added, reordered or removed).
    SetPerspectives(Vec<Perspective>),
    InsertOkr {
        index: usize,
        objective: OkrObjective,
    },
    /// Replaces an OKR objective (fields, key results, check-ins) with the same id.
    UpdateOkr(OkrObjective),
    MoveOkr {
        id: Id,
        to: usize,
    },
    /// Removes an OKR objective with its dependencies, children links and mutes.
    RemoveOkr(Id),
    InsertDependency {
        index: usize,
        dependency: Dependency,
    },
    UpdateDependency(Dependency),
    RemoveDependency(Id),
    /// Mutes an audit rule on an item with a reason (`Some`), or unmutes it (`None`).
    SetMute {
        rule: String,
        /// `None`: every finding of the rule in this plan.
        item: Option<Id>,
        reason: Option<String>,
    },
    /// The whole plan at once (a merge), keeping the plan's lineage: where it comes from is
    /// for saving to say, not for undo.
    ReplacePlan(Box<Plan>),
    /// Several edits as one undo step, applied in order.
    Batch(Vec<Edit>),
    /// A step of several edits (or one) with a label of its own for the Undo menu ("close
    /// period"), rather than its first edit's.
    Named {
        label: &'static str,
        edit: Box<Edit>,
    },
}

/// What an edit does to the thing it is about, for what the app says after applying it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditKind {
    Add,
    Change,
    Move,
    Remove,
}

impl Edit {
    /// What the edit does, for the Undo/Redo menu ("Undo rename priority").
    pub fn describe(&self) -> &'static str {
        match self {
            Edit::SetText { .. } => "edit text",
            Edit::SetVisionYear(_) => "set vision year",
            Edit::SetVocabulary(_) => "change arm names",
            Edit::SetConfidenceScale(_) => "change the confidence scale",
            Edit::SetPeriods(_) => "change the periods",
            Edit::InsertVisionTarget { .. } => "add vision target",
            Edit::UpdateVisionTarget(_) => "edit vision target",
            Edit::RemoveVisionTarget(_) => "delete vision target",
            Edit::InsertPriority { .. } => "add priority",
            Edit::UpdatePriority(_) => "edit priority",
            Edit::MovePriority { .. } => "move priority",
            Edit::RemovePriority(_) => "delete priority",
            Edit::SetOkrPriority { .. } => "link OKR to priority",
            Edit::SetScorecardPriorities { .. } | Edit::SetScorecardMetrics { .. } => {
                "link scorecard objective"
            }
            Edit::SetWorkshop(_) => "edit workshop notes",
            Edit::ReplacePlan(_) => "merge",
            Edit::SetCorrelation { .. } => "set mark",
            Edit::SetRole { .. } => "set role",
            Edit::InsertXItem { .. } | Edit::InsertMetric { .. } => "add item",
            Edit::UpdateXItem(_) | Edit::UpdateMetric(_) => "edit item",
            Edit::MoveXItem { .. } => "move item",
            Edit::RemoveXItem(_) => "delete item",
            Edit::InsertXPerson { .. } => "add person column",
            Edit::RemoveXPerson(_) => "remove person column",
            Edit::MoveXPerson { .. } => "move person column",
            Edit::InsertPerson { .. } => "add person",
            Edit::UpdatePerson(_) => "edit person",
            Edit::RemovePerson(_) => "delete person",
            Edit::InsertTeam { .. } => "add team",
            Edit::UpdateTeam(_) => "rename team",
            Edit::RemoveTeam(_) => "delete team",
            Edit::InsertBscObjective { .. } => "add objective",
            Edit::UpdateBscObjective(_) => "edit objective",
            Edit::MoveBscObjective { .. } => "move objective",
            Edit::RemoveBscObjective(_) => "delete objective",
            Edit::SetCauseEffect { .. } => "change cause→effect link",
            Edit::SetScoring(_) => "change the score colours",
            Edit::SetPerspectives(_) => "change the perspectives",
            Edit::InsertOkr { .. } => "add OKR objective",
            Edit::UpdateOkr(_) => "edit OKR",
            Edit::MoveOkr { .. } => "move OKR objective",
            Edit::RemoveOkr(_) => "delete OKR objective",
            Edit::InsertDependency { .. } => "add dependency",
            Edit::UpdateDependency(_) => "edit dependency",
            Edit::RemoveDependency(_) => "delete dependency",
            Edit::SetMute { .. } => "mute finding",
            Edit::Batch(edits) => edits.first().map_or("change", Edit::describe),
            Edit::Named { label, .. } => label,
        }
    }

    /// One edit called `label` in the Undo menu.
    pub fn named(label: &'static str, edit: Edit) -> Edit {
        Edit::Named {
            label,
            edit: Box::new(edit),
        }
    }

    /// A batch of edits applied as one step, called `label` in the Undo menu.
    pub fn step(label: &'static str, edits: Vec<Edit>) -> Edit {
        Edit::Named {
            label,
            edit: Box::new(Edit::Batch(edits)),
        }
    }

    /// Whether the edit adds, changes, moves or removes.
    pub fn kind(&self) -> EditKind {
        match self {
            Edit::InsertVisionTarget { .. }
            | Edit::InsertPriority { .. }
            | Edit::InsertXItem { .. }
            | Edit::InsertMetric { .. }
            | Edit::InsertXPerson { .. }
            | Edit::InsertPerson { .. }
            | Edit::InsertTeam { .. }
            | Edit::InsertBscObjective { .. }
            | Edit::InsertOkr { .. }
            | Edit::InsertDependency { .. } => EditKind::Add,
            Edit::MovePriority { .. }
            | Edit::MoveXItem { .. }
            | Edit::MoveXPerson { .. }
            | Edit::MoveBscObjective { .. }
            | Edit::MoveOkr { .. } => EditKind::Move,
            Edit::RemoveVisionTarget(_)
            | Edit::RemovePriority(_)
            | Edit::RemoveXItem(_)
            | Edit::RemoveXPerson(_)
            | Edit::RemovePerson(_)
            | Edit::RemoveTeam(_)
            | Edit::RemoveBscObjective(_)
            | Edit::RemoveOkr(_)
            | Edit::RemoveDependency(_) => EditKind::Remove,
            Edit::Named { edit, .. } => edit.kind(),
            _ => EditKind::Change,
        }
    }

    /// The id of the item a removing edit takes out.
    pub fn removed(&self) -> Option<Id> {
        match self {
            Edit::RemoveVisionTarget(id)
            | Edit::RemovePriority(id)
            | Edit::RemoveXItem(id)
            | Edit::RemoveXPerson(id)
            | Edit::RemovePerson(id)
            | Edit::RemoveTeam(id)
            | Edit::RemoveBscObjective(id)
            | Edit::RemoveOkr(id)
            | Edit::RemoveDependency(id) => Some(*id),
            Edit::Named { edit, .. } => edit.removed(),
            _ => None,
        }
    }

    /// Applies the edit and returns the edit that undoes it. On error the plan is unchanged.
    pub fn apply(self, plan: &mut Plan) -> Result<Edit, EditError> {
        match self {
            Edit::SetText { field, value } => {
                let old = std::mem::replace(field.slot(plan), value);
                Ok(Edit::SetText { field, value: old })
            }
            Edit::SetVocabulary(v) => Ok(Edit::SetVocabulary(std::mem::replace(
                &mut plan.settings.vocabulary,
                v,
            ))),
            Edit::SetConfidenceScale(c) => Ok(Edit::SetConfidenceScale(std::mem::replace(
                &mut plan.settings.confidence,
                c,
            ))),
            Edit::SetPeriods(p) => Ok(Edit::SetPeriods(std::mem::replace(&mut plan.periods, p))),
            Edit::SetVisionYear(year) => {
                let old = std::mem::replace(&mut plan.vision.target_year, year);
                Ok(Edit::SetVisionYear(old))
            }
            Edit::InsertVisionTarget { index, target } => pri::insert_target(plan, index, target),
            Edit::UpdateVisionTarget(target) => pri::update_target(plan, target),
            Edit::RemoveVisionTarget(id) => pri::remove_target(plan, id),
            Edit::InsertPriority { index, priority } => pri::insert(plan, index, priority),
            Edit::UpdatePriority(priority) => pri::update(plan, priority),
            Edit::MovePriority { id, to } => pri::move_to(plan, id, to),
            Edit::RemovePriority(id) => pri::remove(plan, id),
            Edit::SetOkrPriority {
                objective,
                priority,
            } => pri::set_okr_priority(plan, objective, priority),
            Edit::SetScorecardPriorities {
                objective,
                priorities,
            } => pri::set_scorecard_priorities(plan, objective, priorities),
            Edit::SetScorecardMetrics { objective, metrics } => {
                pri::set_scorecard_metrics(plan, objective, metrics)
            }
            Edit::SetCorrelation {
                corner,
                a,
                b,
                value,
            } => x::set_correlation(plan, corner, a, b, value),
            Edit::SetRole { item, person, role } => x::set_role(plan, item, person, role),
            Edit::InsertXItem { arm, index, item } => x::insert_item(plan, arm, index, item),
            Edit::InsertMetric { index, metric } => x::insert_metric(plan, index, metric),
            Edit::UpdateXItem(item) => x::update_item(plan, item),
            Edit::UpdateMetric(metric) => x::update_metric(plan, metric),
            Edit::MoveXItem { id, to } => x::move_item(plan, id, to),
            Edit::RemoveXItem(id) => x::remove_item(plan, id),
            Edit::InsertXPerson { index, person } => x::insert_x_person(plan, index, person),
            Edit::RemoveXPerson(person) => x::remove_x_person(plan, person),
            Edit::MoveXPerson { person, to } => x::move_x_person(plan, person, to),
            Edit::InsertPerson { index, person } => ppl::insert_person(plan, index, person),
            Edit::UpdatePerson(person) => ppl::update_person(plan, person),
            Edit::RemovePerson(id) => ppl::remove_person(plan, id),
            Edit::InsertTeam { index, team } => ppl::insert_team(plan, index, team),
            Edit::UpdateTeam(team) => ppl::update_team(plan, team),
            Edit::RemoveTeam(id) => ppl::remove_team(plan, id),
            Edit::InsertBscObjective { index, objective } => sc::insert(plan, index, objective),
            Edit::UpdateBscObjective(o) => sc::update(plan, o),
            Edit::MoveBscObjective { id, to } => sc::move_to(plan, id, to),
            Edit::RemoveBscObjective(id) => sc::remove(plan, id),
            Edit::SetCauseEffect {
                cause,
                effect,
                linked,
            } => sc::set_link(plan, cause, effect, linked),
            Edit::SetScoring(s) => sc::set_scoring(plan, s),
            Edit::SetPerspectives(p) => sc::set_perspectives(plan, p),
            Edit::InsertOkr { index, objective } => okr::insert(plan, index, objective),
            Edit::UpdateOkr(o) => okr::update(plan, o),
            Edit::MoveOkr { id, to } => okr::move_to(plan, id, to),
            Edit::RemoveOkr(id) => okr::remove(plan, id),
            Edit::InsertDependency { index, dependency } => {
                okr::insert_dependency(plan, index, dependency)
            }
            Edit::UpdateDependency(d) => okr::update_dependency(plan, d),
            Edit::RemoveDependency(id) => okr::remove_dependency(plan, id),
            Edit::SetMute { rule, item, reason } => okr::set_mute(plan, rule, item, reason),
            Edit::SetWorkshop(workshop) => Ok(Edit::SetWorkshop(std::mem::replace(
                &mut plan.workshop,
                workshop,
            ))),
            Edit::ReplacePlan(mut new) => {
                new.lineage = plan.lineage.clone();
                Ok(Edit::ReplacePlan(Box::new(std::mem::replace(plan, *new))))
            }
            Edit::Batch(edits) => apply_batch(plan, edits),
            Edit::Named { label, edit } => Ok(Edit::Named {
                label,
                edit: Box::new(edit.apply(plan)?),
            }),
        }
    }
}
