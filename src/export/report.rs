//! Session reports: Markdown that reads well in a ticket, a chat and on paper, and JSON
//! with a versioned shape. At an escalation outcome the report starts with the case
//! summary to read or paste to Microsoft Support.

use std::fmt::Write as _;

use serde_json::json;

use super::json as views;
use super::markdown::{self, md};
use super::redact;
use super::text::{fact_label, kind_label};
use crate::engine::Session;
use crate::markup;
use crate::playbook::{NodeBody, OutcomeKind, Playbook};
use crate::tr;
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

/// The case summary, as plain text to read out or paste, in the interface language, with
/// the wording of `pb` (the session's playbook, or the same playbook in English).
fn case_summary(input: &ReportInput<'_>, pb: &Playbook) -> String {
    let t = input.transcript;
    let answers = t.answers();
    let lines = lines(pb, &answers);
    let not_given = tr!("report-case-not-given");
    let fact = |k: FactKind| t.facts.get(&k).map_or(not_given.clone(), Clone::clone);
    // The outcome by its id, so that another wording of the playbook names it too.
    let title = pb
        .find(&input.session.node().id)
        .and_then(|id| pb.node(id).as_outcome())
        .map_or(String::new(), |o| plain(&o.title));
    let mut out = String::new();
    let _ = writeln!(out, "{}", tr!("report-case-title", id = t.id.as_str()));
    let _ = writeln!(out, "{}", tr!("report-case-problem", title = title));
    let _ = writeln!(
        out,
        "{}",
        tr!("report-case-who", value = fact(FactKind::SignIn))
    );
    let _ = writeln!(
        out,
        "{}",
        tr!("report-case-tenant", value = fact(FactKind::Tenant))
    );
    let known: Vec<&str> = lines.iter().filter_map(|l| l.report.as_deref()).collect();
    if !known.is_empty() {
        let _ = writeln!(out, "{}", tr!("report-case-known"));
        for k in known {
            let _ = writeln!(out, "- {k}");
        }
    }
    let _ = writeln!(out, "{}", tr!("report-case-tried"));
    for l in &lines {
        let _ = writeln!(
            out,
            "- {}",
            tr!(
                "report-case-tried-line",
                time = clock(l.at),
                question = l.question.as_str(),
                answer = l.answer.as_str()
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-case-error",
            code = fact(FactKind::ErrorCode),
            correlation = fact(FactKind::CorrelationId),
            time = fact(FactKind::ErrorTime)
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr!("report-case-request", value = fact(FactKind::RequestNumber))
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-case-playbook",
            id = pb.id.as_str(),
            version = pb.version.as_str(),
            reviewed = pb.reviewed.as_str()
        )
    );
    out
}

/// The case summary in English, for Microsoft Support, when the report is in another
/// language; with the English wording of the playbook when there is one.
fn case_summary_english(input: &ReportInput<'_>, english: Option<&Playbook>) -> Option<String> {
    if crate::lang::is_english(crate::i18n::language()) {
        return None;
    }
    let pb = english.unwrap_or_else(|| input.session.playbook());
    Some(crate::i18n::with_language("en", || case_summary(input, pb)))
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
        NodeBody::Outcome(o) => tr!(
            "report-situation-outcome",
            title = plain(&o.title),
            kind = kind_label(o.kind)
        ),
        NodeBody::Question(q) => tr!("report-situation-question", text = plain(&q.text)),
        NodeBody::Info(i) => tr!("report-situation-note", title = plain(&i.title)),
    };
    tr!(
        "report-situation",
        start = start,
        title = t.playbook.title.as_str(),
        version = t.playbook.version.as_str(),
        reviewed = t.playbook.reviewed.as_str(),
        answered = answered,
        end = end,
        updated = t.updated.replace('T', " ").replace('Z', " UTC")
    )
}

/// The report as Markdown, in the interface language. With `redact`, case facts, e-mail
/// addresses, GUIDs, domains and phone numbers are replaced with placeholders (see
/// [`redact`]).
pub fn to_markdown(input: &ReportInput<'_>, redact_facts: bool) -> String {
    to_markdown_with_english(input, None, redact_facts)
}

/// The table header of questions and answers (Markdown, with its rule line).
pub fn answers_table_header() -> String {
    format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        tr!("report-col-time"),
        tr!("report-col-question"),
        tr!("report-col-answer")
    )
}

/// [`to_markdown`], with the playbook's English wording for the case summary that a
/// report in another language also gives in English, for Microsoft Support.
pub fn to_markdown_with_english(
    input: &ReportInput<'_>,
    english: Option<&Playbook>,
    redact_facts: bool,
) -> String {
    let t = input.transcript;
    let s = input.session;
    let pb = s.playbook();
    let answers = t.answers();
    let lines = lines(pb, &answers);
    let mut out = format!("# {}\n\n", tr!("report-md-title"));
    let _ = writeln!(out, "{}\n", situation(input, lines.len()));
    if let Some(note) = input.note {
        let _ = writeln!(out, "> {}\n", tr!("report-md-note", note = note));
    }
    if is_escalation(s) {
        let _ = write!(out, "## {}\n\n", tr!("report-md-case-heading"));
        let _ = write!(out, "{}\n\n", tr!("report-md-case-intro"));
        let _ = writeln!(out, "```text\n{}```\n", case_summary(input, pb));
        if let Some(en) = case_summary_english(input, english) {
            let labels = super::text::say_english_labels();
            let _ = write!(out, "{}\n\n", labels.join(" / "));
            let _ = writeln!(out, "```text\n{en}```\n");
        }
    }
    out.push_str(&markdown::facts(s, 2));
    let _ = write!(out, "## {}\n\n", tr!("report-md-answers-heading"));
    out.push_str(&answers_table_header());
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
        let _ = write!(out, "\n## {}\n\n", tr!("report-case-facts"));
        for (kind, value) in &t.facts {
            let _ = writeln!(out, "- {}: `{value}`", fact_label(*kind));
        }
    }
    let _ = writeln!(
        out,
        "\n---\n{}",
        tr!(
            "report-md-generated",
            tool = t.tool.as_str(),
            id = t.id.as_str(),
            playbook = t.playbook.id.as_str(),
            version = t.playbook.version.as_str(),
            hash = t.playbook.hash.as_str()
        )
    );
    if let Ok(code) = crate::engine::pathcode::encode(s) {
        let _ = writeln!(out, "{}", tr!("report-md-path-code", code = code.as_str()));
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

/// The report as JSON (see [`JSON_FORMAT`]). Keys and ids are English; the wording
/// (questions, answers, the case summary, `kind_label`) is in the interface language.
pub fn to_json(input: &ReportInput<'_>, redact_facts: bool) -> serde_json::Value {
    to_json_with_english(input, None, redact_facts)
}

/// [`to_json`], with the playbook's English wording for `case_summary_english`: in a
/// report in another language than English, the case summary in English too.
pub fn to_json_with_english(
    input: &ReportInput<'_>,
    english: Option<&Playbook>,
    redact_facts: bool,
) -> serde_json::Value {
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
    let mut value = json!({
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
        "case_summary": is_escalation(s).then(|| case_summary(input, pb)),
        "facts": facts,
    });
    // In another language, the case summary in English too (additive to the shape).
    let english_summary = is_escalation(s)
        .then(|| case_summary_english(input, english))
        .flatten();
    if let (Some(en), Some(map)) = (english_summary, value.as_object_mut()) {
        map.insert("case_summary_english".into(), en.into());
    }
    // What the answers established (playbooks with facts only; additive to the shape).
    let told = views::facts(s);
    if let (false, Some(map)) = (told.is_empty(), value.as_object_mut()) {
        map.insert("told".into(), told.into());
    }
    if redact_facts {
        redact::Redactor::new(&t.facts).keeping(pb).json(value)
    } else {
        value
    }
}
