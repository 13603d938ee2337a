//! The `breakglass` command line: parses arguments, dispatches to the library, prints
//! errors itself (no Debug dumps, no backtraces) and chooses the exit code:
//! 0 done, 1 error (bad playbook, I/O), 2 usage, 3 `walk` stopped at a question.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use breakglass::catalog::{self, CatalogError, Found};
use breakglass::engine::Session;
use breakglass::playbook::{NodeBody, Severity};
use breakglass::tui::{self, Ended, theme::Theme};
use breakglass::{diagnostics, walk};
use clap::{Parser, Subcommand};

/// Offline help for Microsoft Azure / Entra ID / Microsoft 365 MFA lockouts.
///
/// Run with no command to start the wizard on the built-in lockout playbook. breakglass
/// never asks for a password, code, recovery key or token, and never uses the network.
#[derive(Debug, Parser)]
#[command(name = "breakglass", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Use no colours (also when NO_COLOR is set).
    #[arg(long, global = true)]
    no_color: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the wizard on a playbook: a built-in id or a path to a YAML file.
    Run {
        /// Built-in playbook id or path (default: entra-mfa-lockout).
        playbook: Option<String>,
    },
    /// Follow answers through a playbook without the wizard and print where they lead.
    ///
    /// Exits 0 at an outcome, 3 at a question with no answer given (printing it with its
    /// option ids), 2 if an answer names an unknown node or option.
    Walk {
        /// Built-in playbook id or path (default: entra-mfa-lockout).
        playbook: Option<String>,
        /// An answer, as NODE=OPTION; repeat for each question.
        #[arg(short, long = "answer", value_name = "NODE=OPTION")]
        answers: Vec<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

const USAGE: u8 = 2;
const FAILURE: u8 = 1;
const STOPPED_AT_QUESTION: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match cli.command {
        None => wizard(None, no_color),
        Some(Command::Run { playbook }) => wizard(playbook.as_deref(), no_color),
        Some(Command::Walk {
            playbook,
            answers,
            json,
        }) => walk_command(playbook.as_deref(), &answers, json, no_color),
    }
}

fn error(message: &str) {
    eprintln!("breakglass: {message}");
}

/// Opens a playbook, or prints why not and returns the exit code.
fn open(arg: Option<&str>, no_color: bool) -> Result<Found, ExitCode> {
    let color = !no_color && std::io::stderr().is_terminal();
    match catalog::open(arg) {
        Ok(found) => {
            if !found.warnings.is_empty() {
                let name = found.origin.display_name();
                eprint!(
                    "{}",
                    diagnostics::render(&name, &found.text, &found.warnings, color)
                );
            }
            Ok(found)
        }
        Err(CatalogError::NotFound { arg }) => {
            error(&format!(
                "no built-in playbook is called `{arg}` and there is no file at that path.\n\
                 Built-in playbooks: {}. A path must point to a YAML file.",
                catalog::builtin_ids().join(", ")
            ));
            Err(ExitCode::from(USAGE))
        }
        Err(CatalogError::Invalid {
            origin,
            text,
            diagnostics: diags,
        }) => {
            let name = origin.display_name();
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            eprint!("{}", diagnostics::render(&name, &text, &diags, color));
            error(&format!(
                "{name} cannot be used: {errors} error(s). Fix them and run again."
            ));
            Err(ExitCode::from(FAILURE))
        }
        Err(e) => {
            error(&e.to_string());
            Err(ExitCode::from(FAILURE))
        }
    }
}

fn wizard(arg: Option<&str>, no_color: bool) -> ExitCode {
    if let Some(reason) = tui::terminal::unavailable() {
        error(&format!(
            "the wizard needs an interactive terminal, and {reason}.\n\
             To follow the same playbook without one, use `breakglass walk`: it prints the first\n\
             question and its option ids; add `--answer NODE=OPTION` for each answer."
        ));
        return ExitCode::from(USAGE);
    }
    let found = match open(arg, no_color) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let theme = Theme::new(no_color);
    match tui::run(Session::new(found.playbook), theme) {
        Ok(Ended::Quit(session)) => {
            print_where_left(&session, arg);
            ExitCode::SUCCESS
        }
        Ok(Ended::Signal(sig, session)) => {
            print_where_left(&session, arg);
            ExitCode::from(u8::try_from(128_i32.saturating_add(sig)).unwrap_or(FAILURE))
        }
        Err(e) => {
            error(&format!("the wizard stopped: {e:#}"));
            ExitCode::from(FAILURE)
        }
    }
}

/// After the wizard: where the person left off, and the `walk` command that prints it.
fn print_where_left(session: &Session, arg: Option<&str>) {
    let node = session.node();
    let place = match &node.body {
        NodeBody::Outcome(o) => format!("You reached: {}", o.title),
        NodeBody::Question(q) => format!("You stopped at: {}", q.text),
        NodeBody::Info(i) => format!("You stopped at: {}", i.title),
    };
    let mut command = String::from("breakglass walk");
    if let Some(a) = arg {
        command.push(' ');
        command.push_str(&shell_quote(a));
    }
    for a in session.answers() {
        let _ = write!(command, " --answer {}={}", a.node, a.option);
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{place}\nTo print this as text: {command}");
}

/// Quotes a word for a POSIX shell when it needs it.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./-:@%+=".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

fn walk_command(arg: Option<&str>, raw: &[String], json: bool, no_color: bool) -> ExitCode {
    let found = match open(arg, no_color) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let walked = walk::parse_answers(&found.playbook, raw)
        .and_then(|answers| walk::walk(found.playbook, &answers));
    let walked = match walked {
        Ok(w) => w,
        Err(e) => {
            error(&e.to_string());
            return ExitCode::from(USAGE);
        }
    };
    for a in &walked.unused {
        eprintln!(
            "breakglass: note: --answer {}={} was not used: the path did not reach `{}`",
            a.node, a.option, a.node
        );
    }
    let mut out = std::io::stdout().lock();
    let written = if json {
        serde_json::to_string_pretty(&walk::to_json(&walked))
            .map_err(std::io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        write!(out, "{}", walk::to_text(&walked))
    };
    if let Err(e) = written.and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            error(&format!("cannot write the output: {e}"));
        }
        return ExitCode::from(FAILURE);
    }
    match walked.stop {
        walk::Stop::Outcome => ExitCode::SUCCESS,
        walk::Stop::Question => ExitCode::from(STOPPED_AT_QUESTION),
    }
}
