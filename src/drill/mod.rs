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
mod load;
pub mod model;
pub mod record;
pub mod report;
pub mod run;
pub mod score;
pub mod translation;
mod tree;

use crate::playbook::Playbook;

pub use check::{DEFAULT_EVERY_DAYS, DRILL_FORMAT, Resolve};
pub use load::{LoadedDrill, compile, is_drill_text, load_str};
pub use record::{Mark, RunRecord};
pub use run::DrillRun;
pub use score::Score;
pub use tree::{Drill, DrillKind, Inject, Tabletop, Task, Trigger, Validation};

impl Trigger {
    /// "at who-else" or "after 2:00", in the interface language.
    pub fn describe(&self) -> String {
        match self {
            Trigger::AtNode(n) => crate::tr!("drill-trigger-at", node = n.as_str()),
            Trigger::AfterSeconds(s) => {
                crate::tr!("drill-trigger-after", time = record::clock(*s))
            }
        }
    }
}

/// A resolver over built-in playbooks only (for tests and the built-in drills).
pub fn builtin_playbooks(id: &str) -> Option<Playbook> {
    let b = crate::playbook::builtin::builtin(id)?;
    b.playbook()
        .or_else(|| crate::playbook::load_str(b.text).ok().map(|l| l.playbook))
}
