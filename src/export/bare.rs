//! The report of a session whose playbook is not installed (or does not load): built from
//! the transcript alone, with questions, answers and the end point by their ids, since the
//! wording lives in the playbook.

use std::fmt::Write as _;

use serde_json::json;

use super::markdown::md;
use super::redact;
use super::text::fact_label;
use crate::tr;
use crate::transcript::Transcript;

/// The version of the JSON shape of a transcript-only report.
pub const JSON_FORMAT: &str = "breakglass-transcript-report/1";

/// Why the report has no wording, in a sentence.
pub fn why(t: &Transcript) -> String {
    tr!(
        "report-bare-why",
        id = t.playbook.id.as_str(),
        version = t.playbook.version.as_str()
    )
}

/// Where the session ended: `outcome: ID`, `unfinished, at: ID` or `not started`.
fn ended(t: &Transcript) -> String {
    match (t.outcome(), t.last_node()) {
        (Some(o), _) => tr!("report-bare-ended-outcome", node = o),
        (None, Some(n)) => tr!("report-bare-ended-at", node = n),
        (None, None) => tr!("report-bare-not-started"),
    }
}

/// The report as Markdown; with `redact`, as [`redact::redact`] does.
pub fn to_markdown(t: &Transcript, redact_facts: bool) -> String {
    let mut out = format!(
        "# {}\n\n",
        tr!("report-bare-title", title = md(&t.playbook.title))
    );
    let _ = writeln!(out, "{}\n", md(&why(t)));
    let _ = writeln!(out, "- {}", tr!("report-bare-session", id = t.id.as_str()));
    let _ = writeln!(
        out,
        "- {}",
        tr!(
            "report-bare-playbook",
            id = t.playbook.id.as_str(),
            version = md(&t.playbook.version),
            reviewed = md(&t.playbook.reviewed),
            hash = md(&t.playbook.hash)
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        tr!(
            "report-bare-times",
            started = t.started.as_str(),
            updated = t.updated.as_str()
        )
    );
    let _ = writeln!(out, "- {}", tr!("report-bare-ended", place = ended(t)));
    let answers = t.answers();
    let _ = write!(out, "\n## {}\n\n", tr!("report-bare-answers"));
    if answers.is_empty() {
        let _ = writeln!(out, "{}", tr!("report-bare-no-answers"));
    } else {
        out.push_str(&super::report::answers_table_header());
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
        let _ = write!(out, "\n## {}\n\n", tr!("report-bare-ticked"));
        for (checklist, item) in &ticked {
            let _ = writeln!(out, "- `{checklist}`: `{item}`");
        }
    }
    if !t.facts.is_empty() {
        let _ = write!(out, "\n## {}\n\n", tr!("report-case-facts"));
        for (kind, value) in &t.facts {
            let _ = writeln!(out, "- {}: {}", fact_label(*kind), md(value));
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
