//! `breakglass validate`: every problem in every file, as rendered text (miette) or JSON,
//! with optional statistics. Pure over texts: reading files is the caller's job.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::json;

use crate::diagnostics;
use crate::export::stats::{self, Stats};
use crate::playbook::{CheckOptions, Diagnostic, Severity, load};

/// The version of the JSON shape `validate --format json` prints.
pub const JSON_FORMAT: &str = "breakglass-validate/1";

/// The result of validating one playbook text.
#[derive(Debug)]
pub struct FileReport {
    /// The name shown (a path, or a built-in's repository path).
    pub name: String,
    /// The text validated (empty when it could not be read).
    pub text: String,
    /// Every problem, errors first.
    pub diagnostics: Vec<Diagnostic>,
    /// Statistics, when the playbook loads.
    pub stats: Option<Stats>,
    /// The playbook id, when the file parses far enough to have one that loads.
    pub id: Option<String>,
    /// For a translation file: its coverage line (`zh-CN: 812/812 strings, 0 stale`), in
    /// English, as `--format json` gives it.
    pub coverage: Option<String>,
    /// For a translation file: the counts behind that line, to say it in the interface
    /// language.
    pub translated: Option<Coverage>,
}

/// How much of a playbook a translation file covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The translation's language tag.
    pub lang: String,
    /// Strings translated (current or stale).
    pub done: usize,
    /// Strings the playbook has.
    pub total: usize,
    /// Strings translated from an older English text.
    pub stale: usize,
}

impl FileReport {
    /// Validates `text`, shown as `name`.
    pub fn of(name: &str, text: String, options: &CheckOptions) -> Self {
        let (diagnostics, stats, id) = match load::load_str_with(&text, options) {
            Ok(loaded) => (
                loaded.warnings,
                Some(stats::stats(&loaded.playbook)),
                Some(loaded.playbook.id),
            ),
            Err(d) => (d, None, None),
        };
        Self {
            name: name.to_string(),
            text,
            diagnostics,
            stats,
            id,
            coverage: None,
            translated: None,
        }
    }

    /// The report of a checked translation file, shown as `name`: its own errors and
    /// warnings (never the playbook's) and its coverage line.
    pub fn of_translation(
        name: &str,
        text: String,
        translation: crate::playbook::translation::Translation,
    ) -> Self {
        Self {
            name: name.to_string(),
            text,
            coverage: Some(translation.coverage()),
            translated: Some(Coverage {
                lang: translation.lang.clone(),
                done: translation.current.saturating_add(translation.stale),
                total: translation.total,
                stale: translation.stale,
            }),
            id: Some(translation.playbook),
            diagnostics: translation.diagnostics,
            stats: None,
        }
    }

    /// Validates drill `text`, shown as `name`; `resolve` finds the playbooks tabletop
    /// drills name.
    pub fn of_drill(
        name: &str,
        text: String,
        resolve: crate::drill::Resolve<'_>,
        options: &CheckOptions,
    ) -> Self {
        let (diagnostics, id) = match crate::drill::load_str(&text, resolve, options) {
            Ok(loaded) => (loaded.warnings, Some(loaded.drill.id)),
            Err(d) => (d, None),
        };
        Self {
            name: name.to_string(),
            text,
            diagnostics,
            stats: None,
            id,
            coverage: None,
            translated: None,
        }
    }

    /// A file that could not be read at all (missing, not UTF-8, too large).
    pub fn unreadable(name: &str, diagnostic: Diagnostic) -> Self {
        Self {
            name: name.to_string(),
            text: String::new(),
            diagnostics: vec![diagnostic],
            stats: None,
            id: None,
            coverage: None,
            translated: None,
        }
    }

    /// How many errors (counting warnings too when `deny_warnings`).
    pub fn errors(&self, deny_warnings: bool) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error || deny_warnings)
            .count()
    }

    /// How many warnings (none when they count as errors).
    pub fn warnings(&self, deny_warnings: bool) -> usize {
        if deny_warnings {
            return 0;
        }
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// The diagnostics as people read them, then one summary line per file and, with `stats`,
/// the statistics.
pub fn to_text(reports: &[FileReport], deny_warnings: bool, stats: bool, color: bool) -> String {
    let mut out = String::new();
    for r in reports {
        let shown: Vec<Diagnostic> = r
            .diagnostics
            .iter()
            .cloned()
            .map(|mut d| {
                if deny_warnings {
                    d.severity = Severity::Error;
                }
                d
            })
            .collect();
        out.push_str(&diagnostics::render(&r.name, &r.text, &shown, color));
        out.push_str(&summary(r, deny_warnings));
        if let Some(c) = &r.translated {
            let line = crate::tr!(
                "cli-coverage",
                lang = c.lang.as_str(),
                done = c.done,
                total = c.total,
                stale = c.stale
            );
            let _ = writeln!(out, "  {}", crate::sanitize::visible_line(&line));
        } else if let Some(c) = &r.coverage {
            let _ = writeln!(out, "  {}", crate::sanitize::visible_line(c));
        }
        if stats {
            match &r.stats {
                Some(s) => out.push_str(&stats::to_text(s)),
                // Statistics describe a playbook: a translation (or a drill) has none
                // of its own, errors or not.
                None if r.translated.is_some() || r.coverage.is_some() => {
                    let _ = writeln!(
                        out,
                        "  {}",
                        crate::tr!("common-validate-no-stats-translation")
                    );
                }
                None if r.errors(false) == 0 => {
                    let _ = writeln!(out, "  {}", crate::tr!("common-validate-no-stats-other"));
                }
                None => {
                    let _ = writeln!(out, "  {}", crate::tr!("cli-validate-no-stats"));
                }
            }
        }
    }
    if reports.len() > 1 {
        let failing = reports
            .iter()
            .filter(|r| r.errors(deny_warnings) > 0)
            .count();
        let line = if failing == 0 {
            crate::tr!("cli-validate-all-ok", files = reports.len())
        } else {
            crate::tr!(
                "cli-validate-failing",
                files = reports.len(),
                failing = failing
            )
        };
        let _ = writeln!(out, "{line}");
    }
    out
}

fn summary(r: &FileReport, deny_warnings: bool) -> String {
    let (e, w) = (r.errors(deny_warnings), r.warnings(deny_warnings));
    let name = crate::sanitize::visible_line(&r.name);
    let warnings = || crate::tr!("cli-count-warnings", count = w);
    let line = match (e, w) {
        (0, 0) => crate::tr!("cli-validate-ok", name = &*name),
        (0, _) => crate::tr!(
            "cli-validate-warnings",
            name = &*name,
            warnings = warnings()
        ),
        (e, _) => crate::tr!(
            "cli-validate-errors",
            name = &*name,
            errors = crate::tr!("cli-count-errors", count = e),
            warnings = warnings()
        ),
    };
    format!("{line}\n")
}

/// One diagnostic as JSON.
#[derive(Debug, Serialize)]
struct DiagnosticView<'a> {
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    line: Option<u64>,
    column: Option<u64>,
    label: &'a str,
    help: Option<&'a str>,
}

/// Every report as one JSON document (see [`JSON_FORMAT`]).
pub fn to_json(reports: &[FileReport], deny_warnings: bool) -> serde_json::Value {
    let files: Vec<serde_json::Value> = reports
        .iter()
        .map(|r| {
            let diags: Vec<DiagnosticView<'_>> = r
                .diagnostics
                .iter()
                .map(|d| DiagnosticView {
                    severity: if deny_warnings {
                        "error"
                    } else {
                        d.severity.as_str()
                    },
                    code: d.code,
                    message: &d.message,
                    line: d
                        .pos
                        .filter(crate::playbook::yaml::Pos::is_known)
                        .map(|p| p.line),
                    column: d
                        .pos
                        .filter(crate::playbook::yaml::Pos::is_known)
                        .map(|p| p.col),
                    label: &d.label,
                    help: d.help.as_deref(),
                })
                .collect();
            let mut file = json!({
                "file": r.name,
                "id": r.id,
                "errors": r.errors(deny_warnings),
                "warnings": r.warnings(deny_warnings),
                "diagnostics": diags,
                "stats": r.stats,
            });
            if let (Some(c), Some(o)) = (&r.coverage, file.as_object_mut()) {
                o.insert("coverage".into(), json!(c));
            }
            file
        })
        .collect();
    let errors: usize = reports.iter().map(|r| r.errors(deny_warnings)).sum();
    let warnings: usize = reports.iter().map(|r| r.warnings(deny_warnings)).sum();
    json!({
        "format": JSON_FORMAT,
        "ok": errors == 0,
        "errors": errors,
        "warnings": warnings,
        "files": files,
    })
}
