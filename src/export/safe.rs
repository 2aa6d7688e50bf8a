//! Making plan text safe where it lands: spreadsheet cells that would run as formulas, characters
//! XML cannot hold.

/// A spreadsheet cell that starts with `= + - @`, a tab or a carriage return could run as a
/// formula when a CSV file is opened; a leading `'` keeps it text (OWASP's advice on CSV
/// injection).
pub fn neutral_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// XML 1.0 cannot hold most control characters at all; they become spaces (tab and line breaks
/// stay).
pub fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised_and_other_text_is_kept() {
        assert_eq!(
            neutral_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutral_cell(start).starts_with('\''), "{start}");
        }
        assert_eq!(neutral_cell("Grow revenue"), "Grow revenue");
        assert_eq!(neutral_cell("4 = four"), "4 = four");
    }

    #[test]
    fn control_characters_leave_xml() {
        assert_eq!(xml_text("a\u{1b}[2Jb\u{7}"), "a [2Jb ");
        assert_eq!(xml_text("line\nbreak"), "line\nbreak");
    }
}
