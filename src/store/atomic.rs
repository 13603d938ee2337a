//! Writing a file so a crash never leaves half of it: a temporary file in the same
//! directory (mode 0600, named `.tmp-XXXXXX`), `fsync`, rename over the target (or, for a
//! new file, link it only if no file has that name yet), then `fsync` the directory.
//! Folders breakglass creates are made 0700; a folder that already exists is never
//! changed (its mode, owner and sticky bit are not breakglass's to touch).

use std::io::Write;
use std::path::{Path, PathBuf};

/// The prefix of every temporary file the store writes (see `sweep`).
pub const TMP_PREFIX: &str = ".tmp-";
/// How many random characters follow [`TMP_PREFIX`].
pub const TMP_RANDOM_LEN: usize = 6;

/// A save that failed, with the path and what kind of failure it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!("common-save-error", reason = describe(self.kind), path = self.path.display().to_string()))]
pub struct SaveError {
    /// The file or directory that could not be written.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: std::io::ErrorKind,
    /// The system's message.
    pub detail: String,
}

/// Words for a failure a person understands, in the interface language.
pub fn describe(kind: std::io::ErrorKind) -> String {
    use std::io::ErrorKind as K;
    match kind {
        K::StorageFull => crate::tr!("common-save-disk-full"),
        K::FileTooLarge => crate::tr!("common-save-file-too-large"),
        K::ReadOnlyFilesystem => crate::tr!("common-save-read-only"),
        K::PermissionDenied => crate::tr!("common-save-permission"),
        K::NotADirectory => crate::tr!("common-save-not-a-directory"),
        K::NotFound => crate::tr!("common-save-no-folder"),
        K::AlreadyExists => crate::tr!("common-save-exists"),
        K::ResourceBusy => crate::tr!("common-save-busy"),
        _ => crate::tr!("common-save-failed"),
    }
}

pub(super) fn error(path: &Path, e: &std::io::Error) -> SaveError {
    SaveError {
        path: path.to_path_buf(),
        kind: e.kind(),
        detail: e.to_string(),
    }
}

/// Makes sure `dir` is a folder. Missing folders (and missing parents) are created 0700;
/// an existing folder is left exactly as it is.
pub fn ensure_dir(dir: &Path) -> Result<(), SaveError> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(SaveError {
                path: dir.to_path_buf(),
                kind: std::io::ErrorKind::NotADirectory,
                detail: "not a directory".to_string(),
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(error(dir, &e)),
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| error(dir, &e))
}

/// How [`write`] treats a file that already has the target's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replace it (saving the same session or report again).
    Replace,
    /// Fail with `AlreadyExists` (a new id must never take another file's place).
    CreateNew,
}

/// Writes `bytes` to `dir/name` atomically; the file is private (0600).
pub fn write(dir: &Path, name: &str, bytes: &[u8], mode: Mode) -> Result<PathBuf, SaveError> {
    ensure_dir(dir)?;
    let target = dir.join(name);
    let mut tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .rand_bytes(TMP_RANDOM_LEN)
        .tempfile_in(dir)
        .map_err(|e| error(dir, &e))?;
    tmp.write_all(bytes).map_err(|e| error(&target, &e))?;
    tmp.as_file().sync_all().map_err(|e| error(&target, &e))?;
    match mode {
        Mode::Replace => tmp.persist(&target).map(|_| ()),
        Mode::CreateNew => tmp.persist_noclobber(&target).map(|_| ()),
    }
    .map_err(|e| error(&target, &e.error))?;
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| error(dir, &e))?;
    Ok(target)
}
