//! What text a plan may hold: names are one line of plain text of at most [`MAX_LINE`]
//! characters; whys, notes and statements may have line breaks, up to [`MAX_PARAGRAPH`]. Control
//! characters (escape sequences, bells) are never plan text. Loading refuses what breaks these,
//! and the editor cannot type it.

use super::{EntityKind, Plan};

pub const MAX_LINE: usize = 500;
pub const MAX_PARAGRAPH: usize = 10_000;

/// Whether a text may span lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Line,
    Paragraph,
}

impl TextKind {
    pub fn limit(self) -> usize {
        match self {
            TextKind::Line => MAX_LINE,
            TextKind::Paragraph => MAX_PARAGRAPH,
        }
    }

    /// Whether `c` may appear in this kind of text.
    pub fn allows(self, c: char) -> bool {
        !c.is_control() || (self == TextKind::Paragraph && matches!(c, '\n' | '\t' | '\r'))
    }

    /// The text with what it may not hold taken out and cut to the length it may have.
    pub fn clean(self, text: &str) -> String {
        text.chars()
            .filter(|&c| self.allows(c))
            .take(self.limit())
            .collect()
    }
}

/// A text the plan may not hold: the text itself (to find it in the file) and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct TextProblem {
    pub text: String,
    pub message: String,
}

/// A short, printable quote of a text for a message.
fn quote(text: &str) -> String {
    let shown: String = text
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '·' } else { c })
        .collect();
    let shown = if text.chars().count() > 40 {
        format!("{shown}…")
    } else {
        shown
    };
    crate::tr!("diff-quoted", text = shown)
}

/// Checks one text; `what` names it in English ("plan title"), translated by `i18n::word`.
fn check(out: &mut Vec<TextProblem>, what: &str, text: &str, kind: TextKind) {
    check_named(out, &crate::i18n::word(what), text, kind);
}

fn check_named(out: &mut Vec<TextProblem>, what: &str, text: &str, kind: TextKind) {
    use crate::tr;
    let len = text.chars().count();
    let message = if let Some(c) = text.chars().find(|&c| !kind.allows(c)) {
        let code = format!("{:04X}", u32::from(c));
        if kind == TextKind::Line && matches!(c, '\n' | '\r') {
            tr!(
                "tx-line-break",
                what = what,
                text = quote(text),
                code = code
            )
        } else {
            tr!("tx-control", what = what, text = quote(text), code = code)
        }
    } else if len > kind.limit() {
        tr!(
            "tx-too-long",
            what = what,
            text = quote(text),
            length = len.to_string(),
            max = kind.limit().to_string()
        )
    } else {
        return;
    };
    out.push(TextProblem {
        text: text.to_owned(),
        message,
    });
}

/// Every text of the plan that breaks the rules, in a stable order.
pub fn text_problems(plan: &Plan) -> Vec<TextProblem> {
    use TextKind::{Line, Paragraph};
    let mut out = Vec::new();
    for (what, text) in [
        ("plan title", &plan.title),
        ("organisation", &plan.organisation),
        ("facilitator", &plan.facilitator),
        ("horizon", &plan.horizon),
        ("current period", &plan.current_period),
    ] {
        check(&mut out, what, text, Line);
    }
    for e in plan.entities() {
        let (what, kind) = match e.kind {
            EntityKind::Dependency => (crate::i18n::word("dependency note"), Paragraph),
            EntityKind::Decision => (crate::i18n::word("decision"), Paragraph),
            EntityKind::Note => (crate::i18n::word("parking-lot note"), Paragraph),
            kind => (
                crate::tr!("tx-name-of", kind = crate::i18n::entity_kind(kind)),
                Line,
            ),
        };
        check_named(&mut out, &what, e.name, kind);
    }
    check(
        &mut out,
        "vision statement",
        &plan.vision.statement,
        Paragraph,
    );
    check(&mut out, "vision's why", &plan.vision.why, Paragraph);
    for p in &plan.people {
        check(&mut out, "role", &p.role, Line);
    }
    for p in &plan.priorities {
        check(&mut out, "priority's why", &p.why, Paragraph);
        check(&mut out, "priority's horizon", &p.horizon, Line);
    }
    let x = &plan.xmatrix;
    for i in x
        .breakthroughs
        .iter()
        .chain(&x.annuals)
        .chain(&x.improvements)
    {
        check(&mut out, "X-matrix note", &i.note, Paragraph);
    }
    for c in &x.correlations {
        check(&mut out, "mark's why", &c.rationale, Line);
    }
    for o in &plan.scorecard.objectives {
        check(&mut out, "scorecard objective's why", &o.why, Paragraph);
        for m in &o.measures {
            check(&mut out, "unit", &m.unit, Line);
        }
    }
    for o in &plan.okrs {
        check(&mut out, "OKR objective's why", &o.why, Paragraph);
        check(&mut out, "period", &o.period, Line);
        for k in &o.key_results {
            for c in &k.check_ins {
                check(&mut out, "check-in comment", &c.comment, Paragraph);
            }
        }
    }
    for m in &plan.mutes {
        check(&mut out, "reason for a mute", &m.reason, Paragraph);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_line_of_plain_text_of_a_sane_length() {
        let mut plan = crate::sample::sample_plan().unwrap();
        assert!(text_problems(&plan).is_empty());
        plan.priorities[0].name = "Clear \u{1b}[2J".into();
        plan.priorities[1].name = "Two\nlines".into();
        plan.priorities[2].name = "x".repeat(501);
        plan.priorities[3].why = "Two\nlines are fine here".into();
        let problems = text_problems(&plan);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].message.contains("control character (U+001B)"));
        assert!(problems[1].message.contains("line break"));
        assert!(problems[2].message.contains("501 characters long"));
    }

    #[test]
    fn cleaning_takes_out_what_a_kind_of_text_may_not_hold() {
        assert_eq!(TextKind::Line.clean("a\u{7}b\nc"), "abc");
        assert_eq!(TextKind::Paragraph.clean("a\u{7}b\nc"), "ab\nc");
        assert_eq!(TextKind::Line.clean(&"y".repeat(600)).chars().count(), 500);
    }
}
