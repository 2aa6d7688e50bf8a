//! Every scored item of a plan with its number and status, for `catchball score` and the
//! totals: measures, scorecard objectives and perspectives, key results, OKR objectives and
//! teams, each judged by the plan's bands for its part.

use super::{Id, OkrObjective, Plan, Status, Thresholds};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScoredKind {
    Measure,
    ScorecardObjective,
    Perspective,
    KeyResult,
    OkrObjective,
    Team,
}

impl ScoredKind {
    pub fn label(self) -> &'static str {
        match self {
            ScoredKind::Measure => "measure",
            ScoredKind::ScorecardObjective => "scorecard-objective",
            ScoredKind::Perspective => "perspective",
            ScoredKind::KeyResult => "key-result",
            ScoredKind::OkrObjective => "okr-objective",
            ScoredKind::Team => "team",
        }
    }
}

/// One scored item. `progress` is the number shown (two decimals; a measure's progress beyond
/// its target stays above 1), `None` when there is no data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scored {
    pub id: u64,
    pub name: String,
    pub kind: ScoredKind,
    pub progress: Option<f64>,
    #[serde(serialize_with = "status_word")]
    pub status: Status,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde hands a reference
fn status_word<S: serde::Serializer>(status: &Status, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match status {
        Status::NoData => "none",
        other => other.label(),
    })
}

fn shown(score: Option<f64>) -> Option<f64> {
    score.map(|s| {
        let r = (s * 100.0).round() / 100.0;
        // Never -0.
        if r == 0.0 { 0.0 } else { r }
    })
}

fn item(id: Id, name: &str, kind: ScoredKind, score: Option<f64>, bands: Thresholds) -> Scored {
    Scored {
        id: id.0,
        name: name.to_owned(),
        kind,
        progress: shown(score),
        status: Status::of(score, bands),
    }
}

impl Plan {
    /// The OKR objectives of a team and the teams inside it, in the current period.
    pub fn team_objectives(&self, team: Id) -> Vec<&OkrObjective> {
        self.okrs
            .iter()
            .filter(|o| o.period == self.current_period)
            .filter(|o| o.team.is_some_and(|t| self.team_within(t, team)))
            .collect()
    }

    /// Whether `team` is `ancestor` or inside it.
    pub fn team_within(&self, team: Id, ancestor: Id) -> bool {
        let mut at = Some(team);
        // Bounded: a loop of parents is refused on load, but never spin on one.
        for _ in 0..=self.teams.len() {
            match at {
                Some(t) if t == ancestor => return true,
                Some(t) => at = self.team(t).and_then(|x| x.parent),
                None => return false,
            }
        }
        false
    }

    /// A team's score: the mean of its (and its sub-teams') objectives' scores this period.
    pub fn team_score(&self, team: Id) -> Option<f64> {
        mean(self.team_objectives(team).iter().map(|o| o.score()))
    }

    /// The OKR total: the mean score of the current period's objectives.
    pub fn okr_total(&self) -> Option<f64> {
        mean(
            self.okrs
                .iter()
                .filter(|o| o.period == self.current_period)
                .map(OkrObjective::score),
        )
    }

    /// Every scored item, scorecard first, then OKRs and teams.
    pub fn scoreboard(&self) -> Vec<Scored> {
        let bsc = self.settings.scoring.scorecard;
        let okr = self.settings.scoring.okrs;
        let sc = &self.scorecard;
        let mut out = Vec::new();
        for p in &sc.perspectives {
            out.push(item(
                p.id,
                &p.name,
                ScoredKind::Perspective,
                sc.perspective_score(p.id),
                bsc,
            ));
            for o in sc.objectives.iter().filter(|o| o.perspective == p.id) {
                out.push(item(
                    o.id,
                    &o.name,
                    ScoredKind::ScorecardObjective,
                    o.score(),
                    bsc,
                ));
                for m in &o.measures {
                    let progress = match m.state() {
                        super::MeasureState::Progress(p) => Some(p),
                        _ => None,
                    };
                    out.push(item(m.id, &m.name, ScoredKind::Measure, progress, bsc));
                }
            }
        }
        for o in &self.okrs {
            out.push(item(
                o.id,
                &o.name,
                ScoredKind::OkrObjective,
                o.score(),
                okr,
            ));
            for k in &o.key_results {
                out.push(item(k.id, &k.name, ScoredKind::KeyResult, k.score(), okr));
            }
        }
        for t in &self.teams {
            out.push(item(
                t.id,
                &t.name,
                ScoredKind::Team,
                self.team_score(t.id),
                okr,
            ));
        }
        out
    }
}

fn mean(scores: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let v: Vec<f64> = scores.flatten().collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// "52 of 100 points; pass mark 0.70 not reached", beside a total's chip.
pub fn total_text(score: Option<f64>, pass: Option<f64>) -> String {
    let Some(s) = score else {
        return crate::tr!("rep-no-data-yet");
    };
    let points = format!("{}", (s.clamp(0.0, 1.0) * 100.0).round());
    match pass {
        None => crate::tr!("total-points", points = points),
        Some(p) => {
            let shown = (s * 100.0).round() / 100.0;
            let mark = crate::i18n::localize_number(&super::fmt_score(p));
            if shown >= p {
                crate::tr!("total-pass-reached", points = points, mark = mark)
            } else {
                crate::tr!("total-pass-missed", points = points, mark = mark)
            }
        }
    }
}
