//! Drills: rehearsing lockouts (tabletop drills that walk a scenario through a playbook
//! against the clock, with injects) and validating break-glass accounts for real
//! (validation drills: ordered tasks marked pass, fail or skipped).
//!
//! Pure like `playbook` and `engine`: text in, checked drills out; a run observes the
//! engine's own events with an injected clock; scoring, reports and history are functions
//! of saved runs. No terminal, no disk.

pub mod builtin;
pub mod check;
pub mod history;
pub mod model;
pub mod record;
pub mod report;
pub mod run;
pub mod score;

use crate::engine::Answer;
use crate::playbook::load::{content_hash, too_large, yaml_diagnostic};
use crate::playbook::yaml::{self, MAX_INPUT_BYTES};
use crate::playbook::{CheckOptions, Diagnostic, Playbook};

pub use check::{DEFAULT_EVERY_DAYS, DRILL_FORMAT, Resolve};
pub use record::{Mark, RunRecord};
pub use run::DrillRun;
pub use score::Score;

/// A checked drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drill {
    /// Stable id.
    pub id: String,
    /// Human title.
    pub title: String,
    /// When it was last checked.
    pub reviewed: String,
    /// What it rehearses.
    pub description: Option<String>,
    /// How often it should run, in days, if the file says.
    pub every_days: Option<u32>,
    /// Tabletop or validation, with what each needs.
    pub kind: DrillKind,
    /// The content hash of the file (FNV-1a), to tell versions apart.
    pub hash: String,
}

impl Drill {
    /// How often the drill is due, in days: the file's `every_days`, else 90 for a
    /// validation drill and never for a tabletop drill.
    pub fn due_every(&self) -> Option<u32> {
        match (&self.kind, self.every_days) {
            (_, Some(d)) => Some(d),
            (DrillKind::Validation(_), None) => Some(DEFAULT_EVERY_DAYS),
            (DrillKind::Tabletop(_), None) => None,
        }
    }

    /// `tabletop` or `validation`.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            DrillKind::Tabletop(_) => "tabletop",
            DrillKind::Validation(_) => "validation",
        }
    }

    /// The tabletop part, if this is a tabletop drill.
    pub fn tabletop(&self) -> Option<&Tabletop> {
        match &self.kind {
            DrillKind::Tabletop(t) => Some(t),
            DrillKind::Validation(_) => None,
        }
    }

    /// The tasks, if this is a validation drill.
    pub fn tasks(&self) -> &[Task] {
        match &self.kind {
            DrillKind::Validation(v) => &v.tasks,
            DrillKind::Tabletop(_) => &[],
        }
    }
}

/// The two kinds of drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrillKind {
    /// Walk a scenario through a playbook against the clock.
    Tabletop(Tabletop),
    /// Do real tasks and mark each.
    Validation(Validation),
}

/// What a tabletop drill needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tabletop {
    /// The playbook walked.
    pub playbook: String,
    /// Its version when the drill was checked.
    pub playbook_version: String,
    /// The situation as the participant hears it.
    pub scenario: String,
    /// The outcome a good walk reaches.
    pub expect_outcome: String,
    /// The answers a good walk gives (may be empty: only the outcome counts).
    pub expect_path: Vec<Answer>,
    /// The time to beat, in seconds.
    pub target_secs: Option<u64>,
    /// Messages that appear during the walk.
    pub injects: Vec<Inject>,
}

/// A message for the participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inject {
    /// When it appears.
    pub trigger: Trigger,
    /// What it says.
    pub message: String,
}

/// When an inject appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trigger {
    /// The first time the walk shows this node.
    AtNode(String),
    /// This many seconds after the clock starts.
    AfterSeconds(u64),
}

impl Trigger {
    /// "at who-else" or "after 2:00".
    pub fn describe(&self) -> String {
        match self {
            Trigger::AtNode(n) => format!("at {n}"),
            Trigger::AfterSeconds(s) => format!("after {}", record::clock(*s)),
        }
    }
}

/// What a validation drill needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validation {
    /// The tasks, in order.
    pub tasks: Vec<Task>,
}

/// One task of a validation drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    /// Stable id.
    pub id: String,
    /// What to do.
    pub title: String,
    /// How.
    pub how: Option<String>,
    /// What counts as a pass.
    pub pass: String,
    /// What to fix when it fails.
    pub fix: Option<String>,
    /// `breakglass audit` rules whose latest result is evidence for it.
    pub audit: Vec<String>,
}

/// A drill that loaded, with its warnings.
#[derive(Debug)]
pub struct LoadedDrill {
    /// The drill.
    pub drill: Drill,
    /// Problems that do not stop it.
    pub warnings: Vec<Diagnostic>,
}

/// Whether `text` looks like a drill file rather than a playbook (its `format` line).
pub fn is_drill_text(text: &str) -> bool {
    text.lines().map(str::trim).any(|l| {
        l.strip_prefix("format:").is_some_and(|f| {
            f.trim()
                .trim_matches(['"', '\''])
                .starts_with("breakglass-drill/")
        })
    })
}

/// Parses and checks drill text; `resolve` finds the playbook a tabletop drill names.
pub fn load_str(
    text: &str,
    resolve: Resolve<'_>,
    options: &CheckOptions,
) -> Result<LoadedDrill, Vec<Diagnostic>> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    let file: model::DrillFile = yaml::from_str(text).map_err(|e| vec![yaml_diagnostic(&e)])?;
    let (diagnostics, drill) = check::check(&file, resolve, options);
    match drill {
        Some(mut drill) => {
            drill.hash = content_hash(text);
            Ok(LoadedDrill {
                drill,
                warnings: diagnostics,
            })
        }
        None => Err(diagnostics),
    }
}

/// A resolver over built-in playbooks only (for tests and the built-in drills).
pub fn builtin_playbooks(id: &str) -> Option<Playbook> {
    let b = crate::playbook::builtin::builtin(id)?;
    crate::playbook::load_str(b.text).ok().map(|l| l.playbook)
}
