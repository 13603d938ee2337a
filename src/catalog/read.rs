//! Reading playbook files: at most 1 MiB, UTF-8, with the path in every error.

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
