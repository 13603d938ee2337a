//! Advisory locks on sessions, so two breakglass processes never write the same session:
//! `locks/<id>.lock` in the data directory holds an exclusive `flock` (the standard
//! library's `File::try_lock`) and the holder's process id, for the message the second one
//! shows. The lock file is removed while still locked, and a lock counts only if the name
//! still leads to the file that was locked, so removing it never lets two holders in.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The lock file of session `id` in `dir`.
pub fn lock_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.lock"))
}

/// Why a lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds it (its process id, when it could be read).
    Busy(Option<u32>),
    /// The lock file could not be created, opened or locked.
    Io(PathBuf, std::io::Error),
}

/// An exclusive lock on one session, held until dropped.
#[derive(Debug)]
pub struct SessionLock {
    file: std::fs::File,
    path: PathBuf,
}

impl SessionLock {
    /// Locks session `id` in `dir` (which must exist), or says who holds it.
    pub fn acquire(dir: &Path, id: &str) -> Result<Self, LockError> {
        let path = lock_path(dir, id);
        let io = |e| LockError::Io(path.clone(), e);
        // A few tries: only a holder removing the file at the same moment makes one fail.
        for _ in 0..16 {
            let mut file = open(&path, true).map_err(io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(LockError::Busy(read_pid(&mut file)));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
            }
            if !still_named(&file, &path) {
                continue;
            }
            file.set_len(0)
                .and_then(|()| file.rewind())
                .and_then(|()| writeln!(file, "{}", std::process::id()))
                .map_err(io)?;
            return Ok(Self { file, path });
        }
        Err(io(std::io::Error::other(
            "the lock file kept changing; try again",
        )))
    }

    /// Whether another process holds the lock of session `id` in `dir` now, with its
    /// process id when known.
    pub fn holder(dir: &Path, id: &str) -> Option<Option<u32>> {
        let path = lock_path(dir, id);
        let mut file = open(&path, false).ok()?;
        match file.try_lock_shared() {
            Err(std::fs::TryLockError::WouldBlock) => Some(read_pid(&mut file)),
            Ok(()) | Err(std::fs::TryLockError::Error(_)) => None,
        }
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked; the lock goes with the handle right after.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Opens (or creates, 0600) a lock file without following a link or blocking, and only if
/// it is a regular file.
fn open(path: &Path, create: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(create);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other(
            "the lock file is not a regular file; delete it",
        ));
    }
    Ok(file)
}

/// Whether `path` still names the file `file` has open.
fn still_named(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// The process id written in a lock file (at most a few bytes are read).
fn read_pid(file: &mut std::fs::File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
