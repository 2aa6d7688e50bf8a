//! Walks a plan: every entity with its id and kind, and every link from one entity to another.
//! Validation, the audit and "jump to item" all read the plan through these lists.

use super::{Corner, Id, Plan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum EntityKind {
    Person,
    Team,
    VisionTarget,
    Priority,
    Breakthrough,
    Annual,
    Improvement,
    Metric,
    Perspective,
    BscObjective,
    Measure,
    Initiative,
    OkrObjective,
    KeyResult,
    Dependency,
    Decision,
    Note,
    Proposal,
    DotVote,
    ConfidenceRound,
}

impl EntityKind {
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Team => "team",
            EntityKind::VisionTarget => "vision target",
            EntityKind::Priority => "strategic priority",
            EntityKind::Breakthrough => "breakthrough objective",
            EntityKind::Annual => "annual objective",
            EntityKind::Improvement => "improvement priority",
            EntityKind::Metric => "metric",
            EntityKind::Perspective => "scorecard perspective",
            EntityKind::BscObjective => "scorecard objective",
            EntityKind::Measure => "measure",
            EntityKind::Initiative => "initiative",
            EntityKind::OkrObjective => "OKR objective",
            EntityKind::KeyResult => "key result",
            EntityKind::Dependency => "dependency",
            EntityKind::Decision => "decision",
            EntityKind::Note => "parking-lot note",
            EntityKind::Proposal => "proposal",
            EntityKind::DotVote => "dot vote",
            EntityKind::ConfidenceRound => "confidence round",
        }
    }
}

/// One entity of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityRef<'a> {
    pub id: Id,
    pub kind: EntityKind,
    pub name: &'a str,
}

/// A link from an entity (`from`, described by `field`) to `to`, which must be one of `expect`.
/// `from` is `None` for links held by the plan itself (the X-matrix people columns).
#[derive(Clone, Debug)]
pub struct Link {
    pub from: Option<Id>,
    pub field: &'static str,
    pub to: Id,
    pub expect: &'static [EntityKind],
}

impl Plan {
    /// Every entity that carries an id, in file order.
    pub fn entities(&self) -> Vec<EntityRef<'_>> {
        let mut out = Vec::new();
        macro_rules! add {
            ($id:expr, $kind:expr, $name:expr) => {
                out.push(EntityRef {
                    id: $id,
                    kind: $kind,
                    name: $name,
                })
            };
        }
        for p in &self.people {
            add!(p.id, EntityKind::Person, &p.name);
        }
        for t in &self.teams {
            add!(t.id, EntityKind::Team, &t.name);
        }
        for t in &self.vision.targets {
            add!(t.id, EntityKind::VisionTarget, &t.metric);
        }
        for p in &self.priorities {
            add!(p.id, EntityKind::Priority, &p.name);
        }
        let x = &self.xmatrix;
        for i in &x.breakthroughs {
            add!(i.id, EntityKind::Breakthrough, &i.name);
        }
        for i in &x.annuals {
            add!(i.id, EntityKind::Annual, &i.name);
        }
        for i in &x.improvements {
            add!(i.id, EntityKind::Improvement, &i.name);
        }
        for m in &x.metrics {
            add!(m.id, EntityKind::Metric, &m.name);
        }
        for p in &self.scorecard.perspectives {
            add!(p.id, EntityKind::Perspective, &p.name);
        }
        for o in &self.scorecard.objectives {
            add!(o.id, EntityKind::BscObjective, &o.name);
            for m in &o.measures {
                add!(m.id, EntityKind::Measure, &m.name);
            }
            for i in &o.initiatives {
                add!(i.id, EntityKind::Initiative, &i.name);
            }
        }
        for o in &self.okrs {
            add!(o.id, EntityKind::OkrObjective, &o.name);
            for k in &o.key_results {
                add!(k.id, EntityKind::KeyResult, &k.name);
            }
        }
        for d in &self.dependencies {
            add!(d.id, EntityKind::Dependency, &d.note);
        }
        let w = &self.workshop;
        for d in &w.decisions {
            add!(d.id, EntityKind::Decision, &d.text);
        }
        for n in &w.parking_lot {
            add!(n.id, EntityKind::Note, &n.text);
        }
        for p in &w.proposals {
            add!(p.id, EntityKind::Proposal, "");
        }
        for v in &w.votes {
            add!(v.id, EntityKind::DotVote, &v.question);
        }
        for r in &w.confidence_rounds {
            add!(r.id, EntityKind::ConfidenceRound, &r.question);
        }
        out
    }

    /// Every id-to-id link in the plan, with the kinds it may point to.
    pub fn links(&self) -> Vec<Link> {
        use EntityKind as K;
        const PERSON: &[EntityKind] = &[K::Person];
        const OKR_ITEM: &[EntityKind] = &[K::OkrObjective, K::KeyResult];
        const ANY: &[EntityKind] = &[
            K::Person,
            K::Team,
            K::VisionTarget,
            K::Priority,
            K::Breakthrough,
            K::Annual,
            K::Improvement,
            K::Metric,
            K::BscObjective,
            K::Measure,
            K::Initiative,
            K::OkrObjective,
            K::KeyResult,
        ];
        // Dots go on anything on the wall, parking-lot notes too.
        const VOTABLE: &[EntityKind] = &[
            K::Priority,
            K::Breakthrough,
            K::Annual,
            K::Improvement,
            K::Metric,
            K::BscObjective,
            K::Measure,
            K::Initiative,
            K::OkrObjective,
            K::KeyResult,
            K::Note,
        ];
        // Findings are about any item, dependencies and perspectives too.
        const MUTABLE: &[EntityKind] = &[
            K::Person,
            K::Team,
            K::VisionTarget,
            K::Priority,
            K::Breakthrough,
            K::Annual,
            K::Improvement,
            K::Metric,
            K::Perspective,
            K::BscObjective,
            K::Measure,
            K::Initiative,
            K::OkrObjective,
            K::KeyResult,
            K::Dependency,
        ];
        let x = &self.xmatrix;
        let mut out: Vec<Link> = x
            .people
            .iter()
            .map(|&person| Link {
                from: None,
                field: "X-matrix people column",
                to: person,
                expect: PERSON,
            })
            .collect();
        let mut link = |from: Id, field, to: Option<Id>, expect| {
            if let Some(to) = to {
                out.push(Link {
                    from: Some(from),
                    field,
                    to,
                    expect,
                });
            }
        };
        let owner: &[EntityKind] = &[K::Person, K::Team];
        for p in &self.people {
            link(p.id, "team", p.team, &[K::Team]);
        }
        for t in &self.teams {
            link(t.id, "parent team", t.parent, &[K::Team]);
        }
        for p in &self.priorities {
            link(p.id, "owner", p.owner, PERSON);
        }
        for c in &x.correlations {
            let (ka, kb): (&[EntityKind], &[EntityKind]) = match c.corner {
                Corner::BottomLeft => (&[K::Breakthrough], &[K::Annual]),
                Corner::TopLeft => (&[K::Annual], &[K::Improvement]),
                Corner::TopRight => (&[K::Improvement], &[K::Metric]),
                Corner::BottomRight => (&[K::Breakthrough], &[K::Metric]),
            };
            link(c.b, "correlation", Some(c.a), ka);
            link(c.a, "correlation", Some(c.b), kb);
        }
        for a in &x.assignments {
            link(a.person, "assignment", Some(a.item), &[K::Improvement]);
            link(a.item, "assignment", Some(a.person), PERSON);
        }
        let s = &self.scorecard;
        for o in &s.objectives {
            link(o.id, "perspective", Some(o.perspective), &[K::Perspective]);
            link(o.id, "owner", o.owner, PERSON);
            for &p in &o.priorities {
                link(o.id, "priority", Some(p), &[K::Priority]);
            }
            for &m in &o.metrics {
                link(o.id, "metric", Some(m), &[K::Metric]);
            }
            for i in &o.initiatives {
                link(i.id, "owner", i.owner, PERSON);
            }
        }
        for l in &s.links {
            link(l.effect, "cause", Some(l.cause), &[K::BscObjective]);
            link(l.cause, "effect", Some(l.effect), &[K::BscObjective]);
        }
        for o in &self.okrs {
            link(o.id, "team", o.team, &[K::Team]);
            link(o.id, "owner", o.owner, owner);
            link(o.id, "priority", o.priority, &[K::Priority]);
            link(o.id, "parent", o.parent, &[K::OkrObjective]);
            for k in &o.key_results {
                link(k.id, "owner", k.owner, owner);
                for c in &k.check_ins {
                    link(k.id, "check-in by", c.who, PERSON);
                }
            }
        }
        for d in &self.dependencies {
            link(d.id, "from", Some(d.from), OKR_ITEM);
            link(d.id, "on", Some(d.on), OKR_ITEM);
        }
        let w = &self.workshop;
        for v in &w.votes {
            for &item in &v.items {
                link(v.id, "voted on", Some(item), VOTABLE);
            }
            for b in &v.ballots {
                for &dot in &b.dots {
                    link(v.id, "dot", Some(dot), VOTABLE);
                }
            }
        }
        for r in &w.confidence_rounds {
            for &item in &r.about {
                link(r.id, "about", Some(item), OKR_ITEM);
            }
        }
        for d in &w.decisions {
            link(d.id, "about", d.about, ANY);
        }
        for p in &w.proposals {
            link(p.id, "item", Some(p.item), ANY);
            link(p.id, "proposed to", p.team, &[K::Team]);
            for h in &p.history {
                link(p.id, "changed by", h.who, PERSON);
            }
        }
        for m in &self.mutes {
            if let Some(item) = m.item {
                out.push(Link {
                    from: None,
                    field: "muted audit finding",
                    to: item,
                    expect: MUTABLE,
                });
            }
        }
        out
    }
}
