//! Saved drill runs: `<data dir>/drills/<run id>.json`, written atomically after every step.

use std::path::PathBuf;

use super::{SaveError, Store, StoreError, atomic};
use crate::drill::RunRecord;
use crate::drill::record::RUN_FORMAT;

impl Store {
    /// Where drill runs are kept.
    pub fn drills_dir(&self) -> PathBuf {
        self.root.join("drills")
    }

    /// Saves a drill run atomically, replacing its previous save.
    pub fn save_run(&self, r: &RunRecord) -> Result<PathBuf, SaveError> {
        let json = serde_json::to_vec_pretty(r).map_err(|e| SaveError {
            path: self.drills_dir().join(format!("{}.json", r.id)),
            kind: std::io::ErrorKind::InvalidData,
            detail: e.to_string(),
        })?;
        atomic::write(&self.drills_dir(), &format!("{}.json", r.id), &json)
    }

    /// Loads drill run `id`.
    pub fn load_run(&self, id: &str) -> Result<RunRecord, StoreError> {
        let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let path = self.drills_dir().join(format!("{id}.json"));
        if !valid || !path.exists() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        read_run(&path)
    }

    /// Every saved drill run, oldest first, and the files that could not be read.
    pub fn list_runs(&self) -> (Vec<RunRecord>, Vec<StoreError>) {
        let mut runs = Vec::new();
        let mut broken = Vec::new();
        let Ok(entries) = std::fs::read_dir(self.drills_dir()) else {
            return (runs, broken);
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match read_run(&path) {
                Ok(r) => runs.push(r),
                Err(e) => broken.push(e),
            }
        }
        runs.sort_by(|a, b| a.started.cmp(&b.started).then(a.id.cmp(&b.id)));
        (runs, broken)
    }
}

fn read_run(path: &std::path::Path) -> Result<RunRecord, StoreError> {
    let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let r: RunRecord = serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if r.format != RUN_FORMAT {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            message: format!("unknown format `{}`", r.format),
        });
    }
    Ok(r)
}
