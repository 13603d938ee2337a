//! Where sessions and reports live on disk: `<data dir>/sessions/<id>.json` and
//! `<data dir>/reports/`, under the platform's local data directory (`directories`) unless
//! `--data-dir` or `BREAKGLASS_DATA_DIR` say otherwise. Every write is atomic and private.
//! Files are found by their names, never by what they contain: a session's id is its file
//! name, and files are read as untrusted input (see `read`).

mod atomic;
mod audits;
mod lock;
pub mod read;
mod runs;
mod sweep;

use std::path::{Path, PathBuf};

pub use atomic::{SaveError, describe};
pub use lock::SessionLock;
pub use read::FILE_CAP;
pub use sweep::{STALE_AFTER, is_temp_name};

use crate::transcript::{Transcript, is_valid_id};

/// Writes `bytes` to `path` atomically and privately (for `report --out`). The folder is
/// created (0700) if it is missing; an existing folder is left as it is.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    atomic::write(&dir, &name, bytes, atomic::Mode::Replace)
}

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

/// Why a saved session (or drill run) could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No session has this id.
    #[error("{}", self.message())]
    NotFound(String),
    /// The file could not be read.
    #[error("{}", self.message())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a session (or drill run) breakglass understands.
    #[error("{}", self.message())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// "session" or "drill run".
        what: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Something other than a regular file has a session's name.
    #[error("{}", self.message())]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is ("a symbolic link", "a FIFO (named pipe)", ...).
        kind: &'static str,
    },
    /// The file is larger than any file breakglass writes.
    #[error("{}", self.message())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size (or as much as was read).
        size: u64,
        /// The cap.
        cap: u64,
    },
    /// A file whose name is not a session id.
    #[error("{}", self.message())]
    BadName {
        /// The file.
        path: PathBuf,
    },
    /// Another process has the session open.
    #[error("{}", self.message())]
    Busy {
        /// The session.
        id: String,
        /// The other process, when known.
        pid: Option<u32>,
    },
}

impl StoreError {
    /// What went wrong, in the interface language.
    fn message(&self) -> String {
        match self {
            StoreError::NotFound(id) => crate::tr!("common-store-not-found", id = id.as_str()),
            StoreError::Io { path, source } => crate::tr!(
                "common-store-cannot-read",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            StoreError::Corrupt {
                path,
                what,
                message,
            } => crate::tr!(
                "common-store-corrupt",
                path = path.display().to_string(),
                what = what_words(what),
                message = message.as_str()
            ),
            StoreError::NotRegular { path, kind } => crate::tr!(
                "common-store-not-regular",
                path = path.display().to_string(),
                kind = read::kind_words(kind)
            ),
            StoreError::TooLarge { path, size, cap } => crate::tr!(
                "common-store-too-large",
                path = path.display().to_string(),
                size = size.to_string(),
                cap = (cap / (1024 * 1024)).to_string()
            ),
            StoreError::BadName { path } => {
                crate::tr!("common-store-bad-name", path = path.display().to_string())
            }
            StoreError::Busy { id, pid: None } => {
                crate::tr!("common-store-busy", id = id.as_str())
            }
            StoreError::Busy { id, pid: Some(pid) } => crate::tr!(
                "common-store-busy-pid",
                id = id.as_str(),
                pid = pid.to_string()
            ),
        }
    }

    fn from_lock(id: &str, e: lock::LockError) -> Self {
        match e {
            lock::LockError::Busy(pid) => StoreError::Busy {
                id: id.to_string(),
                pid,
            },
            lock::LockError::Io(path, source) => StoreError::Io { path, source },
        }
    }
}

/// The words for what a file should have been ("session", "drill run", "audit record").
fn what_words(what: &str) -> String {
    match what {
        "session" => crate::tr!("common-store-what-session"),
        "drill run" => crate::tr!("common-store-what-run"),
        "audit record" => crate::tr!("common-store-what-audit"),
        other => other.to_string(),
    }
}

/// The session and report folders under one data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

/// A session opened for writing: its transcript as saved, and the lock that keeps other
/// breakglass processes from writing it until dropped.
#[derive(Debug)]
pub struct Opened {
    /// The transcript, with its id from the file name.
    pub transcript: Transcript,
    /// The lock.
    pub lock: SessionLock,
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

    /// Where the locks of open sessions are (`<id>.lock`, with the holder's process id).
    pub fn locks_dir(&self) -> PathBuf {
        self.root.join("locks")
    }

    /// The file of session `id` (only meaningful for an id that [`is_valid_id`]).
    pub fn session_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!("{id}.json"))
    }

    /// Saves a transcript atomically, replacing its previous save (and only its own).
    pub fn save(&self, t: &Transcript) -> Result<PathBuf, SaveError> {
        self.save_as(t, atomic::Mode::Replace)
    }

    /// Saves a transcript with a new id: fails with `AlreadyExists` rather than take the
    /// place of a file that has the same name.
    pub fn save_new(&self, t: &Transcript) -> Result<PathBuf, SaveError> {
        self.save_as(t, atomic::Mode::CreateNew)
    }

    fn save_as(&self, t: &Transcript, mode: atomic::Mode) -> Result<PathBuf, SaveError> {
        let path = self.session_path(&t.id);
        let fail = |kind, detail: String| SaveError {
            path: path.clone(),
            kind,
            detail,
        };
        if !is_valid_id(&t.id) {
            return Err(fail(
                std::io::ErrorKind::InvalidInput,
                format!("`{}` is not a session id", t.id),
            ));
        }
        let json = serde_json::to_vec_pretty(t)
            .map_err(|e| fail(std::io::ErrorKind::InvalidData, e.to_string()))?;
        if u64::try_from(json.len()).unwrap_or(u64::MAX) > FILE_CAP {
            return Err(fail(
                std::io::ErrorKind::InvalidData,
                format!(
                    "the session is larger than {} MiB and could not be read back",
                    FILE_CAP / (1024 * 1024)
                ),
            ));
        }
        atomic::write(&self.sessions_dir(), &format!("{}.json", t.id), &json, mode)
    }

    /// Writes a report file atomically, made visible (see [`crate::sanitize`]); `name` must
    /// be a plain file name in the reports folder.
    pub fn write_report(&self, name: &str, text: &str) -> Result<PathBuf, SaveError> {
        let plain = !name.starts_with('.') && Path::new(name).file_name() == Some(name.as_ref());
        if !plain {
            return Err(SaveError {
                path: self.reports_dir(),
                kind: std::io::ErrorKind::InvalidInput,
                detail: format!("`{name}` is not a plain file name"),
            });
        }
        // A report will be printed, pasted and opened: nothing from a file in it drives a
        // terminal.
        let text = crate::sanitize::visible(text);
        atomic::write(
            &self.reports_dir(),
            name,
            text.as_bytes(),
            atomic::Mode::Replace,
        )
    }

    /// Loads session `id` (the file `sessions/<id>.json`; its id is its name).
    pub fn load(&self, id: &str) -> Result<Transcript, StoreError> {
        let path = self.session_path(id);
        if !is_valid_id(id) || std::fs::symlink_metadata(&path).is_err() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        read(&path, id)
    }

    /// Locks session `id` for writing, then loads it (so what is read is the latest save).
    /// Another process holding it gives [`StoreError::Busy`].
    pub fn open(&self, id: &str) -> Result<Opened, StoreError> {
        if !is_valid_id(id) || std::fs::symlink_metadata(self.session_path(id)).is_err() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        let lock = self.lock(id)?;
        let transcript = self.load(id)?;
        Ok(Opened { transcript, lock })
    }

    /// Locks session `id` (which need not be saved yet) against other processes.
    pub fn lock(&self, id: &str) -> Result<SessionLock, StoreError> {
        if !is_valid_id(id) {
            return Err(StoreError::NotFound(id.to_string()));
        }
        let dir = self.locks_dir();
        atomic::ensure_dir(&dir).map_err(|e| StoreError::Io {
            path: e.path,
            source: std::io::Error::new(e.kind, e.detail),
        })?;
        SessionLock::acquire(&dir, id).map_err(|e| StoreError::from_lock(id, e))
    }

    /// Whether another breakglass has session `id` open now (with its process id if known).
    pub fn open_elsewhere(&self, id: &str) -> Option<Option<u32>> {
        if !is_valid_id(id) {
            return None;
        }
        SessionLock::holder(&self.locks_dir(), id)
    }

    /// Every saved session, newest first, and the files that could not be read (each
    /// named, with what to do). Only `<id>.json` files are read; each session's id is its
    /// file name.
    pub fn list(&self) -> (Vec<Transcript>, Vec<StoreError>) {
        let mut sessions = Vec::new();
        let mut broken = Vec::new();
        for (path, id) in entries(&self.sessions_dir(), &mut broken) {
            match read(&path, &id) {
                Ok(t) => sessions.push(t),
                Err(e) => broken.push(e),
            }
        }
        sessions.sort_by(|a, b| b.started.cmp(&a.started).then(b.id.cmp(&a.id)));
        (sessions, broken)
    }

    /// Deletes session `id` (its file `sessions/<id>.json`, a regular file that reads as a
    /// session); returns the file removed. A session open in another breakglass is kept.
    pub fn delete(&self, id: &str) -> Result<PathBuf, StoreError> {
        self.load(id)?;
        let _lock = self.lock(id)?;
        let path = self.session_path(id);
        std::fs::remove_file(&path).map_err(|source| StoreError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }
}

/// The `<id>.json` files in `dir`, with the id each name gives. Other `.json` names are
/// reported in `broken`; everything else (such as temporary files) is passed over.
fn entries(dir: &Path, broken: &mut Vec<StoreError>) -> Vec<(PathBuf, String)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in read.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        match path.file_stem().and_then(|s| s.to_str()) {
            Some(id) if is_valid_id(id) => out.push((path.clone(), id.to_string())),
            _ => broken.push(StoreError::BadName { path }),
        }
    }
    out
}

/// Reads the session in `path`, whose file name gives `id`.
fn read(path: &Path, id: &str) -> Result<Transcript, StoreError> {
    let bytes = read::read_capped(path, FILE_CAP)?;
    let corrupt = |message| StoreError::Corrupt {
        path: path.to_path_buf(),
        what: "session",
        message,
    };
    let mut t: Transcript = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
    if t.format != crate::transcript::FORMAT {
        return Err(corrupt(format!("unknown format `{}`", t.format)));
    }
    // The name is what counts: the `id` inside may have been copied or edited.
    id.clone_into(&mut t.id);
    Ok(t)
}
