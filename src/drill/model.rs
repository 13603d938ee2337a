//! The drill file as written (format `breakglass-drill/v1`): serde types with a position on
//! every value, flat like the playbook model so every error keeps its line. The checker
//! (`check.rs`) turns it into a checked [`super::Drill`].

use schemars::JsonSchema;
use serde::Deserialize;

use crate::playbook::model::{ID_PATTERN, Text};
use crate::playbook::yaml::Spanned;

/// A whole drill file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "breakglass drill (format breakglass-drill/v1)")]
pub struct DrillFile {
    /// The format marker; must be `breakglass-drill/v1`.
    #[schemars(extend("const" = "breakglass-drill/v1"))]
    pub format: Text,
    /// Stable id (lowercase letters, digits, hyphens).
    #[schemars(extend("pattern" = ID_PATTERN))]
    pub id: Text,
    /// Human title.
    pub title: Text,
    /// `tabletop` (walk a scenario through a playbook) or `validation` (do real tasks).
    #[schemars(extend("enum" = ["tabletop", "validation"]))]
    pub kind: Text,
    /// When the drill was last checked (`YYYY-MM-DD`).
    #[schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub reviewed: Text,
    /// One paragraph on what the drill rehearses, shown in listings.
    #[serde(default)]
    pub description: Option<Text>,
    /// How often the drill should run, in days; `status` flags it when overdue. Default:
    /// 90 for validation drills, none for tabletop drills.
    #[serde(default)]
    pub every_days: Option<Spanned<u32>>,
    /// Tabletop: the playbook walked (an id `breakglass list` shows).
    #[serde(default)]
    pub playbook: Option<Text>,
    /// Tabletop: the situation as the participant hears it (playbook Markdown).
    #[serde(default)]
    pub scenario: Option<Text>,
    /// Tabletop: where a good walk ends, and optionally how it gets there.
    #[serde(default)]
    pub expect: Option<ExpectDef>,
    /// Tabletop: the time to beat, in minutes.
    #[serde(default)]
    pub target_minutes: Option<Spanned<u32>>,
    /// Tabletop: messages that appear at a node or after some seconds.
    #[serde(default)]
    pub injects: Vec<InjectDef>,
    /// Validation: the tasks, in order.
    #[serde(default)]
    pub tasks: Vec<TaskDef>,
}

/// The expected end of a tabletop drill.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectDef {
    /// The outcome node a good walk reaches.
    pub outcome: Text,
    /// The answers a good walk gives, in order, as `NODE=OPTION`.
    #[serde(default)]
    pub path: Vec<Text>,
}

/// A message for the participants, at a node or after some seconds.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InjectDef {
    /// Show it when the walk first reaches this node.
    #[serde(default)]
    pub at: Option<Text>,
    /// Show it this many seconds after the clock starts.
    #[serde(default)]
    pub after_seconds: Option<Spanned<u32>>,
    /// What the participants are told.
    pub message: Text,
}

/// One task of a validation drill.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskDef {
    /// Stable id, unique within the drill.
    #[schemars(extend("pattern" = ID_PATTERN))]
    pub id: Text,
    /// What to do, in a line.
    pub title: Text,
    /// How to do it (playbook Markdown).
    #[serde(default)]
    pub how: Option<Text>,
    /// What counts as a pass.
    pub pass: Text,
    /// What to fix when it fails (goes into the after-action report).
    #[serde(default)]
    pub fix: Option<Text>,
    /// Ids of `breakglass audit` rules whose result in the latest recorded audit is
    /// evidence for this task (shown beside it in the after-action report).
    #[serde(default)]
    pub audit: Vec<Text>,
}
