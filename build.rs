//! Build script: loads and checks every built-in playbook (`playbooks/*.yaml`) and drill
//! (`playbooks/drills/*.yaml`) with the library's own loader and checker, and embeds each
//! checked playbook in a compact binary form, so the program starts without parsing YAML.
//!
//! The library's `playbook`, `engine` and drill-loading modules are compiled into this
//! script as they are (inline modules that find the library's own files), so the checks
//! cannot drift from the ones `validate` runs.
//! Any error stops the build with `file:line:col` diagnostics. Warnings are shown as cargo
//! warnings; a playbook that has any is loaded from its YAML at run time, so they are still
//! printed to whoever runs it.

// Only part of each module is used here.
#![allow(dead_code, unused_imports, missing_docs, unreachable_pub)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The library's own modules, at the paths the library has them (an inline module looks
/// for its files in the folder of its name, so `src::playbook::check` is
/// `src/playbook/check/mod.rs`): the playbook loader and checker (without `builtin`,
/// which includes this script's output), the engine, and drill loading and checking
/// (without runs, scores and history).
mod src {
    pub mod playbook {
        pub mod check;
        pub mod compiled;
        pub mod diagnostic;
        mod either;
        pub mod facts;
        pub mod load;
        pub mod model;
        pub mod secret;
        pub mod translation;
        pub mod tree;
        pub mod yaml;

        pub use check::CheckOptions;
        pub use diagnostic::{Diagnostic, Severity};
        pub use load::{Loaded, load_str, load_str_with};
        pub use tree::{
            Checklist, ChecklistItem, ChecklistRef, Choice, Condition, Fact, Facts, Info, Node,
            NodeBody, NodeId, Outcome, OutcomeKind, Playbook, Question, Source, SourceId,
            SourceKind, Step,
        };
    }

    pub mod engine;

    pub mod drill {
        pub mod check;
        mod load;
        pub mod model;
        pub mod translation;
        mod tree;

        pub use check::Resolve;
        pub use load::*;
        pub use tree::*;
    }

    pub mod audit {
        pub mod ids;
    }
}

// The modules name each other as `crate::playbook`, `crate::engine`, `crate::drill`,
// `crate::audit`.
use src::{audit, drill, engine, playbook};

/// A checked built-in playbook, ready to embed.
struct Built {
    id: String,
    file: PathBuf,
    relative: String,
    blob: PathBuf,
    warned: bool,
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    println!("cargo::rerun-if-changed=playbooks");
    println!("cargo::rerun-if-changed=playbooks/drills");
    let mut failures = String::new();
    let mut built = Vec::new();
    let mut playbooks = Vec::new();
    let mut translations = Vec::new();
    for file in yaml_files(&root.join("playbooks")) {
        if let Some((id, lang)) = translation_name(&file) {
            // Checked against its playbook by `validate`, like any other translation.
            println!("cargo::rerun-if-changed={}", relative(&root, &file));
            translations.push((id, lang, relative(&root, &file), file.clone()));
            continue;
        }
        let relative = relative(&root, &file);
        println!("cargo::rerun-if-changed={relative}");
        let text = read(&file);
        match playbook::compiled::compile(&relative, &text) {
            Ok(c) => {
                for w in &c.warnings {
                    println!("cargo::warning={w}");
                }
                let blob = out.join(format!("{}.postcard", c.playbook.id));
                write(&blob, &c.bytes);
                built.push(Built {
                    id: c.playbook.id.clone(),
                    file: file.clone(),
                    relative,
                    blob,
                    warned: !c.warnings.is_empty(),
                });
                playbooks.push(c.playbook);
            }
            Err(report) => failures.push_str(&report),
        }
    }
    if !failures.is_empty() {
        // The drills walk these playbooks: checking them now would only add "unknown
        // playbook" to the real problem above.
        fail(&failures);
    }
    let resolve = |id: &str| playbooks.iter().find(|p| p.id == id).cloned();
    let mut drills = Vec::new();
    let mut drill_translations = Vec::new();
    for file in yaml_files(&root.join("playbooks").join("drills")) {
        let relative = relative(&root, &file);
        println!("cargo::rerun-if-changed={relative}");
        if let Some((id, lang)) = translation_name(&file) {
            drill_translations.push((id, lang, relative, file.clone()));
            continue;
        }
        let text = read(&file);
        match drill::compile(&relative, &text, &resolve) {
            Ok(warnings) => {
                for w in warnings {
                    println!("cargo::warning={w}");
                }
                if let Ok(loaded) =
                    drill::load_str(&text, &resolve, &playbook::CheckOptions::default())
                {
                    drills.push(loaded.drill);
                }
            }
            Err(report) => failures.push_str(&report),
        }
    }
    if !failures.is_empty() {
        fail(&failures);
    }
    // A built-in drill's translation is checked against its drill as `validate` checks it:
    // errors stop the build, missing and stale strings are warnings.
    for (id, lang, relative, file) in &drill_translations {
        let Some(d) = drills.iter().find(|d| &d.id == id) else {
            let _ = writeln!(
                failures,
                "{relative}: error[translation::no-drill]: no built-in drill `{id}` for this translation"
            );
            continue;
        };
        let t = drill::translation::check(d, &read(file), Some(lang));
        sort_out(&t.diagnostics, relative, &mut failures);
    }
    let compiled_translations =
        compile_translations(&translations, &playbooks, &out, &mut failures);
    if !failures.is_empty() {
        fail(&failures);
    }
    write(
        &out.join("builtin_playbooks.rs"),
        generated(&built, &translations, &compiled_translations).as_bytes(),
    );
    write(
        &out.join("builtin_drill_translations.rs"),
        generated_drill_translations(&drill_translations).as_bytes(),
    );
}

/// The Rust source `src/drill/builtin.rs` includes: one entry per built-in drill
/// translation (`playbooks/drills/<id>.<lang>.yaml`).
fn generated_drill_translations(translations: &[(String, String, String, PathBuf)]) -> String {
    let mut src = String::from(
        "/// Every built-in drill translation (`playbooks/drills/<id>.<lang>.yaml`), in file-name order.\n",
    );
    src.push_str("pub const DRILL_TRANSLATIONS: &[BuiltinDrillTranslation] = &[\n");
    for (id, lang, relative, file) in translations {
        let _ = writeln!(
            src,
            "    BuiltinDrillTranslation {{ drill: {id:?}, lang: {lang:?}, path: {relative:?}, \
             text: include_str!({:?}) }},",
            file.display().to_string()
        );
    }
    src.push_str("];\n");
    src
}

/// Checks each built-in playbook translation against its playbook and writes the strings
/// to show as postcard into `out`: errors go to `failures`, missing and stale strings are
/// cargo warnings. Returns the blobs, in the order of `translations`. A translation is
/// embedded twice: as text (for `validate` and `translate`) and compiled, as the strings
/// to show, so that a start in Chinese does not parse half a megabyte of YAML
/// (docs/performance.md).
fn compile_translations(
    translations: &[(String, String, String, PathBuf)],
    playbooks: &[playbook::Playbook],
    out: &Path,
    failures: &mut String,
) -> Vec<PathBuf> {
    let mut compiled = Vec::new();
    for (id, lang, relative, file) in translations {
        let Some(pb) = playbooks.iter().find(|p| &p.id == id) else {
            let _ = writeln!(
                failures,
                "{relative}: error[translation::no-playbook]: no built-in playbook `{id}` for this translation"
            );
            continue;
        };
        let t = playbook::translation::check(pb, &read(file), Some(lang));
        sort_out(&t.diagnostics, relative, failures);
        let mut strings: Vec<(String, String)> = t.strings.into_iter().collect();
        strings.sort();
        let blob = out.join(format!("{id}.{lang}.postcard"));
        match postcard::to_allocvec(&strings) {
            Ok(bytes) => write(&blob, &bytes),
            Err(e) => {
                let _ = writeln!(failures, "{relative}: cannot encode: {e}");
            }
        }
        compiled.push(blob);
    }
    compiled
}

/// A translation's errors go to `failures` (they stop the build); its warnings (missing
/// and stale strings) become cargo warnings.
fn sort_out(diagnostics: &[playbook::Diagnostic], relative: &str, failures: &mut String) {
    for diag in diagnostics {
        if diag.severity == playbook::Severity::Error {
            failures.push_str(&diag.to_line(relative));
            failures.push('\n');
        } else {
            println!(
                "cargo::warning={}",
                diag.to_line(relative).replace('\n', " ")
            );
        }
    }
}

/// Stops the build with the diagnostics in `report`.
fn fail(report: &str) -> ! {
    eprintln!("{report}");
    eprintln!("error: the built-in playbooks or drills above do not pass the checker");
    std::process::exit(1);
}

/// The Rust source `src/playbook/builtin.rs` includes: one entry per built-in playbook.
fn generated(
    built: &[Built],
    translations: &[(String, String, String, PathBuf)],
    compiled: &[PathBuf],
) -> String {
    let mut src = String::from("/// Every built-in playbook, in file-name order.\n");
    src.push_str("pub const BUILTINS: &[Builtin] = &[\n");
    for b in built {
        let _ = writeln!(
            src,
            "    Builtin {{ id: {:?}, path: {:?}, text: include_str!({:?}), \
             compiled: include_bytes!({:?}), warned: {} }},",
            b.id,
            b.relative,
            b.file.display().to_string(),
            b.blob.display().to_string(),
            b.warned
        );
    }
    src.push_str("];\n");
    src.push_str(
        "/// Every built-in translation (`playbooks/<id>.<lang>.yaml`), in file-name order.\n",
    );
    src.push_str("pub const TRANSLATIONS: &[BuiltinTranslation] = &[\n");
    for ((id, lang, relative, file), blob) in translations.iter().zip(compiled) {
        let _ = writeln!(
            src,
            "    BuiltinTranslation {{ playbook: {id:?}, lang: {lang:?}, path: {relative:?}, \
             text: include_str!({:?}), compiled: include_bytes!({:?}) }},",
            file.display().to_string(),
            blob.display().to_string()
        );
    }
    src.push_str("];\n");
    src
}

/// For a translation file (`<playbook-id>.<lang>.yaml`): the playbook id and language.
fn translation_name(file: &Path) -> Option<(String, String)> {
    let name = file.file_name()?.to_str()?;
    playbook::translation::parse_file_name(name).map(|(i, l)| (i.to_string(), l.to_string()))
}

/// The `.yaml` files directly in `dir`, sorted by name.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn relative(root: &Path, file: &Path) -> String {
    file.strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn read(file: &Path) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", file.display());
        std::process::exit(1);
    })
}

fn write(file: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(file, bytes) {
        eprintln!("error: cannot write {}: {e}", file.display());
        std::process::exit(1);
    }
}
