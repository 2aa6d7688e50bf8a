//! Translations: what the window and the command line say is looked up by key in Fluent files
//! (`assets/i18n/<language>.ftl`, built into the binary), so a translator can reorder a sentence
//! around its placeables. A key missing in a language, or a broken entry, falls back to English
//! and is reported once on stderr; nothing here panics. Plan files stay language-neutral.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

/// The languages Catchball speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, strum::EnumIter,
)]
pub enum Language {
    #[default]
    English,
    German,
}

/// The Fluent sources, English first (the fallback for every other language).
const SOURCES: [(Language, &str); 2] = [
    (Language::English, include_str!("../../assets/i18n/en.ftl")),
    (Language::German, include_str!("../../assets/i18n/de.ftl")),
];

impl Language {
    /// The two-letter code (`--lang de`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
        }
    }

    /// The language's name in itself, for the View ▸ Language menu.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
        }
    }

    /// A language from a code or a locale name: `de`, `de-AT`, `de_DE.UTF-8`, `en_GB`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" | "c" | "posix" => Some(Language::English),
            "de" => Some(Language::German),
            _ => None,
        }
    }

    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when it is not one
    /// Catchball speaks.
    pub fn from_system() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .and_then(|s| Self::from_code(&s))
            .unwrap_or_default()
    }

    fn source(self) -> &'static str {
        SOURCES
            .iter()
            .find(|(l, _)| *l == self)
            .map_or("", |(_, s)| s)
    }
}

/// The process's language, for threads that did not choose one.
static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

fn encode(language: Language) -> u8 {
    match language {
        Language::English => 0,
        Language::German => 1,
    }
}

/// Chooses the language of the whole process (the command line, the window).
pub fn set_process_language(language: Language) {
    PROCESS.store(encode(language), Ordering::Relaxed);
    set_language(language);
}

/// Chooses the language this thread speaks from now on (the window's thread; a test's).
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(Some(language)));
}

pub fn language() -> Language {
    CURRENT
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| match PROCESS.load(Ordering::Relaxed) {
            1 => Language::German,
            _ => Language::English,
        })
}

/// `--lang CODE`: the language, or English with the one line of warning to print.
pub fn choose(code: &str) -> (Language, Option<String>) {
    match Language::from_code(code) {
        Some(l) => (l, None),
        None => (
            Language::English,
            Some(format!(
                "catchball: no translation for language '{code}'; using English (available: en, de)."
            )),
        ),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Builds a language's bundle; entries that do not parse are left out (and reported), the rest
/// is kept.
fn bundle(language: Language, source: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No bidi isolation marks: egui would draw them as boxes, and both languages run left to right.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            report(&format!(
                "{} entries of the {} translation do not parse and are replaced by English: {errors:?}",
                errors.len(),
                language.name()
            ));
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        report(&format!(
            "the {} translation repeats keys: {errors:?}",
            language.name()
        ));
    }
    bundle
}

fn bundles() -> &'static [(Language, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.iter().map(|(l, s)| (*l, bundle(*l, s))).collect())
}

/// Says something about the translations on stderr, once per message.
fn report(message: &str) {
    static SAID: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let said = SAID.get_or_init(|| Mutex::new(HashSet::new()));
    if let Ok(mut said) = said.lock()
        && said.insert(message.to_owned())
    {
        eprintln!("catchball: {message}");
    }
}

/// A value put into a message: text, or a count (which also chooses plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(i64::from(n))
    }
}

/// The message `key` in the current language with `args` put in; English when the language
/// lacks it; the key itself (reported once) when English lacks it too.
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let current = language();
    let order = [current, Language::English];
    for lang in order
        .iter()
        .take(if current == Language::English { 1 } else { 2 })
    {
        let Some((_, bundle)) = bundles().iter().find(|(l, _)| l == lang) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            if *lang != Language::English {
                report(&format!(
                    "“{key}” is missing in the {} translation; English is used.",
                    lang.name()
                ));
            }
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if errors.is_empty() {
            return text.into_owned();
        }
        report(&format!("“{key}” in {}: {errors:?}", lang.name()));
    }
    report(&format!("“{key}” is missing in the English translation."));
    key.to_owned()
}

/// The message `key` in the current language.
pub fn text(key: &str) -> String {
    text_with(key, &[])
}

/// `tr!("key")`, `tr!("key", name = value, count = n)`: a translated message.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::text($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A number as the current language writes it: `4.5` in English, `4,5` in German.
pub fn number(value: f64) -> String {
    localize_number(&crate::model::fmt_num(value))
}

/// A score as the current language writes it, two decimals: "0.52", "0,52".
pub fn score(value: f64) -> String {
    localize_number(&crate::model::fmt_score(value))
}

/// A number already written the English way (`0.75`, `-1.5`), in the current language's way.
pub fn localize_number(english: &str) -> String {
    match language() {
        Language::German => english.replace('.', ","),
        Language::English => english.to_owned(),
    }
}

/// A number typed in the current language's way, or the English way (both are accepted).
pub fn parse_number(typed: &str) -> Option<f64> {
    typed.trim().replace(',', ".").parse().ok()
}

/// English words as a key's tail: "delete priority" → `delete-priority`.
pub fn slug(english: &str) -> String {
    english
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The message `key`, or `english` itself when no language has it (for keys made from the
/// plan's own words: field names, kinds, enum variants).
pub fn text_or(key: &str, english: &str) -> String {
    // Not every field or variant has a message: without an English one, the English words are
    // the text, and nothing is reported as missing.
    let known = bundles()
        .iter()
        .any(|(l, b)| *l == Language::English && b.has_message(key));
    if known { text(key) } else { english.to_owned() }
}

/// A short English phrase the core names things with ("a folder", "writing", "PNG picture"),
/// in the current language.
pub fn word(english: &str) -> String {
    text_or(&format!("word-{}", slug(english)), english)
}

/// What kind of entity something is, inside a sentence ("strategic priority",
/// "Strategische Priorität").
pub fn entity_kind(kind: crate::model::EntityKind) -> String {
    match language() {
        Language::English => kind.label().to_owned(),
        Language::German => text_or(&format!("kind-{}", slug(kind.label())), kind.label()),
    }
}

/// The key of an edit's label ("delete priority" → `edit-delete-priority`).
pub fn edit_key(english: &str) -> String {
    format!("edit-{}", slug(english))
}

/// What an undoable step is called ("delete priority", "Priorität löschen"), for the Undo menu,
/// the history and the notices.
pub fn edit_label(english: &str) -> String {
    text_or(&edit_key(english), english)
}

/// An X-matrix arm's name (plural, for headings) in the current language.
pub fn arm_title(arm: crate::model::Arm, vocabulary: crate::model::Vocabulary) -> String {
    let english = arm.title(vocabulary);
    text_or(&format!("arm-{}", slug(english)), english)
}

/// One item of an X-matrix arm ("annual objective", "Jahresziel").
pub fn arm_item(arm: crate::model::Arm, vocabulary: crate::model::Vocabulary) -> String {
    let english = arm.singular(vocabulary);
    text_or(&format!("arm-one-{}", slug(english)), english)
}

/// An initiative's status in words ("on track", "im Plan").
pub fn initiative(status: crate::model::InitiativeStatus) -> String {
    text_or(
        &format!("initiative-{}", slug(status.label())),
        status.label(),
    )
}

/// A name put inside a sentence: "Web page (HTML)" becomes "web page (html)" in English, while
/// German nouns keep their capital.
pub fn in_sentence(name: &str) -> String {
    match language() {
        Language::English => name.to_lowercase(),
        Language::German => name.to_owned(),
    }
}

/// A score's status in words ("red", "rot").
pub fn status(status: crate::model::Status) -> String {
    use crate::model::Status;
    text(match status {
        Status::Red => "status-red",
        Status::Amber => "status-amber",
        Status::Green => "status-green",
        Status::NoData => "score-no-data",
    })
}

/// A mark's strength in words ("strong", "stark").
pub fn strength(s: crate::model::Strength) -> String {
    use crate::model::Strength;
    text(match s {
        Strength::Strong => "legend-strong",
        Strength::Medium => "legend-medium",
        Strength::Weak => "legend-weak",
        Strength::Linked => "legend-linked",
    })
}

/// A person's role on an improvement priority in words ("lead", "Leitung").
pub fn role(r: crate::model::Role) -> String {
    use crate::model::Role;
    text(match r {
        Role::Lead => "legend-lead",
        Role::Core => "legend-core",
        Role::Consulted => "legend-consulted",
    })
}

/// A catchball status in words ("agreed", "vereinbart").
pub fn catchball(status: crate::model::CatchballStatus) -> String {
    use crate::model::CatchballStatus as S;
    text(match status {
        S::Draft => "cb-draft",
        S::Proposed => "cb-proposed",
        S::Agreed => "cb-agreed",
        S::Revised => "cb-revised",
        S::Rejected => "cb-rejected",
    })
}

/// An audit category ("Too many goals") in the current language.
pub fn category(english: &str) -> String {
    text_or(&format!("cat-{}", slug(english)), english)
}

/// A trend with its arrow ("↗ improving").
pub fn trend(t: crate::model::Trend) -> String {
    use crate::model::Trend;
    let word = text(match t {
        Trend::Better => "trend-better",
        Trend::Worse => "trend-worse",
        Trend::Same => "trend-flat",
    });
    crate::tr!("trend", arrow = t.arrow(), word = word)
}

/// How serious a finding is, in words.
pub fn severity(s: crate::audit::Severity) -> String {
    text(match s {
        crate::audit::Severity::Advice => "severity-advice",
        crate::audit::Severity::Warning => "severity-warning",
    })
}

/// How the current language writes a date, as a `strftime` pattern.
pub fn date_format() -> &'static str {
    match language() {
        Language::German => "%d.%m.%Y",
        Language::English => "%Y-%m-%d",
    }
}

/// A date as the current language writes it: 2027-02-15 in English (ISO), 15.02.2027 in German.
pub fn date(d: jiff::civil::Date) -> String {
    d.strftime(date_format()).to_string()
}

/// A date and time of day as the current language writes them: "2027-02-15 14:05",
/// "15.02.2027 14:05".
pub fn date_time(at: jiff::civil::DateTime) -> String {
    format!("{} {}", date(at.date()), at.strftime("%H:%M"))
}

/// The keys of a language's file, for checking that every language has every key.
pub fn keys(language: Language) -> Vec<String> {
    let source = language.source();
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
