//! The command line's help in the chosen language: clap builds the commands from the doc
//! comments in `cli/mod.rs`; every description shown by `--help` is then replaced by its
//! message from the `.ftl` files, and so are the headings around them (Usage, Options, …), so
//! `catchball --lang de --help` explains itself in German. Clap's error sentences and the line
//! of its `help` subcommand stay English.

use crate::tr;
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The language asked for on the command line (`--lang de`, `--lang=de`), before clap parses
/// it, so the help can be in that language.
pub fn language_argument(args: &[String]) -> Option<String> {
    args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--lang=").map(str::to_owned)
        }
    })
}

/// Replaces the help of each named argument of a command.
fn args(mut command: Command, helps: Vec<(&'static str, String)>) -> Command {
    for (id, help) in helps {
        command = command.mut_arg(id, |a| a.help(help));
    }
    command
}

/// Clap's own words around the descriptions, in the current language: the usage line, the
/// section headings, and the help (and, at the top, version) flags.
fn framed(command: Command, top: bool) -> Command {
    let usage = tr!("clap-usage", usage = "{usage}");
    let options = tr!("clap-options");
    let mut command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(tr!("clap-commands"))
        .mut_args(|a| {
            let heading = if a.is_positional() {
                tr!("clap-arguments")
            } else {
                options.clone()
            };
            a.help_heading(heading)
        })
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("clap-help"))
                .help_heading(options.clone()),
        );
    if top {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("clap-version"))
                .help_heading(options),
        );
    }
    command
}

/// The `catchball` command with every description in the current language.
pub fn command() -> Command {
    framed(described(), true).mut_subcommands(|c| framed(c, false))
}

/// The commands with their descriptions in the current language.
fn described() -> Command {
    let root = super::Cli::command()
        .about(tr!("clap-about"))
        .mut_arg("lang", |a| a.help(tr!("clap-lang")))
        .mut_arg("file", |a| a.help(tr!("clap-file")));
    root.mut_subcommand("check", |c| {
        args(
            c.about(tr!("clap-check")),
            vec![
                ("file", tr!("clap-check-file")),
                ("json", tr!("clap-json")),
                ("as_of", tr!("clap-as-of")),
            ],
        )
    })
    .mut_subcommand("score", |c| {
        args(
            c.about(tr!("clap-score")),
            vec![
                ("file", tr!("clap-check-file")),
                ("json", tr!("clap-score-json")),
            ],
        )
    })
    .mut_subcommand("fmt", |c| {
        args(
            c.about(tr!("clap-fmt")),
            vec![("file", tr!("clap-check-file"))],
        )
    })
    .mut_subcommand("export", |c| {
        args(
            c.about(tr!("clap-export"))
                .long_about(tr!("clap-export-long")),
            vec![
                ("file", tr!("clap-check-file")),
                ("format", tr!("clap-export-format")),
                ("output", tr!("clap-export-output")),
                ("force", tr!("clap-export-force")),
                ("view", tr!("clap-export-view")),
                ("width", tr!("clap-export-width")),
            ],
        )
    })
    .mut_subcommand("diff", |c| {
        args(
            c.about(tr!("clap-diff")).long_about(tr!("clap-diff-long")),
            vec![
                ("files", tr!("clap-diff-files")),
                ("json", tr!("clap-diff-json")),
            ],
        )
    })
    .mut_subcommand("merge", |c| {
        args(
            c.about(tr!("clap-merge"))
                .long_about(tr!("clap-merge-long")),
            vec![
                ("base", tr!("clap-merge-base")),
                ("ours", tr!("clap-merge-ours")),
                ("theirs", tr!("clap-merge-theirs")),
                ("output", tr!("clap-merge-output")),
                ("take", tr!("clap-merge-take")),
                ("different_plans", tr!("clap-merge-different")),
            ],
        )
    })
    .mut_subcommand("demo", |c| {
        args(
            c.about(tr!("clap-demo")),
            vec![
                ("size", tr!("clap-demo-size")),
                ("output", tr!("clap-demo-output")),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    fn help(language: Language, args: &[&str]) -> String {
        set_language(language);
        let err = command()
            .try_get_matches_from(args)
            .err()
            .map(|e| e.render().to_string())
            .unwrap_or_default();
        set_language(Language::English);
        err
    }

    #[test]
    fn the_commands_are_well_formed_in_every_language() {
        for language in [Language::English, Language::German] {
            set_language(language);
            command().debug_assert();
        }
        set_language(Language::English);
    }

    #[test]
    fn help_speaks_the_chosen_language() {
        let german = help(Language::German, &["catchball", "--help"]);
        assert!(german.contains("Strategieworkshops"), "{german}");
        assert!(german.contains("Eine Plandatei prüfen"), "{german}");
        let english = help(Language::English, &["catchball", "--help"]);
        assert!(english.contains("Validate a plan file"), "{english}");
        let merge = help(Language::German, &["catchball", "merge", "--help"]);
        assert!(merge.contains("Unsere Kopie"), "{merge}");
        assert!(merge.contains("Aufruf: catchball merge"), "{merge}");
        assert!(merge.contains("Optionen:"), "{merge}");
        assert!(german.contains("Befehle:"), "{german}");
        assert!(german.contains("Hilfe zeigen"), "{german}");
        assert!(english.contains("Usage: catchball"), "{english}");
        assert!(english.contains("Print version"), "{english}");
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            language_argument(&args(&["catchball", "--lang", "de", "--help"])),
            Some("de".to_owned())
        );
        assert_eq!(
            language_argument(&args(&["catchball", "check", "--lang=de", "x"])),
            Some("de".to_owned())
        );
        assert_eq!(language_argument(&args(&["catchball", "x.plan.ron"])), None);
    }
}
