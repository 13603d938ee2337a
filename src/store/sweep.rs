//! Cleaning up after a crash: temporary files (`.tmp-XXXXXX`) that a save left behind when
//! the process died mid-write, in breakglass's own folders only (sessions, drills,
//! reports), and only regular files older than [`STALE_AFTER`] (a save in progress
//! holds its temporary file for milliseconds); and lock files no process holds any more
//! (left by a killed breakglass), removed under their own lock.

use std::path::PathBuf;
use std::time::Duration;

use super::atomic::{TMP_PREFIX, TMP_RANDOM_LEN};
use super::{SessionLock, Store};

/// How old a temporary file must be before it counts as left over.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Whether `name` is a temporary file name the store itself makes.
pub fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TMP_PREFIX).is_some_and(|rest| {
        rest.len() == TMP_RANDOM_LEN && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Whether `path` is a regular file (a link is not followed: it is not a file of ours)
/// last changed at least `age` before `now`.
fn stale_file(path: &std::path::Path, now: std::time::SystemTime, age: Duration) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|meta| {
        meta.file_type().is_file()
            && meta
                .modified()
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|d| d >= age)
    })
}

impl Store {
    /// Removes temporary files left by an interrupted save that are older than `age`;
    /// returns the files removed. Anything else (links, folders, other names) is left.
    pub fn sweep_temp_files(&self, age: Duration) -> Vec<PathBuf> {
        let now = std::time::SystemTime::now();
        let mut removed = Vec::new();
        for dir in [
            self.sessions_dir(),
            self.drills_dir(),
            self.reports_dir(),
            self.audits_dir(),
        ] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.filter_map(Result::ok) {
                let name = entry.file_name();
                if !name.to_str().is_some_and(is_temp_name) {
                    continue;
                }
                let path = entry.path();
                if stale_file(&path, now, age) && std::fs::remove_file(&path).is_ok() {
                    removed.push(path);
                }
            }
        }
        removed.extend(self.sweep_lock_files(age));
        removed
    }

    /// Removes `locks/<id>.lock` files older than `age` that no process holds.
    fn sweep_lock_files(&self, age: Duration) -> Vec<PathBuf> {
        let now = std::time::SystemTime::now();
        let dir = self.locks_dir();
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Vec::new();
        };
        let mut removed = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let Some(id) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".lock"))
                .filter(|id| crate::transcript::is_valid_id(id))
                .map(str::to_string)
            else {
                continue;
            };
            // Taking the lock and dropping it removes the file; a held one is left alone.
            if stale_file(&path, now, age) && SessionLock::acquire(&dir, &id).is_ok() {
                removed.push(path);
            }
        }
        removed
    }
}
