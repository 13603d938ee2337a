//! `breakglass list`: every playbook with its id, title, version, review date and origin.

use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::catalog::Origin;

use super::output::{Env, print};

/// Prints the catalog as a table, then any user playbooks that were skipped; or, with
/// `json`, one JSON document (`breakglass-list/1`) for scripts.
pub fn run(env: &Env, json: bool) -> ExitCode {
    if json {
        return print_json(env);
    }
    let entries = env.catalog.entries();
    let id_w = entries.iter().map(|e| e.id.len()).max().unwrap_or(2).max(2);
    let ver_w = entries
        .iter()
        .map(|e| e.version.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let mut out = format!(
        "{:id_w$}  {:ver_w$}  {:10}  {:8}  TITLE\n",
        "ID", "VERSION", "REVIEWED", "FROM"
    );
    for e in &entries {
        let _ = writeln!(
            out,
            "{:id_w$}  {:ver_w$}  {:10}  {:8}  {}",
            e.id,
            e.version,
            e.reviewed,
            e.origin.kind(),
            e.title
        );
        let langs = languages(env, e);
        if langs.len() > 1 {
            let _ = writeln!(out, "{:id_w$}  languages: {}", "", langs.join(", "));
        }
        if let Some(p) = &e.shadowed_by {
            let _ = writeln!(
                out,
                "{:id_w$}  replaced by your playbook {}",
                "",
                breakglass::sanitize::visible_path(p)
            );
        }
        if e.overrides_builtin {
            let _ = writeln!(
                out,
                "{:id_w$}  {} (replaces the built-in)",
                "",
                e.origin.display_name()
            );
        } else if e.origin.kind() == "user" {
            let _ = writeln!(out, "{:id_w$}  {}", "", e.origin.display_name());
        }
    }
    match &env.catalog.user_dir {
        Some(dir) => {
            let _ = writeln!(out, "\nYour playbooks are read from {}", dir.display());
        }
        None => out.push_str("\nNo config directory was found for your own playbooks.\n"),
    }
    for s in env.catalog.skipped() {
        let _ = writeln!(
            out,
            "Skipped {}: {}",
            breakglass::sanitize::visible_path(&s.path),
            s.reason
        );
    }
    print(&out)
}

/// `list --json`: what `--version` says, then every playbook with its id, title, version,
/// review date, format and origin, and the user playbooks that were skipped.
fn print_json(env: &Env) -> ExitCode {
    let playbooks: Vec<serde_json::Value> = env
        .catalog
        .entries()
        .iter()
        .map(|e| {
            let path = match &e.origin {
                Origin::Builtin(p) => (*p).to_string(),
                Origin::File(p) | Origin::User(p) => p.display().to_string(),
            };
            serde_json::json!({
                "id": e.id,
                "title": e.title,
                "version": e.version,
                "reviewed": e.reviewed,
                "format": e.format,
                "origin": e.origin.kind(),
                "path": path,
                "replaced_by": e.shadowed_by.as_ref().map(|p| p.display().to_string()),
                "replaces_builtin": e.overrides_builtin,
                "languages": languages(env, e),
            })
        })
        .collect();
    let skipped: Vec<serde_json::Value> = env
        .catalog
        .skipped()
        .iter()
        .map(|s| serde_json::json!({"path": s.path.display().to_string(), "reason": s.reason.clone()}))
        .collect();
    let mut doc = serde_json::json!({
        "format": "breakglass-list/1",
        "breakglass": env!("CARGO_PKG_VERSION"),
        "version_line": format!("breakglass {}", super::version::LINE.as_str()),
        "playbooks": playbooks,
        "user_dir": env.catalog.user_dir.as_ref().map(|d| d.display().to_string()),
        "skipped": skipped,
    });
    breakglass::sanitize::json(&mut doc);
    match serde_json::to_string_pretty(&doc) {
        Ok(text) => print(&format!("{text}\n")),
        Err(e) => {
            super::output::error(&format!("could not write JSON: {e}"));
            ExitCode::from(super::output::FAILURE)
        }
    }
}

/// The languages the playbook of `e` can be shown in: English, then each translation's
/// (a translation with errors is left out: it is not used).
fn languages(env: &Env, e: &breakglass::catalog::Entry) -> Vec<String> {
    let mut out = vec![breakglass::lang::ENGLISH.to_string()];
    let found = env
        .catalog
        .open(Some(&e.id))
        .ok()
        .filter(|f| f.origin.kind() == e.origin.kind());
    if let Some(found) = found {
        for t in env.catalog.translations(&found) {
            if !t.check(&found).has_errors() {
                out.push(t.lang);
            }
        }
    }
    out
}
