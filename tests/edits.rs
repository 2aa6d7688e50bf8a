//! Edits and history: every edit undoes exactly, typing merges, the saved marker follows undo.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::edit::{Edit, Session, TextField};
use catchball::file;
use catchball::model::{Arm, Corner, Id, Priority, Role, Strength};
use proptest::prelude::*;

fn sample_session() -> Session {
    Session::opened(catchball::sample::sample_plan().unwrap())
}

fn rename(session: &Session, index: usize, name: &str) -> Edit {
    Edit::UpdatePriority(Priority {
        name: name.into(),
        ..session.plan().priorities[index].clone()
    })
}

#[test]
fn undo_restores_renamed_priority() {
    let mut s = sample_session();
    let before = s.plan().priorities[0].name.clone();
    s.apply(rename(&s, 0, "Electrify everything")).unwrap();
    assert_eq!(s.plan().priorities[0].name, "Electrify everything");
    assert!(s.is_dirty());
    s.undo().unwrap();
    assert_eq!(s.plan().priorities[0].name, before);
    assert!(
        !s.is_dirty(),
        "undo back to the saved state clears the marker"
    );
    s.redo().unwrap();
    assert_eq!(s.plan().priorities[0].name, "Electrify everything");
    assert!(s.is_dirty());
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut s = sample_session();
    let before = s.plan().title.clone();
    for text in ["N", "Ne", "New", "New t", "New title"] {
        s.apply(Edit::SetText {
            field: TextField::Title,
            value: text.into(),
        })
        .unwrap();
    }
    s.undo().unwrap();
    assert_eq!(s.plan().title, before);
    assert!(!s.history().can_undo());
}

#[test]
fn sealing_starts_a_new_step() {
    let mut s = sample_session();
    let set = |v: &str| Edit::SetText {
        field: TextField::Title,
        value: v.into(),
    };
    s.apply(set("one")).unwrap();
    s.seal();
    s.apply(set("two")).unwrap();
    s.undo().unwrap();
    assert_eq!(s.plan().title, "one");
}

#[test]
fn typing_does_not_merge_across_a_save() {
    let mut s = sample_session();
    let set = |v: &str| Edit::SetText {
        field: TextField::Title,
        value: v.into(),
    };
    s.apply(set("saved title")).unwrap();
    s.mark_saved();
    s.apply(set("saved title and more")).unwrap();
    s.undo().unwrap();
    assert_eq!(s.plan().title, "saved title");
    assert!(!s.is_dirty());
}

#[test]
fn a_new_edit_after_undo_keeps_the_document_dirty() {
    let mut s = sample_session();
    s.apply(rename(&s, 0, "A")).unwrap();
    s.mark_saved();
    s.undo().unwrap();
    assert!(s.is_dirty(), "the saved file has “A”");
    s.apply(rename(&s, 1, "B")).unwrap();
    assert!(s.is_dirty());
}

#[test]
fn deleting_a_priority_unlinks_it_and_undo_relinks() {
    let mut s = sample_session();
    let original = file::to_text(s.plan()).unwrap();
    let id = s.plan().priorities[1].id; // "Delight customers", linked from OKRs and scorecard
    assert!(s.plan().okrs.iter().any(|o| o.priority == Some(id)));
    s.apply(Edit::RemovePriority(id)).unwrap();
    let plan = s.plan();
    assert!(plan.priority(id).is_none());
    assert!(plan.okrs.iter().all(|o| o.priority != Some(id)));
    assert!(
        plan.scorecard
            .objectives
            .iter()
            .all(|o| !o.priorities.contains(&id))
    );
    assert!(
        plan.workshop
            .votes
            .iter()
            .all(|v| !v.items.contains(&id) && v.ballots.iter().all(|b| !b.dots.contains(&id)))
    );
    assert!(catchball::model::validate(plan).is_empty());
    s.undo().unwrap();
    assert_eq!(file::to_text(s.plan()).unwrap(), original);
}

#[test]
fn moving_a_priority_keeps_its_id_and_undo_moves_it_back() {
    let mut s = sample_session();
    let ids: Vec<Id> = s.plan().priorities.iter().map(|p| p.id).collect();
    s.apply(Edit::MovePriority { id: ids[0], to: 3 }).unwrap();
    let now: Vec<Id> = s.plan().priorities.iter().map(|p| p.id).collect();
    assert_eq!(now, [ids[1], ids[2], ids[3], ids[0]]);
    s.undo().unwrap();
    let back: Vec<Id> = s.plan().priorities.iter().map(|p| p.id).collect();
    assert_eq!(back, ids);
}

#[test]
fn invalid_edits_are_refused_and_change_nothing() {
    let mut s = sample_session();
    let before = s.plan().clone();
    assert!(s.apply(Edit::RemovePriority(Id(9999))).is_err());
    assert!(
        s.apply(Edit::MovePriority {
            id: before.priorities[0].id,
            to: 99
        })
        .is_err()
    );
    let dup = Priority::new(before.people[0].id, "Clash");
    assert!(
        s.apply(Edit::InsertPriority {
            index: 0,
            priority: dup
        })
        .is_err()
    );
    let batch = Edit::Batch(vec![
        rename(&s, 0, "changed"),
        Edit::RemovePriority(Id(9999)),
    ]);
    assert!(s.apply(batch).is_err());
    assert_eq!(s.plan(), &before);
    assert!(!s.history().can_undo());
}

#[test]
fn fresh_ids_are_never_reused_in_a_session() {
    let mut s = sample_session();
    let a = s.fresh_id();
    s.apply(Edit::InsertPriority {
        index: 0,
        priority: Priority::new(a, "A"),
    })
    .unwrap();
    s.undo().unwrap();
    let b = s.fresh_id();
    assert_ne!(a, b);
    assert!(s.plan().entities().iter().all(|e| e.id != b));
}

/// One random step, interpreted against the current plan so that it is always meaningful.
#[derive(Clone, Debug)]
enum Op {
    Title(String),
    Why(String),
    Year(Option<i32>),
    AddPriority(usize, String),
    Rename(usize, String),
    Owner(usize, usize),
    Move(usize, usize),
    Remove(usize),
    AddTarget(String, f64),
    RemoveTarget(usize),
    Mark(usize, usize, usize, Option<u8>),
    Role(usize, usize, Option<u8>),
    MoveX(usize, usize, usize),
    RemoveX(usize, usize),
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    // Names are one line (the editor cannot type a line break into one); whys may have several.
    let text = "[a-zA-Z é●–\"\\\\]{0,12}";
    let paragraph = "[a-zA-Z é●–\"\\\\\n]{0,12}";
    prop_oneof![
        text.prop_map(Op::Title),
        paragraph.prop_map(Op::Why),
        proptest::option::of(1990..2100i32).prop_map(Op::Year),
        (0..8usize, text).prop_map(|(i, t)| Op::AddPriority(i, t)),
        (0..8usize, text).prop_map(|(i, t)| Op::Rename(i, t)),
        (0..8usize, 0..10usize).prop_map(|(i, p)| Op::Owner(i, p)),
        (0..8usize, 0..8usize).prop_map(|(i, j)| Op::Move(i, j)),
        (0..8usize).prop_map(Op::Remove),
        (text, -1e6..1e6f64).prop_map(|(t, v)| Op::AddTarget(t, v)),
        (0..5usize).prop_map(Op::RemoveTarget),
        (
            0..4usize,
            0..10usize,
            0..10usize,
            proptest::option::of(0..3u8)
        )
            .prop_map(|(c, i, j, m)| Op::Mark(c, i, j, m)),
        (0..8usize, 0..10usize, proptest::option::of(0..3u8))
            .prop_map(|(i, p, r)| Op::Role(i, p, r)),
        (0..4usize, 0..10usize, 0..10usize).prop_map(|(a, i, j)| Op::MoveX(a, i, j)),
        (0..4usize, 0..10usize).prop_map(|(a, i)| Op::RemoveX(a, i)),
        Just(Op::Undo),
    ]
}

/// Indexes are taken modulo the list they pick from, so any op is meaningful.
#[allow(clippy::many_single_char_names)]
fn to_edit(s: &mut Session, op: &Op) -> Option<Edit> {
    let plan = s.plan();
    let n = plan.priorities.len();
    let pick = |i: usize| (n > 0).then(|| plan.priorities[i % n].clone());
    Some(match op.clone() {
        Op::Title(t) => Edit::SetText {
            field: TextField::Title,
            value: t,
        },
        Op::Why(t) => Edit::SetText {
            field: TextField::VisionWhy,
            value: t,
        },
        Op::Year(y) => Edit::SetVisionYear(y),
        Op::AddPriority(i, t) => {
            let index = i.min(n);
            let id = s.fresh_id();
            Edit::InsertPriority {
                index,
                priority: Priority::new(id, t),
            }
        }
        Op::Rename(i, t) => Edit::UpdatePriority(Priority {
            name: t,
            ..pick(i)?
        }),
        Op::Owner(i, p) => {
            let owner = plan.people.get(p).map(|x| x.id);
            Edit::UpdatePriority(Priority { owner, ..pick(i)? })
        }
        Op::Move(i, j) => Edit::MovePriority {
            id: pick(i)?.id,
            to: j % n,
        },
        Op::Remove(i) => Edit::RemovePriority(pick(i)?.id),
        Op::AddTarget(metric, value) => {
            let index = plan.vision.targets.len();
            let id = s.fresh_id();
            Edit::InsertVisionTarget {
                index,
                target: catchball::model::VisionTarget {
                    id,
                    metric,
                    value,
                    unit: "%".into(),
                    by_year: None,
                },
            }
        }
        Op::RemoveTarget(i) => {
            let t = &plan.vision.targets;
            Edit::RemoveVisionTarget(t.get(i % t.len().max(1))?.id)
        }
        Op::Mark(c, i, j, m) => {
            let corner = Corner::ALL[c];
            let (arm_a, arm_b) = corner.arms();
            let (ia, ib) = (plan.xmatrix.arm_ids(arm_a), plan.xmatrix.arm_ids(arm_b));
            let strength =
                m.map(|k| [Strength::Strong, Strength::Medium, Strength::Weak][k as usize]);
            Edit::SetCorrelation {
                corner,
                a: *ia.get(i % ia.len().max(1))?,
                b: *ib.get(j % ib.len().max(1))?,
                value: strength.map(|st| (st, "because".to_owned())),
            }
        }
        Op::Role(i, p, r) => {
            let items = plan.xmatrix.arm_ids(Arm::North);
            let people = &plan.xmatrix.people;
            Edit::SetRole {
                item: *items.get(i % items.len().max(1))?,
                person: *people.get(p % people.len().max(1))?,
                role: r.map(|k| [Role::Lead, Role::Core, Role::Consulted][k as usize]),
            }
        }
        Op::MoveX(a, i, j) => {
            let ids = plan.xmatrix.arm_ids(Arm::CLOCKWISE[a]);
            let n = ids.len().max(1);
            Edit::MoveXItem {
                id: *ids.get(i % n)?,
                to: j % n,
            }
        }
        Op::RemoveX(a, i) => {
            let ids = plan.xmatrix.arm_ids(Arm::CLOCKWISE[a]);
            Edit::RemoveXItem(*ids.get(i % ids.len().max(1))?)
        }
        Op::Undo => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undoing_every_edit_gives_back_the_original_file(ops in proptest::collection::vec(op(), 1..40)) {
        let mut s = sample_session();
        let original = file::to_text(s.plan()).unwrap();
        for op in &ops {
            match to_edit(&mut s, op) {
                Some(edit) => s.apply(edit).unwrap(),
                None => { s.undo().unwrap(); }
            }
            prop_assert!(catchball::model::validate(s.plan()).is_empty());
        }
        let edited = file::to_text(s.plan()).unwrap();
        let mut steps = 0;
        while s.history().can_undo() {
            s.undo().unwrap();
            steps += 1;
        }
        prop_assert_eq!(file::to_text(s.plan()).unwrap(), original);
        prop_assert!(!s.is_dirty());
        for _ in 0..steps {
            s.redo().unwrap();
        }
        prop_assert_eq!(file::to_text(s.plan()).unwrap(), edited);
    }

    #[test]
    fn any_edited_plan_round_trips_through_its_file(ops in proptest::collection::vec(op(), 1..30)) {
        let mut s = sample_session();
        for op in &ops {
            if let Some(edit) = to_edit(&mut s, op) {
                s.apply(edit).unwrap();
            }
        }
        let text = file::to_text(s.plan()).unwrap();
        let back = file::from_text("edited", text.as_bytes()).unwrap().plan;
        prop_assert_eq!(&back, s.plan());
    }
}
