//! The report of a session whose playbook is not installed (or does not load): built from
//! the transcript alone, with questions, answers and the end point by their ids, since the
//! wording lives in the playbook.

use std::fmt::Write as _;

use serde_json::json;

use super::markdown::md;
use super::redact;
use crate::transcript::Transcript;

/// The version of the JSON shape of a transcript-only report.
pub const JSON_FORMAT: &str = "breakglass-transcript-report/1";

/// Why the report has no wording, in a sentence.
pub fn why(t: &Transcript) -> String {
    format!(
        "The playbook `{}` (version {}) this session walked is not installed here or does not load, so this report is built from the session file alone: questions, answers and where it ended are shown by their ids.",
        t.playbook.id, t.playbook.version
    )
}

/// Where the session ended: `outcome: ID`, `unfinished, at: ID` or `not started`.
fn ended(t: &Transcript) -> String {
    match (t.outcome(), t.last_node()) {
        (Some(o), _) => format!("outcome `{o}`"),
        (None, Some(n)) => format!("unfinished, at `{n}`"),
        (None, None) => "not started".to_string(),
    }
}

/// The report as Markdown; with `redact`, as [`redact::redact`] does.
pub fn to_markdown(t: &Transcript, redact_facts: bool) -> String {
    let mut out = format!(
        "# Session report: {} (from the session file alone)\n\n",
        md(&t.playbook.title)
    );
    let _ = writeln!(out, "{}\n", md(&why(t)));
    let _ = writeln!(out, "- Session: {}", t.id);
    let _ = writeln!(
        out,
        "- Playbook: `{}`, version {}, reviewed {}, hash {}",
        t.playbook.id,
        md(&t.playbook.version),
        md(&t.playbook.reviewed),
        md(&t.playbook.hash)
    );
    let _ = writeln!(out, "- Started: {}; last changed: {}", t.started, t.updated);
    let _ = writeln!(out, "- Where it ended: {}", ended(t));
    let answers = t.answers();
    out.push_str("\n## Answers\n\n");
    if answers.is_empty() {
        out.push_str("No answers.\n");
    } else {
        out.push_str("| Time (UTC) | Question | Answer |\n|---|---|---|\n");
        for a in &answers {
            let _ = writeln!(
                out,
                "| {} | `{}` | `{}` |",
                a.at, a.answer.node, a.answer.option
            );
        }
    }
    let ticked = t.ticked();
    if !ticked.is_empty() {
        out.push_str("\n## Ticked checklist items\n\n");
        for (checklist, item) in &ticked {
            let _ = writeln!(out, "- `{checklist}`: `{item}`");
        }
    }
    if !t.facts.is_empty() {
        out.push_str("\n## Case facts\n\n");
        for (kind, value) in &t.facts {
            let _ = writeln!(out, "- {}: {}", kind.label(), md(value));
        }
    }
    if redact_facts {
        redact::redact(&out, &t.facts)
    } else {
        out
    }
}

/// The report as JSON (format [`JSON_FORMAT`]); with `redact`, as
/// [`redact::redact_json`] does.
pub fn to_json(t: &Transcript, redact_facts: bool) -> serde_json::Value {
    let answers: Vec<_> = t
        .answers()
        .into_iter()
        .map(|a| json!({"at": a.at, "node": a.answer.node, "option": a.answer.option}))
        .collect();
    let ticked: Vec<_> = t
        .ticked()
        .into_iter()
        .map(|(checklist, item)| json!({"checklist": checklist, "item": item}))
        .collect();
    let value = json!({
        "format": JSON_FORMAT,
        "note": why(t),
        "session": {"id": t.id, "tool": t.tool, "started": t.started, "updated": t.updated},
        "playbook": t.playbook,
        "finished": t.is_finished(),
        "outcome": t.outcome(),
        "last_node": t.last_node(),
        "answers": answers,
        "ticked": ticked,
        "facts": t.facts,
    });
    if redact_facts {
        redact::redact_json(value, &t.facts)
    } else {
        value
    }
}
