//! The after-action report of a drill run: Markdown for an auditor or a ticket, and JSON
//! (`breakglass-drill-report/1`). Timeline, score, deviations, notes and what to fix.

use std::fmt::Write as _;

use serde_json::json;

use super::Drill;
use super::record::{Mark, RunEvent, RunRecord, RunStatus, clock};
use super::score::{Score, Verdict};
use crate::export::markdown::md;
use crate::playbook::Playbook;
use crate::transcript::Record;

/// The version of the JSON report shape.
pub const JSON_FORMAT: &str = "breakglass-drill-report/1";

/// The score of a run: the saved one, or one computed now for a run still open.
fn score_of(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> Score {
    record
        .score
        .clone()
        .unwrap_or_else(|| super::score::score(drill, record, pb))
}

fn when(stamp: &str) -> String {
    stamp.replace('T', " ").replace('Z', " UTC")
}

/// A drill event in words.
fn describe(event: &RunEvent) -> String {
    match event {
        RunEvent::Started => "Clock started".to_string(),
        RunEvent::Inject { message, .. } => format!("Inject: {message}"),
        RunEvent::Task { id, mark } => format!("Task `{id}` marked {}", mark.label()),
        RunEvent::Finished => "Finished".to_string(),
        RunEvent::Stopped { reason } => format!("Stopped early: {reason}"),
    }
}

/// A step of the walk in words, with the playbook's wording where it is known.
fn describe_walk(record: &Record, pb: Option<&Playbook>) -> Option<String> {
    let heading = |node: &str| super::score::heading(pb, node);
    Some(match record {
        Record::Shown { node } => format!("Shown: {} (`{node}`)", heading(node)),
        Record::Answered { node, option, .. } => format!(
            "Answered: {} (`{node}={option}`)",
            super::score::label(pb, node, option)
        ),
        Record::Continued { node } => format!("Read the note `{node}`"),
        Record::Back { from } => format!("Went back from `{from}`"),
        Record::Restarted => "Started again from the first question".to_string(),
        Record::Reached { node } => format!("Reached the outcome: {} (`{node}`)", heading(node)),
        Record::Ticked {
            checklist,
            item,
            done,
        } => format!(
            "{} checklist item `{checklist}/{item}`",
            if *done { "Ticked" } else { "Unticked" }
        ),
        _ => return None,
    })
}

/// One row of the merged timeline.
struct Row {
    secs: u64,
    what: String,
    /// Whether the row ends a step (an answer or a mark), so its time is shown.
    ends_step: bool,
    /// Whether the row starts a step (a question shown, a mark, the start).
    starts_step: bool,
}

/// The drill's own events and the walk's, in the order they happened.
fn rows(record: &RunRecord, pb: Option<&Playbook>) -> Vec<Row> {
    let drill_row = |e: &super::record::Entry| Row {
        secs: e.secs,
        what: describe(&e.event),
        ends_step: matches!(e.event, RunEvent::Task { .. }),
        starts_step: matches!(e.event, RunEvent::Task { .. } | RunEvent::Started),
    };
    let mut drill = record.timeline.iter().peekable();
    let mut rows = Vec::new();
    let walk = record
        .walk
        .as_ref()
        .map_or(&[][..], |w| w.events.as_slice());
    for (i, e) in walk.iter().enumerate() {
        while let Some(d) = drill.next_if(|d| d.walk_step <= i) {
            rows.push(drill_row(d));
        }
        if let Some(what) = describe_walk(&e.record, pb) {
            rows.push(Row {
                secs: record.secs(&e.at),
                what,
                ends_step: matches!(e.record, Record::Answered { .. }),
                starts_step: matches!(e.record, Record::Shown { .. }),
            });
        }
    }
    rows.extend(drill.map(drill_row));
    // Walk times come from whole-second stamps and drill times from the running clock, so
    // they can disagree by a second; the order above is the true one, so time never goes
    // back in the table.
    let mut latest = 0;
    for r in &mut rows {
        latest = latest.max(r.secs);
        r.secs = latest;
    }
    rows
}

/// The report as Markdown.
pub fn to_markdown(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> String {
    let score = score_of(drill, record, pb);
    let mut out = format!("# After-action report: {}\n\n", md(&drill.title));
    let status = match record.status {
        RunStatus::Running => "still running",
        RunStatus::Finished => "finished",
        RunStatus::Stopped => "stopped early",
    };
    let _ = writeln!(
        out,
        "| | |\n|---|---|\n| Drill | `{}` ({}) |\n| Run | `{}` |\n| Started | {} |\n| Status | {status} |\n| Result | **{}**, {} of 100 points |\n| Time | {}{} |",
        drill.id,
        drill.kind_name(),
        record.id,
        when(&record.started),
        score.verdict.label(),
        score.points,
        clock(score.elapsed_secs),
        score
            .target_secs
            .map(|t| format!(" (target {})", clock(t)))
            .unwrap_or_default()
    );
    if let (Some(p), Some(v)) = (&record.drill.playbook, &record.drill.playbook_version) {
        let _ = writeln!(out, "| Playbook | `{p}` version {v} |");
    }
    if let Some(t) = drill.tabletop() {
        let _ = writeln!(out, "\n## Scenario\n\n{}", md(&t.scenario));
    }
    out.push_str("\n## Score\n\n");
    for line in &score.breakdown {
        let _ = writeln!(out, "- {}", md(line));
    }
    if drill.tabletop().is_some() {
        out.push_str("\n## Deviations\n\n");
        if score.fixes.is_empty() {
            out.push_str(
                "None: the walk followed the expected path to the expected outcome in time.\n",
            );
        } else if score.deviation.is_none() && score.reached_outcome == score.expected_outcome {
            out.push_str("The path and the outcome were as expected.\n");
        } else if let Some(d) = &score.deviation {
            let _ = writeln!(
                out,
                "The answers left the expected path at answer {} (question `{}`: expected `{}`, got {}).",
                d.step,
                d.node,
                d.expected,
                d.chosen
                    .as_ref()
                    .map(|c| format!("`{c}`"))
                    .or_else(|| d
                        .chosen_node
                        .as_ref()
                        .map(|n| format!("question `{n}` instead")))
                    .unwrap_or_else(|| "no answer".to_string())
            );
        } else {
            out.push_str("The expected answers were all given, but the walk ended elsewhere.\n");
        }
    } else {
        out.push_str("\n## Tasks\n\n| # | Task | Result | Time | Note |\n|---|---|---|---|---|\n");
        for (i, t) in record.tasks.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                i + 1,
                cell(&t.title),
                t.mark.map_or("not marked", Mark::label),
                t.secs.map(clock).unwrap_or_default(),
                t.note.as_deref().map(cell).unwrap_or_default()
            );
        }
    }
    out.push_str("\n## What to fix\n\n");
    if score.fixes.is_empty() {
        out.push_str("Nothing this time.\n");
    }
    for (i, f) in score.fixes.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, md(f));
    }
    out.push_str(&timeline(record, pb));
    let _ = writeln!(
        out,
        "\n---\nGenerated by {} from drill run `{}` (drill `{}`, content {}). The verdict is {}: {}.",
        record.tool,
        record.id,
        drill.id,
        record.drill.hash,
        score.verdict.label(),
        verdict_rule(drill, score.verdict)
    );
    out
}

/// The timeline table: when, what, and how long each answer or mark took.
fn timeline(record: &RunRecord, pb: Option<&Playbook>) -> String {
    let mut out = String::new();
    out.push_str("\n## Timeline\n\n| Time | What happened | Took |\n|---|---|---|\n");
    let mut since = 0;
    for r in rows(record, pb) {
        // An answer or a mark took the time since its step was shown (or the last mark).
        let took = if r.ends_step {
            clock(r.secs.saturating_sub(since))
        } else {
            String::new()
        };
        if r.starts_step {
            since = r.secs;
        }
        let _ = writeln!(out, "| {} | {} | {took} |", clock(r.secs), cell(&r.what));
    }
    out
}

/// The rule behind a verdict, in words, so the report stands on its own.
fn verdict_rule(drill: &Drill, v: Verdict) -> &'static str {
    match (drill.tabletop().is_some(), v) {
        (true, Verdict::Pass) => "the expected outcome was reached within the target time",
        (true, Verdict::Fail) => "an outcome was reached, but not the expected one or not in time",
        (true, Verdict::Incomplete) => "the walk stopped before any outcome",
        (false, Verdict::Pass) => "every task passed",
        (false, Verdict::Fail) => "at least one task failed",
        (false, Verdict::Incomplete) => "no task failed, but some were skipped or not done",
    }
}

fn cell(text: &str) -> String {
    md(&text.replace('|', "/").replace('\n', " "))
}

/// The report as JSON (see [`JSON_FORMAT`]).
pub fn to_json(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> serde_json::Value {
    let score = score_of(drill, record, pb);
    json!({
        "format": JSON_FORMAT,
        "drill": {
            "id": drill.id,
            "title": drill.title,
            "kind": drill.kind_name(),
            "scenario": drill.tabletop().map(|t| t.scenario.clone()),
        },
        "run": record,
        "score": score,
        "timeline": rows(record, pb).iter().map(|r| json!({
            "secs": r.secs,
            "clock": clock(r.secs),
            "what": r.what,
        })).collect::<Vec<_>>(),
    })
}
