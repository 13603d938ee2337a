//! The user's own playbooks: `<config dir>/playbooks/*.yaml`, where the config dir comes
//! from `directories` unless `BREAKGLASS_CONFIG_DIR` (or `--config-dir`) says otherwise.

use std::path::{Path, PathBuf};

use super::{Found, Origin, Skipped, load_text, read};

/// The environment variable that replaces the config directory.
pub const CONFIG_DIR_ENV: &str = "BREAKGLASS_CONFIG_DIR";

/// The config directory: `explicit` if given, else `BREAKGLASS_CONFIG_DIR`, else the
/// platform's (`~/.config/breakglass` on Linux). `None` when no home directory exists.
pub fn config_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(CONFIG_DIR_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "breakglass").map(|d| d.config_dir().to_path_buf())
}

/// Where user playbooks live inside a config directory.
pub fn playbook_dir(config: &Path) -> PathBuf {
    config.join("playbooks")
}

/// Loads every `*.yaml` / `*.yml` in `dir`, in name order. Broken files, and files whose id
/// another user playbook already took, are skipped with a reason. A missing directory is
/// simply empty.
pub fn load_dir(dir: &Path) -> (Vec<Found>, Vec<Skipped>) {
    let mut found: Vec<Found> = Vec::new();
    let mut skipped = Vec::new();
    for path in yaml_files(dir) {
        let loaded =
            read::read_limited(&path).and_then(|text| load_text(Origin::User(path.clone()), text));
        match loaded {
            Ok(f) if found.iter().any(|o| o.playbook.id == f.playbook.id) => {
                skipped.push(Skipped {
                    path,
                    reason: crate::tr!("common-catalog-duplicate", id = f.playbook.id.as_str()),
                });
            }
            Ok(f) => found.push(f),
            Err(e) => skipped.push(Skipped {
                path,
                reason: e.to_string(),
            }),
        }
    }
    (found, skipped)
}

/// Every `*.yaml` / `*.yml` file in `dir`, in name order; none if it cannot be read.
pub fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|e| {
                    e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")
                })
                && !is_translation(p)
        })
        .collect();
    paths.sort();
    paths
}

/// Whether `path` is named as a translation (`<playbook-id>.<lang>.yaml`), not a playbook.
pub fn is_translation(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(crate::playbook::translation::parse_file_name)
        .is_some()
}
