//! breakglass: an offline terminal assistant for Microsoft Azure / Entra ID / Microsoft 365
//! MFA lockouts, and for the teams that rehearse never being locked out.
//!
//! Module map (arrows are the only allowed dependencies):
//!
//! ```text
//! main ─▶ tui ───┐
//!      ─▶ walk ──┼─▶ engine ─▶ playbook
//!      ─▶ catalog┘      ▲
//! ```
//!
//! - [`playbook`]: the YAML format, loader, checker and built-in playbooks (pure).
//! - [`engine`]: the [`engine::Session`] state machine (pure).
//! - [`markup`]: the Markdown-lite used in playbook text, parsed for every front end.
//! - [`catalog`]: finds a playbook by id or path and reads it from disk.
//! - [`diagnostics`]: renders playbook problems for a terminal (miette).
//! - [`walk`]: the non-interactive front end behind `breakglass walk`.
//! - [`tui`]: the ratatui wizard.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod catalog;
pub mod diagnostics;
pub mod drill;
pub mod engine;
pub mod export;
pub mod journal;
pub mod markup;
pub mod plain;
pub mod playbook;
pub mod sanitize;
pub mod store;
pub mod transcript;
pub mod tui;
pub mod validate;
pub mod walk;
pub mod wrap;
