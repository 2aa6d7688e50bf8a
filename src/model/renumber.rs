//! Every id field of a plan, definitions and links alike, for rewriting ids: a merge gives the
//! entities one side added fresh ids when the other side used the same numbers.

use super::{Id, KrKind, Plan};
use std::collections::{BTreeMap, HashSet};

impl Plan {
    /// Calls `f` on every id in the plan: each entity's own id and every link to one.
    pub fn visit_ids_mut(&mut self, f: &mut dyn FnMut(&mut Id)) {
        let opt = |f: &mut dyn FnMut(&mut Id), id: &mut Option<Id>| {
            if let Some(id) = id {
                f(id);
            }
        };
        for p in &mut self.people {
            f(&mut p.id);
            opt(f, &mut p.team);
        }
        for t in &mut self.teams {
            f(&mut t.id);
            opt(f, &mut t.parent);
        }
        for t in &mut self.vision.targets {
            f(&mut t.id);
        }
        for p in &mut self.priorities {
            f(&mut p.id);
            opt(f, &mut p.owner);
        }
        let x = &mut self.xmatrix;
        for i in x
            .breakthroughs
            .iter_mut()
            .chain(&mut x.annuals)
            .chain(&mut x.improvements)
        {
            f(&mut i.id);
        }
        for m in &mut x.metrics {
            f(&mut m.id);
        }
        x.people.iter_mut().for_each(&mut *f);
        for c in &mut x.correlations {
            f(&mut c.a);
            f(&mut c.b);
        }
        for a in &mut x.assignments {
            f(&mut a.item);
            f(&mut a.person);
        }
        let s = &mut self.scorecard;
        for p in &mut s.perspectives {
            f(&mut p.id);
        }
        for o in &mut s.objectives {
            f(&mut o.id);
            f(&mut o.perspective);
            opt(f, &mut o.owner);
            o.priorities.iter_mut().for_each(&mut *f);
            o.metrics.iter_mut().for_each(&mut *f);
            for m in &mut o.measures {
                f(&mut m.id);
            }
            for i in &mut o.initiatives {
                f(&mut i.id);
                opt(f, &mut i.owner);
            }
        }
        for l in &mut s.links {
            f(&mut l.cause);
            f(&mut l.effect);
        }
        for o in &mut self.okrs {
            f(&mut o.id);
            opt(f, &mut o.team);
            opt(f, &mut o.owner);
            opt(f, &mut o.priority);
            opt(f, &mut o.parent);
            for k in &mut o.key_results {
                f(&mut k.id);
                opt(f, &mut k.owner);
                for c in &mut k.check_ins {
                    opt(f, &mut c.who);
                }
                // No kind of key result links to other entities; the match says so to the
                // compiler, so a new kind with a link cannot be forgotten here.
                match &k.kind {
                    KrKind::Metric { .. } | KrKind::Milestone { .. } | KrKind::Ordinal { .. } => {}
                }
            }
        }
        for d in &mut self.dependencies {
            f(&mut d.id);
            f(&mut d.from);
            f(&mut d.on);
        }
        let w = &mut self.workshop;
        for v in &mut w.votes {
            f(&mut v.id);
            v.items.iter_mut().for_each(&mut *f);
            for b in &mut v.ballots {
                b.dots.iter_mut().for_each(&mut *f);
            }
        }
        for r in &mut w.confidence_rounds {
            f(&mut r.id);
            r.about.iter_mut().for_each(&mut *f);
        }
        for d in &mut w.decisions {
            f(&mut d.id);
            opt(f, &mut d.about);
        }
        for n in &mut w.parking_lot {
            f(&mut n.id);
        }
        for p in &mut w.proposals {
            f(&mut p.id);
            f(&mut p.item);
            opt(f, &mut p.team);
            for h in &mut p.history {
                opt(f, &mut h.who);
            }
        }
        for m in &mut self.mutes {
            opt(f, &mut m.item);
        }
    }

    /// Replaces ids by `map` (ids not in it stay), in definitions and links alike.
    pub fn renumber(&mut self, map: &BTreeMap<Id, Id>) {
        self.visit_ids_mut(&mut |id| {
            if let Some(&new) = map.get(id) {
                *id = new;
            }
        });
    }

    /// Drops every link to an entity the plan no longer holds: optional links are cleared,
    /// lists lose the id, and marks, roles, cause→effect links, dependencies, proposals and
    /// mutes about it go; a scorecard objective whose perspective is gone goes with it.
    pub fn unlink_missing(&mut self) {
        loop {
            let ids: HashSet<Id> = self.entities().iter().map(|e| e.id).collect();
            let has = |id: &Id| ids.contains(id);
            let keep = |id: &mut Option<Id>| {
                if id.is_some_and(|i| !ids.contains(&i)) {
                    *id = None;
                }
            };
            let objectives = self.scorecard.objectives.len();
            self.scorecard.objectives.retain(|o| has(&o.perspective));
            for p in &mut self.people {
                keep(&mut p.team);
            }
            for t in &mut self.teams {
                keep(&mut t.parent);
            }
            for p in &mut self.priorities {
                keep(&mut p.owner);
            }
            let x = &mut self.xmatrix;
            x.people.retain(has);
            x.correlations.retain(|c| has(&c.a) && has(&c.b));
            x.assignments.retain(|a| has(&a.item) && has(&a.person));
            let s = &mut self.scorecard;
            for o in &mut s.objectives {
                keep(&mut o.owner);
                o.priorities.retain(has);
                o.metrics.retain(has);
                for i in &mut o.initiatives {
                    keep(&mut i.owner);
                }
            }
            s.links.retain(|l| has(&l.cause) && has(&l.effect));
            for o in &mut self.okrs {
                keep(&mut o.team);
                keep(&mut o.owner);
                keep(&mut o.priority);
                keep(&mut o.parent);
                for k in &mut o.key_results {
                    keep(&mut k.owner);
                    for c in &mut k.check_ins {
                        keep(&mut c.who);
                    }
                }
            }
            self.dependencies.retain(|d| has(&d.from) && has(&d.on));
            let w = &mut self.workshop;
            for v in &mut w.votes {
                v.items.retain(has);
                for b in &mut v.ballots {
                    b.dots.retain(has);
                }
            }
            for r in &mut w.confidence_rounds {
                r.about.retain(has);
            }
            for d in &mut w.decisions {
                keep(&mut d.about);
            }
            w.proposals.retain(|p| has(&p.item));
            for p in &mut w.proposals {
                keep(&mut p.team);
                for h in &mut p.history {
                    keep(&mut h.who);
                }
            }
            self.mutes.retain(|m| m.item.is_none_or(|i| has(&i)));
            // Dropping an objective removes its measures and initiatives: look again.
            if self.scorecard.objectives.len() == objectives {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Id, validate};
    use std::collections::BTreeMap;

    #[test]
    fn renumbering_every_id_keeps_the_plan_valid_and_every_link() {
        let plan = crate::sample::sample_plan().unwrap();
        let mut moved = plan.clone();
        let map: BTreeMap<Id, Id> = plan
            .entities()
            .iter()
            .map(|e| (e.id, Id(e.id.0 + 1_000_000)))
            .collect();
        moved.renumber(&map);
        // A missed definition or link would dangle and fail validation.
        assert!(validate(&moved).is_empty(), "{:?}", validate(&moved));
        let mut seen = 0;
        moved.visit_ids_mut(&mut |id| {
            assert!(id.0 > 1_000_000, "{id} was not renumbered");
            seen += 1;
        });
        assert!(seen > plan.entities().len());
        assert_eq!(plan.links().len(), moved.links().len());
    }

    #[test]
    fn unlinking_a_removed_person_and_perspective_leaves_a_valid_plan() {
        let mut plan = crate::sample::sample_plan().unwrap();
        let person = plan.priorities[0].owner.unwrap();
        plan.people.retain(|p| p.id != person);
        let perspective = plan.scorecard.perspectives[0].id;
        plan.scorecard.perspectives.remove(0);
        assert!(!validate(&plan).is_empty());
        plan.unlink_missing();
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
        assert_eq!(plan.priorities[0].owner, None);
        assert!(
            plan.scorecard
                .objectives
                .iter()
                .all(|o| o.perspective != perspective)
        );
    }
}
