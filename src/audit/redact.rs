//! `--redact`: an audit fit for sharing. People's and groups' display names become
//! `[user N]` / `[group N]`; sign-in names, object ids and domains go through the report
//! redactor ([`crate::export::redact`]), numbered consistently across the audit.

use std::collections::{BTreeMap, HashMap};

use super::rules::Subject;
use super::{Audit, Outcome};
use crate::export::redact::Redactor;

/// Redacts every name, sign-in name and id in `audit`'s findings and file problems.
pub fn redact(audit: &mut Audit) {
    let facts = BTreeMap::new();
    let mut r = Redactor::new(&facts);
    let mut names: HashMap<(&'static str, String), String> = HashMap::new();
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for result in &mut audit.results {
        if let Outcome::Fail(findings) = &mut result.outcome {
            for f in findings {
                subject(&mut f.subject, &mut r, &mut names, &mut counts);
                for s in &mut f.related {
                    subject(s, &mut r, &mut names, &mut counts);
                }
                f.detail = r.text(&f.detail);
            }
        }
    }
    for e in &mut audit.export.errors {
        e.message = r.text(&e.message);
    }
}

fn subject(
    s: &mut Subject,
    r: &mut Redactor,
    names: &mut HashMap<(&'static str, String), String>,
    counts: &mut HashMap<&'static str, usize>,
) {
    match s.kind {
        "user" | "group" => {
            let key = (s.kind, s.id.clone());
            let next = counts.get(s.kind).copied().unwrap_or(0) + 1;
            let kind = s.kind;
            s.name = names
                .entry(key)
                .or_insert_with(|| {
                    counts.insert(kind, next);
                    format!("[{kind} {next}]")
                })
                .clone();
        }
        "policy" => s.name = r.text(&s.name),
        _ => {}
    }
    if !matches!(s.kind, "method" | "tenant") {
        s.id = r.text(&s.id);
    }
    s.upn = s.upn.as_deref().map(|u| r.text(u));
}
