//! `catchball diff` and `catchball merge`: named changes between copies of a plan, and the
//! three-way merge by ids, also as git's diff and merge drivers.

use super::Outcome;
use crate::file::{self, Loaded};
use crate::merge::{
    self, Names, Side, What, describe_change, describe_conflict, lineage_note, path_text,
};
use crate::model::Plan;
use std::fmt::Write;
use std::path::Path;

/// Reads a plan for comparing: git's `/dev/null` and empty files are an empty plan.
fn read(path: &Path) -> Result<Loaded, String> {
    let empty = path == Path::new("/dev/null")
        || std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0);
    if empty {
        return Ok(Loaded {
            plan: Plan::default(),
            hash: String::new(),
            read_only: None,
            upgraded_from: None,
        });
    }
    file::load(path).map_err(|e| e.to_string())
}

fn error(message: impl Into<String>) -> Outcome {
    Outcome {
        stdout: String::new(),
        stderr: format!("{}\n", message.into()),
        exit_code: 2,
    }
}

/// `catchball diff A B [--json]`: exit 0 when the plans are the same, 1 when they differ, 2
/// when one cannot be read. With git's seven external-diff arguments (path, old file, old hex,
/// old mode, new file, new hex, new mode) it compares the two files and exits 0, as git wants.
pub fn diff(files: &[std::path::PathBuf], json: bool) -> Outcome {
    let (label, a, b, for_git) = match files {
        [a, b] => (None, a, b, false),
        [path, a, _, _, b, _, _] => (Some(path), a, b, true),
        _ => {
            return error(crate::tr!("cli-diff-arguments", count = files.len()));
        }
    };
    let (old, new) = match (read(a), read(b)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => return error(e),
    };
    let changes = match merge::diff(&old.plan, &new.plan) {
        Ok(c) => c,
        Err(e) => return error(crate::tr!("cli-cannot-compare", error = e.to_string())),
    };
    let names = Names::of(&[&new.plan, &old.plan]);
    let note = lineage_note(&old.plan.lineage, &new.plan.lineage);
    let stdout = if json {
        let list: Vec<serde_json::Value> = changes
            .iter()
            .map(|c| {
                let (kind, old, new) = match &c.what {
                    What::Added(v) => ("added", None, Some(v)),
                    What::Removed(v) => ("removed", Some(v), None),
                    What::Changed { old, new } => ("changed", Some(old), Some(new)),
                    What::Reordered => ("reordered", None, None),
                };
                serde_json::json!({
                    "path": path_text(&c.path),
                    "kind": kind,
                    "old": old,
                    "new": new,
                    "text": describe_change(c, &names),
                })
            })
            .collect();
        let value = serde_json::json!({
            "same_plan": note.is_some(),
            "lineage": note,
            "changes": list,
        });
        format!("{value:#}\n")
    } else {
        let mut out = String::new();
        if let Some(path) = label {
            let _ = writeln!(
                out,
                "{}",
                crate::tr!("cli-git-plan", path = path.display().to_string())
            );
        }
        if let Some(note) = &note {
            let _ = writeln!(out, "{note}");
        } else if !old.plan.lineage.plan_id.is_empty() && !new.plan.lineage.plan_id.is_empty() {
            let _ = writeln!(out, "{}", crate::tr!("cli-different-plans"));
        }
        for c in &changes {
            let mark = match c.what {
                What::Added(_) => '+',
                What::Removed(_) => '-',
                What::Changed { .. } => '~',
                What::Reordered => '↕',
            };
            let _ = writeln!(out, "{mark} {}", describe_change(c, &names));
        }
        let _ = writeln!(out, "{}", crate::tr!("cli-changes", count = changes.len()));
        out
    };
    let differ = !changes.is_empty();
    Outcome {
        stdout,
        stderr: String::new(),
        exit_code: u8::from(differ && !for_git),
    }
}

/// The arguments of `catchball merge`.
pub struct MergeArgs<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    pub output: &'a Path,
    pub take: Option<Side>,
    pub different_plans: bool,
}

/// `catchball merge BASE OURS THEIRS -o OUT`: exit 0 when merged and written, 1 on conflicts
/// (each listed with both values; nothing written unless `--take` decides them all), 2 when an
/// input cannot be read or must not be merged.
pub fn merge(args: &MergeArgs) -> Outcome {
    let mut loaded = Vec::new();
    for path in [args.base, args.ours, args.theirs] {
        match read(path) {
            Ok(l) if l.read_only.is_some() => {
                return error(crate::tr!(
                    "cli-newer-format",
                    file = path.display().to_string()
                ));
            }
            Ok(l) => loaded.push(l.plan),
            Err(e) => return error(e),
        }
    }
    let [base, ours, theirs] = <[Plan; 3]>::try_from(loaded).unwrap_or_default();
    let id = |p: &Plan| p.lineage.plan_id.clone();
    let has_base = base != Plan::default();
    let differs = |a: &Plan, b: &Plan| !id(a).is_empty() && !id(b).is_empty() && id(a) != id(b);
    if (differs(&ours, &theirs) || has_base && (differs(&base, &ours) || differs(&base, &theirs)))
        && !args.different_plans
    {
        return error(crate::tr!(
            "cli-not-copies",
            ours = args.ours.display().to_string(),
            theirs = args.theirs.display().to_string()
        ));
    }
    let base = (has_base && !args.different_plans).then_some(&base);
    let m = match merge::merge(base, &ours, &theirs) {
        Ok(m) => m,
        Err(e) => return error(crate::tr!("cli-cannot-merge", error = e.to_string())),
    };
    let names = m.names();
    let mut stdout = String::new();
    if !m.conflicts.is_empty() {
        for c in &m.conflicts {
            let (title, o, t) = describe_conflict(c, &names);
            let _ = writeln!(
                stdout,
                "{}",
                crate::tr!("cli-conflict", title = title, ours = o, theirs = t)
            );
        }
        if args.take.is_none() {
            let _ = writeln!(
                stdout,
                "{}",
                crate::tr!("cli-conflicts-nothing-written", count = m.conflicts.len())
            );
            return Outcome {
                stdout,
                stderr: String::new(),
                exit_code: 1,
            };
        }
    }
    let mut plan = match m.take(args.take.unwrap_or(Side::Ours)) {
        Ok(p) => p,
        Err(e) => return error(crate::tr!("cli-cannot-merge", error = e.to_string())),
    };
    plan.lineage.revision = ours.lineage.revision.max(theirs.lineage.revision) + 1;
    plan.lineage.saved_by = file::user_name();
    plan.lineage.saved_at = Some(jiff::Zoned::now().datetime());
    if let Err(e) = file::save(args.output, &plan) {
        return error(e.to_string());
    }
    let taken = merge::diff(&ours, &plan).map_or(0, |c| c.len());
    let output = args.output.display().to_string();
    let from = args.theirs.display().to_string();
    // Which side decided the conflicts, if there were any.
    let side = match (args.take, m.conflicts.len()) {
        (_, 0) | (None, _) => "none",
        (Some(Side::Ours), _) => "ours",
        (Some(Side::Theirs), _) => "theirs",
    };
    let merged = crate::tr!(
        "cli-merged",
        side = side,
        output = output,
        count = taken,
        theirs = from,
        conflicts = m.conflicts.len()
    );
    let _ = writeln!(stdout, "{merged}");
    Outcome {
        stdout,
        stderr: String::new(),
        exit_code: 0,
    }
}
