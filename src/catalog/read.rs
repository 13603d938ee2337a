//! Reading playbook files: regular files only (a FIFO or device is refused without blocking
//! on it), at most 1 MiB, UTF-8, with the path in every error.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::{CatalogError, Origin};
use crate::playbook::load;
use crate::playbook::yaml::MAX_INPUT_BYTES;

/// Reads a file, refusing anything over the playbook size limit without reading it all.
pub fn read_limited(path: &Path) -> Result<String, CatalogError> {
    let io = |source| CatalogError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // A FIFO must not block the open; a terminal device must not become ours.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(io)?;
    // A link to a regular file is followed (people link their playbooks in); what the handle
    // finally is must be a regular file.
    let kind = file.metadata().map_err(io)?.file_type();
    if let Some(what) = crate::store::read::kind_of(kind) {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            crate::tr!(
                "common-catalog-not-regular",
                kind = crate::store::read::kind_words(what)
            ),
        )));
    }
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
