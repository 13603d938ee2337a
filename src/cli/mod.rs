//! The command line's commands, one module each; `main.rs` only parses and dispatches.

pub mod args;
pub mod audit;
pub mod complete;
pub mod drill;
pub mod graph;
pub mod list;
pub mod man;
pub mod output;
pub mod position;
pub mod recorded;
pub mod report;
pub mod sessions;
pub mod signals;
pub mod status;
pub mod translate;
pub mod validate;
pub mod version;
pub mod walk;
pub mod wizard;
