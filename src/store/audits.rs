//! Recorded audits, the readiness ledger's audit entries: `<data dir>/audits/<id>.json`,
//! written atomically; like sessions, an audit's id is its file name.

use std::path::{Path, PathBuf};

use super::{FILE_CAP, SaveError, Store, StoreError, atomic, entries, read};
use crate::audit::ledger::{AuditRecord, FORMAT};
use crate::transcript::is_valid_id;

impl Store {
    /// Where recorded audits are kept.
    pub fn audits_dir(&self) -> PathBuf {
        self.root.join("audits")
    }

    /// Records an audit atomically under a new name.
    pub fn save_audit(&self, r: &AuditRecord) -> Result<PathBuf, SaveError> {
        let name = format!("{}.json", r.id);
        let fail = |kind, detail: String| SaveError {
            path: self.audits_dir().join(&name),
            kind,
            detail,
        };
        if !is_valid_id(&r.id) {
            return Err(fail(
                std::io::ErrorKind::InvalidInput,
                format!("`{}` is not an audit id", r.id),
            ));
        }
        let json = serde_json::to_vec_pretty(r)
            .map_err(|e| fail(std::io::ErrorKind::InvalidData, e.to_string()))?;
        atomic::write(&self.audits_dir(), &name, &json, atomic::Mode::CreateNew)
    }

    /// Every recorded audit, oldest first, and the files that could not be read.
    pub fn list_audits(&self) -> (Vec<AuditRecord>, Vec<StoreError>) {
        let mut out = Vec::new();
        let mut broken = Vec::new();
        for (path, id) in entries(&self.audits_dir(), &mut broken) {
            match read_audit(&path, &id) {
                Ok(r) => out.push(r),
                Err(e) => broken.push(e),
            }
        }
        out.sort_by(|a, b| a.audited.cmp(&b.audited).then(a.id.cmp(&b.id)));
        (out, broken)
    }
}

fn read_audit(path: &Path, id: &str) -> Result<AuditRecord, StoreError> {
    let bytes = read::read_capped(path, FILE_CAP)?;
    let corrupt = |message| StoreError::Corrupt {
        path: path.to_path_buf(),
        what: "audit record",
        message,
    };
    let mut r: AuditRecord = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
    if r.format != FORMAT {
        return Err(corrupt(format!("unknown format `{}`", r.format)));
    }
    id.clone_into(&mut r.id);
    Ok(r)
}
