//! Exporters: pure functions from engine state to text and JSON. No terminal, no disk.

pub mod json;
pub mod text;
