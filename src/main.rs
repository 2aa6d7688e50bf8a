//! The `catchball` binary: parses the command line, then runs a headless command or opens the window.

use catchball::cli::{self, Cli, Command};
use clap::FromArgMatches;
use std::io::Write;
use std::process::ExitCode;

/// A usage error as one line on stderr ("catchball: invalid value 'x' for '--format <FORMAT>'
/// (possible values: …). Try --help."), exit 2; help and version print as clap prints them.
fn parse() -> Result<Cli, ExitCode> {
    // The help is written in the language asked for, so that is found before clap parses.
    let raw: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    catchball::i18n::set_process_language(
        cli::language_argument(&raw)
            .and_then(|code| catchball::i18n::Language::from_code(&code))
            .unwrap_or_else(catchball::i18n::Language::from_system),
    );
    let parsed = cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            let text = e.render().to_string();
            let parts: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
                .map(|l| l.strip_prefix("error: ").unwrap_or(l))
                .collect();
            let line = format!(
                "catchball: {}. Try --help.",
                parts.join(" ").trim_end_matches('.')
            );
            eprintln!("{}", cli::terminal_safe(&line));
            Err(ExitCode::from(2))
        }
    }
}

/// Prints a headless command's outcome and exits with its code.
fn finish(outcome: &cli::Outcome) -> ExitCode {
    print!("{}", cli::terminal_safe(&outcome.stdout));
    eprint!("{}", cli::terminal_safe(&outcome.stderr));
    let _ = std::io::stdout().flush();
    ExitCode::from(outcome.exit_code)
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let language = match args.lang.as_deref() {
        Some(code) => {
            let (language, warning) = catchball::i18n::choose(code);
            if let Some(warning) = warning {
                eprintln!("{warning}");
            }
            Some(language)
        }
        None => None,
    };
    catchball::i18n::set_process_language(
        language.unwrap_or_else(catchball::i18n::Language::from_system),
    );
    let result = match args.command {
        Some(Command::Check { file, json, as_of }) => {
            return finish(&cli::check(&file, json, as_of));
        }
        Some(Command::Diff { files, json }) => return finish(&cli::diff(&files, json)),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            take,
            different_plans,
        }) => {
            return finish(&cli::merge(&cli::MergeArgs {
                base: &base,
                ours: &ours,
                theirs: &theirs,
                output: &output,
                take: take.map(Into::into),
                different_plans,
            }));
        }
        Some(Command::Fmt { file }) => cli::fmt(&file),
        Some(Command::Score { file, json }) => cli::score(&file, json),
        Some(Command::Export {
            file,
            format,
            output,
            force,
            view,
            width,
        }) => cli::export(
            &file,
            format,
            output.as_deref(),
            force,
            catchball::export::Options { view, width },
        ),
        Some(Command::Demo { size, output }) => cli::demo(size, &output),
        None => catchball::app::run(args.file, language).map(|()| String::new()),
    };
    match result {
        Ok(out) => {
            print!("{}", cli::terminal_safe(&out));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", cli::terminal_safe(&e.to_string()));
            ExitCode::from(2)
        }
    }
}
