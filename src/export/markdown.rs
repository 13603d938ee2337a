//! Markdown pieces shared by session reports and `walk --format md`: escaping and the
//! outcome with its steps, scripts, checklist and sources.

use std::fmt::Write as _;

use super::text::{kind_label, labelled, say_english_labels};
use crate::engine::Session;
use crate::tr;

/// Playbook Markdown made safe for Markdown renderers: outside `code` spans, a `<` is
/// escaped so placeholders like `<your sign-in name>` are not taken for HTML tags.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '<' if !in_code => out.push_str("\\<"),
            c => out.push(c),
        }
    }
    out
}

/// The outcome in Markdown (a `##` heading and `###` parts): kind, who, summary, steps with scripts as quotes, what to have
/// ready, what to expect, the checklist with what is done, and the sources.
pub fn outcome(s: &Session, o: &crate::playbook::Outcome) -> String {
    let pb = s.playbook();
    let order = pb.outcome_sources(o);
    let refs = |ids: &[crate::playbook::SourceId]| {
        let r = super::text::cite(&order, ids);
        if r.is_empty() { r } else { format!(" {r}") }
    };
    let mut out = format!(
        "## {}\n\n",
        labelled(&tr!("report-outcome-label"), &md(&o.title))
    );
    let _ = writeln!(out, "**{} {}**", o.kind.glyph(), kind_label(o.kind));
    if let Some(who) = &o.who {
        let _ = writeln!(out, "\n{}", bold_label(&tr!("report-who-acts"), &md(who)));
    }
    if let Some(summary) = &o.summary {
        let _ = writeln!(out, "\n{}", md(summary));
    }
    let _ = write!(out, "\n### {}\n\n", tr!("report-steps"));
    for (i, step) in o.steps.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{}. {}{}",
            i.saturating_add(1),
            md(&step.text),
            refs(&step.sources)
        );
        if let Some(d) = &step.detail {
            let _ = writeln!(out, "\n   {}", md(d));
        }
        if let Some(say) = &step.say {
            let _ = writeln!(
                out,
                "\n   > {}",
                bold_label(&tr!("report-say-this"), &md(say))
            );
        }
        if let Some(en) = &step.say_english {
            // In another language, its heading on a line of its own, then the English one.
            let mut labels = say_english_labels();
            let english = labels.pop().unwrap_or_default();
            out.push('\n');
            for l in labels {
                let _ = writeln!(out, "   > **{l}**\n   >");
            }
            let _ = writeln!(out, "   > {}", bold_label(&english, &md(en)));
        }
        if let Some(c) = &step.caution {
            let _ = writeln!(
                out,
                "\n   {}",
                marked_label("*", &tr!("report-caution"), &md(c))
            );
        }
    }
    if !o.prepare.is_empty() {
        let _ = write!(out, "\n### {}\n\n", tr!("report-have-ready"));
        for p in &o.prepare {
            let _ = writeln!(out, "- {}", md(p));
        }
    }
    if let Some(e) = &o.expect {
        let _ = writeln!(out, "\n### {}\n\n{}", tr!("report-what-to-expect"), md(e));
    }
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        let heading = labelled(&tr!("report-checklist-label"), &list.title);
        let _ = writeln!(out, "\n### {heading}\n");
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            let mark = if s.is_ticked(&list.id, &item.id) {
                "x"
            } else {
                " "
            };
            let _ = writeln!(out, "- [{mark}] {}{}", md(&item.text), refs(&item.sources));
        }
    }
    let _ = write!(out, "\n### {}\n\n", tr!("report-sources"));
    for (i, id) in order.iter().enumerate() {
        let src = pb.source(*id);
        let _ = writeln!(
            out,
            "{}. [{}]({}) ({})",
            i.saturating_add(1),
            md(&src.title).replace(['[', ']'], ""),
            src.url,
            super::text::source_tag(src.kind)
        );
    }
    if !o.options.is_empty() {
        let then = o.then.clone().unwrap_or_else(|| tr!("report-what-next"));
        let _ = writeln!(out, "\n### {}\n", md(&then));
        for c in &o.options {
            let _ = writeln!(out, "- {} (`{}`)", md(&c.label), c.id);
        }
    }
    out
}

/// "What you told breakglass": each declared fact as the answers state it, under a
/// heading of level `level` (empty for a playbook without facts).
pub fn facts(s: &Session, level: usize) -> String {
    let stated = s.stated();
    if stated.is_empty() {
        return String::new();
    }
    let mut out = format!("{} {}\n\n", "#".repeat(level), tr!("report-told"));
    for f in stated {
        let said = match (&f.value, &f.phrase) {
            (Some(_), Some(p)) => md(p),
            _ => format!("*{}*", tr!("report-not-asked")),
        };
        let title = tr!("report-fact-title", title = md(&f.title));
        let _ = writeln!(out, "- {}", bold_label(&title, &said));
    }
    out.push('\n');
    out
}

/// A bold label and its text: `**Caution:** text` (no space after a full-width colon).
pub fn bold_label(label: &str, text: &str) -> String {
    marked_label("**", label, text)
}

/// A label between `mark`s (`*` italic, `**` bold), then its text.
fn marked_label(mark: &str, label: &str, text: &str) -> String {
    let gap = if label.ends_with('：') { "" } else { " " };
    format!("{mark}{label}{mark}{gap}{text}")
}
