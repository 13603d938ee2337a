//! The audit as text: a terminal table (worst first), Markdown for a ticket, or JSON
//! (`breakglass-audit/1`). The snapshot's date heads every form.

use std::fmt::Write as _;

use serde_json::json;

use super::emergency::Found;
use super::rules::{Finding, Subject};
use super::{Audit, Outcome, RuleResult};

/// The JSON format's name.
pub const FORMAT: &str = "breakglass-audit/1";

/// The playbook every fix refers to.
pub const PLAYBOOK: &str = "entra-mfa-lockout";

fn snapshot_line(a: &Audit) -> String {
    match &a.export.snapshot.date {
        Some(d) => format!("snapshot of {d} (date from {})", a.export.snapshot.source),
        None => "snapshot date unknown".to_string(),
    }
}

fn emergency_line(a: &Audit) -> String {
    match &a.emergency {
        (Some(Found::Named(origin)), n) => format!("{n} named in {origin}"),
        (Some(Found::Guessed), n) => format!(
            "{n} GUESSED from names containing \"breakglass\" or \"emergency\"; name them in \
             emergency-accounts.yaml (or --emergency) to be sure"
        ),
        (None, _) if a.export.users.is_none() => "unknown (users.json missing)".to_string(),
        (None, _) => "none named in emergency-accounts.yaml, none found by name".to_string(),
    }
}

/// Text from the tenant as it is (the terminal table; the output sanitiser runs later).
fn plain(text: &str) -> String {
    text.to_string()
}

/// Text from the tenant in Markdown: every character that could start markup (a link, an
/// emphasis, a table cell, HTML) is escaped, so a display name stays a display name.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn subject(s: &Subject, esc: fn(&str) -> String) -> String {
    match s.kind {
        "tenant" => "the tenant".to_string(),
        kind => {
            let mut out = format!("{kind} {}", esc(&s.name));
            let mut ids = Vec::new();
            if let Some(u) = &s.upn {
                ids.push(esc(u));
            }
            if !s.id.is_empty() {
                ids.push(esc(&s.id));
            }
            if !ids.is_empty() {
                let _ = write!(out, " ({})", ids.join(", "));
            }
            out
        }
    }
}

fn finding(f: &Finding, esc: fn(&str) -> String) -> String {
    let mut out = format!("{}: {}", subject(&f.subject, esc), f.detail);
    for r in &f.related {
        let _ = write!(out, "; {}", subject(r, esc));
    }
    out
}

fn fixes(r: &RuleResult) -> String {
    r.rule
        .fixes
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join("; ")
}

fn summary(a: &Audit) -> String {
    let count = |f: fn(&Outcome) -> bool| a.results.iter().filter(|r| f(&r.outcome)).count();
    let failing = count(|o| matches!(o, Outcome::Fail(_)));
    let mut worst: Vec<String> = Vec::new();
    for sev in [
        super::rules::Severity::Critical,
        super::rules::Severity::High,
        super::rules::Severity::Medium,
        super::rules::Severity::Low,
    ] {
        let n = a.failing().filter(|r| r.rule.severity == sev).count();
        if n > 0 {
            worst.push(format!("{n} {}", sev.label()));
        }
    }
    let detail = if worst.is_empty() {
        String::new()
    } else {
        format!(" ({})", worst.join(", "))
    };
    format!(
        "{failing} failing{detail}, {} passed, {} skipped, {} not applicable",
        count(|o| matches!(o, Outcome::Pass)),
        count(|o| matches!(o, Outcome::Skipped { .. })),
        count(|o| matches!(o, Outcome::NotApplicable(_))),
    )
}

fn skipped_why(
    missing: &[&super::files::ExportFile],
    broken: &[&super::files::ExportFile],
) -> String {
    let mut parts = Vec::new();
    for f in missing {
        parts.push(format!("{} is missing (GET {})", f.name, f.endpoint));
    }
    for f in broken {
        parts.push(format!("{} could not be read (see above)", f.name));
    }
    parts.join("; ")
}

/// The terminal table, worst first.
pub fn text(a: &Audit) -> String {
    let mut out = format!("Break-glass readiness audit: {}\n", snapshot_line(a));
    let _ = writeln!(out, "Emergency accounts: {}", emergency_line(a));
    for e in &a.export.errors {
        let _ = writeln!(out, "File problem: {e}");
    }
    for n in &a.export.notes {
        let _ = writeln!(out, "Note: {n}");
    }
    out.push('\n');
    let width = a.results.iter().map(|r| r.rule.id.len()).max().unwrap_or(4);
    let _ = writeln!(
        out,
        "{:<8}  {:<6}  {:<width$}  WHAT",
        "SEVERITY", "RESULT", "RULE"
    );
    for r in &a.results {
        text_row(&mut out, r, width);
    }
    let _ = writeln!(out, "\n{}", summary(a));
    if a.results
        .iter()
        .any(|r| matches!(r.outcome, Outcome::Skipped { .. }))
    {
        out.push_str("Missing files: `breakglass audit --export-commands` prints the commands that make them.\n");
    }
    out
}

/// One rule's line in the table, and under it its evidence, fix and sources.
fn text_row(out: &mut String, r: &RuleResult, width: usize) {
    let (result, sev) = match &r.outcome {
        Outcome::Fail(_) => ("FAIL", r.rule.severity.label()),
        Outcome::Pass => ("pass", ""),
        Outcome::Skipped { .. } => ("skip", ""),
        Outcome::NotApplicable(_) => ("n/a", ""),
    };
    let _ = writeln!(
        out,
        "{sev:<8}  {result:<6}  {:<width$}  {}",
        r.rule.id, r.rule.title
    );
    let indent = "    ";
    match &r.outcome {
        Outcome::Fail(findings) => {
            for f in findings {
                let _ = writeln!(out, "{indent}- {}", finding(f, plain));
            }
            let _ = writeln!(out, "{indent}fix: {} (playbook {PLAYBOOK})", fixes(r));
            for s in r.rule.sources {
                let _ = writeln!(out, "{indent}source: {}", s.url);
            }
        }
        Outcome::Skipped { missing, broken } => {
            let _ = writeln!(out, "{indent}skipped: {}", skipped_why(missing, broken));
        }
        Outcome::NotApplicable(why) => {
            let _ = writeln!(out, "{indent}{why}");
        }
        Outcome::Pass => {}
    }
}

/// Markdown, for a ticket or a change request.
pub fn markdown(a: &Audit) -> String {
    let mut out = format!(
        "# Break-glass readiness audit\n\n- Snapshot: {}\n- Emergency accounts: {}\n- Result: {}\n",
        snapshot_line(a),
        emergency_line(a),
        summary(a)
    );
    for e in &a.export.errors {
        let _ = writeln!(out, "- File problem: {}", md(&e.to_string()));
    }
    for n in &a.export.notes {
        let _ = writeln!(out, "- Note: {}", md(n));
    }
    out.push_str("\n| Severity | Result | Rule | What |\n|---|---|---|---|\n");
    for r in &a.results {
        let (result, sev) = match &r.outcome {
            Outcome::Fail(_) => ("**FAIL**", r.rule.severity.label()),
            Outcome::Pass => ("pass", ""),
            Outcome::Skipped { .. } => ("skipped", ""),
            Outcome::NotApplicable(_) => ("n/a", ""),
        };
        let _ = writeln!(
            out,
            "| {sev} | {result} | `{}` | {} |",
            r.rule.id,
            r.rule.title.replace('|', "\\|")
        );
    }
    for r in a.failing() {
        markdown_failing(&mut out, r);
    }
    markdown_skipped(&mut out, a);
    out
}

/// A failing rule's section: its evidence, fix and sources.
fn markdown_failing(out: &mut String, r: &RuleResult) {
    let _ = writeln!(out, "\n## `{}`: {}\n", r.rule.id, r.rule.title);
    if let Outcome::Fail(findings) = &r.outcome {
        for f in findings {
            let _ = writeln!(out, "- {}", finding(f, md));
        }
    }
    let _ = writeln!(out, "\nFix: {} (playbook `{PLAYBOOK}`).\n", fixes(r));
    for s in r.rule.sources {
        let _ = writeln!(out, "- Source: [{}]({})", s.title, s.url);
    }
}

/// The skipped rules, with the files they need.
fn markdown_skipped(out: &mut String, a: &Audit) {
    let skipped: Vec<&RuleResult> = a
        .results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Skipped { .. }))
        .collect();
    if skipped.is_empty() {
        return;
    }
    out.push_str("\n## Skipped\n\n");
    for r in skipped {
        if let Outcome::Skipped { missing, broken } = &r.outcome {
            let _ = writeln!(out, "- `{}`: {}", r.rule.id, skipped_why(missing, broken));
        }
    }
}

/// JSON (`breakglass-audit/1`).
pub fn json(a: &Audit) -> serde_json::Value {
    let results: Vec<serde_json::Value> = a
        .results
        .iter()
        .map(|r| {
            let (status, extra) = match &r.outcome {
                Outcome::Pass => ("pass", json!({})),
                Outcome::Fail(f) => ("fail", json!({ "findings": f })),
                Outcome::NotApplicable(why) => ("not-applicable", json!({ "reason": why })),
                Outcome::Skipped { missing, broken } => (
                    "skipped",
                    json!({
                        "missing": missing.iter().map(|f| json!({"file": f.name, "endpoint": f.endpoint})).collect::<Vec<_>>(),
                        "unreadable": broken.iter().map(|f| f.name).collect::<Vec<_>>(),
                    }),
                ),
            };
            let mut v = json!({
                "rule": r.rule.id,
                "title": r.rule.title,
                "severity": r.rule.severity,
                "status": status,
                "fixes": r.rule.fixes.iter().map(|f| f.reference()).collect::<Vec<_>>(),
                "sources": r.rule.sources.iter().map(|s| json!({"title": s.title, "url": s.url})).collect::<Vec<_>>(),
            });
            if let (Some(obj), Some(more)) = (v.as_object_mut(), extra.as_object()) {
                obj.extend(more.clone());
            }
            v
        })
        .collect();
    json!({
        "format": FORMAT,
        "playbook": PLAYBOOK,
        "snapshot": { "date": a.export.snapshot.date, "source": a.export.snapshot.source },
        "emergency_accounts": emergency_line(a),
        "file_problems": a.export.errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "notes": a.export.notes,
        "summary": summary(a),
        "results": results,
    })
}
