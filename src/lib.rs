//! breakglass: an offline terminal assistant for Microsoft Azure / Entra ID / Microsoft 365
//! MFA lockouts, and for the teams that rehearse never being locked out.
//!
//! - [`playbook`]: the YAML format, loader, checker and built-in playbooks (pure).
//! - [`engine`]: the [`engine::Session`] state machine (pure).
//! - [`diagnostics`]: renders playbook problems for a terminal (miette).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod diagnostics;
pub mod engine;
pub mod playbook;
