//! The Workshop panel: decisions and parked topics recorded from anywhere in two keystrokes,
//! edited, linked, deleted and undone; the dot votes' results.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use catchball::app::Command;
use catchball::ui::PanelKind;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

/// Types a participant's name and dots into vote `n` and presses Enter, as the facilitator does.
fn cast_ballot(
    h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>,
    n: usize,
    who: &str,
    dots: &str,
) {
    h.get_by_label(&format!("Vote {n} participant")).focus();
    settle(h);
    h.get_by_label(&format!("Vote {n} participant"))
        .type_text(who);
    h.get_by_label(&format!("Vote {n} dots")).focus();
    settle(h);
    h.get_by_label(&format!("Vote {n} dots")).type_text(dots);
    settle(h);
    h.key_press(Key::Enter);
    settle(h);
}

#[test]
fn ctrl_7_shows_the_workshop_record_of_the_sample() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    assert_eq!(h.state().panel(), PanelKind::Workshop);
    let decision = h.get_by_label("Decision 1");
    assert!(
        decision
            .value()
            .unwrap_or_default()
            .starts_with("Urban fleet goes electric first")
    );
    h.get_by_label("Parked topic 1");
    // The sample's vote is revealed: the items ranked with their dots.
    h.get_by_label("7");
    h.get_by_label("Electrify the urban delivery fleet");
}

#[test]
fn a_decision_is_recorded_from_the_palette_linked_and_undone_in_one_step() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    let before = plan(&h).workshop.decisions.len();
    h.state_mut().queue(Command::RecordDecision);
    settle(&mut h);
    assert_eq!(h.state().panel(), PanelKind::Workshop);
    assert_eq!(plan(&h).workshop.decisions.len(), before + 1);
    // The new decision's text field has the keyboard: typing goes straight in.
    h.get_by_label("Decision 2")
        .type_text("Pilot the cargo bikes in Hamburg.");
    settle(&mut h);
    let d = plan(&h).workshop.decisions[1].clone();
    assert_eq!(d.text, "Pilot the cargo bikes in Hamburg.");
    assert!(d.date.is_some(), "dated today");
    click(&mut h, "Decision 2 is about");
    click(&mut h, "Priority: Electrify the urban delivery fleet");
    let about = plan(&h).workshop.decisions[1].about;
    assert_eq!(about, plan(&h).priorities.first().map(|p| p.id));
    // Undo takes back the link, then the typing, then the decision itself.
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).workshop.decisions[1].about, None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).workshop.decisions.len(), before);
    assert!(catchball::model::validate(&plan(&h)).is_empty());
}

#[test]
fn a_topic_is_parked_and_deleted() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    h.state_mut().queue(Command::ParkTopic);
    settle(&mut h);
    h.get_by_label("Parked topic 2")
        .type_text("Night deliveries?");
    settle(&mut h);
    assert_eq!(plan(&h).workshop.parking_lot[1].text, "Night deliveries?");
    click(&mut h, "Delete parked topic 2");
    assert_eq!(plan(&h).workshop.parking_lot.len(), 1);
    assert_eq!(
        h.state().document().unwrap().session.history().undo_label(),
        Some("delete parked topic")
    );
}

#[test]
fn a_dot_vote_is_run_by_keyboard_revealed_and_applied_to_the_priorities() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    click(&mut h, "➕ Vote on the priorities…");
    let votes = plan(&h).workshop.votes.clone();
    let vote = votes.last().unwrap().clone();
    let n = votes.len();
    assert_eq!(vote.items.len(), plan(&h).priorities.len());
    assert_eq!(vote.dots_per_person, 3);
    assert!(!vote.revealed);
    cast_ballot(&mut h, n, "Sofia", "3 3 1");
    cast_ballot(&mut h, n, "Jonas", "3 1 1 2");
    // Four dots with a budget of three: refused, with the reason, and nothing recorded.
    h.get_by_label("4 dots, but each participant has 3.");
    assert_eq!(plan(&h).workshop.votes[n - 1].ballots.len(), 1);
    h.get_by_label(&format!("Vote {n} dots")).focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    h.get_by_label(&format!("Vote {n} dots")).type_text("3 1 2");
    h.key_press(Key::Enter);
    settle(&mut h);
    // Who voted is shown, the count is not.
    h.get_by_label_contains("2 voted: Sofia, Jonas");
    click(&mut h, &format!("Reveal vote {n}"));
    assert!(plan(&h).workshop.votes[n - 1].revealed);
    let ids: Vec<_> = plan(&h).priorities.iter().map(|p| p.id).collect();
    // Keep the top two: item 3 (3 dots), then item 1 (2 dots).
    h.get_by_label(&format!("Vote {n} keep")).focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    h.get_by_label(&format!("Vote {n} keep")).type_text("2");
    h.key_press(Key::Enter);
    settle(&mut h);
    click(&mut h, &format!("Apply vote {n}"));
    let now: Vec<_> = plan(&h).priorities.iter().map(|p| p.id).collect();
    assert_eq!(now, [ids[2], ids[0]]);
    // One step back gives every priority back; another hides the count again.
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(plan(&h).priorities.len(), ids.len());
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!plan(&h).workshop.votes[n - 1].revealed);
}

#[test]
fn a_vote_started_on_the_priorities_panel_is_run_in_the_workshop_panel() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    click(&mut h, "Priorities");
    let before = plan(&h).workshop.votes.len();
    click(&mut h, "➕ Vote on the priorities…");
    assert_eq!(plan(&h).workshop.votes.len(), before + 1);
    assert_eq!(h.state().panel(), PanelKind::Workshop);
    h.get_by_label(&format!("Vote {} participant", before + 1));
}

#[test]
fn the_room_sees_who_voted_but_not_the_count_until_it_is_revealed() {
    use catchball::ui::room::Step;
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    click(&mut h, "➕ Vote on the priorities…");
    let n = plan(&h).workshop.votes.len();
    let id = plan(&h).workshop.votes[n - 1].id;
    cast_ballot(&mut h, n, "Sofia", "2 2 2");
    // Presenting from the Workshop panel starts at its first slide, the sample's revealed vote.
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Vote(id));
    settle(&mut h);
    h.get_by_label("1 has voted");
    h.get_by_label("Sofia");
    assert!(
        h.query_by_label("3").is_none(),
        "no count before the reveal"
    );
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    click(&mut h, &format!("Reveal vote {n}"));
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Vote(id));
    settle(&mut h);
    h.get_by_label("3");
    h.get_by_label("Delight customers with our mobile app");
    h.snapshot("room_vote_result");
}

#[test]
fn a_confidence_round_is_answered_privately_revealed_and_recorded() {
    use catchball::ui::room::Step;
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    click(&mut h, "➕ Start a confidence round…");
    let n = plan(&h).workshop.confidence_rounds.len();
    let id = plan(&h).workshop.confidence_rounds[n - 1].id;
    let answer = |h: &mut egui_kittest::Harness<'static, catchball::app::CatchballApp>,
                  who: &str,
                  value: &str,
                  why: &str| {
        h.get_by_label(&format!("Round {n} participant")).focus();
        settle(h);
        h.get_by_label(&format!("Round {n} participant"))
            .type_text(who);
        h.get_by_label(&format!("Round {n} value")).focus();
        settle(h);
        shortcut(h, Modifiers::COMMAND, Key::A);
        h.get_by_label(&format!("Round {n} value")).type_text(value);
        h.get_by_label(&format!("Round {n} why")).focus();
        settle(h);
        h.get_by_label(&format!("Round {n} why")).type_text(why);
        settle(h);
        h.key_press(Key::Enter);
        settle(h);
    };
    answer(&mut h, "Sofia", "8", "");
    answer(&mut h, "Jonas", "3", "The depot chargers are late");
    answer(&mut h, "Chen", "7", "");
    let round = plan(&h).workshop.confidence_rounds[n - 1].clone();
    assert_eq!(round.answers.len(), 3);
    h.get_by_label_contains("3 answered: Sofia, Jonas, Chen");
    // The room sees who answered, not what.
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Round(id));
    settle(&mut h);
    h.get_by_label("3 have answered");
    assert!(h.query_by_label_contains("median").is_none());
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    click(&mut h, &format!("Reveal round {n}"));
    h.get_by_label("lowest 3 · median 7 · highest 8");
    h.get_by_label("Jonas answered 3: The depot chargers are late");
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    h.state_mut().go_to_room_step(Step::Round(id));
    settle(&mut h);
    h.get_by_label("Jonas (3): The depot chargers are late");
    h.snapshot("room_confidence_spread");
    h.state_mut().queue(Command::Present);
    settle(&mut h);
    let checkins = |h: &egui_kittest::Harness<'static, catchball::app::CatchballApp>| {
        plan(h)
            .okrs
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|k| k.check_ins.len())
            .sum::<usize>()
    };
    let before = checkins(&h);
    click(&mut h, &format!("Record round {n}"));
    assert!(
        checkins(&h) > before,
        "a check-in per key result of the period"
    );
    let p = plan(&h);
    let last = p
        .okrs
        .iter()
        .filter(|o| o.period == p.current_period && !o.is_closed())
        .flat_map(|o| &o.key_results)
        .find_map(|k| k.check_ins.last())
        .unwrap();
    assert_eq!(last.confidence, 7);
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(checkins(&h), before);
}

#[test]
fn a_goal_is_thrown_to_a_team_revised_and_agreed_with_its_history() {
    use catchball::model::CatchballStatus;
    let s = Setup::new();
    // On a first start the bundled sample opens, not a copy in a temporary folder: the status
    // bar reads the same on every run.
    let mut h = s.harness(None);
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    let p = plan(&h);
    let priority = p.priorities[0].clone();
    let team = p.teams[0].clone();
    click(&mut h, "Item to propose");
    click(&mut h, &format!("Priority: {}", priority.name));
    click(&mut h, "Team to propose to");
    click(&mut h, &team.name);
    click(&mut h, "Propose");
    let proposal = plan(&h).workshop.proposals.last().unwrap().clone();
    assert_eq!(
        (proposal.item, proposal.team, proposal.status),
        (priority.id, Some(team.id), CatchballStatus::Proposed)
    );
    h.get_by_label_contains(&format!("{} (", team.name));
    h.get_by_label(&format!("Comment on {}", priority.name))
        .scroll_to_me();
    settle(&mut h);
    h.snapshot("workshop_open_proposals");
    let comment = format!("Comment on {}", priority.name);
    h.get_by_label(&comment).focus();
    settle(&mut h);
    h.get_by_label(&comment)
        .type_text("Only with the 2028 vans");
    settle(&mut h);
    click(&mut h, &format!("revised: {}", priority.name));
    click(&mut h, &format!("agreed: {}", priority.name));
    let done = plan(&h).workshop.proposals.last().unwrap().clone();
    assert_eq!(done.status, CatchballStatus::Agreed);
    let steps: Vec<_> = done.history.iter().map(|c| c.status).collect();
    assert_eq!(
        steps,
        [
            CatchballStatus::Proposed,
            CatchballStatus::Revised,
            CatchballStatus::Agreed
        ]
    );
    assert_eq!(done.history[1].comment, "Only with the 2028 vans");
    shortcut(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        plan(&h).workshop.proposals.last().unwrap().status,
        CatchballStatus::Revised
    );
}

#[test]
fn the_room_can_vote_on_the_parking_lot_too() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    click(&mut h, "➕ Vote on the parking lot…");
    let n = plan(&h).workshop.votes.len();
    let vote = plan(&h).workshop.votes[n - 1].clone();
    assert_eq!(vote.items, [plan(&h).workshop.parking_lot[0].id]);
    assert_eq!(vote.dots_per_person, 1);
    cast_ballot(&mut h, n, "Lena", "1");
    click(&mut h, &format!("Reveal vote {n}"));
    assert!(plan(&h).workshop.votes[n - 1].revealed);
    // Only a vote on the priorities can reorder them.
    assert!(h.query_by_label(&format!("Apply vote {n}")).is_none());
}

#[test]
fn a_vote_on_chosen_measures_with_its_own_dots_and_one_per_item() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    click(&mut h, "➕ Vote on the scorecard measures…");
    let n = plan(&h).workshop.votes.len();
    let all: Vec<_> = plan(&h)
        .scorecard
        .objectives
        .iter()
        .flat_map(|o| o.measures.iter().map(|m| m.id))
        .collect();
    assert_eq!(plan(&h).workshop.votes[n - 1].items, all);
    // Not every measure goes on the wall.
    click(&mut h, &format!("Take item 1 off vote {n}"));
    assert_eq!(plan(&h).workshop.votes[n - 1].items, all[1..]);
    click(&mut h, &format!("Vote {n} at most one dot per item"));
    assert!(plan(&h).workshop.votes[n - 1].one_per_item);
    cast_ballot(&mut h, n, "Amira", "1 1");
    assert!(
        plan(&h).workshop.votes[n - 1].ballots.is_empty(),
        "two dots on one item refused"
    );
    h.get_by_label_contains("at most one dot");
    h.get_by_label(&format!("Vote {n} participant")).focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.get_by_label(&format!("Vote {n} dots")).focus();
    settle(&mut h);
    shortcut(&mut h, Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    settle(&mut h);
    cast_ballot(&mut h, n, "Amira", "1 2");
    let vote = plan(&h).workshop.votes[n - 1].clone();
    assert_eq!(vote.ballots.len(), 1);
    assert_eq!(vote.ballots[0].dots, [all[1], all[2]]);
}

#[test]
fn a_confidence_round_can_be_about_one_teams_okrs() {
    let s = Setup::new();
    let mut h = s.harness(Some(s.sample_file()));
    shortcut(&mut h, Modifiers::COMMAND, Key::Num7);
    let p = plan(&h);
    let team = p
        .teams
        .iter()
        .find(|t| {
            p.okrs
                .iter()
                .any(|o| o.team == Some(t.id) && o.period == p.current_period && !o.is_closed())
        })
        .unwrap()
        .clone();
    click(&mut h, "Confidence round on");
    click(&mut h, &team.name);
    click(&mut h, "➕ Start a confidence round…");
    let round = plan(&h).workshop.confidence_rounds.last().unwrap().clone();
    assert!(round.question.contains(&team.name), "{}", round.question);
    assert!(!round.about.is_empty());
    assert!(
        round
            .about
            .iter()
            .all(|id| p.okr(*id).unwrap().team == Some(team.id))
    );
    h.get_by_label_contains("About: ");
}
