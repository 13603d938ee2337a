//! Writing a file so a crash never leaves half of it: a temporary file in the same
//! directory (mode 0600), `fsync`, rename over the target, then `fsync` the directory.
//! Directories are created 0700.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A save that failed, with the path and what kind of failure it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} ({})", describe(*kind), path.display())]
pub struct SaveError {
    /// The file or directory that could not be written.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: std::io::ErrorKind,
    /// The system's message.
    pub detail: String,
}

/// Words for a failure a person understands.
pub fn describe(kind: std::io::ErrorKind) -> &'static str {
    use std::io::ErrorKind as K;
    match kind {
        K::StorageFull => "the disk is full",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::PermissionDenied => "permission denied",
        K::NotADirectory => "a file is in the way of the folder",
        K::NotFound => "the folder does not exist",
        _ => "the file could not be written",
    }
}

fn error(path: &Path, e: &std::io::Error) -> SaveError {
    SaveError {
        path: path.to_path_buf(),
        kind: e.kind(),
        detail: e.to_string(),
    }
}

/// Creates `dir` (and parents) if needed, and makes `dir` itself private (0700).
pub fn ensure_dir(dir: &Path) -> Result<(), SaveError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| error(dir, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| error(dir, &e))?;
    }
    Ok(())
}

/// Writes `bytes` to `dir/name` atomically; the file is private (0600).
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    ensure_dir(dir)?;
    let target = dir.join(name);
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| error(dir, &e))?;
    tmp.write_all(bytes).map_err(|e| error(&target, &e))?;
    tmp.as_file().sync_all().map_err(|e| error(&target, &e))?;
    tmp.persist(&target).map_err(|e| error(&target, &e.error))?;
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| error(dir, &e))?;
    Ok(target)
}
