//! breakglass: an offline terminal assistant for Microsoft Azure / Entra ID / Microsoft 365
//! MFA lockouts, and for the teams that rehearse never being locked out.
//!
//! Module map. Front ends (left) drive the one state machine, [`engine::Session`]; the
//! pure core (right) knows nothing of terminals, keys or files:
//!
//! ```text
//! main ─▶ tui ───┐                               ┌─▶ transcript ─┐
//!      ─▶ plain ─┼─▶ journal ─▶ store ──────────┤               ├─▶ engine ─▶ playbook
//!      ─▶ walk ──┤                               └─▶ drill ──────┘
//!      ─▶ validate ─▶ diagnostics        export ─▶ markup, wrap (text for every front end)
//!      ─▶ catalog (finds playbooks and drills)     sanitize (every file-borne string, on its way out)
//!      ─▶ audit ─▶ store (reads a Graph export, bounded; records its ledger), export::redact
//! ```
//!
//! The pure core (no terminal, no disk):
//! - [`playbook`]: the YAML format, loader, checker and built-in playbooks.
//! - [`engine`]: the [`engine::Session`] state machine, path codes and distances.
//! - [`transcript`]: what a session records: steps with UTC times, facts, the outcome.
//! - [`drill`]: drill definitions, timing, scoring and after-action reports.
//! - [`export`]: transcripts, reports, graphs (Mermaid, DOT) and the JSON Schema.
//! - [`markup`]: the inline markup of playbook text, parsed once for every front end.
//! - [`wrap`]: word wrapping by display width.
//! - [`sanitize`]: the one output sanitiser for text that came from a file.
//! - [`lang`]: which language playbook text is shown in (`--lang`, `BREAKGLASS_LANG`, locale).
//! - [`i18n`]: the interface's own words in that language (Fluent files, English fallback).
//!
//! Files and front ends:
//! - [`audit`]: break-glass readiness from an offline Microsoft Graph export (rules, report).
//! - [`catalog`]: finds a playbook or drill by id or path and reads it from disk.
//! - [`store`]: where sessions, reports and drill runs live on disk (atomic, private).
//! - [`journal`]: keeps a session's transcript saved after every step.
//! - [`diagnostics`]: renders playbook problems for a terminal (miette).
//! - [`validate`]: `breakglass validate`: every problem in every file, text or JSON.
//! - [`walk`]: the non-interactive front end behind `breakglass walk`.
//! - [`plain`]: the line-by-line front end for screen readers, pipes and dumb terminals.
//! - [`tui`]: the ratatui wizard.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod audit;
pub mod catalog;
pub mod diagnostics;
pub mod drill;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod journal;
pub mod lang;
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
