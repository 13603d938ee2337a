//! `breakglass list`: every playbook with its id, title, version, review date and origin.

use std::fmt::Write as _;
use std::process::ExitCode;

use breakglass::catalog::Origin;

use breakglass::tr;

use super::output::{Env, columns, pad, print};

/// Prints the catalog as a table, then any user playbooks that were skipped; or, with
/// `json`, one JSON document (`breakglass-list/1`) for scripts.
pub fn run(env: &Env, json: bool) -> ExitCode {
    if json {
        return print_json(env);
    }
    let entries = env.catalog.entries();
    let heads = [
        tr!("cli-list-id"),
        tr!("cli-list-version"),
        tr!("cli-list-reviewed"),
        tr!("cli-list-from"),
    ];
    let [id_h, ver_h, rev_h, from_h] = &heads;
    let id_w = entries
        .iter()
        .map(|e| columns(&e.id))
        .max()
        .unwrap_or(0)
        .max(columns(id_h));
    let ver_w = entries
        .iter()
        .map(|e| columns(&e.version))
        .max()
        .unwrap_or(0)
        .max(columns(ver_h))
        .max(7);
    let rev_w = columns(rev_h).max(10);
    let from_w = columns(from_h).max(8);
    let mut out = format!(
        "{}  {}  {}  {}  {}\n",
        pad(id_h, id_w),
        pad(ver_h, ver_w),
        pad(rev_h, rev_w),
        pad(from_h, from_w),
        tr!("cli-list-title")
    );
    let indent = " ".repeat(id_w);
    for e in &entries {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad(&e.id, id_w),
            pad(&e.version, ver_w),
            pad(&e.reviewed, rev_w),
            pad(e.origin.kind(), from_w),
            e.title
        );
        let langs = languages(env, e);
        if langs.len() > 1 {
            let _ = writeln!(
                out,
                "{indent}  {}",
                tr!("cli-list-languages", languages = langs.join(", "))
            );
        }
        if let Some(p) = &e.shadowed_by {
            let _ = writeln!(
                out,
                "{indent}  {}",
                tr!(
                    "cli-list-replaced-by",
                    path = breakglass::sanitize::visible_path(p)
                )
            );
        }
        if e.overrides_builtin {
            let _ = writeln!(
                out,
                "{indent}  {}",
                tr!("cli-list-replaces-builtin", name = e.origin.display_name())
            );
        } else if e.origin.kind() == "user" {
            let _ = writeln!(out, "{indent}  {}", e.origin.display_name());
        }
    }
    match &env.catalog.user_dir {
        Some(dir) => {
            let shown = dir.display().to_string();
            let _ = writeln!(out, "\n{}", tr!("cli-list-user-dir", dir = shown));
        }
        None => {
            let _ = writeln!(out, "\n{}", tr!("cli-list-no-config-dir"));
        }
    }
    for s in env.catalog.skipped() {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-list-skipped",
                path = breakglass::sanitize::visible_path(&s.path),
                reason = s.reason.as_str()
            )
        );
    }
    let _ = writeln!(out, "{}", interface_languages());
    print(&out)
}

/// The languages of the interface itself, each in its own name: "Interface languages:
/// English (en), 简体中文 (zh-CN) (choose with --lang)."
fn interface_languages() -> String {
    let names: Vec<String> = breakglass::i18n::languages()
        .map(|tag| {
            let name = breakglass::i18n::with_language(tag, || tr!("lang-name"));
            format!("{name} ({tag})")
        })
        .collect();
    tr!("cli-list-interface", languages = names.join(", "))
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
            super::output::error(&tr!("cli-could-not-write-json", error = e.to_string()));
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
            if !t.to_show(&found).has_errors() {
                out.push(t.lang);
            }
        }
    }
    out
}
