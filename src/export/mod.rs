//! Exporters: pure functions from engine state to text and JSON. No terminal, no disk.

pub mod bare;
pub mod graph;
pub mod json;
pub mod markdown;
pub mod redact;
pub mod report;
pub mod schema;
pub mod stats;
pub mod text;
