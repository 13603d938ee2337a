//! Session reports: Markdown that reads well in a ticket, a chat and on paper, and JSON
//! with a versioned shape. At an escalation outcome the report starts with the case
//! summary to read or paste to Microsoft Support.

use std::fmt::Write as _;

use serde_json::json;

use super::json as views;
use super::markdown::{self, md};
use super::redact;
use crate::engine::Session;
use crate::markup;
use crate::playbook::{NodeBody, OutcomeKind, Playbook};
use crate::transcript::{FactKind, TimedAnswer, Transcript};

/// The version of the JSON report shape.
pub const JSON_FORMAT: &str = "breakglass-report/1";

/// Everything a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The transcript (answers with times, facts, id).
    pub transcript: &'a Transcript,
    /// The session rebuilt from it (where it ended, ticked items).
    pub session: &'a Session,
    /// A note about how it was rebuilt (a changed playbook), if any.
    pub note: Option<&'a str>,
}

/// One answered question with its wording, for reports.
struct Line<'a> {
    at: &'a str,
    question: String,
    answer: String,
    report: Option<String>,
}

fn plain(text: &str) -> String {
    markup::plain_inline(&markup::parse_inline(text))
}

fn lines<'a>(pb: &Playbook, answers: &'a [TimedAnswer]) -> Vec<Line<'a>> {
    answers
        .iter()
        .filter_map(|a| {
            // A question, or an outcome's way on ("Did that work?" → "That didn't work").
            let node = pb.node(pb.find(&a.answer.node)?);
            let o = node.choices().iter().find(|o| o.id == a.answer.option)?;
            let question = match node.as_outcome() {
                Some(out) => out.then.as_deref().unwrap_or(&out.title),
                None => node.heading(),
            };
            Some(Line {
                at: &a.at,
                question: plain(question),
                answer: plain(&o.label),
                report: o.report.clone(),
            })
        })
        .collect()
}

/// `HH:MM` of an RFC 3339 time, or the whole string if it has no time part.
fn clock(at: &str) -> &str {
    at.get(11..16).unwrap_or(at)
}

/// The case summary, as plain text to read out or paste.
fn case_summary(input: &ReportInput<'_>, lines: &[Line<'_>]) -> String {
    let t = input.transcript;
    let pb = input.session.playbook();
    let fact = |k: FactKind| t.facts.get(&k).map_or("(not given)", String::as_str);
    let title = input
        .session
        .outcome()
        .map_or(String::new(), |o| plain(&o.title));
    let mut out = String::new();
    let _ = writeln!(out, "Case summary (breakglass, session {})", t.id);
    let _ = writeln!(out, "Problem: {title}");
    let _ = writeln!(out, "Who is locked out: {}", fact(FactKind::SignIn));
    let _ = writeln!(
        out,
        "Tenant (ID or primary domain): {}",
        fact(FactKind::Tenant)
    );
    let known: Vec<&str> = lines.iter().filter_map(|l| l.report.as_deref()).collect();
    if !known.is_empty() {
        out.push_str("What we know:\n");
        for k in known {
            let _ = writeln!(out, "- {k}");
        }
    }
    out.push_str("What was tried, and when (UTC):\n");
    for l in lines {
        let _ = writeln!(out, "- {} {}: {}", clock(l.at), l.question, l.answer);
    }
    let _ = writeln!(
        out,
        "Sign-in error: {}, correlation ID {}, at {}",
        fact(FactKind::ErrorCode),
        fact(FactKind::CorrelationId),
        fact(FactKind::ErrorTime)
    );
    let _ = writeln!(
        out,
        "Support request number: {}",
        fact(FactKind::RequestNumber)
    );
    let _ = writeln!(
        out,
        "Playbook: {} {} (reviewed {})",
        pb.id, pb.version, pb.reviewed
    );
    out
}

fn is_escalation(session: &Session) -> bool {
    session
        .outcome()
        .is_some_and(|o| o.kind == OutcomeKind::Escalate)
}

/// The situation in one paragraph.
fn situation(input: &ReportInput<'_>, answered: usize) -> String {
    let t = input.transcript;
    let s = input.session;
    let start = t.started.replace('T', " ").replace('Z', " UTC");
    let end = match &s.node().body {
        NodeBody::Outcome(o) => format!(
            "reached the outcome \"{}\" ({})",
            plain(&o.title),
            o.kind.label()
        ),
        NodeBody::Question(q) => format!("stopped at the question \"{}\"", plain(&q.text)),
        NodeBody::Info(i) => format!("stopped at the note \"{}\"", plain(&i.title)),
    };
    format!(
        "On {start}, a walk through the breakglass playbook \"{}\" (version {}, reviewed {}) \
         answered {answered} question(s) and {end}. Last change: {}.",
        t.playbook.title,
        t.playbook.version,
        t.playbook.reviewed,
        t.updated.replace('T', " ").replace('Z', " UTC")
    )
}

/// The report as Markdown. With `redact`, case facts, e-mail addresses, GUIDs, domains and
/// phone numbers are replaced with placeholders (see [`redact`]).
pub fn to_markdown(input: &ReportInput<'_>, redact_facts: bool) -> String {
    let t = input.transcript;
    let s = input.session;
    let pb = s.playbook();
    let answers = t.answers();
    let lines = lines(pb, &answers);
    let mut out = String::from("# breakglass session report\n\n");
    let _ = writeln!(out, "{}\n", situation(input, lines.len()));
    if let Some(note) = input.note {
        let _ = writeln!(out, "> Note: {note}\n");
    }
    if is_escalation(s) {
        out.push_str("## Case summary for Microsoft Support\n\n");
        out.push_str("Read this out, or paste it into the support request. It holds no passwords or codes.\n\n");
        let _ = writeln!(out, "```text\n{}```\n", case_summary(input, &lines));
    }
    out.push_str(&markdown::facts(s, 2));
    out.push_str("## Questions and answers\n\n| Time (UTC) | Question | Answer |\n|---|---|---|\n");
    for l in &lines {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            clock(l.at),
            cell(&l.question),
            cell(&l.answer)
        );
    }
    if let NodeBody::Outcome(o) = &s.node().body {
        out.push('\n');
        out.push_str(&markdown::outcome(s, o));
    }
    if !t.facts.is_empty() {
        out.push_str("\n## Case facts\n\n");
        for (kind, value) in &t.facts {
            let _ = writeln!(out, "- {}: `{value}`", kind.label());
        }
    }
    let _ = writeln!(
        out,
        "\n---\nGenerated by {} from session `{}`, playbook `{}` {} (content {}).",
        t.tool, t.id, t.playbook.id, t.playbook.version, t.playbook.hash
    );
    if let Ok(code) = crate::engine::pathcode::encode(s) {
        let _ = writeln!(
            out,
            "Path code `{code}`: `breakglass --at {code}` opens the same place."
        );
    }
    if redact_facts {
        redact::Redactor::new(&t.facts).keeping(pb).text(&out)
    } else {
        out
    }
}

/// A table cell: no pipes, no line breaks.
fn cell(text: &str) -> String {
    md(&text.replace('|', "/").replace('\n', " "))
}

/// The report as JSON (see [`JSON_FORMAT`]).
pub fn to_json(input: &ReportInput<'_>, redact_facts: bool) -> serde_json::Value {
    let t = input.transcript;
    let s = input.session;
    let pb = s.playbook();
    let answers = t.answers();
    let lines = lines(pb, &answers);
    let answered: Vec<serde_json::Value> = answers
        .iter()
        .zip(&lines)
        .map(|(a, l)| {
            json!({
                "at": a.at, "node": a.answer.node, "option": a.answer.option,
                "question": l.question, "answer": l.answer, "report": l.report,
            })
        })
        .collect();
    let outcome = match &s.node().body {
        NodeBody::Outcome(o) => Some(views::outcome(s, s.current(), o)),
        _ => None,
    };
    let facts: serde_json::Map<String, serde_json::Value> = t
        .facts
        .iter()
        .map(|(k, v)| {
            (
                serde_json::to_value(k)
                    .ok()
                    .and_then(|k| k.as_str().map(String::from))
                    .unwrap_or_default(),
                json!(v),
            )
        })
        .collect();
    let value = json!({
        "format": JSON_FORMAT,
        "session": t.id,
        "tool": t.tool,
        "playbook": t.playbook,
        "started": t.started,
        "updated": t.updated,
        "status": if outcome.is_some() { "outcome" } else { "unfinished" },
        "at": s.node().id,
        "code": crate::engine::pathcode::encode(s).ok(),
        "note": input.note,
        "answers": answered,
        "outcome": outcome,
        "case_summary": is_escalation(s).then(|| case_summary(input, &lines)),
        "facts": facts,
    });
    // What the answers established (playbooks with facts only; additive to the shape).
    let told = views::facts(s);
    let mut value = value;
    if let (false, Some(map)) = (told.is_empty(), value.as_object_mut()) {
        map.insert("told".into(), told.into());
    }
    if redact_facts {
        redact::Redactor::new(&t.facts).keeping(pb).json(value)
    } else {
        value
    }
}
