//! The plan as Markdown for a wiki or an email: headings, tables, findings. Plan text is escaped
//! so a name can neither break a table nor become a link, an image or raw HTML.

use super::report::{Block, Figure, Table, blocks, subtitle};
use super::safe::xml_text;
use crate::model::Plan;
use std::fmt::Write;

/// Text that reads as itself in a table cell, on one line.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_text(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text that reads as itself at the start of a line too.
fn escape(text: &str) -> String {
    let mut out = escape_inline(text);
    // A line starting with "-", "+" or "1." would become a list item.
    if out.starts_with(['-', '+']) {
        out.insert(0, '\\');
    } else if let Some((n, rest)) = out.split_once(". ")
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
    {
        out = format!("{n}\\. {rest}");
    }
    out
}

fn table(t: &Table, out: &mut String) {
    let _ = writeln!(out, "| {} |", t.columns.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(t.columns.len()));
    for r in &t.rows {
        let cells: Vec<String> = r
            .cells
            .iter()
            .map(|c| {
                let text = escape_inline(c.text.trim());
                if r.strong && !text.is_empty() {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

pub fn markdown(plan: &Plan) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&plan.title));
    let sub = subtitle(plan);
    if !sub.is_empty() {
        let _ = writeln!(out, "{}\n", escape(&sub));
    }
    for b in blocks(plan) {
        match b {
            Block::Section { title, .. } => {
                let _ = writeln!(out, "## {title}\n");
            }
            Block::Heading(t) => {
                let _ = writeln!(out, "### {}\n", escape(&t));
            }
            Block::Lead(t) => {
                let _ = writeln!(out, "> **{}**\n", escape(&t));
            }
            Block::Paragraph(t) => {
                let _ = writeln!(out, "{}\n", escape(&t));
            }
            Block::Note(t) => {
                let _ = writeln!(out, "_{}_\n", escape(&t));
            }
            Block::Table(t) => table(&t, &mut out),
            Block::Figure(f) => {
                let note = match f {
                    Figure::XMatrix => crate::tr!("md-figure-xmatrix"),
                    Figure::StrategyMap => crate::tr!("md-figure-map"),
                };
                let _ = writeln!(out, "_{note}_\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markdown_syntax_in_plan_text_stays_text() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("[x](http://y)"), "\\[x\\](http://y)");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("line\nbreak"), "line break");
    }
}
