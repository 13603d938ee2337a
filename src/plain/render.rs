//! Plain text for people using screen readers and pipes: no glyphs, no box drawing, no
//! brackets around numbers; state said in words ("Question 3. 2 to 5 questions left.").

use std::fmt::Write as _;

use crate::engine::{Remaining, Session, pathcode};
use crate::markup::{self, Block};
use crate::playbook::{Info, Outcome, Question, SourceId};
use crate::tr;
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

/// One line of the interface's own words, wrapped at the width like playbook text (never
/// read as Markdown): on a narrow terminal a Chinese heading breaks between characters,
/// never through one.
pub(super) fn said(line: &str) -> String {
    let Some(width) = WIDTH.with(Cell::get) else {
        return format!("{line}\n");
    };
    let mut out = String::new();
    for part in wrap_plain(line, width.max(20)) {
        let _ = writeln!(out, "{}", part.trim_end());
    }
    if out.is_empty() {
        out.push('\n');
    }
    out
}

/// "2 to 5 questions left", "1 question left", "at least 3 questions left".
pub fn left(r: Remaining) -> String {
    match r.max {
        Some(max) if max == r.min => tr!("plain-left-exact", count = max),
        Some(max) => tr!("plain-left-range", min = r.min, max = max),
        None => tr!("plain-left-at-least", min = r.min),
    }
}

/// A question with its numbered options.
pub fn question(session: &Session, q: &Question) -> String {
    let number = session.question_number();
    let heading = session.remaining().map_or_else(
        || tr!("plain-question", number = number),
        |r| tr!("plain-question-left", number = number, left = left(r)),
    );
    let mut out = format!("\n{}", said(&heading));
    out.push_str(&text(&q.text, ""));
    for (i, o) in q.options.iter().enumerate() {
        out.push_str(&text(&format!("{}. {}", i.saturating_add(1), o.label), ""));
    }
    if q.help.is_some() {
        out.push_str(&said(&tr!("plain-question-has-help")));
    }
    out
}

/// Why the question is asked, and the commands.
pub fn help(session: &Session) -> String {
    let mut out = String::new();
    if let Some(h) = session.question().and_then(|q| q.help.as_deref()) {
        out.push_str(&said(&tr!("plain-help-why")));
        out.push_str(&text(h, "  "));
    }
    out.push_str(&said(&tr!("plain-help-commands")));
    out
}

/// An info note.
pub fn info(i: &Info) -> String {
    let mut out = format!(
        "\n{}",
        said(&tr!("plain-note", title = plain_line(&i.title)))
    );
    if let Some(t) = &i.text {
        out.push_str(&text(t, ""));
    }
    out.push_str(&said(&tr!("plain-note-go-on")));
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
        [one] => tr!("plain-cite-one", number = one.as_str()),
        [rest @ .., last] => tr!(
            "plain-cite-many",
            numbers = rest.join(&tr!("plain-list-separator")),
            last = last.as_str()
        ),
    }
}

/// An outcome in full, in words.
pub fn outcome(session: &Session, o: &Outcome) -> String {
    let pb = session.playbook();
    let order = pb.outcome_sources(o);
    let mut out = format!(
        "\n{}",
        said(&tr!("plain-outcome", kind = kind_label(o.kind)))
    );
    out.push_str(&text(&o.title, ""));
    if let Some(who) = &o.who {
        out.push_str(&text(&tr!("plain-who-acts", who = who.as_str()), ""));
    }
    if let Some(s) = &o.summary {
        out.push_str(&text(s, ""));
    }
    let _ = write!(
        out,
        "\n{}",
        said(&tr!("plain-steps-heading", count = o.steps.len()))
    );
    for i in 0..o.steps.len() {
        out.push_str(&step_text(&order, o, i));
    }
    if !o.prepare.is_empty() {
        let _ = write!(out, "\n{}", said(&tr!("plain-have-ready")));
        for p in &o.prepare {
            out.push_str(&text(p, "  "));
        }
    }
    if let Some(e) = &o.expect {
        out.push_str(&text(
            &format!("\n{}", tr!("plain-expect", text = e.as_str())),
            "",
        ));
    }
    let mut n = 0usize;
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        let _ = write!(
            out,
            "\n{}",
            said(&tr!("plain-checklist", title = list.title.as_str()))
        );
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            n = n.saturating_add(1);
            let what = format!("{}{}", item.text, cite(&order, &item.sources));
            let line = if session.is_ticked(&list.id, &item.id) {
                tr!("plain-item-done", number = n, text = what)
            } else {
                tr!("plain-item-not-done", number = n, text = what)
            };
            out.push_str(&text(&line, ""));
            if let Some(why) = &item.why {
                out.push_str(&text(&tr!("plain-why", text = why.as_str()), "  "));
            }
        }
    }
    let _ = write!(out, "\n{}", said(&tr!("plain-sources")));
    for (i, id) in order.iter().enumerate() {
        let s = pb.source(*id);
        out.push_str(&said(&tr!(
            "plain-source",
            number = i.saturating_add(1),
            title = s.title.as_str(),
            kind = crate::export::text::source_tag(s.kind)
        )));
        let _ = writeln!(out, "  {}", s.url);
    }
    if !o.options.is_empty() {
        let next = o.then.clone().unwrap_or_else(|| tr!("plain-what-next"));
        out.push_str(&text(&format!("\n{next}"), ""));
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
    let lead = tr!(
        "plain-step",
        number = i.saturating_add(1),
        text = format!("{}{}", step.text, cite(order, &step.sources))
    );
    out.push_str(&text(&lead, ""));
    if let Some(d) = &step.detail {
        out.push_str(&text(d, "  "));
    }
    if let Some(say) = &step.say {
        out.push_str(&text(&tr!("plain-say-this", text = say.as_str()), "  "));
    }
    if let Some(en) = &step.say_english {
        out.push_str(&text(&tr!("plain-say-english", text = en.as_str()), "  "));
    }
    if let Some(c) = &step.caution {
        out.push_str(&text(&tr!("plain-caution", text = c.as_str()), "  "));
    }
    out
}

/// Step `n` (1-based) of the outcome again, or how many there are.
pub fn step(session: &Session, o: &Outcome, n: usize) -> String {
    let order = session.playbook().outcome_sources(o);
    match n.checked_sub(1).filter(|&i| i < o.steps.len()) {
        Some(i) => step_text(&order, o, i),
        None => said(&tr!(
            "plain-no-such-step",
            number = n,
            count = o.steps.len()
        )),
    }
}

/// The sections of an outcome, in page order, and how to hear them.
pub fn section_list(session: &Session, o: &Outcome) -> String {
    let pb = session.playbook();
    let mut names: Vec<String> = Vec::new();
    if o.summary.is_some() {
        names.push(tr!("plain-section-summary"));
    }
    names.push(tr!("plain-section-steps", count = o.steps.len()));
    if !o.prepare.is_empty() {
        names.push(tr!("plain-section-prepare"));
    }
    if o.expect.is_some() {
        names.push(tr!("plain-section-expect"));
    }
    for r in &o.checklists {
        if let Some(list) = pb.checklist(r.checklist) {
            names.push(tr!("plain-section-checklist", title = list.title.as_str()));
        }
    }
    names.push(tr!(
        "plain-section-sources",
        count = pb.outcome_sources(o).len()
    ));
    if !o.options.is_empty() {
        names.push(tr!("plain-section-next"));
    }
    let mut out = said(&tr!("plain-sections", count = names.len()));
    for (i, name) in names.iter().enumerate() {
        out.push_str(&said(&tr!(
            "plain-section-item",
            number = i.saturating_add(1),
            name = plain_line(name)
        )));
    }
    out.push_str(&said(&tr!("plain-sections-help")));
    out
}

/// "Path code 4G2K-XP." or nothing if the position is too long for a code.
pub fn code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| format!("{}\n", tr!("plain-code-full", code = c.as_str())))
        .unwrap_or_default()
}

/// "Path code: 4G2K-XP." for after a question (c says how to share it).
pub fn short_code(session: &Session) -> String {
    pathcode::encode(session)
        .map(|c| format!("{}\n", tr!("plain-code-short", code = c.as_str())))
        .unwrap_or_default()
}

use crate::export::text::kind_label;

/// Playbook Markdown as plain wrapped text with no markers.
pub fn plain_text(source: &str) -> String {
    text(source, "")
}
