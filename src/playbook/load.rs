//! Loading: YAML text to a checked [`Playbook`], or every problem found.
//!
//! Pure: takes text, never touches the disk. Reading files is the catalog's job.

use super::check::{self, CheckOptions, Checked};
use super::diagnostic::{Diagnostic, Severity};
use super::model::PlaybookFile;
use super::tree::Playbook;
use super::yaml::{self, MAX_INPUT_BYTES, YamlError};

/// A playbook that loaded, with the warnings it carries.
#[derive(Debug)]
pub struct Loaded {
    /// The checked playbook.
    pub playbook: Playbook,
    /// Problems that do not stop it from working.
    pub warnings: Vec<Diagnostic>,
}

/// Parses and checks playbook text.
///
/// On failure returns every diagnostic found (errors first), never just the first.
pub fn load_str(text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    load_str_with(text, &CheckOptions::default())
}

/// Like [`load_str`], with options for the checks (today's date for the review age).
pub fn load_str_with(text: &str, options: &CheckOptions) -> Result<Loaded, Vec<Diagnostic>> {
    let (file, duplicates) = match parse(text) {
        Ok(file) => (file, Vec::new()),
        Err(diags) => recover_duplicates(text).ok_or(diags)??,
    };
    let Checked {
        mut diagnostics,
        playbook,
    } = check::check_with(&file, options);
    if !duplicates.is_empty() {
        // Every problem at once, as rustc does: the duplicate keys, then what the checker
        // finds in the file read with each first value.
        let mut all = duplicates;
        all.append(&mut diagnostics);
        all.sort_by_key(|d| {
            (
                d.severity,
                d.pos.map_or(u64::MAX, |p| p.line),
                d.pos.map_or(0, |p| p.col),
            )
        });
        return Err(all);
    }
    match playbook {
        Some(mut playbook) => {
            playbook.hash = content_hash(text);
            Ok(Loaded {
                playbook,
                warnings: diagnostics,
            })
        }
        None => Err(diagnostics),
    }
}

/// FNV-1a (64 bit) of the text, as 16 hex digits. Not a security measure: it only tells a
/// changed playbook from the same one.
pub fn content_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Parses playbook text into the raw model without semantic checks. A YAML error is
/// returned as a single diagnostic.
pub fn parse(text: &str) -> Result<PlaybookFile, Vec<Diagnostic>> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    yaml::from_str::<PlaybookFile>(text).map_err(|e| vec![yaml_diagnostic(&e)])
}

/// For a file whose only YAML problem is keys written twice: one diagnostic per duplicate
/// key, and the file read with each key's first value so the checker can go on.
/// When the file has other YAML problems too, every duplicate and the first of those.
#[allow(clippy::type_complexity)] // one use, right above
fn recover_duplicates(
    text: &str,
) -> Option<Result<(PlaybookFile, Vec<Diagnostic>), Vec<Diagnostic>>> {
    if text.len() > MAX_INPUT_BYTES {
        return None;
    }
    let duplicates = yaml::duplicate_keys(text);
    if duplicates.is_empty() {
        return None;
    }
    let diags: Vec<Diagnostic> = duplicates
        .into_iter()
        .map(|(key, pos)| {
            yaml_diagnostic(&YamlError {
                message: format!("duplicate mapping key `{key}` is not allowed here"),
                pos: Some(pos),
            })
        })
        .collect();
    Some(match yaml::from_str_first_wins::<PlaybookFile>(text) {
        Ok(file) => Ok((file, diags)),
        Err(e) => {
            let mut all = diags;
            all.push(yaml_diagnostic(&e));
            Err(all)
        }
    })
}

/// The diagnostic for a file over the size limit.
pub fn too_large(size: usize) -> Diagnostic {
    Diagnostic::error(
        "playbook::too-large",
        format!(
            "the file is {size} bytes; a playbook may be at most {MAX_INPUT_BYTES} bytes (1 MiB)"
        ),
        None,
    )
    .help("check that this is the playbook you meant; split a very large playbook into several")
}

pub(crate) fn yaml_diagnostic(e: &YamlError) -> Diagnostic {
    let m = e.message.as_str();
    let (message, label, help) = if m.contains("unknown field") {
        (
            m.to_string(),
            "unknown field",
            "check the spelling; the message lists the fields allowed here",
        )
    } else if m.contains("duplicate") {
        (
            m.to_string(),
            "written twice",
            "a key may appear once in a mapping: remove or rename one of them",
        )
    } else if m.contains("missing field") {
        (
            format!("{m} in the mapping around here"),
            "the mapping that lacks it",
            "add the field named in the message",
        )
    } else if m.contains("expected sequence start") {
        (
            "expected a list here".to_string(),
            "not a list",
            "write a list, one `- item` per line, or `[a, b]`",
        )
    } else if m.contains("expected mapping start") {
        (
            "expected a mapping here".to_string(),
            "not a mapping",
            "write `key: value` lines (a playbook starts with `format: breakglass/v1`)",
        )
    } else if m.contains("unexpected end of file") && e.pos.is_some_and(|p| p.byte == Some(0)) {
        (
            "the file is empty".to_string(),
            "empty",
            "a playbook starts with `format: breakglass/v1`; see docs/playbook-format.md",
        )
    } else if m.contains("tag `") || m.contains("!include") {
        (
            format!("{m}: YAML tags such as `!include` are not part of the format"),
            "tag",
            "remove the tag: a playbook is one self-contained file, and breakglass never \
             includes other files or reads the environment",
        )
    } else if m.contains("invalid type") || m.contains("unknown variant") {
        (
            m.to_string(),
            "wrong value",
            "check the value; quote text that looks like a number, a date or true/false",
        )
    } else {
        (m.to_string(), "here", "fix the YAML at this position")
    };
    Diagnostic {
        code: "playbook::yaml",
        severity: Severity::Error,
        message,
        pos: e.pos,
        label: label.to_string(),
        help: Some(help.to_string()),
    }
}
