use super::*;

#[test]
fn every_language_has_every_key_and_no_other() {
    let en: HashSet<String> = keys(Language::English).into_iter().collect();
    assert!(en.len() > 100, "{}", en.len());
    let de: HashSet<String> = keys(Language::German).into_iter().collect();
    let missing: Vec<_> = en.difference(&de).collect();
    let extra: Vec<_> = de.difference(&en).collect();
    assert!(missing.is_empty(), "missing in German: {missing:?}");
    assert!(extra.is_empty(), "only in German: {extra:?}");
}

#[test]
fn both_files_parse_without_errors() {
    for (language, source) in SOURCES {
        assert!(
            FluentResource::try_new(source.to_owned()).is_ok(),
            "{} does not parse",
            language.name()
        );
    }
}

#[test]
fn messages_take_their_arguments_and_plurals_in_each_language() {
    set_language(Language::English);
    assert_eq!(tr!("cli-findings", count = 1usize), "1 finding.");
    assert_eq!(tr!("cli-findings", count = 6usize), "6 findings.");
    assert_eq!(tr!("priorities-name", n = 2usize), "Priority 2 name");
    set_language(Language::German);
    assert_eq!(tr!("cli-findings", count = 1usize), "1 Befund.");
    assert_eq!(tr!("cli-findings", count = 6usize), "6 Befunde.");
    assert_eq!(
        tr!("undo-named", what = "Priorität löschen"),
        "Priorität löschen rückgängig machen"
    );
    assert_eq!(number(4.5), "4,5");
    assert_eq!(date(jiff::civil::date(2027, 2, 15)), "15.02.2027");
    let at = jiff::civil::date(2027, 2, 15).at(14, 5, 0, 0);
    assert_eq!(date_time(at), "15.02.2027 14:05");
    assert_eq!(parse_number("4,5"), Some(4.5));
    set_language(Language::English);
    assert_eq!(number(4.5), "4.5");
    assert_eq!(date(jiff::civil::date(2027, 2, 15)), "2027-02-15");
    assert_eq!(date_time(at), "2027-02-15 14:05");
}

#[test]
fn a_missing_key_falls_back_to_english_and_then_to_the_key() {
    set_language(Language::German);
    assert_eq!(text("no-such-key"), "no-such-key");
    // Words made from the plan's own names keep their English when no message has them.
    assert_eq!(
        text_or("field-no-such-field", "no such field"),
        "no such field"
    );
    assert_eq!(text_or("field-owner", "owner"), "Verantwortlich");
    set_language(Language::English);
}

#[test]
fn a_broken_translation_keeps_what_parses() {
    let b = bundle(
        Language::German,
        "good = Gut\nbroken = { $\nalso-good = Auch gut\n",
    );
    assert!(b.has_message("good"));
    assert!(b.has_message("also-good"));
    assert!(!b.has_message("broken"));
}

#[test]
fn languages_come_from_codes_and_locale_names() {
    assert_eq!(Language::from_code("de"), Some(Language::German));
    assert_eq!(Language::from_code("de_DE.UTF-8"), Some(Language::German));
    assert_eq!(Language::from_code("en-GB"), Some(Language::English));
    assert_eq!(Language::from_code("C.UTF-8"), Some(Language::English));
    assert_eq!(Language::from_code("fr_FR"), None);
    let (l, warning) = choose("fr");
    assert_eq!(l, Language::English);
    assert!(warning.unwrap().contains("'fr'"));
    assert_eq!(choose("de"), (Language::German, None));
}

#[test]
fn the_english_commands_say_what_the_command_registry_says() {
    use strum::IntoEnumIterator;
    set_language(Language::English);
    for c in crate::ui::commands::Command::iter() {
        assert_eq!(c.label(), c.text(), "{c:?}");
    }
}

#[test]
fn every_audit_rule_has_a_short_name_in_every_language() {
    let german = keys(Language::German);
    for (rule, english) in crate::audit::RULES {
        set_language(Language::English);
        assert_eq!(crate::audit::rule_title(rule), english);
        let key = format!("rule-{}", slug(rule));
        assert!(german.contains(&key), "{key}");
        set_language(Language::German);
        assert_ne!(crate::audit::rule_title(rule), english, "{rule}");
    }
    set_language(Language::English);
}

/// Every kind of entity and every enum variant the compare window names has German words.
#[test]
fn every_kind_of_entity_has_words_in_every_language() {
    use crate::model::EntityKind;
    use strum::IntoEnumIterator;
    let german = keys(Language::German);
    for kind in EntityKind::iter() {
        let key = format!("kind-{}", slug(kind.label()));
        assert!(german.contains(&key), "{key}");
        set_language(Language::German);
        assert_ne!(entity_kind(kind), kind.label(), "{kind:?}");
        set_language(Language::English);
        assert_eq!(entity_kind(kind), kind.label());
    }
}

#[test]
fn every_audit_category_has_words_in_every_language() {
    for c in crate::audit::CATEGORIES {
        set_language(Language::English);
        assert_eq!(category(c), c);
        set_language(Language::German);
        assert_ne!(category(c), "", "{c}");
        let key = format!(
            "cat-{}",
            c.chars()
                .map(|ch| if ch.is_ascii_alphanumeric() {
                    ch.to_ascii_lowercase()
                } else {
                    '-'
                })
                .collect::<String>()
        );
        assert!(keys(Language::German).contains(&key), "{key}");
    }
    set_language(Language::English);
}

#[test]
fn every_initiative_status_has_words() {
    let en = keys(Language::English);
    for s in ["not started", "on track", "at risk", "late", "done"] {
        let key = format!("initiative-{}", s.replace(' ', "-"));
        assert!(en.contains(&key), "{key}");
    }
}

#[test]
fn every_objective_state_has_words() {
    use strum::IntoEnumIterator;
    set_language(Language::English);
    for s in crate::model::ObjectiveState::iter() {
        let key = format!("okr-state-{s:?}").to_lowercase();
        assert_eq!(text(&key), s.label(), "{key}");
    }
}

#[test]
fn every_arm_has_words_in_both_vocabularies() {
    use crate::model::{Arm, Vocabulary};
    for vocabulary in [Vocabulary::Classic, Vocabulary::Taste] {
        for arm in Arm::CLOCKWISE {
            set_language(Language::English);
            assert_eq!(arm_title(arm, vocabulary), arm.title(vocabulary));
            assert_eq!(arm_item(arm, vocabulary), arm.singular(vocabulary));
            set_language(Language::German);
            assert_ne!(arm_title(arm, vocabulary), arm.title(vocabulary), "{arm:?}");
            assert_ne!(
                arm_item(arm, vocabulary),
                arm.singular(vocabulary),
                "{arm:?}"
            );
        }
    }
    set_language(Language::English);
}

#[test]
fn names_in_a_sentence_are_lower_case_in_english_only() {
    set_language(Language::English);
    assert_eq!(in_sentence("Web page (HTML)"), "web page (html)");
    set_language(Language::German);
    assert_eq!(in_sentence("Webseite (HTML)"), "Webseite (HTML)");
    set_language(Language::English);
}
