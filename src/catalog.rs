//! Finds a playbook by built-in id or by path, reads it (with the size limit) and loads it.
//!
//! The one place playbook files are read from disk. Returns errors that carry the text, so
//! front ends can point at the exact line.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::playbook::builtin::{self, BUILTINS};
use crate::playbook::yaml::MAX_INPUT_BYTES;
use crate::playbook::{Diagnostic, Playbook, load};

/// Where a playbook came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary.
    Builtin(&'static str),
    /// Read from a file.
    File(PathBuf),
}

impl Origin {
    /// The name shown in messages: the file path, or the repository path of a built-in.
    pub fn display_name(&self) -> String {
        match self {
            Origin::Builtin(path) => format!("{path} (built in)"),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// A playbook ready to walk.
#[derive(Debug)]
pub struct Found {
    /// Where it came from.
    pub origin: Origin,
    /// The checked playbook.
    pub playbook: Playbook,
    /// Warnings from the checker.
    pub warnings: Vec<Diagnostic>,
    /// The text it was loaded from (for rendering warnings).
    pub text: String,
}

/// Why a playbook could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// Neither a built-in id nor an existing file.
    #[error("no built-in playbook is called `{arg}` and there is no file at that path")]
    NotFound {
        /// What was asked for.
        arg: String,
    },
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{} is not UTF-8 text", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
    },
    /// The playbook has errors.
    #[error("{} has {} problem(s)", origin.display_name(), diagnostics.len())]
    Invalid {
        /// Where it came from.
        origin: Origin,
        /// Its text.
        text: String,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Opens the playbook named by `arg`: a built-in id, or a path to a YAML file. With no
/// argument, the default built-in playbook.
pub fn open(arg: Option<&str>) -> Result<Found, CatalogError> {
    let arg = arg.unwrap_or(builtin::DEFAULT_ID);
    let as_path = Path::new(arg);
    let yaml_extension = as_path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    let looks_like_path = arg.contains(['/', '\\']) || yaml_extension || as_path.exists();
    if !looks_like_path && let Some(b) = builtin::builtin(arg) {
        return load_text(Origin::Builtin(b.path), b.text.to_string());
    }
    if !as_path.exists() {
        return Err(CatalogError::NotFound { arg: arg.into() });
    }
    let text = read_limited(as_path)?;
    load_text(Origin::File(as_path.to_path_buf()), text)
}

/// The ids of the built-in playbooks.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTINS.iter().map(|b| b.id).collect()
}

/// Loads playbook text that came from `origin`.
pub fn load_text(origin: Origin, text: String) -> Result<Found, CatalogError> {
    match load::load_str(&text) {
        Ok(loaded) => Ok(Found {
            origin,
            playbook: loaded.playbook,
            warnings: loaded.warnings,
            text,
        }),
        Err(diagnostics) => Err(CatalogError::Invalid {
            origin,
            text,
            diagnostics,
        }),
    }
}

/// Reads a file, refusing anything over the playbook size limit without reading it all.
fn read_limited(path: &Path) -> Result<String, CatalogError> {
    let io = |source| CatalogError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_INPUT_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    file.take(limit).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() > MAX_INPUT_BYTES {
        let size = fs::metadata(path).map_or(bytes.len(), |m| {
            usize::try_from(m.len()).unwrap_or(usize::MAX)
        });
        return Err(CatalogError::Invalid {
            origin: Origin::File(path.to_path_buf()),
            text: String::new(),
            diagnostics: vec![load::too_large(size)],
        });
    }
    String::from_utf8(bytes).map_err(|_| CatalogError::NotText {
        path: path.to_path_buf(),
    })
}
