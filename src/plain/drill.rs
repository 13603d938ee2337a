//! Drills in plain mode: the scenario card, the walk with the clock said before each
//! prompt and injects printed as they fire (tabletop), or the tasks one by one with a mark
//! and an optional note each (validation). Reads any `BufRead`, so drills can be scripted.

use std::cell::RefCell;
use std::io::{self, BufRead, Write};
use std::rc::Rc;

use super::{Hook, Start, read_line, render};
use crate::drill::record::clock;
use crate::drill::{Drill, DrillRun, Mark};
use crate::engine::{Event, Session};
use crate::playbook::Playbook;
use crate::playbook::secret::find_secret;
use crate::store::Store;
use crate::transcript::Clock;

/// What a plain drill needs besides the drill.
pub struct Setup {
    /// Where the run is saved after every step.
    pub store: Option<Store>,
    /// Also print the expected path and the inject schedule.
    pub facilitator: bool,
    /// The clock.
    pub clock: Box<dyn Clock>,
}

/// Saves the run, saying so once when it fails.
fn keep<W: Write>(
    store: Option<&Store>,
    run: &DrillRun,
    warned: &mut bool,
    out: &mut W,
) -> io::Result<()> {
    match saved(store, run, warned) {
        Some(line) => writeln!(out, "{line}"),
        None => Ok(()),
    }
}

/// Saves the run; a line to say so when saving starts failing or works again.
fn saved(store: Option<&Store>, run: &DrillRun, warned: &mut bool) -> Option<String> {
    let result = store?.save_run(run.record());
    match (result, *warned) {
        (Ok(_), true) => {
            *warned = false;
            Some("The drill run is saved again.".to_string())
        }
        (Err(e), false) => {
            *warned = true;
            Some(format!(
                "Warning: the drill run could not be saved: {e}. It is kept in memory."
            ))
        }
        _ => None,
    }
}

/// Prints the card and waits for Enter; `false` if the person left (q or end of input).
fn card<R: BufRead, W: Write>(
    drill: &Drill,
    facilitator: bool,
    input: &mut R,
    out: &mut W,
) -> io::Result<bool> {
    writeln!(out, "Drill: {}.", drill.title)?;
    if let Some(t) = drill.tabletop() {
        writeln!(out, "\nScenario:")?;
        out.write_all(render::plain_text(&t.scenario).as_bytes())?;
        if let Some(target) = t.target_secs {
            writeln!(out, "\nTarget time: {}.", clock(target))?;
        }
        if facilitator {
            writeln!(
                out,
                "\nFor the facilitator. Expected outcome: {}.",
                t.expect_outcome
            )?;
            for (i, a) in t.expect_path.iter().enumerate() {
                writeln!(out, "Expected answer {}: {}={}.", i + 1, a.node, a.option)?;
            }
            for i in &t.injects {
                writeln!(out, "Inject {}: {}", i.trigger.describe(), i.message)?;
            }
        }
    } else {
        if let Some(d) = &drill.description {
            out.write_all(render::plain_text(d).as_bytes())?;
        }
        writeln!(
            out,
            "\n{} tasks. Do each for real, then mark it. Notes are saved and shared: never write a password, code or key in a note.",
            drill.tasks().len()
        )?;
    }
    write!(
        out,
        "\nPress Enter to start the clock, or type q to leave: "
    )?;
    let line = read_line(input, out)?;
    Ok(line.is_some_and(|l| !l.eq_ignore_ascii_case("q")))
}

struct DrillHook {
    run: Rc<RefCell<DrillRun>>,
    store: Option<Store>,
    warned: bool,
}

impl DrillHook {
    /// The injects as lines, after saving the run (which they changed).
    fn lines(&mut self, injects: &[crate::drill::Inject]) -> Vec<String> {
        let run = self.run.borrow();
        let at = clock(run.elapsed());
        let mut out: Vec<String> = injects
            .iter()
            .map(|i| format!("Inject at {at}: {}", i.message))
            .collect();
        out.extend(saved(self.store.as_ref(), &run, &mut self.warned));
        out
    }
}

impl Hook for DrillHook {
    fn observe(&mut self, events: &[Event]) -> Vec<String> {
        let injects = self.run.borrow_mut().observe(events);
        self.lines(&injects)
    }

    fn before_prompt(&mut self) -> Vec<String> {
        let injects = self.run.borrow_mut().tick();
        // Only a fired inject changed the run since the last step was saved.
        let mut out = if injects.is_empty() {
            Vec::new()
        } else {
            self.lines(&injects)
        };
        out.push(format!("Drill clock: {}.", self.run.borrow().clock_text()));
        out
    }

    fn finished(&self) -> bool {
        self.run.borrow().reached_outcome()
    }
}

/// Runs a tabletop drill line by line. `None` if the person left at the card.
pub fn run_tabletop<R: BufRead, W: Write>(
    drill: Drill,
    playbook: Playbook,
    setup: Setup,
    mut input: R,
    mut out: W,
) -> io::Result<Option<DrillRun>> {
    if !card(&drill, setup.facilitator, &mut input, &mut out)? {
        return Ok(None);
    }
    let run = Rc::new(RefCell::new(DrillRun::start(
        drill,
        Some(playbook.clone()),
        setup.clock,
    )));
    let hook = DrillHook {
        run: Rc::clone(&run),
        store: setup.store.clone(),
        warned: false,
    };
    let start = Start {
        note: Some("The clock is running.".to_string()),
        hook: Some(Box::new(hook)),
        ..Start::default()
    };
    let (end, _, _) = super::run(Session::new(playbook), start, &mut input, &mut out)?;
    let mut run = Rc::try_unwrap(run)
        .map_err(|_| io::Error::other("the drill run is still shared"))?
        .into_inner();
    if run.is_running() {
        let reason = match end {
            super::End::Quit => "the participant stopped the drill",
            _ => "input ended before an outcome",
        };
        run.stop(reason);
    }
    let mut warned = false;
    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
    Ok(Some(run))
}

/// Runs a validation drill line by line. `None` if the person left at the card.
pub fn run_validation<R: BufRead, W: Write>(
    drill: Drill,
    setup: Setup,
    mut input: R,
    mut out: W,
) -> io::Result<Option<DrillRun>> {
    if !card(&drill, setup.facilitator, &mut input, &mut out)? {
        return Ok(None);
    }
    let tasks = drill.tasks().to_vec();
    let mut run = DrillRun::start(drill, None, setup.clock);
    let mut warned = false;
    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
    let mut i = 0;
    while let Some(task) = tasks.get(i) {
        writeln!(out, "\nTask {} of {}: {}.", i + 1, tasks.len(), task.title)?;
        if let Some(how) = &task.how {
            out.write_all(render::plain_text(&format!("How: {how}")).as_bytes())?;
        }
        out.write_all(render::plain_text(&format!("Pass when: {}", task.pass)).as_bytes())?;
        let mark = loop {
            write!(
                out,
                "Drill clock: {}. Type p pass, f fail or s skip; b goes back a task, q stops: ",
                run.clock_text()
            )?;
            let Some(line) = read_line(&mut input, &mut out)? else {
                writeln!(out)?;
                run.stop("input ended before every task was marked");
                keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
                return Ok(Some(run));
            };
            match line.to_ascii_lowercase().as_str() {
                "p" | "pass" => break Some(Mark::Pass),
                "f" | "fail" => break Some(Mark::Fail),
                "s" | "skip" => break Some(Mark::Skipped),
                "b" | "back" => break None,
                "q" | "quit" | "stop" => {
                    run.stop("the participant stopped the drill");
                    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
                    writeln!(out, "Stopped. The run so far is saved.")?;
                    return Ok(Some(run));
                }
                other => writeln!(
                    out,
                    "I did not understand \"{other}\". Type p, f, s, b or q."
                )?,
            }
        };
        let Some(mark) = mark else {
            if i == 0 {
                writeln!(
                    out,
                    "This is the first task; there is nothing to go back to."
                )?;
            }
            i = i.saturating_sub(1);
            continue;
        };
        let note = loop {
            write!(
                out,
                "Note (what happened; never a password, code or key), or Enter for none: "
            )?;
            let line = read_line(&mut input, &mut out)?.unwrap_or_default();
            match find_secret(&line) {
                Some(why) => writeln!(
                    out,
                    "Not kept: the note looks like it holds a secret: part of it {why}. Write what happened instead."
                )?,
                None => break line,
            }
        };
        let note = (!note.is_empty()).then_some(note);
        if let Err(e) = run.mark(i, mark, note) {
            writeln!(out, "Not marked: {e}.")?;
            continue;
        }
        writeln!(out, "Task {} marked {}.", i + 1, mark.label())?;
        keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
        i += 1;
    }
    run.finish();
    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
    writeln!(
        out,
        "\nAll {} tasks marked. The drill is finished.",
        tasks.len()
    )?;
    Ok(Some(run))
}
