//! The plain front end: the same engine, line by line, for screen readers, pipes and dumb
//! terminals. Each question is printed with numbered options; a line of input answers it
//! (a number, or `b` back, `r` restart, `?` help, `c` path code, `e` report, `f` facts,
//! `a` again, `l` sections, `s N` step N, `q` quit). Text wraps at the terminal's width
//! when the caller says so, and is not hard-wrapped otherwise. It reads any `BufRead` and writes any `Write`, so `printf '2\n1\n' | breakglass
//! --plain` works and tests drive it directly.

pub mod drill;
mod render;

use std::io::{self, BufRead, Write};

use crate::engine::Session;
use crate::export::report::{self, ReportInput};
use crate::journal::Journal;
use crate::playbook::NodeBody;
use crate::store::SaveError;
use crate::tr;
use crate::transcript::{self, FactKind, Record, Transcript};

pub use render::left;

/// How a plain session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Input ended with an outcome shown (exit 0).
    AtOutcome,
    /// The person typed `q` (exit 0).
    Quit,
    /// Input ended before an outcome (exit 3).
    EndOfInput,
    /// Ctrl-C: the person left at once (exit 0, like the wizard's Ctrl-C).
    Interrupted,
}

/// What a plain session starts with besides the session.
#[derive(Debug, Default)]
pub struct Start {
    /// Keeps the session on disk after every step.
    pub journal: Option<Journal>,
    /// An unfinished session to offer (only when input is interactive).
    pub offer: Option<Transcript>,
    /// A first line to print (for example what `--at` or `--resume` replayed).
    pub note: Option<String>,
    /// Watches the walk (a drill's clock and injects).
    pub hook: Option<Box<dyn Hook>>,
    /// Wrap at this many columns (stdout is a terminal), or not at all (`None`).
    pub width: Option<usize>,
    /// Set when Ctrl-C arrived; input then reads as ended and the walk stops as
    /// [`End::Interrupted`].
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// The playbook untranslated, when the session's is a translation: the report's case
    /// summary for Microsoft Support is also given in English.
    pub english: Option<crate::playbook::Playbook>,
}

/// Something that watches a plain walk: it sees the engine's events after every step and
/// may print lines, and it may end the walk.
pub trait Hook {
    /// The engine's events since the last call; returns lines to print after the node.
    fn observe(&mut self, events: &[crate::engine::Event]) -> Vec<String>;
    /// Lines to print before each prompt (a clock, injects now due).
    fn before_prompt(&mut self) -> Vec<String>;
    /// Whether the walk is over (a drill ends at its first outcome).
    fn finished(&self) -> bool;
}

impl std::fmt::Debug for dyn Hook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hook")
    }
}

/// Runs the plain front end until input ends or the person quits.
pub fn run<R: BufRead, W: Write>(
    session: Session,
    start: Start,
    input: R,
    output: W,
) -> io::Result<(End, Session, Option<Journal>)> {
    render::set_width(start.width);
    let mut p = Plain {
        session,
        journal: start.journal,
        input,
        out: output,
        warned: None,
        hook: start.hook,
        later: Vec::new(),
        interrupt: start.interrupt,
        english: start.english,
    };
    if let Some(note) = &start.note {
        writeln!(p.out, "\n{note}")?;
    }
    p.sync()?;
    if let Some(offer) = start.offer {
        p.offer(offer)?;
    }
    let end = p.main_loop()?;
    Ok((end, p.session, p.journal))
}

/// `s 3`, `s3`, `step 3`: the step number asked for.
fn step_number(line: &str) -> Option<usize> {
    line.strip_prefix("step")
        .or_else(|| line.strip_prefix('s'))
        .and_then(|n| n.trim().parse::<usize>().ok())
}

/// Flushes the prompt, then reads one line, trimmed; `None` at the end of input.
fn read_line<R: BufRead, W: Write>(input: &mut R, out: &mut W) -> io::Result<Option<String>> {
    out.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

struct Plain<R, W> {
    session: Session,
    journal: Option<Journal>,
    input: R,
    out: W,
    warned: Option<String>,
    hook: Option<Box<dyn Hook>>,
    /// Lines from the hook, printed after the node is shown.
    later: Vec<String>,
    interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    english: Option<crate::playbook::Playbook>,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    fn read_line(&mut self) -> io::Result<Option<String>> {
        read_line(&mut self.input, &mut self.out)
    }

    /// Writes one line of the interface's words, wrapped at the width when there is one.
    fn say(&mut self, line: &str) -> io::Result<()> {
        self.out.write_all(render::said(line).as_bytes())
    }

    fn interrupted(&self) -> bool {
        self.interrupt
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::SeqCst))
    }

    fn show(&mut self) -> io::Result<()> {
        let text = match &self.session.node().body {
            NodeBody::Question(q) => render::question(&self.session, q),
            NodeBody::Info(i) => render::info(i),
            NodeBody::Outcome(o) => render::outcome(&self.session, o),
        };
        self.out.write_all(text.as_bytes())?;
        let answered = self.session.trail().iter().any(|v| v.choice.is_some());
        if answered {
            let line = if self.session.outcome().is_some() {
                render::code(&self.session)
            } else {
                render::short_code(&self.session)
            };
            self.out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    fn prompt(&mut self) -> io::Result<()> {
        let text = match &self.session.node().body {
            NodeBody::Question(q) => tr!("plain-prompt-question", count = q.options.len()),
            NodeBody::Info(_) => tr!("plain-prompt-info"),
            NodeBody::Outcome(o) if !o.options.is_empty() => {
                tr!("plain-prompt-outcome-options", count = o.options.len())
            }
            NodeBody::Outcome(_) => tr!("plain-prompt-outcome-end"),
        };
        write!(self.out, "{text} ")
    }

    fn main_loop(&mut self) -> io::Result<End> {
        let mut changed = true;
        loop {
            if changed {
                self.show()?;
            }
            for line in std::mem::take(&mut self.later) {
                writeln!(self.out, "{line}")?;
            }
            if self.hook.as_ref().is_some_and(|h| h.finished()) {
                return Ok(End::AtOutcome);
            }
            if let Some(hook) = &mut self.hook {
                for line in hook.before_prompt() {
                    writeln!(self.out, "{line}")?;
                }
            }
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                writeln!(self.out)?;
                if self.interrupted() {
                    self.say(&tr!("plain-stopped-ctrl-c"))?;
                    return Ok(End::Interrupted);
                }
                return Ok(if self.session.outcome().is_some() {
                    End::AtOutcome
                } else {
                    let heading = self.session.node().heading().to_string();
                    self.say(&tr!("plain-end-of-input", heading = heading))?;
                    End::EndOfInput
                });
            };
            changed = match self.command(&line)? {
                Some(End::Quit) => return Ok(End::Quit),
                Some(_) => false,
                None => {
                    self.sync()?;
                    true
                }
            };
        }
    }

    /// Carries out one line; `Some(End::Quit)` to leave, `Some(other)` when nothing
    /// moved, `None` when the engine may have moved (so the node is shown again).
    fn command(&mut self, line: &str) -> io::Result<Option<End>> {
        let lower = line.to_ascii_lowercase();
        match lower.as_str() {
            "q" | "quit" => {
                self.say(&tr!("plain-quitting"))?;
                return Ok(Some(End::Quit));
            }
            "b" | "back" => {
                if !self.session.back() {
                    self.say(&tr!("plain-back-at-first"))?;
                    return Ok(Some(End::AtOutcome));
                }
            }
            "r" | "restart" => {
                self.session.restart();
                self.say(&tr!("plain-restarted"))?;
            }
            "?" | "h" | "help" => {
                let help = render::help(&self.session);
                self.out.write_all(help.as_bytes())?;
                return Ok(Some(End::AtOutcome));
            }
            "c" | "code" => {
                let code = render::code(&self.session);
                self.out.write_all(code.as_bytes())?;
                return Ok(Some(End::AtOutcome));
            }
            "e" | "report" => {
                self.export()?;
                return Ok(Some(End::AtOutcome));
            }
            "f" | "facts" => {
                self.facts()?;
                return Ok(Some(End::AtOutcome));
            }
            "a" | "again" | "repeat" => {
                self.show()?;
                return Ok(Some(End::AtOutcome));
            }
            "l" | "list" | "sections" => {
                let text = match &self.session.node().body {
                    NodeBody::Outcome(o) => render::section_list(&self.session, o),
                    _ => format!("{}\n", tr!("plain-sections-not-here")),
                };
                self.out.write_all(text.as_bytes())?;
                return Ok(Some(End::AtOutcome));
            }
            _ if step_number(&lower).is_some() => {
                let n = step_number(&lower).unwrap_or(0);
                let text = match &self.session.node().body {
                    NodeBody::Outcome(o) => render::step(&self.session, o, n),
                    _ => format!("{}\n", tr!("plain-steps-not-here")),
                };
                self.out.write_all(text.as_bytes())?;
                return Ok(Some(End::AtOutcome));
            }
            _ => return self.answer(line),
        }
        Ok(None)
    }

    /// A number at a question, Enter at a note, `t N` at an outcome.
    fn answer(&mut self, line: &str) -> io::Result<Option<End>> {
        let nothing = Ok(Some(End::AtOutcome));
        match &self.session.node().body {
            NodeBody::Info(_) if line.is_empty() => {
                let _ = self.session.advance();
                Ok(None)
            }
            NodeBody::Question(q) => {
                let count = q.options.len();
                match line.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) => {
                        let _ = self.session.choose(n.saturating_sub(1));
                        Ok(None)
                    }
                    Ok(n) => {
                        self.say(&tr!("plain-no-such-answer", number = n, count = count))?;
                        nothing
                    }
                    Err(_) => {
                        self.say(&tr!("plain-not-understood", line = line, count = count))?;
                        nothing
                    }
                }
            }
            NodeBody::Outcome(o) if !o.options.is_empty() && line.parse::<usize>().is_ok() => {
                let count = o.options.len();
                match line.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) => {
                        let _ = self.session.choose(n.saturating_sub(1));
                        Ok(None)
                    }
                    _ => {
                        self.say(&tr!("plain-no-such-way", line = line, count = count))?;
                        nothing
                    }
                }
            }
            NodeBody::Outcome(_) => self.tick(line),
            NodeBody::Info(_) => {
                self.say(&tr!("plain-info-help"))?;
                nothing
            }
        }
    }

    fn tick(&mut self, line: &str) -> io::Result<Option<End>> {
        let items = self.session.outcome_items();
        let n = line
            .strip_prefix('t')
            .or_else(|| line.strip_prefix('T'))
            .and_then(|n| n.trim().parse::<usize>().ok());
        match n
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| items.get(i))
            .cloned()
        {
            Some((list, item)) => {
                let done = self.session.toggle(&list, &item).unwrap_or(false);
                let number = n.unwrap_or(0);
                let said = if done {
                    tr!("plain-item-ticked", number = number)
                } else {
                    tr!("plain-item-unticked", number = number)
                };
                self.say(&said)?;
                self.sync()?;
            }
            None => self.say(&tr!("plain-tick-help", count = items.len()))?,
        }
        Ok(Some(End::AtOutcome))
    }

    fn offer(&mut self, old: Transcript) -> io::Result<()> {
        if let Some(open) = transcript::reopen::open_work(&old, self.session.playbook()) {
            writeln!(self.out, "{open}")?;
            write!(self.out, "{} ", tr!("plain-offer-reopen"))?;
        } else {
            let when = old.updated.replace('T', " ").replace('Z', " UTC");
            self.say(&tr!(
                "plain-offer-unfinished",
                when = when,
                count = old.answers().len()
            ))?;
            write!(self.out, "{} ", tr!("plain-offer-resume"))?;
        }
        let yes = self
            .read_line()?
            .is_some_and(|l| l.eq_ignore_ascii_case("y") || l.eq_ignore_ascii_case("yes"));
        if yes {
            // Locked and read again first: the latest save is what is resumed.
            let adopted = match &mut self.journal {
                Some(j) => j.adopt(old).cloned(),
                None => Ok(old),
            };
            let old = match adopted {
                Ok(t) => t,
                Err(e) => {
                    return self.say(&tr!("plain-offer-failed", error = e.to_string()));
                }
            };
            let r = transcript::resume(&old, self.session.playbook().clone());
            self.session = r.session;
            // The session file keeps the note in English.
            let (note, saved) = match (r.note, r.note_english) {
                (Some(note), Some(english)) => (note, english),
                _ => (
                    tr!("plain-resumed"),
                    crate::i18n::english("plain-resumed", None),
                ),
            };
            writeln!(self.out, "{note}")?;
            if let Some(j) = &mut self.journal {
                let result = j.note([Record::Resumed { note: saved }]);
                self.saved(result)?;
            }
        } else {
            self.say(&tr!("plain-afresh", id = old.id.as_str()))?;
            if let Some(j) = &mut self.journal {
                let result = j.dismiss(&old);
                self.saved(result)?;
            }
        }
        Ok(())
    }

    fn facts(&mut self) -> io::Result<()> {
        if self.journal.is_none() {
            return self.say(&tr!("plain-facts-unsaved"));
        }
        self.say(&tr!("plain-facts-intro"))?;
        for kind in FactKind::ALL {
            // A refused value is asked for again, never passed to the next field.
            loop {
                write!(
                    self.out,
                    "{} ",
                    tr!(
                        "plain-fact-prompt",
                        label = kind.title(),
                        example = kind.example()
                    )
                )?;
                let Some(line) = self.read_line()? else {
                    return Ok(());
                };
                if line.is_empty() {
                    break;
                }
                match kind.parse(&line) {
                    Ok(value) => {
                        let result = self
                            .journal
                            .as_mut()
                            .map_or(Ok(()), |j| j.set_fact(kind, Some(value)));
                        self.saved(result)?;
                        self.say(&tr!("plain-fact-kept"))?;
                        break;
                    }
                    Err(e) => self.say(&tr!("plain-fact-refused", error = e.to_string()))?,
                }
            }
        }
        Ok(())
    }

    fn export(&mut self) -> io::Result<()> {
        let Some(journal) = &mut self.journal else {
            return self.say(&tr!("plain-report-unsaved"));
        };
        let Some(store) = journal.store().cloned() else {
            return self.say(&tr!("plain-report-no-store"));
        };
        let input = ReportInput {
            transcript: journal.transcript(),
            session: &self.session,
            note: None,
        };
        let text = report::to_markdown_with_english(&input, self.english.as_ref(), false);
        match store.write_report(&format!("{}.md", journal.transcript().id), &text) {
            Ok(path) => {
                let result = journal.note([Record::Exported {
                    file: path.display().to_string(),
                }]);
                let shown = path.display().to_string();
                self.say(&tr!("plain-report-written", path = shown))?;
                self.saved(result)
            }
            Err(e) => self.say(&tr!("plain-report-failed", error = e.to_string())),
        }
    }

    fn sync(&mut self) -> io::Result<()> {
        let events = self.session.drain_events();
        if let Some(hook) = &mut self.hook {
            let lines = hook.observe(&events);
            self.later.extend(lines);
        }
        let result = match &mut self.journal {
            Some(j) => j.record(events),
            None => Ok(()),
        };
        self.saved(result)
    }

    /// Says once when saving starts failing, and once when it works again.
    fn saved(&mut self, result: Result<(), SaveError>) -> io::Result<()> {
        match (result, self.warned.take()) {
            (Err(e), None) => {
                let text = e.to_string();
                self.say(&tr!("plain-save-failed", error = text.as_str()))?;
                self.warned = Some(text);
            }
            (Err(e), Some(_)) => self.warned = Some(e.to_string()),
            (Ok(()), Some(_)) => self.say(&tr!("plain-save-works-again"))?,
            (Ok(()), None) => {}
        }
        Ok(())
    }
}
