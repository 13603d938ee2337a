//! `breakglass` and `breakglass run`: the wizard, or why it cannot start here.

use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::engine::Session;
use breakglass::playbook::NodeBody;
use breakglass::tui::{self, Ended, theme::Theme};

use super::output::{Env, FAILURE, USAGE, error, print};

/// Runs the wizard on the playbook `arg` names.
pub fn run(env: &Env, arg: Option<&str>) -> ExitCode {
    if let Some(reason) = tui::terminal::unavailable() {
        error(&format!(
            "the wizard needs an interactive terminal, and {reason}.\n\
             To follow the same playbook without one, use `breakglass walk`: it prints the first\n\
             question and its option ids; add `--answer NODE=OPTION` for each answer."
        ));
        return ExitCode::from(USAGE);
    }
    let found = match env.open(arg) {
        Ok(f) => f,
        Err(code) => return code,
    };
    match tui::run(Session::new(found.playbook), Theme::new(env.no_color)) {
        Ok(Ended::Quit(session)) => {
            print(&where_left(&session, arg));
            ExitCode::SUCCESS
        }
        Ok(Ended::Signal(sig, session)) => {
            print(&where_left(&session, arg));
            ExitCode::from(u8::try_from(128_i32.saturating_add(sig)).unwrap_or(FAILURE))
        }
        Err(e) => {
            error(&format!("the wizard stopped: {e:#}"));
            ExitCode::from(FAILURE)
        }
    }
}

/// Where the person left off, and the `walk` command that prints it.
fn where_left(session: &Session, arg: Option<&str>) -> String {
    let place = match &session.node().body {
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
    format!("{place}\nTo print this as text: {command}\n")
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
