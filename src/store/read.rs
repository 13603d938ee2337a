//! Reading a file from the data directory as untrusted input: only a regular file is read
//! (a symbolic link, FIFO, device, socket or folder is refused without reading from it, and
//! a FIFO never blocks), and never more than a size cap.

use std::io::Read;
use std::path::Path;

use super::StoreError;

/// The most a session or drill-run file may hold. The longest real session is far
/// below this (a step takes about 100 bytes); anything larger is not one of ours.
pub const FILE_CAP: u64 = 4 * 1024 * 1024;

/// [`kind_of`]'s English words, in the interface language.
pub fn kind_words(kind: &str) -> String {
    match kind {
        "a symbolic link" => crate::tr!("common-store-kind-symlink"),
        "a folder" => crate::tr!("common-store-kind-folder"),
        "a FIFO (named pipe)" => crate::tr!("common-store-kind-fifo"),
        "a device" => crate::tr!("common-store-kind-device"),
        "a socket" => crate::tr!("common-store-kind-socket"),
        other => other.to_string(),
    }
}

/// What a non-regular file is, in words, or `None` for a regular file.
pub fn kind_of(ft: std::fs::FileType) -> Option<&'static str> {
    if ft.is_file() {
        return None;
    }
    if ft.is_symlink() {
        return Some("a symbolic link");
    }
    if ft.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if ft.is_char_device() || ft.is_block_device() {
            return Some("a device");
        }
        if ft.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Opens `path` for reading without following a symbolic link and without blocking
/// (`O_NOFOLLOW | O_NONBLOCK | O_NOCTTY`), and checks the opened handle is a regular file
/// of at most `cap` bytes.
pub fn open(path: &Path, cap: u64) -> Result<std::fs::File, StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let not_regular = |kind| StoreError::NotRegular {
        path: path.to_path_buf(),
        kind,
    };
    // Looked at first so the common case never opens anything but a regular file.
    let before = std::fs::symlink_metadata(path).map_err(io)?;
    if let Some(kind) = kind_of(before.file_type()) {
        return Err(not_regular(kind));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return not_regular("a symbolic link");
        }
        io(e)
    })?;
    // Checked again on the handle: the name may have been swapped since.
    let meta = file.metadata().map_err(io)?;
    if let Some(kind) = kind_of(meta.file_type()) {
        return Err(not_regular(kind));
    }
    if meta.len() > cap {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            cap,
        });
    }
    Ok(file)
}

/// The bytes of `path`, read as [`open`] allows, never more than `cap`.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, StoreError> {
    let file = open(path, cap)?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > cap {
        // It grew while being read.
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size,
            cap,
        });
    }
    Ok(bytes)
}
