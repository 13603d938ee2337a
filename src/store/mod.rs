//! Where sessions and reports live on disk: `<data dir>/sessions/<id>.json` and
//! `<data dir>/reports/`, under the platform's local data directory (`directories`) unless
//! `--data-dir` or `BREAKGLASS_DATA_DIR` say otherwise. Every write is atomic and private.

mod atomic;
mod runs;

use std::path::{Path, PathBuf};

pub use atomic::{SaveError, describe};

/// Writes `bytes` to `path` atomically and privately (for `report --out`).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    atomic::write(&dir, &name, bytes)
}

use crate::transcript::Transcript;

/// The environment variable that replaces the data directory.
pub const DATA_DIR_ENV: &str = "BREAKGLASS_DATA_DIR";

/// The data directory: `explicit`, else `BREAKGLASS_DATA_DIR`, else the platform's
/// (`~/.local/share/breakglass` on Linux). `None` when there is no home directory.
pub fn data_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "breakglass").map(|d| d.data_local_dir().to_path_buf())
}

/// Why a saved session could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No session has this id.
    #[error("no saved session is called `{0}`")]
    NotFound(String),
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a session breakglass understands.
    #[error("{} is not a breakglass session: {message}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// The session and report folders under one data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// A store rooted at `data_dir`.
    pub fn at(data_dir: &Path) -> Self {
        Self {
            root: data_dir.to_path_buf(),
        }
    }

    /// Where sessions are kept.
    pub fn sessions_dir(&self) -> PathBuf {
        self.root.join("sessions")
    }

    /// Where reports are written.
    pub fn reports_dir(&self) -> PathBuf {
        self.root.join("reports")
    }

    /// The file of session `id`.
    pub fn session_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!("{id}.json"))
    }

    /// Saves a transcript atomically, replacing its previous save (and only its own).
    pub fn save(&self, t: &Transcript) -> Result<PathBuf, SaveError> {
        let json = serde_json::to_vec_pretty(t).map_err(|e| SaveError {
            path: self.session_path(&t.id),
            kind: std::io::ErrorKind::InvalidData,
            detail: e.to_string(),
        })?;
        atomic::write(&self.sessions_dir(), &format!("{}.json", t.id), &json)
    }

    /// Writes a report file atomically.
    pub fn write_report(&self, name: &str, text: &str) -> Result<PathBuf, SaveError> {
        atomic::write(&self.reports_dir(), name, text.as_bytes())
    }

    /// Loads session `id`.
    pub fn load(&self, id: &str) -> Result<Transcript, StoreError> {
        let valid_id = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let path = self.session_path(id);
        if !valid_id || !path.exists() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        read(&path)
    }

    /// Every saved session, newest first, and the files that could not be read.
    pub fn list(&self) -> (Vec<Transcript>, Vec<StoreError>) {
        let mut sessions = Vec::new();
        let mut broken = Vec::new();
        let Ok(entries) = std::fs::read_dir(self.sessions_dir()) else {
            return (sessions, broken);
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match read(&path) {
                Ok(t) => sessions.push(t),
                Err(e) => broken.push(e),
            }
        }
        sessions.sort_by(|a, b| b.started.cmp(&a.started).then(b.id.cmp(&a.id)));
        (sessions, broken)
    }

    /// Deletes session `id`; returns the file removed.
    pub fn delete(&self, id: &str) -> Result<PathBuf, StoreError> {
        self.load(id)?;
        let path = self.session_path(id);
        std::fs::remove_file(&path).map_err(|source| StoreError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }
}

fn read(path: &Path) -> Result<Transcript, StoreError> {
    let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let t: Transcript = serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if t.format != crate::transcript::FORMAT {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            message: format!("unknown format `{}`", t.format),
        });
    }
    Ok(t)
}
