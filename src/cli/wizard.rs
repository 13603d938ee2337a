//! `breakglass` and `breakglass run`: the wizard (plain mode with `--plain` or without a
//! terminal), which saves its session after every step and offers to resume an unfinished
//! one; `--resume ID` resumes a given one and `--at CODE` opens the place a path code names.

use std::fmt::Write as _;
use std::io::{self, IsTerminal};
use std::process::ExitCode;

use breakglass::engine::{Session, pathcode};
use breakglass::journal::Journal;
use breakglass::plain;
use breakglass::playbook::NodeBody;
use breakglass::store::{Store, StoreError};
use breakglass::tr;
use breakglass::transcript::{self, Record, SystemClock, Transcript};
use breakglass::tui::{self, Ended, theme::Theme};

use super::output::{Env, FAILURE, STOPPED_AT_QUESTION, USAGE, error, print};
use super::position;

/// What the person asked for on the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// Playbook id or path.
    pub playbook: Option<&'a str>,
    /// `--resume ID`.
    pub resume: Option<&'a str>,
    /// `--at CODE`.
    pub at: Option<&'a str>,
    /// `--plain`.
    pub plain: bool,
    /// `--present`.
    pub present: bool,
}

/// A session ready to run, whichever front end runs it.
struct Prepared {
    session: Session,
    journal: Journal,
    /// Where to look for an unfinished session of this playbook to offer: the store and
    /// the playbook's id. Looked at by the wizard only after its first frame.
    offer_from: Option<(Store, breakglass::playbook::Playbook)>,
    note: Option<String>,
    /// The playbook untranslated, when `session` walks a translation.
    english: Option<breakglass::playbook::Playbook>,
}

/// Runs the wizard (or plain mode when asked, or when there is no terminal for the
/// wizard) on the playbook the request names, a resumed session, or a path code.
pub fn run(env: &Env, req: Request<'_>) -> ExitCode {
    let prepared = match (req.resume, req.at) {
        (Some(id), _) => resumed(env, id),
        (None, Some(code)) => at(env, req.playbook, code),
        (None, None) => fresh(env, req.playbook),
    };
    let prepared = match prepared {
        Ok(p) => p,
        Err(code) => return code,
    };
    let why_plain = if req.plain {
        None
    } else {
        match tui::terminal::unavailable() {
            Some(reason) => Some(reason),
            None => return wizard(env, prepared, req),
        }
    };
    if let Some(reason) = why_plain {
        error(&tr!("cli-plain-because", reason = reason.clone()));
    }
    run_plain(prepared, req)
}

/// The ratatui wizard.
fn wizard(env: &Env, p: Prepared, req: Request<'_>) -> ExitCode {
    let start = tui::Start {
        journal: Some(p.journal),
        offer: None,
        offer_later: p
            .offer_from
            .map(|(store, pb)| tui::app::OfferLater(Box::new(move || offer(&store, &pb)))),
        status: p.note,
        present: req.present,
        english: p.english,
    };
    let ended = tui::run(
        p.session,
        Theme::new(env.no_color).with_links(!env.no_links),
        start,
    );
    // The window was closed: every step is saved, and there is no one left to tell where.
    // Writing would only fail with EIO (and `eprintln!` would panic), so leave quietly.
    if tui::terminal::hung_up() {
        return ExitCode::from(tui::terminal::HANG_UP_EXIT);
    }
    match ended {
        Ok(Ended::Quit(session, journal)) => {
            print(&where_left(&session, journal.as_ref(), req.playbook));
            ExitCode::SUCCESS
        }
        Ok(Ended::Signal(sig, session, journal)) => {
            print(&where_left(&session, journal.as_ref(), req.playbook));
            ExitCode::from(u8::try_from(128_i32.saturating_add(sig)).unwrap_or(FAILURE))
        }
        Err(e) => {
            error(&tr!("cli-wizard-stopped", error = format!("{e:#}")));
            ExitCode::from(FAILURE)
        }
    }
}

/// Plain mode on stdin and stdout. An unfinished session is offered only when a person
/// is typing (stdin is a terminal), never to a pipe.
fn run_plain(p: Prepared, req: Request<'_>) -> ExitCode {
    let interactive = io::stdin().is_terminal();
    // Wrapped at the terminal's width on a terminal; not hard-wrapped into a pipe or file
    // (a screen reader or the next program reflows whole paragraphs).
    let width = io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten()
        .map(|(w, _)| usize::from(w).saturating_sub(1).max(20));
    let ctrl_c = super::signals::ctrl_c();
    let start = plain::Start {
        journal: Some(p.journal),
        offer: p
            .offer_from
            .filter(|_| interactive)
            .and_then(|(store, pb)| offer(&store, &pb)),
        note: p.note,
        hook: None,
        width,
        interrupt: ctrl_c.as_ref().map(|(flag, _)| flag.clone()),
        english: p.english,
    };
    // Plain mode prints text from the playbook and the session file: all of it is made
    // visible on its way out.
    let stdout = breakglass::sanitize::Writer::new(io::stdout().lock());
    let result = match ctrl_c {
        Some((_, stdin)) => plain::run(p.session, start, stdin, stdout),
        None => plain::run(p.session, start, io::stdin().lock(), stdout),
    };
    match result {
        // Ctrl-C quits at once in both front ends: the same summary, exit 0.
        Ok((end, session, journal)) => {
            let printed = print(&where_left(&session, journal.as_ref(), req.playbook));
            match end {
                plain::End::EndOfInput => ExitCode::from(STOPPED_AT_QUESTION),
                plain::End::AtOutcome | plain::End::Quit | plain::End::Interrupted => printed,
            }
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(FAILURE),
        Err(e) => {
            error(&tr!("cli-plain-stopped", error = e.to_string()));
            ExitCode::from(FAILURE)
        }
    }
}

/// A new session, with the newest unfinished one of the same playbook to offer.
fn fresh(env: &Env, arg: Option<&str>) -> Result<Prepared, ExitCode> {
    let mut found = env.open(arg)?;
    let english = found.english.take();
    let offer_from = env.store.clone().map(|s| (s, found.playbook.clone()));
    let journal = Journal::start(&found.playbook, env.store.clone(), Box::new(SystemClock));
    Ok(Prepared {
        session: Session::new(found.playbook),
        journal,
        offer_from,
        note: None,
        english,
    })
}

/// A new session at the position a path code names; its answers are recorded as the
/// session's first steps.
fn at(env: &Env, arg: Option<&str>, code: &str) -> Result<Prepared, ExitCode> {
    let mut opened = position::open(env, arg, code)?;
    let english = opened.found.english.take();
    let mut journal = Journal::start(
        &opened.found.playbook,
        env.store.clone(),
        Box::new(SystemClock),
    );
    let mut session = Session::new(opened.found.playbook);
    if let Err((i, e)) = session.replay(&opened.answers) {
        error(&tr!(
            "cli-code-answer-fails",
            number = i + 1,
            error = e.to_string()
        ));
        return Err(ExitCode::from(USAGE));
    }
    let mut note = opened.note;
    let events = session.drain_events();
    if let Err(e) = journal
        .note([Record::Opened {
            code: code.trim().to_string(),
        }])
        .and_then(|()| journal.record(events))
    {
        let _ = write!(note, " {}", tr!("cli-not-saved", error = e.to_string()));
    }
    Ok(Prepared {
        session,
        journal,
        offer_from: None,
        note: Some(note),
        english,
    })
}

/// What to offer at start: an unfinished session to resume, else the last one, when it
/// left work open at its outcome, to reopen.
fn offer(store: &Store, playbook: &breakglass::playbook::Playbook) -> Option<Transcript> {
    unfinished(store, &playbook.id).or_else(|| waiting(store, playbook))
}

/// The newest session of `playbook` that stopped before an outcome, was not dismissed and
/// has at least one answer.
fn unfinished(store: &Store, playbook: &str) -> Option<Transcript> {
    let (sessions, _) = store.list();
    sessions.into_iter().find(|t| {
        t.playbook.id == playbook
            && !t.dismissed
            && !t.is_finished()
            && !t.answers().is_empty()
            && store.open_elsewhere(&t.id).is_none()
    })
}

/// The last session of `playbook`, when it reached an outcome and left work open there
/// (items not ticked, no case number at an escalation): it is offered for reopening.
fn waiting(store: &Store, playbook: &breakglass::playbook::Playbook) -> Option<Transcript> {
    let (sessions, _) = store.list();
    let last = sessions
        .into_iter()
        .find(|t| t.playbook.id == playbook.id && !t.dismissed)?;
    transcript::reopen::open_work(&last, playbook)?;
    store.open_elsewhere(&last.id).is_none().then_some(last)
}

/// Session `id`, rebuilt on its playbook as it is now.
fn resumed(env: &Env, id: &str) -> Result<Prepared, ExitCode> {
    let store = env.require_store()?;
    // Locked before it is read, so no other breakglass writes it while this one does.
    let mut journal =
        Journal::open(store.clone(), id, Box::new(SystemClock)).map_err(|e| match e {
            StoreError::NotFound(id) => {
                error(&tr!("cli-session-not-found", id = id));
                error(&tr!("cli-sessions-lists-them"));
                ExitCode::from(USAGE)
            }
            e => {
                error(&e.to_string());
                ExitCode::from(FAILURE)
            }
        })?;
    let old = journal.transcript();
    // By id among the installed playbooks only: a session file never names a path.
    if !super::recorded::installed(env, &old.playbook.id) {
        error(&tr!(
            "cli-resume-not-installed",
            id = id,
            playbook = old.playbook.id.as_str()
        ));
        return Err(ExitCode::from(FAILURE));
    }
    let mut found = env.open(Some(&old.playbook.id))?;
    let english = found.english.take();
    let r = transcript::resume(old, found.playbook);
    // The session file keeps the note in English; the screen says it in the interface
    // language.
    let (note, saved) = if let (Some(note), Some(english)) = (r.note, r.note_english) {
        (note, english)
    } else {
        let mut args = breakglass::i18n::FluentArgs::new();
        args.set("id", id);
        (
            tr!("cli-resumed", id = id),
            breakglass::i18n::english("cli-resumed", Some(&args)),
        )
    };
    let status = match journal.note([Record::Resumed { note: saved }]) {
        Ok(()) => note,
        Err(e) => format!("{note} {}", tr!("cli-not-saved", error = e.to_string())),
    };
    Ok(Prepared {
        session: r.session,
        journal,
        offer_from: None,
        note: Some(status),
        english,
    })
}

/// Where the person left off, where the session is saved, and the `walk` command that
/// prints the same place.
fn where_left(session: &Session, journal: Option<&Journal>, arg: Option<&str>) -> String {
    let place = match &session.node().body {
        NodeBody::Outcome(o) => tr!("cli-left-reached", title = o.title.as_str()),
        NodeBody::Question(q) => tr!("cli-left-stopped", title = q.text.as_str()),
        NodeBody::Info(i) => tr!("cli-left-stopped", title = i.title.as_str()),
    };
    let mut out = format!("{place}\n");
    if let Some(j) = journal {
        let id = &j.transcript().id;
        match (j.saved_to(), j.error()) {
            (_, Some(e)) => {
                let _ = writeln!(out, "{}", tr!("cli-left-not-saved", error = e.to_string()));
            }
            (Some(path), None) => {
                let _ = writeln!(
                    out,
                    "{}\n{}",
                    tr!(
                        "cli-left-saved",
                        id = id.as_str(),
                        path = breakglass::sanitize::visible_path(path)
                    ),
                    tr!("cli-left-resume", id = id.as_str())
                );
            }
            (None, None) => {
                let _ = writeln!(out, "{}", tr!("cli-left-nothing-saved"));
            }
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
    let _ = writeln!(out, "{}", tr!("cli-left-walk", command = command));
    if let Ok(code) = pathcode::encode(session) {
        let _ = writeln!(out, "{}", tr!("cli-left-code", code = code.as_str()));
    }
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
