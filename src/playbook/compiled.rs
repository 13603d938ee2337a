//! The compiled form of a checked playbook: a compact binary encoding (postcard) that the
//! build script writes for every built-in playbook and the program reads back at start-up
//! instead of parsing and checking YAML.
//!
//! Pure: bytes and text in, values out. The build script (`build.rs`) compiles this file
//! into itself, so it may refer to `crate::playbook` only.

use std::fmt::Write as _;

use crate::playbook::diagnostic::{Diagnostic, Severity};
use crate::playbook::load::load_str;
use crate::playbook::tree::{NodeId, Playbook};

/// A built-in playbook that passed the checker, ready to embed.
#[derive(Debug)]
pub struct Compiled {
    /// The checked playbook.
    pub playbook: Playbook,
    /// Its compact form, for [`from_bytes`].
    pub bytes: Vec<u8>,
    /// Its warnings, one line each (`file:line:col: warning[code]: ...`).
    pub warnings: Vec<String>,
}

/// Loads and checks playbook `text` (named `file` in messages) exactly as `validate` does,
/// and encodes the result. On any error, every diagnostic, one line each, as the build
/// prints them.
pub fn compile(file: &str, text: &str) -> Result<Compiled, String> {
    let loaded = load_str(text).map_err(|diags| report(file, &diags))?;
    let bytes = to_bytes(&loaded.playbook).map_err(|e| format!("{file}: cannot encode: {e}\n"))?;
    Ok(Compiled {
        playbook: loaded.playbook,
        bytes,
        warnings: loaded.warnings.iter().map(|d| d.to_line(file)).collect(),
    })
}

/// Every diagnostic of `file` as one line each, and a count of the errors.
pub fn report(file: &str, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.to_line(file));
        out.push('\n');
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let _ = writeln!(out, "{file}: {errors} error(s)");
    out
}

/// The compact form of a checked playbook.
pub fn to_bytes(playbook: &Playbook) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(playbook)
}

/// A playbook back from its compact form; `None` if the bytes are not one (a build defect:
/// the caller falls back to the YAML).
pub fn from_bytes(bytes: &[u8]) -> Option<Playbook> {
    let mut playbook: Playbook = postcard::from_bytes(bytes).ok()?;
    playbook.index = playbook
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.clone(), NodeId(i)))
        .collect();
    Some(playbook)
}
