//! The dependency rule: `playbook`, `engine` and `drill` know nothing of terminals, command
//! lines, disks or clocks (drills get time from an injected clock), and only
//! `src/playbook/yaml.rs` names the YAML crate.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn src(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub)
}

/// Every line of code (comments aside) under `src/<dir>` that names one of `forbidden`.
fn uses(dirs: &[&str], forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for dir in dirs {
        let files = rust_files(&src(dir));
        assert!(!files.is_empty(), "src/{dir} has no files");
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for f in forbidden {
                    if code.contains(f) {
                        found.push(format!("{}:{}: {f}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn playbook_and_engine_import_no_front_end_disk_or_clock() {
    let forbidden = [
        "ratatui",
        "crossterm",
        "clap",
        "directories",
        "miette",
        "std::fs",
        "std::env",
        "std::time",
        "std::io::stdin",
        "std::process",
        "Timestamp::now",
        "ZonedDateTime::now",
    ];
    let found = uses(&["playbook", "engine", "drill"], &forbidden);
    assert!(
        found.is_empty(),
        "the core imports front-end, disk or clock code:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_yaml_module_names_the_yaml_crate() {
    let yaml = src("playbook/yaml.rs");
    let offenders: Vec<String> = rust_files(&src(""))
        .into_iter()
        .filter(|f| *f != yaml)
        .filter(|f| fs::read_to_string(f).unwrap().contains("serde_saphyr"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "serde_saphyr named outside yaml.rs: {offenders:?}"
    );
}

#[test]
fn every_module_starts_with_a_role_line() {
    let missing: Vec<String> = rust_files(&src(""))
        .into_iter()
        .filter(|f| {
            !fs::read_to_string(f)
                .unwrap()
                .trim_start()
                .starts_with("//!")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "modules without a //! line: {missing:?}"
    );
}

#[test]
fn the_audit_library_imports_no_front_end() {
    let forbidden = ["ratatui", "crossterm", "clap", "directories", "miette"];
    let found = uses(&["audit"], &forbidden);
    assert!(
        found.is_empty(),
        "src/audit imports front-end code:\n{}",
        found.join("\n")
    );
}
