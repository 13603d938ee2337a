//! A drill run as saved (format `breakglass-drill-run/1`): which drill, when, the timeline
//! of what happened with seconds since the clock started, the task marks, and the score.
//! Written after every step like a session, so a crash loses nothing.

use serde::{Deserialize, Serialize};

use super::Drill;
use super::score::Score;
use crate::transcript::{Record, Transcript};

/// The format marker of a saved run.
pub const RUN_FORMAT: &str = "breakglass-drill-run/1";

/// One saved drill run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRecord {
    /// Always [`RUN_FORMAT`].
    pub format: String,
    /// Unique id: start time and 64 random bits, e.g. `20261128T140501Z-3fa94c0e1b2d7a65`.
    /// A loaded run takes its id from its file name, never from this field.
    pub id: String,
    /// The breakglass version that ran it.
    pub tool: String,
    /// Which drill, exactly.
    pub drill: DrillStamp,
    /// When the clock started (RFC 3339, UTC).
    pub started: String,
    /// The last change.
    pub updated: String,
    /// Running, finished or stopped early.
    pub status: RunStatus,
    /// The time to beat, in seconds (tabletop).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_secs: Option<u64>,
    /// What happened in the drill itself (start, injects, task marks, end), in order.
    pub timeline: Vec<Entry>,
    /// Tabletop drills: the walk through the playbook, recorded exactly as a session is
    /// (format `breakglass-session/1`), so the engine's events have one shape everywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walk: Option<Transcript>,
    /// Validation drills: each task's mark and note.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskResult>,
    /// The score, once the run ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
}

/// Which drill a run ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillStamp {
    /// Drill id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `tabletop` or `validation`.
    pub kind: String,
    /// The drill file's content hash.
    pub hash: String,
    /// The playbook walked (tabletop), with its version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<String>,
    /// The playbook version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook_version: Option<String>,
}

/// Where a run stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// The clock is running.
    Running,
    /// The run reached its end (an outcome, or every task marked and finished).
    Finished,
    /// Stopped before the end (quit, signal, end of input).
    Stopped,
}

/// One thing that happened, with the seconds since the clock started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Seconds since the start.
    pub secs: u64,
    /// How many events the walk had recorded when this happened, to put the two in one
    /// exact order (times are whole seconds).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub walk_step: usize,
    /// What happened.
    #[serde(flatten)]
    pub event: RunEvent,
}

/// What can happen in a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum RunEvent {
    /// The clock started.
    Started,
    /// An inject was shown.
    Inject {
        /// Its position in the drill file.
        index: usize,
        /// What it said.
        message: String,
    },
    /// A task was marked.
    Task {
        /// Task id.
        id: String,
        /// The mark.
        mark: Mark,
    },
    /// The run ended.
    Finished,
    /// The run was stopped early.
    Stopped {
        /// Why, in words.
        reason: String,
    },
}

/// How a validation task went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    /// Done, and it met its pass condition.
    Pass,
    /// Done or tried, and it did not.
    Fail,
    /// Not done this time.
    Skipped,
}

impl Mark {
    /// "pass", "FAIL", "skipped", in the interface language.
    pub fn label(self) -> String {
        match self {
            Mark::Pass => crate::tr!("drill-mark-pass"),
            Mark::Fail => crate::tr!("drill-mark-fail"),
            Mark::Skipped => crate::tr!("drill-mark-skipped"),
        }
    }
}

/// One task's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskResult {
    /// Task id.
    pub id: String,
    /// Its title, as run.
    pub title: String,
    /// The mark, once given.
    pub mark: Option<Mark>,
    /// A note (never a secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When it was last marked, in seconds since the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secs: Option<u64>,
}

impl RunRecord {
    /// A new run of `drill`, started at `now`; `walk` is the session transcript of a
    /// tabletop drill.
    pub fn new(drill: &Drill, now: jiff::Timestamp, walk: Option<Transcript>) -> Self {
        let tabletop = drill.tabletop();
        Self {
            format: RUN_FORMAT.to_string(),
            id: crate::transcript::new_id(now),
            tool: format!("breakglass {}", env!("CARGO_PKG_VERSION")),
            drill: DrillStamp {
                id: drill.id.clone(),
                title: drill.title.clone(),
                kind: drill.kind_name().to_string(),
                hash: drill.hash.clone(),
                playbook: tabletop.map(|t| t.playbook.clone()),
                playbook_version: tabletop.map(|t| t.playbook_version.clone()),
            },
            started: crate::transcript::stamp(now),
            updated: crate::transcript::stamp(now),
            status: RunStatus::Running,
            target_secs: tabletop.and_then(|t| t.target_secs),
            timeline: Vec::new(),
            walk,
            tasks: drill
                .tasks()
                .iter()
                .map(|t| TaskResult {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    mark: None,
                    note: None,
                    secs: None,
                })
                .collect(),
            score: None,
        }
    }

    /// Seconds from the start to the end (or the last event of a running run).
    pub fn elapsed(&self) -> u64 {
        let drill = self.timeline.last().map_or(0, |e| e.secs);
        let walk = self
            .walk
            .as_ref()
            .and_then(|w| w.events.last())
            .map_or(0, |e| self.secs(&e.at));
        drill.max(walk)
    }

    /// Seconds from the start to `at` (an RFC 3339 stamp of the walk).
    pub fn secs(&self, at: &str) -> u64 {
        match (
            self.started.parse::<jiff::Timestamp>(),
            at.parse::<jiff::Timestamp>(),
        ) {
            (Ok(start), Ok(t)) => u64::try_from(t.duration_since(start).as_secs()).unwrap_or(0),
            _ => 0,
        }
    }

    /// The answers in force, in order (back and restart applied), with when each was given.
    pub fn answers(&self) -> Vec<(String, String, u64)> {
        self.walk
            .as_ref()
            .map(|w| {
                w.answers()
                    .into_iter()
                    .map(|a| (a.answer.node, a.answer.option, self.secs(&a.at)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The first outcome reached, with when.
    pub fn first_outcome(&self) -> Option<(&str, u64)> {
        self.walk
            .as_ref()?
            .events
            .iter()
            .find_map(|e| match &e.record {
                Record::Reached { node } => Some((node.as_str(), self.secs(&e.at))),
                _ => None,
            })
    }

    /// The date the run started (`YYYY-MM-DD`).
    pub fn date(&self) -> &str {
        self.started.get(..10).unwrap_or(&self.started)
    }
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour.
pub fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}
