//! A drill in progress: the clock, the timeline and the injects. It observes the engine's
//! own events (the same ones the session journal gets) and records the walk in a session
//! [`Transcript`], so every front end (wizard, plain mode) runs drills with the engine and
//! the transcript they already use. Time comes from an injected clock.

use super::record::{Entry, Mark, RunEvent, RunRecord, RunStatus, clock};
use super::{Drill, Inject, Trigger, score};
use crate::engine::Event;
use crate::playbook::Playbook;
use crate::playbook::secret::{Reason, find_secret};
use crate::transcript::{Clock, Record, Transcript, stamp};

/// A drill being run.
pub struct DrillRun {
    drill: Drill,
    playbook: Option<Playbook>,
    record: RunRecord,
    start: jiff::Timestamp,
    clock: Box<dyn Clock>,
    fired: Vec<bool>,
}

impl std::fmt::Debug for DrillRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DrillRun")
            .field("drill", &self.drill.id)
            .field("record", &self.record.id)
            .finish_non_exhaustive()
    }
}

/// Why a task could not be marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkError {
    /// No task at this position.
    NoSuchTask(usize),
    /// The note looks like it holds a secret.
    SecretInNote(Reason),
}

impl std::fmt::Display for MarkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            MarkError::NoSuchTask(n) => crate::tr!("drill-error-no-task", number = *n),
            MarkError::SecretInNote(why) => {
                crate::tr!("drill-error-secret-note", why = why.to_string())
            }
        })
    }
}

impl std::error::Error for MarkError {}

impl DrillRun {
    /// Starts the clock on `drill`. A tabletop drill takes the playbook it walks, for
    /// readable scores.
    pub fn start(drill: Drill, playbook: Option<Playbook>, clock: Box<dyn Clock>) -> Self {
        let start = clock.now();
        let walk = match (&drill.kind, &playbook) {
            (super::DrillKind::Tabletop(_), Some(pb)) => Some(Transcript::new(pb, clock.as_ref())),
            _ => None,
        };
        let mut record = RunRecord::new(&drill, start, walk);
        record.timeline.push(Entry {
            secs: 0,
            walk_step: 0,
            event: RunEvent::Started,
        });
        let fired = vec![false; drill.tabletop().map_or(0, |t| t.injects.len())];
        Self {
            drill,
            playbook,
            record,
            start,
            clock,
            fired,
        }
    }

    /// The drill.
    pub fn drill(&self) -> &Drill {
        &self.drill
    }

    /// The run so far.
    pub fn record(&self) -> &RunRecord {
        &self.record
    }

    /// Whole seconds since the clock started (never negative).
    pub fn elapsed(&self) -> u64 {
        let span = self.clock.now().duration_since(self.start);
        u64::try_from(span.as_secs()).unwrap_or(0)
    }

    /// "3:12 / 10:00", or "3:12" without a target; frozen once the run ended.
    pub fn clock_text(&self) -> String {
        let now = if self.is_running() {
            self.elapsed()
        } else {
            self.record.elapsed()
        };
        match self.record.target_secs {
            Some(t) => format!("{} / {}", clock(now), clock(t)),
            None => clock(now),
        }
    }

    /// Whether the clock is still running.
    pub fn is_running(&self) -> bool {
        self.record.status == RunStatus::Running
    }

    /// Whether a tabletop walk has reached an outcome (the run is then over).
    pub fn reached_outcome(&self) -> bool {
        self.record.first_outcome().is_some()
    }

    fn push(&mut self, event: RunEvent) {
        let secs = self.elapsed();
        let walk_step = self.record.walk.as_ref().map_or(0, |w| w.events.len());
        self.record.timeline.push(Entry {
            secs,
            walk_step,
            event,
        });
        self.record.updated = stamp(self.clock.now());
    }

    /// Time injects that are due and not yet shown; each fires once.
    pub fn tick(&mut self) -> Vec<Inject> {
        if !self.is_running() {
            return Vec::new();
        }
        let now = self.elapsed();
        let due: Vec<usize> = self
            .injects()
            .iter()
            .enumerate()
            .filter(|(i, inj)| {
                !self.fired.get(*i).copied().unwrap_or(true)
                    && matches!(inj.trigger, Trigger::AfterSeconds(s) if s <= now)
            })
            .map(|(i, _)| i)
            .collect();
        self.fire(&due)
    }

    /// Records the engine's events and returns the injects they trigger (node injects the
    /// first time their node is shown, and time injects now due).
    pub fn observe(&mut self, events: &[Event]) -> Vec<Inject> {
        if !self.is_running() {
            return Vec::new();
        }
        let mut due = Vec::new();
        for e in events {
            if let Event::Shown { node } = e {
                for (i, inj) in self.injects().iter().enumerate() {
                    if matches!(&inj.trigger, Trigger::AtNode(n) if n == node)
                        && !self.fired.get(i).copied().unwrap_or(true)
                        && !due.contains(&i)
                    {
                        due.push(i);
                    }
                }
            }
        }
        if let Some(walk) = &mut self.record.walk {
            walk.record(
                events.iter().cloned().map(Record::from),
                self.clock.as_ref(),
            );
            self.record.updated.clone_from(&walk.updated);
        }
        let mut fired = self.fire(&due);
        fired.extend(self.tick());
        if self.drill.tabletop().is_some() && self.reached_outcome() {
            self.finish();
        }
        fired
    }

    fn injects(&self) -> &[Inject] {
        self.drill.tabletop().map_or(&[], |t| &t.injects)
    }

    fn fire(&mut self, due: &[usize]) -> Vec<Inject> {
        let mut out = Vec::new();
        for &i in due {
            let Some(inj) = self.injects().get(i).cloned() else {
                continue;
            };
            if let Some(f) = self.fired.get_mut(i) {
                *f = true;
            }
            self.push(RunEvent::Inject {
                index: i,
                message: inj.message.clone(),
            });
            out.push(inj);
        }
        out
    }

    /// The inject schedule for the facilitator: when, what, and whether it was shown.
    pub fn schedule(&self) -> Vec<(String, String, bool)> {
        self.injects()
            .iter()
            .enumerate()
            .map(|(i, inj)| {
                (
                    inj.trigger.describe(),
                    inj.message.clone(),
                    self.fired.get(i).copied().unwrap_or(false),
                )
            })
            .collect()
    }

    /// Marks task `index` (validation drills), with an optional note that must not look
    /// like a secret.
    pub fn mark(
        &mut self,
        index: usize,
        mark: Mark,
        note: Option<String>,
    ) -> Result<(), MarkError> {
        let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        if let Some(why) = note.as_deref().and_then(find_secret) {
            return Err(MarkError::SecretInNote(why));
        }
        let secs = self.elapsed();
        let task = self
            .record
            .tasks
            .get_mut(index)
            .ok_or(MarkError::NoSuchTask(index))?;
        task.mark = Some(mark);
        if note.is_some() {
            task.note = note;
        }
        task.secs = Some(secs);
        let id = task.id.clone();
        self.push(RunEvent::Task { id, mark });
        Ok(())
    }

    /// Sets (or, with empty text, clears) the note of task `index` without marking it; a
    /// note that looks like a secret is refused.
    pub fn note(&mut self, index: usize, text: &str) -> Result<(), MarkError> {
        let note = checked_note(text)?;
        let task = self
            .record
            .tasks
            .get_mut(index)
            .ok_or(MarkError::NoSuchTask(index))?;
        task.note = note;
        self.record.updated = stamp(self.clock.now());
        Ok(())
    }

    /// How many tasks are still unmarked.
    pub fn unmarked(&self) -> usize {
        self.record
            .tasks
            .iter()
            .filter(|t| t.mark.is_none())
            .count()
    }

    /// Ends the run and scores it.
    pub fn finish(&mut self) -> &RunRecord {
        if self.is_running() {
            self.push(RunEvent::Finished);
            self.record.status = RunStatus::Finished;
            self.rescore();
        }
        &self.record
    }

    /// Stops the run early (quit, signal, end of input) and scores what there is.
    pub fn stop(&mut self, reason: &str) -> &RunRecord {
        if self.is_running() {
            self.push(RunEvent::Stopped {
                reason: reason.to_string(),
            });
            self.record.status = RunStatus::Stopped;
            self.rescore();
        }
        &self.record
    }

    fn rescore(&mut self) {
        self.record.score = Some(score::score(
            &self.drill,
            &self.record,
            self.playbook.as_ref(),
        ));
    }
}

/// A note trimmed (`None` if empty), or why it is refused.
fn checked_note(text: &str) -> Result<Option<String>, MarkError> {
    let note = text.trim();
    if let Some(why) = find_secret(note) {
        return Err(MarkError::SecretInNote(why));
    }
    Ok((!note.is_empty()).then(|| note.to_string()))
}
