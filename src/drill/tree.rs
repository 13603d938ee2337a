//! The checked drill: what the drill checker builds from a drill file, and what runs,
//! scores and reports read. Plain values.

use super::check::DEFAULT_EVERY_DAYS;
use crate::engine::Answer;

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
