//! Reading an export folder: each known file, if present, as untrusted input (a regular
//! file, at most [`FILE_CAP`] bytes, UTF-8 JSON of the expected shape). A missing file is
//! not an error (its rules are skipped); a file that cannot be used is reported with its
//! name and, for bad JSON, the line, column and JSON pointer.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::files::{FILES, FileKind, file};
use super::model::{
    Domain, ExportInfo, Group, MethodsPolicy, Policy, Registration, RoleAssignment,
    SecurityDefaults, User,
};
use super::parse::{many, one, text};
use crate::store::StoreError;

/// The most one export file may hold: a tenant with 100,000 users stays well below it.
pub const FILE_CAP: u64 = 256 * 1024 * 1024;

/// Everything read from one export folder.
#[derive(Debug, Clone, Default)]
pub struct Export {
    /// `export-info.json`.
    pub info: Option<ExportInfo>,
    /// `users.json`.
    pub users: Option<Vec<User>>,
    /// `role-assignments.json`.
    pub role_assignments: Option<Vec<RoleAssignment>>,
    /// `role-assignment-schedules.json`.
    pub role_schedules: Option<Vec<RoleAssignment>>,
    /// `role-eligibility.json`.
    pub eligibility: Option<Vec<RoleAssignment>>,
    /// `registration-details.json`.
    pub registrations: Option<Vec<Registration>>,
    /// `conditional-access-policies.json`.
    pub policies: Option<Vec<Policy>>,
    /// `ca-groups.json`.
    pub groups: Option<Vec<Group>>,
    /// `authentication-methods-policy.json`.
    pub methods_policy: Option<MethodsPolicy>,
    /// `security-defaults.json`.
    pub security_defaults: Option<SecurityDefaults>,
    /// `domains.json`.
    pub domains: Option<Vec<Domain>>,
    /// Files that are not there.
    pub missing: BTreeSet<FileKind>,
    /// Files that are there but could not be used.
    pub errors: Vec<FileError>,
    /// Files that were read, with something to know about them.
    pub notes: Vec<String>,
    /// The snapshot's date (`YYYY-MM-DD`) and where it came from.
    pub snapshot: Snapshot,
}

/// When the export was taken.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The date, `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// `export-info.json`, or the files' modification times.
    pub source: &'static str,
}

impl Export {
    /// Whether `kind` was read.
    pub fn has(&self, kind: FileKind) -> bool {
        match kind {
            FileKind::Info => self.info.is_some(),
            FileKind::Users => self.users.is_some(),
            FileKind::RoleAssignments => self.role_assignments.is_some(),
            FileKind::RoleAssignmentSchedules => self.role_schedules.is_some(),
            FileKind::RoleEligibility => self.eligibility.is_some(),
            FileKind::Registrations => self.registrations.is_some(),
            FileKind::Policies => self.policies.is_some(),
            FileKind::Groups => self.groups.is_some(),
            FileKind::MethodsPolicy => self.methods_policy.is_some(),
            FileKind::SecurityDefaults => self.security_defaults.is_some(),
            FileKind::Domains => self.domains.is_some(),
        }
    }
}

/// A file of the export that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// The file's name in the export.
    pub file: &'static str,
    /// What is wrong and what to do.
    pub message: String,
    /// For bad JSON: line, column and JSON pointer.
    pub at: Option<(usize, usize, String)>,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.at {
            Some((line, col, ptr)) => {
                let ptr = if ptr.is_empty() { "(the top)" } else { ptr };
                write!(
                    f,
                    "{}:{line}:{col}: at JSON pointer {ptr}: {}",
                    self.file, self.message
                )
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Why [`read_dir`] could not read the folder at all.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder is missing or not a folder.
    #[error("{}: {reason}", path.display())]
    NotAFolder {
        /// The path given.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// No known file is in it.
    #[error(
        "{} holds none of the export's files (users.json, role-assignments.json, ...); run `breakglass audit --export-commands` to make them",
        path.display()
    )]
    Empty {
        /// The folder.
        path: PathBuf,
    },
}

/// Reads every known file of the export in `dir`.
pub fn read_dir(dir: &Path) -> Result<Export, ExportError> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(ExportError::NotAFolder {
                path: dir.to_path_buf(),
                reason: "not a folder: give the folder the export commands wrote".to_string(),
            });
        }
        Err(e) => {
            return Err(ExportError::NotAFolder {
                path: dir.to_path_buf(),
                reason: e.to_string(),
            });
        }
    }
    let mut export = Export::default();
    let mut newest: Option<std::time::SystemTime> = None;
    for f in FILES {
        let path = dir.join(f.name);
        if std::fs::symlink_metadata(&path).is_err() {
            export.missing.insert(f.kind);
            continue;
        }
        if let Ok(t) = std::fs::metadata(&path).and_then(|m| m.modified()) {
            newest = Some(newest.map_or(t, |n| n.max(t)));
        }
        let bytes = match crate::store::read::read_capped(&path, FILE_CAP) {
            Ok(b) => b,
            Err(e) => {
                export.errors.push(FileError {
                    file: f.name,
                    message: store_message(&e),
                    at: None,
                });
                continue;
            }
        };
        load(&mut export, f.kind, &bytes);
    }
    if FILES
        .iter()
        .all(|f| export.missing.contains(&f.kind) || f.kind == FileKind::Info)
    {
        return Err(ExportError::Empty {
            path: dir.to_path_buf(),
        });
    }
    export.snapshot = snapshot(export.info.as_ref(), newest);
    Ok(export)
}

/// Parses `bytes` as the file `kind` into `export`, or records why it cannot be used.
pub fn load(export: &mut Export, kind: FileKind, bytes: &[u8]) {
    let name = file(kind).name;
    let text = match text(bytes) {
        Ok(t) => t,
        Err(message) => {
            export.errors.push(FileError {
                file: name,
                message,
                at: None,
            });
            return;
        }
    };
    let result = match kind {
        FileKind::Info => one(text, name).map(|v| export.info = Some(v)),
        FileKind::Users => many(text, name, &mut export.notes).map(|v| export.users = Some(v)),
        FileKind::RoleAssignments => {
            many(text, name, &mut export.notes).map(|v| export.role_assignments = Some(v))
        }
        FileKind::RoleAssignmentSchedules => {
            many(text, name, &mut export.notes).map(|v| export.role_schedules = Some(v))
        }
        FileKind::RoleEligibility => {
            many(text, name, &mut export.notes).map(|v| export.eligibility = Some(v))
        }
        FileKind::Registrations => {
            many(text, name, &mut export.notes).map(|v| export.registrations = Some(v))
        }
        FileKind::Policies => {
            many(text, name, &mut export.notes).map(|v| export.policies = Some(v))
        }
        FileKind::Groups => many(text, name, &mut export.notes).map(|v| export.groups = Some(v)),
        FileKind::MethodsPolicy => one(text, name).map(|v| export.methods_policy = Some(v)),
        FileKind::SecurityDefaults => one(text, name).map(|v| export.security_defaults = Some(v)),
        FileKind::Domains => many(text, name, &mut export.notes).map(|v| export.domains = Some(v)),
    };
    if let Err(e) = result {
        export.errors.push(e);
    }
}

/// A store read error in words, without the full path (the file name is shown already).
fn store_message(e: &StoreError) -> String {
    match e {
        StoreError::TooLarge { size, cap, .. } => format!(
            "the file is {size} bytes, more than the {} MiB an export file may have; \
             export fewer properties ($select) or split it",
            cap / (1024 * 1024)
        ),
        StoreError::NotRegular { kind, .. } => {
            format!("it is {kind}, not a regular file; breakglass reads only regular files")
        }
        StoreError::Io { source, .. } => format!("cannot read it: {source}"),
        other => other.to_string(),
    }
}

/// The snapshot's date: from `export-info.json`, else the newest file's modification time.
fn snapshot(info: Option<&ExportInfo>, newest: Option<std::time::SystemTime>) -> Snapshot {
    if let Some(date) = info
        .and_then(|i| i.exported_date_time.as_deref())
        .and_then(date_of)
    {
        return Snapshot {
            date: Some(date),
            source: "export-info.json",
        };
    }
    let date = newest
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .map(|t| t.strftime("%Y-%m-%d").to_string());
    Snapshot {
        date,
        source: "the files' modification times",
    }
}

/// `YYYY-MM-DD` from an ISO 8601 timestamp or date.
pub fn date_of(text: &str) -> Option<String> {
    let head = text.get(..10)?;
    head.parse::<jiff::civil::Date>()
        .ok()
        .map(|d| d.to_string())
}
