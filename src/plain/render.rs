//! Plain text for people using screen readers and pipes: no glyphs, no box drawing, no
//! brackets around numbers; state said in words ("Question 3. 2 to 5 questions left.").

use std::fmt::Write as _;

use crate::engine::{Remaining, Session, pathcode};
use crate::markup::{self, Block};
use crate::playbook::{Info, Outcome, Question, SourceId};
use crate::wrap::wrap_plain;

/// The width text is wrapped to.
const WIDTH: usize = 80;

/// Playbook Markdown without any markers, wrapped under `indent`.
fn text(source: &str, indent: &str) -> String {
    let mut out = String::new();
    for (i, block) in markup::parse(source).iter().enumerate() {
        let words: String = block.inlines().iter().map(|i| i.text.as_str()).collect();
        let lead = match block {
            Block::Paragraph(_) if i > 0 => {
                out.push('\n');
                String::new()
            }
            Block::Numbered(n, _) => format!("{n} "),
            _ => String::new(),
        };
        let room = WIDTH.saturating_sub(indent.len()).max(20);
        for line in wrap_plain(&format!("{lead}{words}"), room) {
            let _ = writeln!(out, "{indent}{}", line.trim_end());
        }
    }
    out
}

/// "2 to 5 questions left", "1 question left", "at least 3 questions left".
pub fn left(r: Remaining) -> String {
    let unit = |n: u32| if n == 1 { "question" } else { "questions" };
    match r.max {
        Some(max) if max == r.min => format!("{max} {} left", unit(max)),
        Some(max) => format!("{} to {max} {} left", r.min, unit(max)),
        None => format!("at least {} {} left", r.min, unit(r.min)),
    }
}

/// A question with its numbered options.
pub fn question(session: &Session, q: &Question) -> String {
    let mut out = format!("\nQuestion {}.", session.question_number());
    if let Some(r) = session.remaining() {
        let _ = write!(out, " {}.", left(r));
    }
    out.push('\n');
    out.push_str(&text(&q.text, ""));
    for (i, o) in q.options.iter().enumerate() {
        out.push_str(&text(&format!("{}. {}", i.saturating_add(1), o.label), ""));
    }
    if q.help.is_some() {
        out.push_str("Type ? to hear why we ask and how to tell.\n");
    }
    out
}

/// Why the question is asked, and the commands.
pub fn help(session: &Session) -> String {
    let mut out = String::new();
    if let Some(h) = session.question().and_then(|q| q.help.as_deref()) {
        out.push_str("Why we ask, and how to tell:\n");
        out.push_str(&text(h, "  "));
    }
    out.push_str(
        "Commands: a number chooses that answer; b goes back one step; r starts again; \
         c says the position code; e writes the report; f adds case facts; q quits. \
         breakglass never asks for a password or a code.\n",
    );
    out
}

/// An info note.
pub fn info(i: &Info) -> String {
    let mut out = format!("\nNote: {}\n", plain_line(&i.title));
    if let Some(t) = &i.text {
        out.push_str(&text(t, ""));
    }
    out.push_str("Press Enter to go on.\n");
    out
}

fn plain_line(s: &str) -> String {
    markup::parse_inline(s)
        .into_iter()
        .map(|i| i.text)
        .collect()
}

fn cite(order: &[SourceId], ids: &[SourceId]) -> String {
    let nums: Vec<String> = ids
        .iter()
        .filter_map(|id| order.iter().position(|o| o == id))
        .map(|i| i.saturating_add(1).to_string())
        .collect();
    match nums.as_slice() {
        [] => String::new(),
        [one] => format!(" (source {one})"),
        [rest @ .., last] => format!(" (sources {} and {last})", rest.join(", ")),
    }
}

/// An outcome in full, in words.
pub fn outcome(session: &Session, o: &Outcome) -> String {
    let pb = session.playbook();
    let order = pb.outcome_sources(o);
    let mut out = format!("\nOutcome: {}.\n", o.kind.label());
    out.push_str(&text(&o.title, ""));
    if let Some(who) = &o.who {
        out.push_str(&text(&format!("Who acts: {who}"), ""));
    }
    if let Some(s) = &o.summary {
        out.push_str(&text(s, ""));
    }
    let _ = writeln!(out, "\nSteps, {} in all.", o.steps.len());
    for (i, step) in o.steps.iter().enumerate() {
        let lead = format!(
            "Step {}. {}{}",
            i.saturating_add(1),
            step.text,
            cite(&order, &step.sources)
        );
        out.push_str(&text(&lead, ""));
        if let Some(d) = &step.detail {
            out.push_str(&text(d, "  "));
        }
        if let Some(say) = &step.say {
            out.push_str(&text(&format!("Say this: {say}"), "  "));
        }
        if let Some(c) = &step.caution {
            out.push_str(&text(&format!("Caution: {c}"), "  "));
        }
    }
    if !o.prepare.is_empty() {
        out.push_str("\nHave ready:\n");
        for p in &o.prepare {
            out.push_str(&text(p, "  "));
        }
    }
    if let Some(e) = &o.expect {
        out.push_str(&text(&format!("\nWhat to expect: {e}"), ""));
    }
    let mut n = 0usize;
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        let _ = writeln!(out, "\nChecklist: {}.", list.title);
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            n = n.saturating_add(1);
            let state = if session.is_ticked(&list.id, &item.id) {
                "done"
            } else {
                "not done"
            };
            out.push_str(&text(
                &format!(
                    "Item {n}, {state}: {}{}",
                    item.text,
                    cite(&order, &item.sources)
                ),
                "",
            ));
            if let Some(why) = &item.why {
                out.push_str(&text(&format!("Why: {why}"), "  "));
            }
        }
    }
    out.push_str("\nSources:\n");
    for (i, id) in order.iter().enumerate() {
        let s = pb.source(*id);
        let _ = writeln!(
            out,
            "Source {}: {}, {}.",
            i.saturating_add(1),
            s.title,
            s.kind.tag()
        );
        let _ = writeln!(out, "  {}", s.url);
    }
    if !o.options.is_empty() {
        out.push_str(&text(
            &format!("\n{}", o.then.as_deref().unwrap_or("What next?")),
            "",
        ));
        for (i, c) in o.options.iter().enumerate() {
            out.push_str(&text(
                &format!("{}. {}", i.saturating_add(1), c.label),
                "  ",
            ));
        }
    }
    out
}

/// "Position code 4G2K-X7." or nothing if the position is too long for a code.
pub fn code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| {
            format!("Position code: {c}. A helper can open this place with: breakglass --at {c}\n")
        })
        .unwrap_or_default()
}

/// "Position code: 4G2K-X7." for after a question (c says how to share it).
pub fn short_code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| format!("Position code: {c}.\n"))
        .unwrap_or_default()
}

/// Playbook Markdown as plain wrapped text with no markers.
pub fn plain_text(source: &str) -> String {
    text(source, "")
}
