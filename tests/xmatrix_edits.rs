//! X-matrix edits on the model: marks cycle, reorder and delete keep marks on the right items
//! (by id), and every change undoes exactly.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::edit::{Edit, Session};
use catchball::file;
use catchball::model::{Corner, Id, Person, Role, Strength, XItem, XMetric};

fn session() -> Session {
    Session::opened(catchball::sample::sample_plan().unwrap())
}

/// B1 = 40, B2 = 41 … A1 = 50 … I1 = 60 … M1 = 70 … in the sample.
const B1: Id = Id(40);
const A1: Id = Id(50);
const A2: Id = Id(51);
const I1: Id = Id(60);
const M1: Id = Id(70);

fn mark(s: &Session, corner: Corner, a: Id, b: Id) -> Option<Strength> {
    s.plan().xmatrix.mark(corner, a, b).map(|c| c.strength)
}

#[test]
fn the_mark_cycle_goes_empty_strong_medium_weak_empty() {
    let mut s = session();
    let (a, b) = (B1, A2);
    let mut seen = Vec::new();
    for _ in 0..4 {
        let next = Strength::cycle(mark(&s, Corner::BottomLeft, a, b));
        s.apply(Edit::SetCorrelation {
            corner: Corner::BottomLeft,
            a,
            b,
            value: next.map(|st| (st, String::new())),
        })
        .unwrap();
        seen.push(mark(&s, Corner::BottomLeft, a, b));
    }
    assert_eq!(
        seen,
        [
            Some(Strength::Strong),
            Some(Strength::Medium),
            Some(Strength::Weak),
            None
        ]
    );
}

#[test]
fn marks_stay_sorted_so_files_stay_canonical() {
    let mut s = session();
    s.apply(Edit::SetCorrelation {
        corner: Corner::TopRight,
        a: Id(65),
        b: Id(77),
        value: Some((Strength::Weak, "why not".into())),
    })
    .unwrap();
    let keys: Vec<_> = s
        .plan()
        .xmatrix
        .correlations
        .iter()
        .map(|c| (c.corner, c.a, c.b))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn a_mark_must_join_items_of_its_corner() {
    let mut s = session();
    let wrong = Edit::SetCorrelation {
        corner: Corner::BottomLeft,
        a: A1, // an annual objective where a breakthrough belongs
        b: A2,
        value: Some((Strength::Strong, String::new())),
    };
    assert!(s.apply(wrong).is_err());
}

#[test]
fn reordering_keeps_marks_on_the_same_items() {
    let mut s = session();
    let before = mark(&s, Corner::BottomLeft, B1, A1);
    assert_eq!(before, Some(Strength::Strong));
    s.apply(Edit::MoveXItem { id: A1, to: 5 }).unwrap();
    assert_eq!(s.plan().xmatrix.annuals[5].id, A1);
    assert_eq!(mark(&s, Corner::BottomLeft, B1, A1), before);
    s.apply(Edit::MoveXItem { id: B1, to: 3 }).unwrap();
    assert_eq!(mark(&s, Corner::BottomLeft, B1, A1), before);
    s.undo().unwrap();
    s.undo().unwrap();
    assert_eq!(s.plan().xmatrix.annuals[0].id, A1);
    assert_eq!(s.plan().xmatrix.breakthroughs[0].id, B1);
}

#[test]
fn deleting_an_item_removes_its_marks_roles_and_links_and_undo_restores_them() {
    let mut s = session();
    let original = file::to_text(s.plan()).unwrap();
    s.apply(Edit::RemoveXItem(I1)).unwrap();
    let x = &s.plan().xmatrix;
    assert!(x.locate(I1).is_none());
    assert!(x.correlations.iter().all(|c| c.a != I1 && c.b != I1));
    assert!(x.assignments.iter().all(|a| a.item != I1));
    assert!(catchball::model::validate(s.plan()).is_empty());
    // Other marks are untouched.
    assert_eq!(mark(&s, Corner::BottomLeft, B1, A1), Some(Strength::Strong));
    s.undo().unwrap();
    assert_eq!(file::to_text(s.plan()).unwrap(), original);

    s.apply(Edit::RemoveXItem(M1)).unwrap();
    assert!(
        s.plan()
            .scorecard
            .objectives
            .iter()
            .all(|o| !o.metrics.contains(&M1))
    );
    s.undo().unwrap();
    assert_eq!(file::to_text(s.plan()).unwrap(), original);
}

#[test]
fn items_and_metrics_are_added_and_renamed() {
    let mut s = session();
    let id = s.fresh_id();
    s.apply(Edit::InsertXItem {
        arm: catchball::model::Arm::West,
        index: 6,
        item: XItem {
            id,
            name: "Open a rail hub".into(),
            note: String::new(),
        },
    })
    .unwrap();
    assert_eq!(s.plan().xmatrix.annuals[6].name, "Open a rail hub");
    s.apply(Edit::UpdateXItem(XItem {
        id,
        name: "Open two rail hubs".into(),
        note: String::new(),
    }))
    .unwrap();
    assert_eq!(s.plan().xmatrix.annuals[6].name, "Open two rail hubs");
    let m = s.fresh_id();
    s.apply(Edit::InsertMetric {
        index: 0,
        metric: XMetric {
            id: m,
            name: "Rail share".into(),
            unit: "%".into(),
            target: Some(10.0),
            direction: catchball::model::Direction::HigherIsBetter,
            rubric: Vec::new(),
        },
    })
    .unwrap();
    assert_eq!(s.plan().xmatrix.metrics[0].id, m);
    assert!(catchball::model::validate(s.plan()).is_empty());
}

#[test]
fn roles_and_people_columns() {
    let mut s = session();
    let person = Id(7);
    s.apply(Edit::SetRole {
        item: I1,
        person,
        role: Some(Role::Lead),
    })
    .unwrap();
    assert_eq!(s.plan().xmatrix.role(I1, person), Some(Role::Lead));
    s.apply(Edit::RemoveXPerson(person)).unwrap();
    assert!(!s.plan().xmatrix.people.contains(&person));
    assert!(
        s.plan()
            .xmatrix
            .assignments
            .iter()
            .all(|a| a.person != person)
    );
    assert!(
        s.plan().person(person).is_some(),
        "the person stays in the plan"
    );
    s.undo().unwrap();
    assert_eq!(s.plan().xmatrix.role(I1, person), Some(Role::Lead));
    assert_eq!(
        s.plan().xmatrix.people.iter().position(|&p| p == person),
        Some(6)
    );
}

#[test]
fn a_new_person_can_join_the_matrix() {
    let mut s = session();
    let id = s.fresh_id();
    s.apply(Edit::Batch(vec![
        Edit::InsertPerson {
            index: 8,
            person: Person {
                id,
                name: "Nadia Kowalski".into(),
                role: "Data lead".into(),
                team: None,
            },
        },
        Edit::InsertXPerson {
            index: 8,
            person: id,
        },
    ]))
    .unwrap();
    assert_eq!(s.plan().xmatrix.people.last(), Some(&id));
    s.undo().unwrap();
    assert!(s.plan().person(id).is_none());
    assert!(!s.plan().xmatrix.people.contains(&id));
}

#[test]
fn a_linked_person_cannot_be_deleted() {
    let mut s = session();
    assert!(s.apply(Edit::RemovePerson(Id(5))).is_err());
}
