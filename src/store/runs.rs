//! Saved drill runs: `<data dir>/drills/<run id>.json`, written atomically after every step.
//! Like sessions, a run's id is its file name, and files are read as untrusted input.

use std::path::{Path, PathBuf};

use super::{FILE_CAP, SaveError, Store, StoreError, atomic, entries, read};
use crate::drill::RunRecord;
use crate::drill::record::RUN_FORMAT;
use crate::transcript::is_valid_id;

impl Store {
    /// Where drill runs are kept.
    pub fn drills_dir(&self) -> PathBuf {
        self.root.join("drills")
    }

    /// Saves a drill run atomically, replacing its previous save.
    pub fn save_run(&self, r: &RunRecord) -> Result<PathBuf, SaveError> {
        let path = self.drills_dir().join(format!("{}.json", r.id));
        let fail = |kind, detail: String| SaveError {
            path: path.clone(),
            kind,
            detail,
        };
        if !is_valid_id(&r.id) {
            return Err(fail(
                std::io::ErrorKind::InvalidInput,
                format!("`{}` is not a run id", r.id),
            ));
        }
        let json = serde_json::to_vec_pretty(r)
            .map_err(|e| fail(std::io::ErrorKind::InvalidData, e.to_string()))?;
        atomic::write(
            &self.drills_dir(),
            &format!("{}.json", r.id),
            &json,
            atomic::Mode::Replace,
        )
    }

    /// Loads drill run `id` (the file `drills/<id>.json`; its id is its name).
    pub fn load_run(&self, id: &str) -> Result<RunRecord, StoreError> {
        let path = self.drills_dir().join(format!("{id}.json"));
        if !is_valid_id(id) || std::fs::symlink_metadata(&path).is_err() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        read_run(&path, id)
    }

    /// Every saved drill run, oldest first, and the files that could not be read.
    pub fn list_runs(&self) -> (Vec<RunRecord>, Vec<StoreError>) {
        let mut runs = Vec::new();
        let mut broken = Vec::new();
        for (path, id) in entries(&self.drills_dir(), &mut broken) {
            match read_run(&path, &id) {
                Ok(r) => runs.push(r),
                Err(e) => broken.push(e),
            }
        }
        runs.sort_by(|a, b| a.started.cmp(&b.started).then(a.id.cmp(&b.id)));
        (runs, broken)
    }
}

fn read_run(path: &Path, id: &str) -> Result<RunRecord, StoreError> {
    let bytes = read::read_capped(path, FILE_CAP)?;
    let corrupt = |message| StoreError::Corrupt {
        path: path.to_path_buf(),
        what: "drill run",
        message,
    };
    let mut r: RunRecord = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
    if r.format != RUN_FORMAT {
        return Err(corrupt(format!("unknown format `{}`", r.format)));
    }
    id.clone_into(&mut r.id);
    Ok(r)
}
