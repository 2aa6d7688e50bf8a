//! Translations checked against the source: every key the code asks for exists in English (and
//! so, by the i18n unit test, in every language), and no translated text is glued to other text
//! with `format!` or `+`, which a translator could not reorder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use catchball::i18n::{Language, keys};
use std::collections::HashSet;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

fn all_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The string literals right after each occurrence of `call`.
fn keys_after(text: &str, call: &str) -> Vec<String> {
    text.match_indices(call)
        // `tr!(`, not the end of `include_str!(`.
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, _)| {
            let rest = text[at + call.len()..].trim_start();
            let rest = rest.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_owned())
        })
        .collect()
}

#[test]
fn every_key_the_code_asks_for_is_in_the_english_file() {
    let known: HashSet<String> = keys(Language::English).into_iter().collect();
    let mut asked = 0;
    // The i18n module's own docs and tests name made-up keys.
    for (file, text) in all_sources()
        .into_iter()
        .filter(|(f, _)| !f.contains("/src/i18n/"))
    {
        for key in keys_after(&text, "tr!(")
            .into_iter()
            .chain(keys_after(&text, "i18n::text("))
            .chain(keys_after(&text, "text_of("))
        {
            asked += 1;
            assert!(
                known.contains(&key),
                "{file} asks for “{key}”, which en.ftl lacks"
            );
        }
    }
    assert!(
        asked > 60,
        "only {asked} keys found: is the scan still right?"
    );
}

/// The text inside each `format!(…)`, up to its matching parenthesis.
fn format_calls(text: &str) -> Vec<&str> {
    text.match_indices("format!(")
        .filter_map(|(at, call)| {
            let start = at + call.len();
            let mut depth = 1;
            for (i, c) in text[start..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(&text[start..start + i]);
                        }
                    }
                    _ => {}
                }
            }
            None
        })
        .collect()
}

#[test]
fn no_translated_text_is_glued_to_other_text() {
    for (file, text) in all_sources() {
        for call in format_calls(&text) {
            assert!(
                !call.contains("tr!(\""),
                "{file}: a translation is put into format!; use one message with placeables \
                    instead:\nformat!({call})"
            );
        }
        for line in text.lines() {
            let glued = line.contains("+ &tr!(") || line.contains("+ &crate::tr!(");
            assert!(
                !glued,
                "{file}: a translation is added to other text:\n{line}"
            );
        }
    }
}

#[test]
fn the_glue_check_can_fail() {
    let bad = r#"let s = format!("{} {}", tr!("a"), name);"#;
    assert_eq!(format_calls(bad).len(), 1);
    assert!(format_calls(bad)[0].contains("tr!(\""));
}

#[test]
fn every_undo_step_has_words_in_every_language() {
    let known: HashSet<String> = keys(Language::English).into_iter().collect();
    let mut labels = Vec::new();
    for (_, text) in all_sources() {
        let describe = text
            .find("pub fn describe(&self)")
            .map(|at| &text[at..text[at..].find("\n    }\n").map_or(text.len(), |e| at + e)]);
        if let Some(block) = describe {
            labels.extend(keys_after(block, "=>"));
        }
        for call in [
            "Edit::step(",
            "Edit::named(",
            "change(sink, plan, Some(",
            "change_vote(sink, plan, index,",
            "change_round(sink, plan, index,",
        ] {
            labels.extend(keys_after(&text, call));
        }
    }
    assert!(labels.len() > 50, "{}", labels.len());
    for label in labels {
        let key = catchball::i18n::edit_key(&label);
        assert!(
            known.contains(&key),
            "the undo step “{label}” has no {key} in en.ftl"
        );
    }
}
