//! Shell completion: `breakglass completions SHELL` prints a script that asks the binary
//! itself (through `BREAKGLASS_COMPLETE`) what to offer, so playbook, drill and session ids
//! come from the catalog and the store as they are now.
//!
//! The scripts come from clap_complete's environment-driven engine (its `unstable-dynamic`
//! feature, pinned by Cargo.lock): one engine serves bash, zsh, fish, PowerShell and elvish,
//! and every shell gets the same dynamic candidates. The script calls `breakglass` by name,
//! so the binary must be on `PATH`; regenerate it after upgrading breakglass.

use std::ffi::OsStr;
use std::io::Write as _;
use std::process::ExitCode;

use breakglass::catalog::{Catalog, config_dir, drill_dir, playbook_dir};
use breakglass::store::{Store, data_dir};
use clap::CommandFactory as _;
use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter as _};
use clap_complete::env::{CompleteEnv, Shells};

use super::args::{Cli, Shell};
use super::output::{FAILURE, error};

/// The environment variable the scripts set when they ask for completions.
pub const COMPLETE_ENV: &str = "BREAKGLASS_COMPLETE";

/// Answers a completion request and exits, if this run is one (`BREAKGLASS_COMPLETE` set).
pub fn answer_if_asked() {
    CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_ENV)
        .bin("breakglass")
        .completer("breakglass")
        .complete();
}

/// `breakglass completions SHELL`: prints the registration script for `shell`.
pub fn run(shell: Shell) -> ExitCode {
    let name = shell.name();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(name) else {
        error(&format!("no completion support for {name}"));
        return ExitCode::from(FAILURE);
    };
    let mut buf = Vec::new();
    if let Err(e) = completer.write_registration(
        COMPLETE_ENV,
        "breakglass",
        "breakglass",
        "breakglass",
        &mut buf,
    ) {
        error(&format!("could not write the {name} script: {e}"));
        return ExitCode::from(FAILURE);
    }
    match std::io::stdout().write_all(&buf) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            error(&format!("could not write the {name} script: {e}"));
            ExitCode::from(FAILURE)
        }
    }
}

/// An id safe to hand to a shell: no whitespace, control or invisible characters.
fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id.chars().all(|c| {
            !c.is_whitespace()
                && !breakglass::sanitize::is_unsafe(c)
                && !breakglass::sanitize::is_invisible(c)
        })
}

fn candidates(ids: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    ids.into_iter()
        .filter(|id| plain_id(id))
        .map(CompletionCandidate::new)
        .collect()
}

fn catalog() -> Catalog {
    let config = config_dir(None);
    Catalog::discover(config.as_deref().map(playbook_dir).as_deref())
        .with_drill_dir(config.as_deref().map(drill_dir).as_deref())
}

fn store() -> Option<Store> {
    data_dir(None).map(|d| Store::at(&d))
}

/// Playbook ids (built-in and the user's); file paths once the word looks like one.
pub fn playbooks(current: &OsStr) -> Vec<CompletionCandidate> {
    let word = current.to_string_lossy();
    let mut out: Vec<CompletionCandidate> = candidates(catalog().ids())
        .into_iter()
        .filter(|c| c.get_value().to_string_lossy().starts_with(word.as_ref()))
        .collect();
    if word.contains(['/', '\\']) || word.starts_with(['.', '~']) {
        out.extend(PathCompleter::file().complete(current));
    }
    out
}

/// Drill ids (built-in and the user's).
pub fn drills() -> Vec<CompletionCandidate> {
    candidates(catalog().drill_ids())
}

/// Saved session ids, newest first.
pub fn sessions() -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    candidates(store.list().0.into_iter().map(|t| t.id))
}

/// Saved drill run ids.
pub fn runs() -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    candidates(store.list_runs().0.into_iter().rev().map(|r| r.id))
}
