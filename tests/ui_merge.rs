//! Compare and Merge in the window, and catchball with a team through a file of its own:
//! conflicts decided one by one, the merge applied as one step and undone; answers from another
//! plan or with unknown proposals refused without changing anything.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::Command;
use catchball::model::{CatchballStatus, Plan};
use common::{Setup, click, plan, retype, settle};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

fn save(path: &Path, plan: &Plan) {
    catchball::file::save(path, plan).unwrap();
}

fn theirs_of(base: &Plan) -> Plan {
    let mut theirs = base.clone();
    theirs.lineage.revision += 1;
    theirs.lineage.saved_by = "Chen".into();
    theirs
}

#[test]
fn a_merge_shows_their_changes_asks_each_conflict_applies_in_one_step_and_undoes() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    // Ours changes the title in the window, after opening (the version kept as the base).
    retype(&mut h, "Title", "Ours: Strategy 2027");
    let base = catchball::file::load(&path).unwrap().plan;
    let mut theirs = theirs_of(&base);
    theirs.title = "Theirs: Strategy 2027".into();
    theirs.priorities[1].name = "Theirs renamed the second priority".into();
    let theirs_path = s.dir.path().join("theirs.plan.ron");
    save(&theirs_path, &theirs);

    s.dialogs.answer(&theirs_path);
    h.state_mut().queue(Command::MergeWith);
    settle(&mut h);
    h.get_by_label("Merge theirs.plan.ron");
    h.get_by_label_contains("Strategic priority “Theirs renamed the second priority”: name");
    h.get_by_label("1. Title");
    // Nothing is applied before the conflict is decided.
    click(&mut h, "Apply the merge");
    assert_eq!(plan(&h).title, "Ours: Strategy 2027");
    assert_eq!(plan(&h).priorities[1].name, base.priorities[1].name);

    click(&mut h, "Take theirs: “Theirs: Strategy 2027”");
    click(&mut h, "Apply the merge");
    let merged = plan(&h);
    assert_eq!(merged.title, "Theirs: Strategy 2027");
    assert_eq!(
        merged.priorities[1].name,
        "Theirs renamed the second priority"
    );
    assert!(h.state().document().unwrap().is_dirty());
    assert!(
        h.state()
            .last_notice()
            .unwrap()
            .contains("Merged theirs.plan.ron"),
        "{:?}",
        h.state().last_notice()
    );

    h.state_mut().queue(Command::Undo);
    settle(&mut h);
    assert_eq!(plan(&h).title, "Ours: Strategy 2027");
    assert_eq!(plan(&h).priorities[1].name, base.priorities[1].name);
}

#[test]
fn compare_lists_the_named_changes_and_merging_another_plan_asks_first() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    let base = catchball::file::load(&path).unwrap().plan;
    let mut theirs = theirs_of(&base);
    theirs.priorities[0].why = "Because the fleet is most of it.".into();
    let theirs_path = s.dir.path().join("theirs.plan.ron");
    save(&theirs_path, &theirs);
    s.dialogs.answer(&theirs_path);
    h.state_mut().queue(Command::CompareWith);
    settle(&mut h);
    h.get_by_label("Compared with theirs.plan.ron");
    h.get_by_label_contains("Copies of one plan; the second is newer");
    h.get_by_label_contains(&format!(
        "~ Strategic priority “{}”: why “",
        base.priorities[0].name
    ));
    h.get_by_label_contains("” → “Because the fleet is most of it.”");
    click(&mut h, "Close");
    assert!(h.query_by_label("Compared with theirs.plan.ron").is_none());

    let mut other = theirs.clone();
    other.lineage.plan_id = catchball::model::new_plan_id();
    let other_path = s.dir.path().join("other.plan.ron");
    save(&other_path, &other);
    s.dialogs.answer(&other_path);
    h.state_mut().queue(Command::MergeWith);
    settle(&mut h);
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some("other.plan.ron is a copy of another plan")
    );
    click(&mut h, "Merge anyway");
    // Without a common version, the difference is a question.
    h.get_by_label_contains("1. Strategic priority");
    click(&mut h, "Cancel");
    assert_eq!(plan(&h), base_without_lineage(&h, &base));
}

fn base_without_lineage(
    h: &egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    base: &Plan,
) -> Plan {
    let mut p = base.clone();
    p.lineage = plan(h).lineage;
    p
}

/// The sample with its open proposals thrown to the first team.
fn with_proposals_to_a_team(s: &Setup) -> (PathBuf, String) {
    let path = s.sample_file();
    let mut plan = catchball::file::load(&path).unwrap().plan;
    let team = plan.teams[0].id;
    for p in plan.workshop.proposals.iter_mut().filter(|p| p.is_open()) {
        p.team = Some(team);
    }
    let name = plan.teams[0].name.clone();
    save(&path, &plan);
    (path, name)
}

#[test]
fn a_catchball_round_trip_through_a_team_file_shows_their_answer_before_applying_it() {
    let s = Setup::new();
    let (path, team) = with_proposals_to_a_team(&s);
    let mut h = s.harness(Some(path.clone()));
    let before = plan(&h);
    let open = before
        .workshop
        .proposals
        .iter()
        .find(|p| p.is_open())
        .unwrap()
        .clone();

    let team_path = s.dir.path().join("team.plan.ron");
    s.dialogs.answer(&team_path);
    h.state_mut().queue(Command::SendToTeam);
    settle(&mut h);
    assert!(
        h.state()
            .last_notice()
            .unwrap()
            .contains(&format!("open proposal(s) for {team}")),
        "{:?}",
        h.state().last_notice()
    );
    // The team answers in its own Catchball.
    let mut answer = catchball::file::load(&team_path).unwrap().plan;
    assert!(
        answer
            .workshop
            .proposals
            .iter()
            .all(|p| p.team == before.teams.first().map(|t| t.id))
    );
    let at = answer
        .workshop
        .proposals
        .iter()
        .position(|p| p.id == open.id)
        .unwrap();
    answer.workshop.proposals[at] = answer.workshop.proposals[at].moved_to(
        CatchballStatus::Agreed,
        "We can do it by Q3",
        jiff::civil::date(2027, 2, 20),
    );
    answer.lineage.revision += 1;
    save(&team_path, &answer);

    s.dialogs.answer(&team_path);
    h.state_mut().queue(Command::ReadAnswer);
    settle(&mut h);
    h.get_by_label(&format!("The answer of {team}"));
    h.get_by_label_contains(": status proposed → agreed");
    // Nothing but their answer is taken: no conflicts, nothing of ours removed.
    assert!(h.query_by_label_contains("Conflicts to decide").is_none());
    click(&mut h, "Apply the merge");
    let after = plan(&h);
    let p = after
        .workshop
        .proposals
        .iter()
        .find(|p| p.id == open.id)
        .unwrap();
    assert_eq!(p.status, CatchballStatus::Agreed);
    assert_eq!(p.history.last().unwrap().comment, "We can do it by Q3");
    let changes = catchball::merge::diff(&before, &after).unwrap();
    assert!(
        changes
            .iter()
            .all(|c| catchball::merge::path_text(&c.path).starts_with("workshop.proposals")),
        "{changes:#?}"
    );
    h.state_mut().queue(Command::Undo);
    settle(&mut h);
    assert_eq!(plan(&h).workshop, before.workshop);
}

#[test]
fn an_answer_from_another_plan_or_with_unknown_proposals_is_refused_and_changes_nothing() {
    let s = Setup::new();
    let (path, _) = with_proposals_to_a_team(&s);
    let mut h = s.harness(Some(path.clone()));
    let before = plan(&h);
    let team = before.teams[0].id;

    let mut other = catchball::merge::team_file(&before, team);
    other.lineage.plan_id = catchball::model::new_plan_id();
    let other_path = s.dir.path().join("other.plan.ron");
    save(&other_path, &other);
    s.dialogs.answer(&other_path);
    h.state_mut().queue(Command::ReadAnswer);
    settle(&mut h);
    assert_eq!(
        h.state().open_prompt().as_deref(),
        Some(format!("Could not read the answer in {}", other_path.display()).as_str())
    );
    h.get_by_label_contains("plan id differs");
    click(&mut h, "OK");

    let mut unknown = catchball::merge::team_file(&before, team);
    unknown.workshop.proposals[0].id = catchball::model::Id(987_654);
    let unknown_path = s.dir.path().join("unknown.plan.ron");
    save(&unknown_path, &unknown);
    s.dialogs.answer(&unknown_path);
    h.state_mut().queue(Command::ReadAnswer);
    settle(&mut h);
    h.get_by_label_contains("proposals this plan does not have (#987654)");
    click(&mut h, "OK");
    assert_eq!(plan(&h), before);
    assert!(!h.state().document().unwrap().is_dirty());
}

#[test]
fn merge_view_snapshot() {
    let s = Setup::new();
    let mut h = s.harness(None);
    let base = plan(&h);
    let mut theirs = theirs_of(&base);
    theirs.priorities[0].owner = Some(base.people[2].id);
    theirs.priorities[2].name = "Circular packaging for every parcel we ship".into();
    theirs.title = "Carbon plan 2027 (Chen's copy)".into();
    let path = s.dir.path().join("colleague.plan.ron");
    save(&path, &theirs);
    s.dialogs.answer(&path);
    h.state_mut().queue(Command::MergeWith);
    settle(&mut h);
    click(&mut h, "Take theirs: “Carbon plan 2027 (Chen's copy)”");
    h.snapshot("merge_view");
}

#[test]
fn saving_counts_revisions_save_as_keeps_the_plan_id_and_a_new_plan_gets_its_own() {
    let s = Setup::new();
    let path = s.sample_file();
    let mut h = s.harness(Some(path.clone()));
    let start = plan(&h).lineage;
    retype(&mut h, "Title", "Strategy 2027, second draft");
    h.state_mut().queue(Command::Save);
    settle(&mut h);
    let saved = catchball::file::load(&path).unwrap().plan.lineage;
    assert_eq!(saved.plan_id, start.plan_id);
    assert_eq!(saved.revision, start.revision + 1);
    assert!(saved.saved_at.is_some());

    let copy = s.dir.path().join("copy.plan.ron");
    s.dialogs.answer(&copy);
    h.state_mut().queue(Command::SaveAs);
    settle(&mut h);
    let copied = catchball::file::load(&copy).unwrap().plan.lineage;
    assert_eq!(copied.plan_id, start.plan_id, "Save As keeps the plan's id");

    let new = s.dir.path().join("new.plan.ron");
    s.dialogs.answer(&new);
    h.state_mut().queue(Command::SaveAsNewPlan);
    settle(&mut h);
    let fresh = catchball::file::load(&new).unwrap().plan.lineage;
    assert_ne!(fresh.plan_id, start.plan_id);
    assert_eq!(fresh.revision, 1);
    assert_eq!(plan(&h).lineage.plan_id, fresh.plan_id);
}
