//! File ▸ Compare with… and File ▸ Merge…, and catchball with teams that work in their own copy
//! (Workshop ▸ Send proposals to a team… / Read a team's answer…): another copy of the plan is
//! read, its changes named, merged by ids with every conflict decided before anything is applied;
//! the merge is one undoable step.

use super::CatchballApp;
use super::prompts::{PathPurpose, Prompt};
use crate::edit::Edit;
use crate::merge::{self, Side, answer_problem, team_file};
use crate::model::{Id, Plan};
use crate::tr;
use crate::ui::merge_view::{CompareView, MergeAction, MergeView, compare_window, merge_window};
use egui::RichText;
use std::path::Path;

/// What another copy of the plan is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherFile {
    Compare,
    Merge,
    /// A team's answer to the proposals sent to them.
    Answer,
}

/// What the team question was answered with.
enum TeamChoice {
    Asking,
    Chosen(Id),
    Cancelled,
}

/// The window open for another copy of the plan.
pub enum Exchange {
    Compare(CompareView),
    Merge(Box<MergeView>),
    /// Which team the open proposals go to.
    ChooseTeam,
}

impl CatchballApp {
    /// Asks for the other copy (the system dialog, or a typed path), then reads it for `what`.
    pub(super) fn ask_other_file(&mut self, what: OtherFile) {
        self.ask_open(PathPurpose::Other(what));
    }

    /// An error window: `what` names the failed action by its message key (`failed-merge` …).
    fn refuse(&mut self, path: &Path, what: &str, message: String) {
        let title = crate::i18n::text_with(
            &format!("failed-{what}"),
            &[("path", crate::i18n::Arg::from(path.display().to_string()))],
        );
        self.set_prompt(Prompt::Error { title, message });
    }

    pub(super) fn read_other_file(&mut self, what: OtherFile, path: &Path) {
        let Some(doc) = &self.doc else { return };
        let verb = match what {
            OtherFile::Compare => "compare",
            OtherFile::Merge => "merge",
            OtherFile::Answer => "answer",
        };
        let theirs = match crate::file::load(path) {
            Ok(l) if l.read_only.is_some() && what != OtherFile::Compare => {
                return self.refuse(path, verb, tr!("merge-newer"));
            }
            Ok(l) => l.plan,
            Err(e) => return self.refuse(path, verb, e.to_string()),
        };
        if what != OtherFile::Compare && doc.read_only.is_some() {
            return self.refuse(path, verb, tr!("merge-read-only"));
        }
        let ours = doc.plan();
        match what {
            OtherFile::Compare => match CompareView::new(path.to_path_buf(), ours, &theirs) {
                Ok(view) => self.exchange = Some(Exchange::Compare(view)),
                Err(e) => self.refuse(path, verb, e.to_string()),
            },
            OtherFile::Answer => {
                if let Some(problem) = answer_problem(ours, &theirs) {
                    return self.refuse(path, verb, problem);
                }
                let teams: Vec<&str> = theirs
                    .workshop
                    .proposals
                    .iter()
                    .map(|p| ours.team_name(p.team))
                    .filter(|n| !n.is_empty())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                let heading = if teams.is_empty() {
                    tr!("answer-heading")
                } else {
                    tr!("answer-heading-of", teams = teams.join(", "))
                };
                self.start_merge(path, &theirs, false, heading);
            }
            OtherFile::Merge => {
                let (a, b) = (&ours.lineage.plan_id, &theirs.lineage.plan_id);
                if !a.is_empty() && !b.is_empty() && a != b {
                    self.set_prompt(Prompt::DifferentPlans(path.to_path_buf(), Box::new(theirs)));
                } else {
                    let heading = tr!("merge-heading", file = file_name(path));
                    self.start_merge(path, &theirs, false, heading);
                }
            }
        }
    }

    /// Merges `theirs` into the document: with the kept version it started from as the base,
    /// or (`two_way`, or none kept) asking about every difference.
    pub(super) fn start_merge(
        &mut self,
        path: &Path,
        theirs: &Plan,
        two_way: bool,
        heading: String,
    ) {
        let Some(doc) = &self.doc else { return };
        let ours = doc.plan();
        let base = if two_way {
            None
        } else {
            self.config.recovery.bases().best_for(theirs)
        };
        let base_note = match &base {
            Some(b) => {
                let revision = b.plan.lineage.revision.to_string();
                match b.remembered.and_then(|t| jiff::Timestamp::try_from(t).ok()) {
                    Some(t) => {
                        let at = t.to_zoned(jiff::tz::TimeZone::system());
                        tr!(
                            "merge-base-kept",
                            revision = revision,
                            kept = crate::i18n::date_time(at.datetime())
                        )
                    }
                    None => tr!("merge-base", revision = revision),
                }
            }
            None => tr!("merge-no-base"),
        };
        let result = merge::merge(base.as_ref().map(|b| &b.plan), ours, theirs)
            .and_then(|m| MergeView::new(path.to_path_buf(), heading, base_note, ours, m));
        match result {
            Ok(view) if view.incoming.is_empty() && view.conflicts.is_empty() => {
                self.notices
                    .info(tr!("merge-nothing", file = file_name(path)));
            }
            Ok(view) => self.exchange = Some(Exchange::Merge(Box::new(view))),
            Err(e) => self.refuse(path, "merge", e.to_string()),
        }
    }

    fn apply_merge(&mut self, view: &MergeView) {
        let Some(doc) = &mut self.doc else { return };
        let Some(choices) = view.decided() else {
            return;
        };
        let plan = match view.merge.resolve(&choices) {
            Ok(plan) => plan,
            Err(e) => return self.refuse(&view.file, "merge", e.to_string()),
        };
        let changes = merge::diff(doc.plan(), &plan).map_or(0, |c| c.len());
        let step = Edit::step("merge", vec![Edit::ReplacePlan(Box::new(plan))]);
        match doc.session.apply(step) {
            Ok(()) => {
                let bases = self.config.recovery.bases();
                bases.remember(&view.merge.theirs);
                bases.remember(doc.plan());
                let decided = choices.len();
                let ours = choices.iter().filter(|c| **c == Side::Ours).count();
                self.notices.success(if decided == 0 {
                    tr!("merged", file = file_name(&view.file), changes = changes)
                } else {
                    tr!(
                        "merged-decided",
                        file = file_name(&view.file),
                        changes = changes,
                        decided = decided,
                        ours = ours
                    )
                });
            }
            Err(e) => self.notices.error(e.to_string()),
        }
    }

    /// Draws the open Compare, Merge or team window and acts on its answer.
    pub(super) fn exchange_ui(&mut self, ctx: &egui::Context) {
        let Some(exchange) = self.exchange.take() else {
            return;
        };
        match exchange {
            Exchange::Compare(view) => {
                if !compare_window(ctx, &view) {
                    self.exchange = Some(Exchange::Compare(view));
                }
            }
            Exchange::Merge(mut view) => match merge_window(ctx, &mut view) {
                Some(MergeAction::Apply) => self.apply_merge(&view),
                Some(MergeAction::Cancel) => {}
                None => self.exchange = Some(Exchange::Merge(view)),
            },
            Exchange::ChooseTeam => match self.choose_team_ui(ctx) {
                TeamChoice::Asking => self.exchange = Some(Exchange::ChooseTeam),
                TeamChoice::Chosen(team) => self.ask_team_file(team),
                TeamChoice::Cancelled => {}
            },
        }
    }

    /// Teams with open proposals, with how many each has.
    fn teams_with_open_proposals(&self) -> Vec<(Id, String, usize)> {
        let Some(doc) = &self.doc else {
            return Vec::new();
        };
        let plan = doc.plan();
        plan.teams
            .iter()
            .map(|t| {
                let open = plan
                    .workshop
                    .proposals
                    .iter()
                    .filter(|p| p.team == Some(t.id) && p.is_open())
                    .count();
                (t.id, t.name.clone(), open)
            })
            .filter(|(_, _, n)| *n > 0)
            .collect()
    }

    /// Workshop ▸ Send proposals to a team…: which team (when there is a choice), then where.
    pub(super) fn send_to_team(&mut self) {
        let teams = self.teams_with_open_proposals();
        match teams.as_slice() {
            [] => self.notices.info(tr!("team-none-open")),
            [(team, _, _)] => self.ask_team_file(*team),
            _ => self.exchange = Some(Exchange::ChooseTeam),
        }
    }

    fn choose_team_ui(&mut self, ctx: &egui::Context) -> TeamChoice {
        let teams = self.teams_with_open_proposals();
        egui::Modal::new(egui::Id::unique("choose-team"))
            .show(ctx, |ui| {
                ui.label(RichText::new(tr!("team-which")).size(22.0).strong());
                ui.label(tr!("team-which-detail"));
                ui.add_space(8.0);
                let mut answer = TeamChoice::Asking;
                for (id, name, open) in &teams {
                    if ui
                        .button(
                            RichText::new(tr!("team-open", team = name, count = *open)).size(19.0),
                        )
                        .clicked()
                    {
                        answer = TeamChoice::Chosen(*id);
                    }
                }
                ui.add_space(8.0);
                if ui
                    .button(RichText::new(tr!("btn-cancel")).size(19.0))
                    .clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = TeamChoice::Cancelled;
                }
                answer
            })
            .inner
    }

    fn ask_team_file(&mut self, team: Id) {
        let Some(doc) = &self.doc else { return };
        let plan = doc.plan();
        let stem =
            super::prompts::file_stem(&format!("{} {}", plan.title, plan.team_name(Some(team))));
        let name = tr!("team-file-name", stem = stem);
        self.ask_save(&name, PathPurpose::TeamFile(team));
    }

    pub(super) fn write_team_file(&mut self, team: Id, path: &Path) {
        let Some(doc) = &self.doc else { return };
        if doc.is_file(path) {
            return self.refuse(path, "team-file", tr!("team-file-own"));
        }
        let plan = doc.plan();
        let file = team_file(plan, team);
        let team_name = plan.team_name(Some(team)).to_owned();
        match crate::file::save(path, &file) {
            Ok(_) => {
                // What was sent is the base their answer is merged against.
                self.config.recovery.bases().remember(&file);
                self.notices.success(tr!(
                    "team-file-written",
                    path = path.display().to_string(),
                    count = file.workshop.proposals.len(),
                    team = team_name
                ));
            }
            Err(e) => self.refuse(path, "write", e.to_string()),
        }
    }
}

impl CatchballApp {
    /// File ▸ Save as a new plan…: a copy that is a plan of its own (a new plan id, counting
    /// revisions from the start), no longer merged with the plan it came from.
    pub(super) fn ask_new_plan_file(&mut self) {
        let Some(doc) = &self.doc else { return };
        let name = tr!(
            "new-plan-file-name",
            stem = super::prompts::file_stem(&doc.plan().title)
        );
        self.ask_save(&name, PathPurpose::NewPlan);
    }

    pub(super) fn save_as_new_plan(&mut self, path: &Path) {
        let Some(doc) = &mut self.doc else { return };
        let old = doc.plan().lineage.clone();
        doc.session.set_lineage(crate::model::Lineage {
            plan_id: crate::model::new_plan_id(),
            ..crate::model::Lineage::default()
        });
        self.save_to(path, None);
        // Not saved (an error was shown): still the plan it was.
        if let Some(doc) = &mut self.doc
            && !doc.is_file(path)
        {
            doc.session.set_lineage(old);
        }
    }
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
