//! Loading: drill text to a checked [`Drill`](super::Drill), or every problem found.
//!
//! Pure: takes text, never touches the disk. The build script compiles this file into
//! itself to check the built-in drills, so it refers to `crate::playbook`, `crate::engine`
//! and its siblings `check`, `model` and `tree` only.

use super::check::{self, Resolve};
use super::model;
use super::tree::Drill;
use crate::playbook::load::{content_hash, too_large, yaml_diagnostic};
use crate::playbook::yaml::{self, MAX_INPUT_BYTES};
use crate::playbook::{CheckOptions, Diagnostic};

/// A drill that loaded, with its warnings.
#[derive(Debug)]
pub struct LoadedDrill {
    /// The drill.
    pub drill: Drill,
    /// Problems that do not stop it.
    pub warnings: Vec<Diagnostic>,
}

/// Whether `text` looks like a drill file rather than a playbook (its `format` line).
pub fn is_drill_text(text: &str) -> bool {
    text.lines().map(str::trim).any(|l| {
        l.strip_prefix("format:").is_some_and(|f| {
            f.trim()
                .trim_matches(['"', '\''])
                .starts_with("breakglass-drill/")
        })
    })
}

/// Parses and checks drill text; `resolve` finds the playbook a tabletop drill names.
pub fn load_str(
    text: &str,
    resolve: Resolve<'_>,
    options: &CheckOptions,
) -> Result<LoadedDrill, Vec<Diagnostic>> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    let file: model::DrillFile = yaml::from_str(text).map_err(|e| vec![yaml_diagnostic(&e)])?;
    let (diagnostics, drill) = check::check(&file, resolve, options);
    match drill {
        Some(mut drill) => {
            drill.hash = content_hash(text);
            Ok(LoadedDrill {
                drill,
                warnings: diagnostics,
            })
        }
        None => Err(diagnostics),
    }
}

/// Loads and checks a built-in drill as the build script does: its warnings one line each,
/// or every diagnostic one line each (`file:line:col: error[code]: ...`).
pub fn compile(file: &str, text: &str, resolve: Resolve<'_>) -> Result<Vec<String>, String> {
    match load_str(text, resolve, &CheckOptions::default()) {
        Ok(loaded) => Ok(loaded.warnings.iter().map(|d| d.to_line(file)).collect()),
        Err(diags) => Err(crate::playbook::compiled::report(file, &diags)),
    }
}
