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

/// The score of a run: the saved one, or one computed now for a run still open. When the
/// drill is the one that ran (same content hash) and scoring it again gives the saved
/// points and verdict, the words are today's, in the reader's language (a zh-CN run
/// reported in English reads in English); otherwise the saved score stands as it is.
fn score_of(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> Score {
    let now = || super::score::score(drill, record, pb);
    match &record.score {
        Some(saved) if same_drill(drill, record) => {
            let fresh = now();
            if fresh.points == saved.points && fresh.verdict == saved.verdict {
                fresh
            } else {
                saved.clone()
            }
        }
        Some(saved) => saved.clone(),
        None => now(),
    }
}

/// Whether `drill` is the very drill `record` ran (its text, in any language, is then
/// today's text of what ran).
fn same_drill(drill: &Drill, record: &RunRecord) -> bool {
    drill.hash == record.drill.hash
}

fn when(stamp: &str) -> String {
    stamp.replace('T', " ").replace('Z', " UTC")
}

/// A drill event in words; an inject's message is the drill's own (in the reader's
/// language) when `drill` is the one that ran, else the message as it was shown.
fn describe(event: &RunEvent, drill: Option<&Drill>) -> String {
    match event {
        RunEvent::Started => crate::tr!("drill-event-started"),
        RunEvent::Inject { message, index } => {
            let message = drill
                .and_then(Drill::tabletop)
                .and_then(|t| t.injects.get(*index))
                .map_or(message.as_str(), |i| i.message.as_str());
            crate::tr!("drill-event-inject", message = message)
        }
        RunEvent::Task { id, mark } => {
            crate::tr!("drill-event-task", task = id.as_str(), mark = mark.label())
        }
        RunEvent::Finished => crate::tr!("drill-event-finished"),
        RunEvent::Stopped { reason } => {
            crate::tr!("drill-event-stopped", reason = reason.as_str())
        }
    }
}

/// A step of the walk in words, with the playbook's wording where it is known.
fn describe_walk(record: &Record, pb: Option<&Playbook>) -> Option<String> {
    let heading = |node: &str| super::score::heading(pb, node);
    Some(match record {
        Record::Shown { node } => crate::tr!(
            "drill-walk-shown",
            heading = heading(node),
            node = node.as_str()
        ),
        Record::Answered { node, option, .. } => crate::tr!(
            "drill-walk-answered",
            label = super::score::label(pb, node, option),
            node = node.as_str(),
            option = option.as_str()
        ),
        Record::Continued { node } => crate::tr!("drill-walk-continued", node = node.as_str()),
        Record::Back { from } => crate::tr!("drill-walk-back", node = from.as_str()),
        Record::Restarted => crate::tr!("drill-walk-restarted"),
        Record::Reached { node } => crate::tr!(
            "drill-walk-reached",
            heading = heading(node),
            node = node.as_str()
        ),
        Record::Ticked {
            checklist,
            item,
            done,
        } => {
            let item = format!("{checklist}/{item}");
            if *done {
                crate::tr!("drill-walk-ticked", item = item)
            } else {
                crate::tr!("drill-walk-unticked", item = item)
            }
        }
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
fn rows(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> Vec<Row> {
    let same = same_drill(drill, record).then_some(drill);
    let drill_row = |e: &super::record::Entry| Row {
        secs: e.secs,
        what: describe(&e.event, same),
        ends_step: matches!(e.event, RunEvent::Task { .. }),
        starts_step: matches!(e.event, RunEvent::Task { .. } | RunEvent::Started),
    };
    let mut events = record.timeline.iter().peekable();
    let mut rows = Vec::new();
    let walk = record
        .walk
        .as_ref()
        .map_or(&[][..], |w| w.events.as_slice());
    for (i, e) in walk.iter().enumerate() {
        while let Some(d) = events.next_if(|d| d.walk_step <= i) {
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
    rows.extend(events.map(drill_row));
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
    let mut out = format!(
        "# {}\n\n",
        crate::tr!("drill-report-title", title = md(&drill.title))
    );
    let status = match record.status {
        RunStatus::Running => crate::tr!("drill-report-status-running"),
        RunStatus::Finished => crate::tr!("drill-report-status-finished"),
        RunStatus::Stopped => crate::tr!("drill-report-status-stopped"),
    };
    let _ = writeln!(
        out,
        "| | |\n|---|---|\n| {} | {} |\n| {} | `{}` |\n| {} | {} |\n| {} | {status} |\n| {} | {} |\n| {} | {}{} |",
        crate::tr!("drill-report-drill"),
        crate::tr!(
            "drill-report-drill-value",
            drill = drill.id.as_str(),
            kind = kind_word(drill)
        ),
        crate::tr!("drill-report-run"),
        record.id,
        crate::tr!("drill-report-started"),
        when(&record.started),
        crate::tr!("drill-report-status"),
        crate::tr!("drill-report-result"),
        crate::tr!(
            "drill-report-result-value",
            verdict = score.verdict.label(),
            points = score.points
        ),
        crate::tr!("drill-report-time"),
        clock(score.elapsed_secs),
        score
            .target_secs
            .map(|t| format!(" {}", crate::tr!("drill-report-target", target = clock(t))))
            .unwrap_or_default()
    );
    if let (Some(p), Some(v)) = (&record.drill.playbook, &record.drill.playbook_version) {
        let _ = writeln!(
            out,
            "| {} | {} |",
            crate::tr!("drill-report-playbook"),
            crate::tr!(
                "drill-report-playbook-version",
                playbook = p.as_str(),
                version = v.as_str()
            )
        );
    }
    if let Some(t) = drill.tabletop() {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}",
            crate::tr!("drill-report-scenario"),
            md(&t.scenario)
        );
    }
    let _ = write!(out, "\n## {}\n\n", crate::tr!("drill-report-score"));
    for line in &score.breakdown {
        let _ = writeln!(out, "- {}", md(line));
    }
    if drill.tabletop().is_some() {
        deviations(&mut out, &score);
    } else {
        tasks(&mut out, drill, record);
    }
    let _ = write!(out, "\n## {}\n\n", crate::tr!("drill-report-fix"));
    if score.fixes.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!("drill-report-nothing-to-fix"));
    }
    for (i, f) in score.fixes.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, md(f));
    }
    out.push_str(&timeline(drill, record, pb));
    let _ = writeln!(
        out,
        "\n---\n{}",
        crate::tr!(
            "drill-report-footer",
            tool = record.tool.as_str(),
            run = record.id.as_str(),
            drill = drill.id.as_str(),
            hash = record.drill.hash.as_str(),
            verdict = score.verdict.label(),
            rule = verdict_rule(drill, score.verdict)
        )
    );
    out
}

/// "tabletop" or "validation", in the interface language.
pub fn kind_word(drill: &Drill) -> String {
    if drill.tabletop().is_some() {
        crate::tr!("drill-kind-tabletop")
    } else {
        crate::tr!("drill-kind-validation")
    }
}

/// The deviations section of a tabletop drill's report.
fn deviations(out: &mut String, score: &Score) {
    let _ = write!(out, "\n## {}\n\n", crate::tr!("drill-report-deviations"));
    if score.fixes.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!("drill-report-no-deviation"));
    } else if score.deviation.is_none() && score.reached_outcome == score.expected_outcome {
        let _ = writeln!(out, "{}", crate::tr!("drill-report-path-ok"));
    } else if let Some(d) = &score.deviation {
        let got = d
            .chosen
            .as_ref()
            .map(|c| format!("`{c}`"))
            .or_else(|| {
                d.chosen_node
                    .as_ref()
                    .map(|n| crate::tr!("drill-report-got-question", node = n.as_str()))
            })
            .unwrap_or_else(|| crate::tr!("drill-report-got-none"));
        let _ = writeln!(
            out,
            "{}",
            crate::tr!(
                "drill-report-left-path",
                step = d.step,
                node = d.node.as_str(),
                expected = d.expected.as_str(),
                got = got
            )
        );
    } else {
        let _ = writeln!(out, "{}", crate::tr!("drill-report-ended-elsewhere"));
    }
}

/// The tasks table of a validation drill's report.
fn tasks(out: &mut String, drill: &Drill, record: &RunRecord) {
    // Today's titles (in the reader's language) when this is the drill that ran.
    let title = |t: &super::record::TaskResult| {
        drill
            .tasks()
            .iter()
            .find(|d| d.id == t.id && same_drill(drill, record))
            .map_or_else(|| t.title.clone(), |d| d.title.clone())
    };
    let _ = write!(
        out,
        "\n## {}\n\n| # | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        crate::tr!("drill-report-tasks"),
        crate::tr!("drill-report-col-task"),
        crate::tr!("drill-report-col-result"),
        crate::tr!("drill-report-col-time"),
        crate::tr!("drill-report-col-note")
    );
    for (i, t) in record.tasks.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            i + 1,
            cell(&title(t)),
            t.mark
                .map_or_else(|| crate::tr!("drill-report-not-marked"), Mark::label),
            t.secs.map(clock).unwrap_or_default(),
            t.note.as_deref().map(cell).unwrap_or_default()
        );
    }
}

/// The timeline table: when, what, and how long each answer or mark took.
fn timeline(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "\n## {}\n\n| {} | {} | {} |\n|---|---|---|\n",
        crate::tr!("drill-report-timeline"),
        crate::tr!("drill-report-col-time"),
        crate::tr!("drill-report-col-what"),
        crate::tr!("drill-report-col-took")
    );
    let mut since = 0;
    for r in rows(drill, record, pb) {
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
fn verdict_rule(drill: &Drill, v: Verdict) -> String {
    match (drill.tabletop().is_some(), v) {
        (true, Verdict::Pass) => crate::tr!("drill-rule-tabletop-pass"),
        (true, Verdict::Fail) => crate::tr!("drill-rule-tabletop-fail"),
        (true, Verdict::Incomplete) => crate::tr!("drill-rule-tabletop-incomplete"),
        (false, Verdict::Pass) => crate::tr!("drill-rule-tasks-pass"),
        (false, Verdict::Fail) => crate::tr!("drill-rule-tasks-fail"),
        (false, Verdict::Incomplete) => crate::tr!("drill-rule-tasks-incomplete"),
    }
}

fn cell(text: &str) -> String {
    md(&text.replace('|', "/").replace('\n', " "))
}

/// The report as JSON (see [`JSON_FORMAT`]). Machine-read: its own words (the timeline's
/// `what`) stay in English whatever the interface language.
pub fn to_json(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> serde_json::Value {
    crate::i18n::with_language(crate::lang::ENGLISH, || json_report(drill, record, pb))
}

fn json_report(drill: &Drill, record: &RunRecord, pb: Option<&Playbook>) -> serde_json::Value {
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
        "timeline": rows(drill, record, pb).iter().map(|r| json!({
            "secs": r.secs,
            "clock": clock(r.secs),
            "what": r.what,
        })).collect::<Vec<_>>(),
    })
}
