//! `breakglass list`: every playbook with its id, title, version, review date and origin.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::output::{Env, print};

/// Prints the catalog as a table, then any user playbooks that were skipped.
pub fn run(env: &Env) -> ExitCode {
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
    for s in &env.catalog.skipped {
        let _ = writeln!(
            out,
            "Skipped {}: {}",
            breakglass::sanitize::visible_path(&s.path),
            s.reason
        );
    }
    print(&out)
}
