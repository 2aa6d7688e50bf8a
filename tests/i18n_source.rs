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

/// The English phrases the core names things with, each translated through `i18n::word`: kinds
/// of path, steps of a write, what an export or edit was making, refused values.
#[test]
fn every_phrase_the_core_names_things_with_has_words() {
    let known: HashSet<String> = keys(Language::English).into_iter().collect();
    let mut phrases = Vec::new();
    for (file, text) in all_sources() {
        if file.ends_with("/src/model/text.rs") {
            phrases.extend(keys_after(&text, "check(&mut out,"));
            phrases.extend(keys_after(&text, "word("));
            continue;
        }
        let core = ["/src/file/", "/src/export/", "/src/edit/"]
            .iter()
            .any(|d| file.contains(d));
        if !core {
            continue;
        }
        for call in ["Invalid(", "not_found(", "what: ", "step: ", "io(", "Some("] {
            // `Some("…")` only where it names a kind of path ("a folder").
            if call != "Some(" || file.ends_with("error.rs") {
                phrases.extend(keys_after(&text, call));
            }
        }
    }
    assert!(phrases.len() > 15, "only {} phrases found", phrases.len());
    for phrase in phrases {
        let key = format!("word-{}", catchball::i18n::slug(&phrase));
        assert!(known.contains(&key), "“{phrase}” has no {key} in en.ftl");
    }
}

/// Each message's text, by key, from a Fluent file (continuation lines included).
fn messages(source: &str) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if let Some((key, value)) = line
            .split_once(" = ")
            .filter(|(k, _)| !k.starts_with([' ', '#']) && !k.is_empty())
        {
            out.insert(key.to_owned(), value.to_owned());
            current = Some(key.to_owned());
        } else if line.starts_with(' ')
            && let Some(key) = &current
            && let Some(text) = out.get_mut(key)
        {
            text.push('\n');
            text.push_str(line);
        } else {
            current = None;
        }
    }
    out
}

/// The `$variables` a message uses.
fn variables(text: &str) -> HashSet<String> {
    text.match_indices('$')
        .map(|(at, _)| {
            text[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// The names given to each `tr!("key", name = …)` call: (key, names).
fn calls_with_arguments(text: &str) -> Vec<(String, HashSet<String>)> {
    let mut out = Vec::new();
    for (at, call) in text.match_indices("tr!(") {
        let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
            continue;
        };
        let Some(end_key) = rest.find('"') else {
            continue;
        };
        let key = rest[..end_key].to_owned();
        // The call's text up to its closing parenthesis.
        let mut depth = 1;
        let mut body = "";
        for (i, c) in rest.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        body = &rest[end_key + 1..i];
                        break;
                    }
                }
                _ => {}
            }
        }
        // Names at the call's own level: `, name =` (not `==`, not inside nested calls).
        let mut names = HashSet::new();
        let mut level = 0;
        let bytes: Vec<char> = body.chars().collect();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                '(' | '[' | '{' => level += 1,
                ')' | ']' | '}' => level -= 1,
                ',' if level == 0 => {
                    let tail: String = bytes[i + 1..].iter().collect();
                    let tail = tail.trim_start();
                    let name: String = tail
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let after = tail[name.len()..].trim_start();
                    if !name.is_empty() && after.starts_with('=') && !after.starts_with("==") {
                        names.insert(name);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        out.push((key, names));
    }
    out
}

#[test]
fn every_variable_a_message_uses_is_given_by_its_callers() {
    let sources: Vec<(Language, std::collections::HashMap<String, String>)> = [
        (Language::English, include_str!("../assets/i18n/en.ftl")),
        (Language::German, include_str!("../assets/i18n/de.ftl")),
    ]
    .into_iter()
    .map(|(l, s)| (l, messages(s)))
    .collect();
    let mut checked = 0;
    for (file, text) in all_sources()
        .into_iter()
        .filter(|(f, _)| !f.contains("/src/i18n/"))
    {
        for (key, names) in calls_with_arguments(&text) {
            if names.is_empty() {
                continue;
            }
            for (language, messages) in &sources {
                let Some(message) = messages.get(&key) else {
                    continue;
                };
                checked += 1;
                for var in variables(message) {
                    assert!(
                        names.contains(&var),
                        "{file}: tr!(\"{key}\") does not give ${var}, which the {language:?} \
                            message uses (given: {names:?})"
                    );
                }
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} calls checked: is the scan still right?"
    );
}

#[test]
fn the_variable_check_can_fail() {
    let calls = calls_with_arguments(r#"tr!("k", a = f(x, y), b == 1)"#);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].1, HashSet::from(["a".to_owned()]));
    assert_eq!(
        variables("{ $a } and { $b-c }"),
        HashSet::from(["a".to_owned(), "b-c".to_owned()])
    );
}
