//! Which accounts are the emergency-access (break-glass) accounts: named in
//! `<config>/emergency-accounts.yaml` (object ids or sign-in names), or, failing that,
//! guessed from their names, and the report says it guessed.

use serde::Deserialize;

/// The file, in the config directory, that names the emergency accounts.
pub const FILE_NAME: &str = "emergency-accounts.yaml";

/// The emergency accounts someone named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    /// Object ids or user principal names, as written.
    pub accounts: Vec<String>,
    /// Where they were named (a file, or the command line).
    pub origin: String,
}

/// The file's format.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// Object ids or user principal names.
    accounts: Vec<String>,
}

/// Parses the text of `emergency-accounts.yaml`.
pub fn parse(text: &str, origin: &str) -> Result<Named, String> {
    let file: File = crate::playbook::yaml::from_str(text).map_err(|e| match e.pos {
        Some(p) => format!("{origin}:{}:{}: {}", p.line, p.col, e.message),
        None => format!("{origin}: {}", e.message),
    })?;
    Ok(Named {
        accounts: file
            .accounts
            .into_iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
        origin: origin.to_string(),
    })
}

/// How the emergency accounts were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Named in a file or on the command line.
    Named(String),
    /// Guessed from names containing "breakglass", "break-glass" or "emergency".
    Guessed,
}

/// The heuristic: a sign-in name or display name that, with punctuation removed, contains
/// `breakglass` or `emergency`.
pub fn looks_like_emergency(upn: &str, name: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let local = upn.split('@').next().unwrap_or("");
    [squash(local), squash(name)]
        .iter()
        .any(|s| s.contains("breakglass") || s.contains("emergency"))
}
