//! The `catchball` binary: parses the command line, then runs a headless command or opens the window.

use catchball::cli::{self, Cli, Command};
use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    let result = match args.command {
        Some(Command::Check { file, json }) => {
            let outcome = cli::check(&file, json);
            print!("{}", outcome.stdout);
            eprint!("{}", outcome.stderr);
            let _ = std::io::stdout().flush();
            return ExitCode::from(outcome.exit_code);
        }
        Some(Command::Fmt { file }) => cli::fmt(&file),
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
        None => catchball::app::run(args.file).map(|()| String::new()),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
