//! `breakglass` and `breakglass run`: the wizard, which saves its session after every step
//! and offers to resume an unfinished one; `--resume ID` resumes a given one.

use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::playbook::NodeBody;
use breakglass::store::{Store, StoreError};
use breakglass::transcript::{self, Record, SystemClock, Transcript};
use breakglass::tui::{self, Ended, Start, theme::Theme};

use super::output::{Env, FAILURE, USAGE, error, print};

/// Runs the wizard on the playbook `arg` names, or resumes session `resume`.
pub fn run(env: &Env, arg: Option<&str>, resume: Option<&str>) -> ExitCode {
    if let Some(reason) = tui::terminal::unavailable() {
        error(&format!(
            "the wizard needs an interactive terminal, and {reason}.\n\
             To follow the same playbook without one, use `breakglass walk`: it prints the first\n\
             question and its option ids; add `--answer NODE=OPTION` for each answer."
        ));
        return ExitCode::from(USAGE);
    }
    let prepared = match resume {
        Some(id) => resumed(env, id),
        None => fresh(env, arg),
    };
    let (session, start) = match prepared {
        Ok(p) => p,
        Err(code) => return code,
    };
    let playbook_arg = arg.map(str::to_string);
    match tui::run(session, Theme::new(env.no_color), start) {
        Ok(Ended::Quit(session, journal)) => {
            print(&where_left(
                &session,
                journal.as_ref(),
                playbook_arg.as_deref(),
            ));
            ExitCode::SUCCESS
        }
        Ok(Ended::Signal(sig, session, journal)) => {
            print(&where_left(
                &session,
                journal.as_ref(),
                playbook_arg.as_deref(),
            ));
            ExitCode::from(u8::try_from(128_i32.saturating_add(sig)).unwrap_or(FAILURE))
        }
        Err(e) => {
            error(&format!("the wizard stopped: {e:#}"));
            ExitCode::from(FAILURE)
        }
    }
}

/// A new session, with the newest unfinished one of the same playbook to offer.
fn fresh(env: &Env, arg: Option<&str>) -> Result<(Session, Start), ExitCode> {
    let found = env.open(arg)?;
    let offer = env
        .store
        .as_ref()
        .and_then(|s| unfinished(s, &found.playbook.id));
    let journal = Journal::start(&found.playbook, env.store.clone(), Box::new(SystemClock));
    Ok((
        Session::new(found.playbook),
        Start {
            journal: Some(journal),
            offer,
            status: None,
        },
    ))
}

/// The newest session of `playbook` that stopped before an outcome, was not dismissed and
/// has at least one answer.
fn unfinished(store: &Store, playbook: &str) -> Option<Transcript> {
    let (sessions, _) = store.list();
    sessions.into_iter().find(|t| {
        t.playbook.id == playbook && !t.dismissed && !t.is_finished() && !t.answers().is_empty()
    })
}

/// Session `id`, rebuilt on its playbook as it is now.
fn resumed(env: &Env, id: &str) -> Result<(Session, Start), ExitCode> {
    let store = env.require_store()?;
    let old = store.load(id).map_err(|e| {
        error(&e.to_string());
        match e {
            StoreError::NotFound(_) => {
                error("`breakglass sessions` lists the saved sessions.");
                ExitCode::from(USAGE)
            }
            _ => ExitCode::from(FAILURE),
        }
    })?;
    let found = env.open(Some(&old.playbook.id))?;
    let r = transcript::resume(&old, found.playbook);
    let note = r
        .note
        .unwrap_or_else(|| format!("Resumed session {id} where you left off."));
    let mut journal = Journal::continue_with(old, Some(store.clone()), Box::new(SystemClock));
    let status = match journal.note([Record::Resumed { note: note.clone() }]) {
        Ok(()) => note,
        Err(e) => format!("{note} (Not saved: {e})"),
    };
    Ok((
        r.session,
        Start {
            journal: Some(journal),
            offer: None,
            status: Some(status),
        },
    ))
}

/// Where the person left off, where the session is saved, and the `walk` command that
/// prints the same place.
fn where_left(session: &Session, journal: Option<&Journal>, arg: Option<&str>) -> String {
    let place = match &session.node().body {
        NodeBody::Outcome(o) => format!("You reached: {}", o.title),
        NodeBody::Question(q) => format!("You stopped at: {}", q.text),
        NodeBody::Info(i) => format!("You stopped at: {}", i.title),
    };
    let mut out = format!("{place}\n");
    if let Some(j) = journal {
        let id = &j.transcript().id;
        match (j.saved_to(), j.error()) {
            (_, Some(e)) => {
                let _ = writeln!(out, "The session could NOT be saved: {e}.");
            }
            (Some(path), None) => {
                let _ = writeln!(
                    out,
                    "Session saved as {id} ({}).\nResume: breakglass --resume {id}    Report: breakglass report {id}",
                    path.display()
                );
            }
            (None, None) => {}
        }
    }
    let mut command = String::from("breakglass walk");
    if let Some(a) = arg {
        command.push(' ');
        command.push_str(&shell_quote(a));
    }
    for a in session.answers() {
        let _ = write!(command, " --answer {}={}", a.node, a.option);
    }
    let _ = writeln!(out, "To print this as text: {command}");
    out
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
