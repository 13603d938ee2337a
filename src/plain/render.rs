//! Plain text for people using screen readers and pipes: no glyphs, no box drawing, no
//! brackets around numbers; state said in words ("Question 3. 2 to 5 questions left.").

use std::fmt::Write as _;

use crate::engine::{Remaining, Session, pathcode};
use crate::markup::{self, Block};
use crate::playbook::{Info, Outcome, Question, SourceId};
use crate::wrap::wrap_plain;

use std::cell::Cell;

thread_local! {
    /// The width text is wrapped to on this thread; `None`: not hard-wrapped at all.
    static WIDTH: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Wraps text at `width` columns from now on (on this thread), or not at all with `None`:
/// a screen reader or a pipe gets whole paragraphs, never a line holding a stray word.
pub fn set_width(width: Option<usize>) {
    WIDTH.with(|w| w.set(width));
}

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
        let para = format!("{lead}{words}");
        match WIDTH.with(Cell::get) {
            Some(width) => {
                let room = width.saturating_sub(indent.len()).max(20);
                for line in wrap_plain(&para, room) {
                    let _ = writeln!(out, "{indent}{}", line.trim_end());
                }
            }
            None => {
                let _ = writeln!(out, "{indent}{}", para.trim_end());
            }
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
         c says the path code; a repeats the question; l lists the sections of an outcome; s and a number reads that step again; e writes the report; f adds case facts; q quits. \
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
    for i in 0..o.steps.len() {
        out.push_str(&step_text(&order, o, i));
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

/// Step `i` (0-based) with its detail, script and caution.
fn step_text(order: &[SourceId], o: &Outcome, i: usize) -> String {
    let mut out = String::new();
    let Some(step) = o.steps.get(i) else {
        return out;
    };
    let lead = format!(
        "Step {}. {}{}",
        i.saturating_add(1),
        step.text,
        cite(order, &step.sources)
    );
    out.push_str(&text(&lead, ""));
    if let Some(d) = &step.detail {
        out.push_str(&text(d, "  "));
    }
    if let Some(say) = &step.say {
        out.push_str(&text(&format!("Say this: {say}"), "  "));
    }
    if let Some(en) = &step.say_english {
        out.push_str(&text(
            &format!("In English, for Microsoft Support: {en}"),
            "  ",
        ));
    }
    if let Some(c) = &step.caution {
        out.push_str(&text(&format!("Caution: {c}"), "  "));
    }
    out
}

/// Step `n` (1-based) of the outcome again, or how many there are.
pub fn step(session: &Session, o: &Outcome, n: usize) -> String {
    let order = session.playbook().outcome_sources(o);
    match n.checked_sub(1).filter(|&i| i < o.steps.len()) {
        Some(i) => step_text(&order, o, i),
        None => format!(
            "There is no step {n}: this outcome has {} step(s). Type s and a number from 1 to {}.\n",
            o.steps.len(),
            o.steps.len()
        ),
    }
}

/// The sections of an outcome, in page order, and how to hear them.
pub fn section_list(session: &Session, o: &Outcome) -> String {
    let pb = session.playbook();
    let mut names: Vec<String> = Vec::new();
    if o.summary.is_some() {
        names.push("Summary".into());
    }
    names.push(format!("Steps, {} in all", o.steps.len()));
    if !o.prepare.is_empty() {
        names.push("Have ready".into());
    }
    if o.expect.is_some() {
        names.push("What to expect".into());
    }
    for r in &o.checklists {
        if let Some(list) = pb.checklist(r.checklist) {
            names.push(format!("Checklist: {}", list.title));
        }
    }
    names.push(format!("Sources, {} in all", pb.outcome_sources(o).len()));
    if !o.options.is_empty() {
        names.push("What next".into());
    }
    let mut out = format!("This outcome has {} sections:\n", names.len());
    for (i, name) in names.iter().enumerate() {
        let _ = writeln!(out, "{}. {}.", i.saturating_add(1), plain_line(name));
    }
    out.push_str(
        "Type s and a number to hear that step again, or a to hear the whole page again.\n",
    );
    out
}

/// "Path code 4G2K-XP." or nothing if the position is too long for a code.
pub fn code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| {
            format!("Path code: {c}. A helper can open this place with: breakglass --at {c}\n")
        })
        .unwrap_or_default()
}

/// "Path code: 4G2K-XP." for after a question (c says how to share it).
pub fn short_code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| format!("Path code: {c}.\n"))
        .unwrap_or_default()
}

/// Playbook Markdown as plain wrapped text with no markers.
pub fn plain_text(source: &str) -> String {
    text(source, "")
}
