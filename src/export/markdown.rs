//! Markdown pieces shared by session reports and `walk --format md`: escaping and the
//! outcome with its steps, scripts, checklist and sources.

use std::fmt::Write as _;

use crate::engine::Session;

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
    let mut out = format!("## Outcome: {}\n\n", md(&o.title));
    let _ = writeln!(out, "**{} {}**", o.kind.glyph(), o.kind.label());
    if let Some(who) = &o.who {
        let _ = writeln!(out, "\n**Who acts:** {}", md(who));
    }
    if let Some(summary) = &o.summary {
        let _ = writeln!(out, "\n{}", md(summary));
    }
    out.push_str("\n### Steps\n\n");
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
            let _ = writeln!(out, "\n   > **Say this:** {}", md(say));
        }
        if let Some(en) = &step.say_english {
            let _ = writeln!(
                out,
                "\n   > **In English, for Microsoft Support:** {}",
                md(en)
            );
        }
        if let Some(c) = &step.caution {
            let _ = writeln!(out, "\n   *Caution:* {}", md(c));
        }
    }
    if !o.prepare.is_empty() {
        out.push_str("\n### Have ready\n\n");
        for p in &o.prepare {
            let _ = writeln!(out, "- {}", md(p));
        }
    }
    if let Some(e) = &o.expect {
        let _ = writeln!(out, "\n### What to expect\n\n{}", md(e));
    }
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        let _ = writeln!(out, "\n### Checklist: {}\n", list.title);
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            let mark = if s.is_ticked(&list.id, &item.id) {
                "x"
            } else {
                " "
            };
            let _ = writeln!(out, "- [{mark}] {}{}", md(&item.text), refs(&item.sources));
        }
    }
    out.push_str("\n### Sources\n\n");
    for (i, id) in order.iter().enumerate() {
        let src = pb.source(*id);
        let _ = writeln!(
            out,
            "{}. [{}]({}) ({})",
            i.saturating_add(1),
            md(&src.title).replace(['[', ']'], ""),
            src.url,
            src.kind.tag()
        );
    }
    if !o.options.is_empty() {
        let _ = writeln!(
            out,
            "\n### {}\n",
            md(o.then.as_deref().unwrap_or("What next?"))
        );
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
    let mut out = format!("{} What you told breakglass\n\n", "#".repeat(level));
    for f in stated {
        let said = match (&f.value, &f.phrase) {
            (Some(_), Some(p)) => md(p),
            _ => "*(not asked)*".to_string(),
        };
        let _ = writeln!(out, "- **{}:** {said}", md(&f.title));
    }
    out.push('\n');
    out
}
