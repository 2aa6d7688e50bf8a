//! The report's OKR sections: objectives with their key results and latest check-ins, per
//! period, and the dependencies between them.

use super::scorecard::total;
use super::{Block, Row, Table, cols, or_dash, row, score_cell};
use crate::model::{Id, KeyResult, OkrObjective, Plan};
use crate::tr;
use std::collections::BTreeMap;

/// The latest check-in: "2027-02-14 · confidence 6/10 · ↗ improving".
pub fn kr_latest(kr: &KeyResult) -> String {
    let Some(last) = kr.check_ins.last() else {
        return tr!("rep-no-check-in");
    };
    let date = crate::i18n::date(last.date);
    let confidence = u32::from(last.confidence);
    match kr.trend() {
        Some(t) => tr!(
            "rep-latest-trend",
            date = date,
            confidence = confidence,
            trend = crate::i18n::trend(t)
        ),
        None => tr!("rep-latest", date = date, confidence = confidence),
    }
}

pub(super) fn okrs(plan: &Plan, out: &mut Vec<Block>) {
    out.push(Block::Section {
        id: "okrs",
        title: tr!("rep-okrs"),
    });
    if plan.okrs.is_empty() {
        out.push(Block::Note(tr!("room-no-okrs")));
        return;
    }
    let scoring = &plan.settings.scoring;
    out.push(Block::Note(tr!(
        "rep-okr-scores",
        amber = crate::i18n::score(scoring.okrs.amber_from),
        green = crate::i18n::score(scoring.okrs.green_from),
        period = &plan.current_period,
        total = total(plan.okr_total(), scoring.okrs, scoring.pass_mark)
    )));
    let mut by_team: BTreeMap<(usize, Option<Id>), Vec<&OkrObjective>> = BTreeMap::new();
    for o in &plan.okrs {
        let order = o
            .team
            .and_then(|t| plan.teams.iter().position(|x| x.id == t))
            .unwrap_or(usize::MAX);
        by_team.entry((order, o.team)).or_default().push(o);
    }
    for ((_, team), objectives) in by_team {
        let name = match team {
            Some(_) => plan.team_name(team).to_owned(),
            None => tr!("rep-no-team"),
        };
        out.push(Block::Heading(name));
        let mut rows = Vec::new();
        for o in objectives {
            let mut about = vec![o.period.clone()];
            if o.owner.is_some() {
                about.push(plan.owner_name(o.owner).to_owned());
            }
            if let Some(p) = o.priority.and_then(|p| plan.priority(p)) {
                about.push(tr!("room-serves", name = &p.name));
            }
            if o.is_closed() {
                about.push(o.state.label().to_owned());
            }
            rows.push(Row {
                strong: true,
                cells: vec![
                    o.name.as_str().into(),
                    about.join(" · ").into(),
                    score_cell(o.score(), plan.settings.scoring.okrs),
                    or_dash(&o.why).into(),
                ],
            });
            for kr in &o.key_results {
                rows.push(row([
                    format!("  ▸ {}", kr.name).into(),
                    format!(
                        "{} · {}",
                        or_dash(plan.owner_name(kr.owner)),
                        kr.state_text()
                    )
                    .into(),
                    score_cell(kr.score(), plan.settings.scoring.okrs),
                    kr_latest(kr).into(),
                ]));
            }
        }
        out.push(Block::Table(Table {
            columns: cols(&[
                &tr!("rep-col-okr"),
                &tr!("rep-col-owner-progress"),
                &tr!("rep-col-score"),
                &tr!("rep-col-why-latest"),
            ]),
            rows,
        }));
    }
    dependencies(plan, out);
}

fn dependencies(plan: &Plan, out: &mut Vec<Block>) {
    if plan.dependencies.is_empty() {
        return;
    }
    let name = |id: Id| {
        plan.okr(id)
            .map(|o| o.name.as_str())
            .or_else(|| plan.key_result(id).map(|(_, k)| k.name.as_str()))
            .unwrap_or("?")
    };
    let team = |id: Id| or_dash(plan.team_name(plan.okr_team(id)));
    out.push(Block::Heading(tr!("rep-dependencies")));
    out.push(Block::Table(Table {
        columns: cols(&[
            &tr!("rep-col-needs"),
            &tr!("rep-col-from"),
            &tr!("rep-col-agreed"),
            &tr!("rep-col-note"),
        ]),
        rows: plan
            .dependencies
            .iter()
            .map(|d| {
                let agreed = match (d.agreed_by_from, d.agreed_by_on) {
                    (true, true) => tr!("rep-agreed-both"),
                    (true, false) => tr!("rep-agreed-from"),
                    (false, true) => tr!("rep-agreed-on"),
                    (false, false) => tr!("rep-agreed-none"),
                };
                row([
                    format!("{} ({})", name(d.from), team(d.from)).into(),
                    format!("{} ({})", name(d.on), team(d.on)).into(),
                    agreed.into(),
                    or_dash(&d.note).into(),
                ])
            })
            .collect(),
    }));
}
