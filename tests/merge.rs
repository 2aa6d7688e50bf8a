//! Comparing and merging copies of a plan: every conflict kind, list order by id, ids both
//! sides allocated, validity after merge, and the properties merging must keep.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::many_single_char_names
)]

use catchball::file::canonicalize;
use catchball::merge::{self, ConflictKind, Names, Side, describe_change, describe_conflict};
use catchball::model::{Id, Plan, Priority, Strength, validate};
use proptest::prelude::*;

fn sample() -> Plan {
    let mut plan = catchball::sample::sample_plan().unwrap();
    canonicalize(&mut plan);
    plan
}

fn merged(base: &Plan, ours: &Plan, theirs: &Plan) -> Plan {
    let m = merge::merge(Some(base), ours, theirs).unwrap();
    assert!(
        m.conflicts.is_empty(),
        "unexpected conflicts: {:?}",
        m.conflicts
    );
    m.resolve(&[]).unwrap()
}

fn same_content(a: &Plan, b: &Plan) {
    let (mut a, mut b) = (a.clone(), b.clone());
    a.lineage = b.lineage.clone();
    canonicalize(&mut a);
    canonicalize(&mut b);
    assert_eq!(a, b);
}

#[test]
fn merging_a_plan_with_itself_is_the_identity() {
    let plan = sample();
    same_content(&merged(&plan, &plan, &plan), &plan);
    let two_way = merge::merge(None, &plan, &plan).unwrap();
    assert!(two_way.conflicts.is_empty());
    same_content(&two_way.resolve(&[]).unwrap(), &plan);
}

#[test]
fn changes_on_one_side_are_taken_whole() {
    let base = sample();
    let mut x = base.clone();
    x.priorities[0].name = "Electrify every delivery van".into();
    x.priorities.remove(2);
    x.unlink_missing();
    x.xmatrix.correlations.pop();
    same_content(&merged(&base, &x, &base), &x);
    same_content(&merged(&base, &base, &x), &x);
}

#[test]
fn different_fields_and_entities_changed_on_each_side_combine() {
    let base = sample();
    let mut ours = base.clone();
    ours.priorities[0].name = "Ours renamed the first".into();
    let mut theirs = base.clone();
    let chen = theirs.people[1].id;
    theirs.priorities[0].owner = Some(chen);
    theirs.priorities[1].why = "Theirs gave a reason".into();
    let m = merged(&base, &ours, &theirs);
    assert_eq!(m.priorities[0].name, "Ours renamed the first");
    assert_eq!(m.priorities[0].owner, Some(chen));
    assert_eq!(m.priorities[1].why, "Theirs gave a reason");
    assert!(validate(&m).is_empty());
}

fn new_priority(id: u64, name: &str) -> Priority {
    Priority {
        id: Id(id),
        name: name.into(),
        why: String::new(),
        owner: None,
        horizon: String::new(),
    }
}

#[test]
fn entities_both_sides_added_with_the_same_id_both_stay_with_fresh_ids() {
    let base = sample();
    let next = base.max_id() + 1;
    let mut ours = base.clone();
    ours.priorities
        .push(new_priority(next, "Ours: hydrogen pilots"));
    let mut theirs = base.clone();
    theirs
        .priorities
        .insert(1, new_priority(next, "Theirs: rail freight"));
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    assert!(m.conflicts.is_empty());
    assert_eq!(m.renumbered.len(), 1);
    let plan = m.resolve(&[]).unwrap();
    let names: Vec<&str> = plan.priorities.iter().map(|p| p.name.as_str()).collect();
    // Theirs went in second, where they put it; ours stays last.
    assert_eq!(names[1], "Theirs: rail freight");
    assert_eq!(*names.last().unwrap(), "Ours: hydrogen pilots");
    assert!(validate(&plan).is_empty());
}

#[test]
fn both_sides_adding_at_the_end_keeps_ours_first_then_theirs() {
    let base = sample();
    let mut ours = base.clone();
    ours.priorities.push(new_priority(9001, "A"));
    let mut theirs = base.clone();
    theirs.priorities.push(new_priority(9002, "B"));
    let m = merged(&base, &ours, &theirs);
    let n = m.priorities.len();
    assert_eq!(m.priorities[n - 2].name, "A");
    assert_eq!(m.priorities[n - 1].name, "B");
}

#[test]
fn a_reorder_on_one_side_and_an_edit_on_the_other_combine() {
    let base = sample();
    let mut ours = base.clone();
    ours.priorities.swap(0, 2);
    let mut theirs = base.clone();
    theirs.priorities[0].name = "Renamed by them".into();
    let m = merged(&base, &ours, &theirs);
    assert_eq!(m.priorities[2].id, base.priorities[0].id);
    assert_eq!(m.priorities[2].name, "Renamed by them");
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_decided_by_either_side() {
    let base = sample();
    let mut ours = base.clone();
    ours.priorities[0].name = "Ours".into();
    let mut theirs = base.clone();
    theirs.priorities[0].name = "Theirs".into();
    theirs.priorities[1].why = "No conflict here".into();
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::Value);
    let (title, o, t) = describe_conflict(&m.conflicts[0], &m.names());
    assert!(title.starts_with("Strategic priority “"), "{title}");
    assert!(title.ends_with(": name"), "{title}");
    assert_eq!((o.as_str(), t.as_str()), ("“Ours”", "“Theirs”"));
    let a = m.take(Side::Ours).unwrap();
    let b = m.take(Side::Theirs).unwrap();
    assert_eq!(a.priorities[0].name, "Ours");
    assert_eq!(b.priorities[0].name, "Theirs");
    assert_eq!(a.priorities[1].why, "No conflict here");
    assert_eq!(b.priorities[1].why, "No conflict here");
    assert!(
        m.resolve(&[]).is_err(),
        "undecided conflicts must not resolve"
    );
}

#[test]
fn an_edit_on_one_side_and_a_delete_on_the_other_is_a_conflict() {
    let base = sample();
    let id = base.priorities[0].id;
    let mut ours = base.clone();
    ours.priorities[0].why = "Still needed".into();
    let mut theirs = base.clone();
    theirs.priorities.remove(0);
    theirs.unlink_missing();
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    let c = m
        .conflicts
        .iter()
        .position(|c| c.ours.is_some() && c.theirs.is_none())
        .expect("edit/delete conflict");
    let (title, o, t) = describe_conflict(&m.conflicts[c], &m.names());
    assert!(
        title.contains("removed on one side, changed on the other"),
        "{title}"
    );
    assert_eq!((o.as_str(), t.as_str()), ("kept, changed", "removed"));
    let keep = m.take(Side::Ours).unwrap();
    assert_eq!(keep.priority(id).unwrap().why, "Still needed");
    let drop = m.take(Side::Theirs).unwrap();
    assert!(drop.priority(id).is_none());
    assert!(validate(&drop).is_empty());
}

#[test]
fn a_mark_set_to_different_strengths_is_a_conflict() {
    let base = sample();
    let mut ours = base.clone();
    ours.xmatrix.correlations[0].strength = Strength::Strong;
    let mut theirs = base.clone();
    theirs.xmatrix.correlations[0].strength = Strength::Weak;
    if base.xmatrix.correlations[0].strength == Strength::Strong {
        ours.xmatrix.correlations[0].strength = Strength::Medium;
    }
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    let (title, _, t) = describe_conflict(&m.conflicts[0], &m.names());
    assert!(
        title.starts_with("Xmatrix") || title.starts_with("X-matrix"),
        "{title}"
    );
    assert!(title.contains("mark “"), "{title}");
    assert_eq!(t, "weak");
    let plan = m.take(Side::Theirs).unwrap();
    assert_eq!(plan.xmatrix.correlations[0].strength, Strength::Weak);
}

#[test]
fn both_sides_reordering_differently_is_an_order_conflict() {
    let base = sample();
    let mut ours = base.clone();
    ours.priorities.swap(0, 1);
    let mut theirs = base.clone();
    theirs.priorities.swap(1, 2);
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::Order);
    let ids = |p: &Plan| p.priorities.iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(ids(&m.take(Side::Ours).unwrap()), ids(&ours));
    assert_eq!(ids(&m.take(Side::Theirs).unwrap()), ids(&theirs));
}

#[test]
fn a_removed_person_still_used_on_the_other_side_is_a_conflict_not_a_broken_file() {
    let base = sample();
    let gone = base.people.last().unwrap().id;
    let mut ours = base.clone();
    ours.people.retain(|p| p.id != gone);
    ours.unlink_missing();
    let mut theirs = base.clone();
    theirs.priorities[0].owner = Some(gone);
    let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
    let c = m
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::RemovedButUsed)
        .expect("removed-but-used conflict");
    let (title, o, t) = describe_conflict(c, &m.names());
    assert!(title.starts_with("Person “"), "{title}");
    assert_eq!((o.as_str(), t.as_str()), ("removed", "kept"));
    for side in [Side::Ours, Side::Theirs] {
        let plan = m.take(side).unwrap();
        assert!(
            validate(&plan).is_empty(),
            "{side:?}: {:?}",
            validate(&plan)
        );
    }
    assert!(m.take(Side::Ours).unwrap().person(gone).is_none());
    assert_eq!(
        m.take(Side::Theirs).unwrap().priorities[0].owner,
        Some(gone)
    );
}

#[test]
fn a_two_way_merge_asks_about_every_difference() {
    let base = sample();
    let mut theirs = base.clone();
    theirs.priorities[0].name = "Changed".into();
    theirs.title = "Another title".into();
    let m = merge::merge(None, &base, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 2);
    assert_eq!(m.take(Side::Theirs).unwrap().title, "Another title");
    assert_eq!(m.take(Side::Ours).unwrap().title, base.title);
}

#[test]
fn diff_names_changes_the_way_a_person_does() {
    let old = sample();
    let mut new = old.clone();
    let tomas = old.priorities[0].owner.unwrap();
    let other = new.people.iter().find(|p| p.id != tomas).unwrap().id;
    new.priorities[0].owner = Some(other);
    new.priorities.push(new_priority(9001, "Rail freight"));
    new.okrs[0].key_results.remove(0);
    new.unlink_missing();
    let names = Names::of(&[&new, &old]);
    let text: Vec<String> = merge::diff(&old, &new)
        .unwrap()
        .iter()
        .map(|c| describe_change(c, &names))
        .collect();
    let owner = format!(
        "Strategic priority “{}”: owner {} → {}",
        old.priorities[0].name,
        old.person_name(Some(tomas)),
        new.person_name(Some(other))
    );
    assert!(text.contains(&owner), "{text:#?}");
    assert!(
        text.contains(&"Strategic priority “Rail freight” added".to_owned()),
        "{text:#?}"
    );
    let kr = &old.okrs[0].key_results[0];
    assert!(
        text.iter().any(|t| t.starts_with(&format!(
            "Key result “{}” removed in OKR objective",
            kr.name
        ))),
        "{text:#?}"
    );
    assert!(merge::diff(&old, &old).unwrap().is_empty());
}

/// An edit a participant might make to a plan; each touches only items of its own parity, so
/// edits of the two sides never overlap.
#[derive(Clone, Debug)]
enum Op {
    RenamePriority(usize, String),
    OwnPriority(usize, usize),
    RenameOkr(usize, String),
    RemoveKeyResult(usize),
    AddPriority(String),
    SetWhy(usize, String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..8usize, "[A-Za-zäöü ]{1,12}").prop_map(|(i, s)| Op::RenamePriority(i, s)),
        (0..8usize, 0..8usize).prop_map(|(i, p)| Op::OwnPriority(i, p)),
        (0..12usize, "[A-Za-z ]{1,12}").prop_map(|(i, s)| Op::RenameOkr(i, s)),
        (0..12usize).prop_map(Op::RemoveKeyResult),
        "[A-Za-z ]{1,12}".prop_map(Op::AddPriority),
        (0..12usize, "[a-z ]{0,12}").prop_map(|(i, s)| Op::SetWhy(i, s)),
    ]
}

/// Applies `op` for side `parity` (0 or 1) to the items whose base position has that parity.
fn apply(plan: &mut Plan, base: &Plan, op: &Op, parity: usize, next_id: &mut u64) {
    let pick = |n: usize, i: usize| {
        let k = (i / 2) * 2 + parity;
        (k < n).then_some(k)
    };
    let prio = |plan: &Plan, i: usize| {
        pick(base.priorities.len(), i).and_then(|k| plan.priority_index(base.priorities[k].id))
    };
    let okr = |plan: &Plan, i: usize| {
        pick(base.okrs.len(), i)
            .and_then(|k| plan.okrs.iter().position(|o| o.id == base.okrs[k].id))
    };
    match op {
        Op::RenamePriority(i, s) => {
            if let Some(k) = prio(plan, *i) {
                plan.priorities[k].name.clone_from(s);
            }
        }
        Op::OwnPriority(i, p) => {
            if let Some(k) = prio(plan, *i) {
                let person = base.people[p % base.people.len()].id;
                plan.priorities[k].owner = Some(person);
            }
        }
        Op::RenameOkr(i, s) => {
            if let Some(k) = okr(plan, *i) {
                plan.okrs[k].name.clone_from(s);
            }
        }
        Op::SetWhy(i, s) => {
            if let Some(k) = okr(plan, *i) {
                plan.okrs[k].why.clone_from(s);
            }
        }
        Op::RemoveKeyResult(i) => {
            if let Some(k) = okr(plan, *i)
                && !plan.okrs[k].key_results.is_empty()
            {
                plan.okrs[k].key_results.remove(0);
                plan.unlink_missing();
            }
        }
        Op::AddPriority(s) => {
            plan.priorities.push(new_priority(*next_id, s));
            *next_id += 1;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn non_overlapping_edit_sequences_on_two_copies_commute(
        a in proptest::collection::vec(op(), 0..6),
        b in proptest::collection::vec(op(), 0..6),
    ) {
        let base = sample();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let (mut next_a, mut next_b) = (50_000, 60_000);
        for o in &a { apply(&mut ours, &base, o, 0, &mut next_a); }
        for o in &b { apply(&mut theirs, &base, o, 1, &mut next_b); }
        // Applying both sequences one after the other is what the merge must give.
        let mut both = ours.clone();
        let mut next = 60_000;
        for o in &b { apply(&mut both, &base, o, 1, &mut next); }
        let m = merge::merge(Some(&base), &ours, &theirs).unwrap();
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let plan = m.resolve(&[]).unwrap();
        let (mut plan, mut both) = (plan, both);
        plan.lineage = both.lineage.clone();
        canonicalize(&mut plan);
        canonicalize(&mut both);
        prop_assert_eq!(&plan, &both);
        // And the other way round.
        let mut swapped = theirs.clone();
        let mut next = 50_000;
        for o in &a { apply(&mut swapped, &base, o, 0, &mut next); }
        let mut back = merge::merge(Some(&base), &theirs, &ours).unwrap().resolve(&[]).unwrap();
        back.lineage = swapped.lineage.clone();
        canonicalize(&mut back);
        canonicalize(&mut swapped);
        prop_assert_eq!(back, swapped);
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(a in proptest::collection::vec(op(), 0..8)) {
        let base = sample();
        let mut x = base.clone();
        let mut next = 50_000;
        for o in &a { apply(&mut x, &base, o, 0, &mut next); apply(&mut x, &base, o, 1, &mut next); }
        let mut left = merged(&base, &x, &base);
        let mut right = merged(&base, &base, &x);
        for p in [&mut left, &mut right] { p.lineage = x.lineage.clone(); canonicalize(p); }
        canonicalize(&mut x);
        prop_assert_eq!(&left, &x);
        prop_assert_eq!(&right, &x);
    }
}
