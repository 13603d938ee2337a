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
            Some(crate::tr!("drill-plain-saved-again"))
        }
        (Err(e), false) => {
            *warned = true;
            Some(crate::tr!("drill-plain-save-failed", error = e.to_string()))
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
    writeln!(
        out,
        "{}",
        crate::tr!("drill-plain-title", title = drill.title.as_str())
    )?;
    if let Some(t) = drill.tabletop() {
        writeln!(out, "\n{}", crate::tr!("drill-plain-scenario"))?;
        out.write_all(render::plain_text(&t.scenario).as_bytes())?;
        if let Some(target) = t.target_secs {
            writeln!(
                out,
                "\n{}",
                crate::tr!("drill-plain-target", target = clock(target))
            )?;
        }
        if facilitator {
            writeln!(
                out,
                "\n{}",
                crate::tr!(
                    "drill-plain-facilitator-outcome",
                    outcome = t.expect_outcome.as_str()
                )
            )?;
            for (i, a) in t.expect_path.iter().enumerate() {
                writeln!(
                    out,
                    "{}",
                    crate::tr!(
                        "drill-plain-expected-answer",
                        number = i + 1,
                        answer = format!("{}={}", a.node, a.option)
                    )
                )?;
            }
            for i in &t.injects {
                writeln!(
                    out,
                    "{}",
                    crate::tr!(
                        "drill-plain-inject-schedule",
                        when = i.trigger.describe(),
                        message = i.message.as_str()
                    )
                )?;
            }
        }
    } else {
        if let Some(d) = &drill.description {
            out.write_all(render::plain_text(d).as_bytes())?;
        }
        writeln!(
            out,
            "\n{}",
            crate::tr!("drill-plain-tasks-intro", count = drill.tasks().len())
        )?;
    }
    write!(out, "\n{} ", crate::tr!("drill-plain-start-prompt"))?;
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
            .map(|i| {
                crate::tr!(
                    "drill-plain-inject",
                    time = at.as_str(),
                    message = i.message.as_str()
                )
            })
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
        out.push(crate::tr!(
            "drill-plain-clock",
            clock = self.run.borrow().clock_text()
        ));
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
        note: Some(crate::tr!("drill-plain-clock-running")),
        hook: Some(Box::new(hook)),
        ..Start::default()
    };
    let (end, _, _) = super::run(Session::new(playbook), start, &mut input, &mut out)?;
    let mut run = Rc::try_unwrap(run)
        .map_err(|_| io::Error::other("the drill run is still shared"))?
        .into_inner();
    if run.is_running() {
        let reason = match end {
            super::End::Quit => crate::tr!("drill-stop-participant"),
            _ => crate::tr!("drill-stop-input-outcome"),
        };
        run.stop(&reason);
    }
    let mut warned = false;
    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
    Ok(Some(run))
}

/// Prints task `i` of `total`: its title, how to do it and what counts as a pass.
fn show_task<W: Write>(
    task: &crate::drill::Task,
    i: usize,
    total: usize,
    out: &mut W,
) -> io::Result<()> {
    writeln!(
        out,
        "\n{}",
        crate::tr!(
            "drill-plain-task",
            number = i + 1,
            total = total,
            title = task.title.as_str()
        )
    )?;
    if let Some(how) = &task.how {
        out.write_all(render::plain_text(&crate::tr!("drill-how", how = how.as_str())).as_bytes())?;
    }
    out.write_all(
        render::plain_text(&crate::tr!("drill-pass-when", pass = task.pass.as_str())).as_bytes(),
    )
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
        show_task(task, i, tasks.len(), &mut out)?;
        let mark = loop {
            write!(
                out,
                "{} ",
                crate::tr!("drill-plain-mark-prompt", clock = run.clock_text())
            )?;
            let Some(line) = read_line(&mut input, &mut out)? else {
                writeln!(out)?;
                run.stop(&crate::tr!("drill-stop-input-tasks"));
                keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
                return Ok(Some(run));
            };
            match line.to_ascii_lowercase().as_str() {
                "p" | "pass" => break Some(Mark::Pass),
                "f" | "fail" => break Some(Mark::Fail),
                "s" | "skip" => break Some(Mark::Skipped),
                "b" | "back" => break None,
                "q" | "quit" | "stop" => {
                    run.stop(&crate::tr!("drill-stop-participant"));
                    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
                    writeln!(out, "{}", crate::tr!("drill-plain-stopped"))?;
                    return Ok(Some(run));
                }
                other => writeln!(
                    out,
                    "{}",
                    crate::tr!("drill-plain-not-understood", input = other)
                )?,
            }
        };
        let Some(mark) = mark else {
            if i == 0 {
                writeln!(out, "{}", crate::tr!("drill-plain-first-task"))?;
            }
            i = i.saturating_sub(1);
            continue;
        };
        let note = loop {
            write!(out, "{} ", crate::tr!("drill-plain-note-prompt"))?;
            let line = read_line(&mut input, &mut out)?.unwrap_or_default();
            match find_secret(&line) {
                Some(why) => writeln!(
                    out,
                    "{}",
                    crate::tr!("drill-plain-note-refused", why = why.to_string())
                )?,
                None => break line,
            }
        };
        let note = (!note.is_empty()).then_some(note);
        if let Err(e) = run.mark(i, mark, note) {
            writeln!(
                out,
                "{}",
                crate::tr!("drill-plain-not-marked", error = e.to_string())
            )?;
            continue;
        }
        writeln!(
            out,
            "{}",
            crate::tr!(
                "drill-plain-task-marked",
                number = i + 1,
                mark = mark.label()
            )
        )?;
        keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
        i += 1;
    }
    run.finish();
    keep(setup.store.as_ref(), &run, &mut warned, &mut out)?;
    writeln!(
        out,
        "\n{}",
        crate::tr!("drill-plain-all-marked", count = tasks.len())
    )?;
    Ok(Some(run))
}
