//! Playbooks: the YAML format (v1), its loader and checker, and the built-in playbooks.
//!
//! Knows nothing of terminals, keys, command lines or files on disk: it turns text into a
//! checked [`Playbook`] or a list of [`Diagnostic`]s.

pub mod builtin;
pub mod check;
pub mod compiled;
pub mod diagnostic;
mod either;
pub mod facts;
pub mod load;
pub mod model;
pub mod secret;
pub mod translation;
pub mod tree;
pub mod yaml;

pub use check::CheckOptions;
pub use diagnostic::{Diagnostic, Severity};
pub use load::{Loaded, load_str, load_str_with};
pub use tree::{
    Checklist, ChecklistItem, ChecklistRef, Choice, Condition, Fact, Facts, Info, Node, NodeBody,
    NodeId, Outcome, OutcomeKind, Playbook, Question, Source, SourceId, SourceKind, Step,
};
