//! Plain-text rendering of playbook nodes: no colour, no box drawing, wrapped to a width.
//! Used by `walk` and by any front end that prints instead of drawing.

use std::fmt::Write as _;

use crate::engine::{Remaining, Session};
use crate::markup::{self, Block};
use crate::playbook::{
    NodeBody, NodeId, Outcome, OutcomeKind, Playbook, Question, SourceId, SourceKind,
};
use crate::tr;
use crate::transcript::FactKind;
use crate::wrap::wrap_plain;

/// The width plain text is wrapped to.
pub const WIDTH: usize = 80;

/// Playbook Markdown as wrapped lines, each prefixed with `indent`; bullets hang.
pub fn blocks(text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut out = Vec::new();
    let inner = width.saturating_sub(indent.chars().count()).max(10);
    let mut after_paragraph = false;
    for (i, block) in markup::parse(text).iter().enumerate() {
        let plain = markup::plain_text(block.inlines());
        match block {
            Block::Paragraph(_) => {
                if i > 0 {
                    out.push(String::new());
                }
                after_paragraph = true;
                for l in wrap_plain(&plain, inner) {
                    out.push(format!("{indent}{l}"));
                }
            }
            Block::Bullet(_) | Block::Numbered(..) => {
                if std::mem::take(&mut after_paragraph) {
                    out.push(String::new());
                }
                let marker = format!("{} ", block.marker().unwrap_or("-"));
                let hang = " ".repeat(marker.chars().count());
                let room = inner.saturating_sub(marker.chars().count());
                for (k, l) in wrap_plain(&plain, room).into_iter().enumerate() {
                    let mark = if k == 0 {
                        marker.as_str()
                    } else {
                        hang.as_str()
                    };
                    out.push(format!("{indent}{mark}{l}"));
                }
            }
        }
    }
    out
}

fn push_lines(out: &mut String, lines: &[String]) {
    for l in lines {
        out.push_str(l.trim_end());
        out.push('\n');
    }
}

/// The words beside an outcome kind's glyph, in the interface language (the wizard, plain
/// mode and reports all use this one).
pub fn kind_label(kind: OutcomeKind) -> String {
    match kind {
        OutcomeKind::SelfService => tr!("common-kind-self-service"),
        OutcomeKind::AskAdmin => tr!("common-kind-ask-admin"),
        OutcomeKind::Escalate => tr!("common-kind-escalate"),
        OutcomeKind::NotALockout => tr!("common-kind-not-a-lockout"),
        OutcomeKind::Prevent => tr!("common-kind-prevent"),
    }
}

/// The tag beside a source: how authoritative it is, in the interface language.
pub fn source_tag(kind: SourceKind) -> String {
    match kind {
        SourceKind::Doc => tr!("common-source-doc"),
        SourceKind::Moderator => tr!("common-source-moderator"),
        SourceKind::AiAnswer => tr!("common-source-ai-answer"),
        SourceKind::ThirdParty => tr!("common-source-third-party"),
    }
}

/// The label of a case fact in forms, prompts and reports, in the interface language.
pub fn fact_label(kind: FactKind) -> String {
    kind.title()
}

/// The questions left, in words: "2–5 questions left", "at least 3 questions left".
pub fn remaining_words(r: Remaining) -> String {
    match r.max {
        _ if r.min == 0 && r.max == Some(0) => tr!("report-remaining-none"),
        Some(max) if max == r.min => tr!("report-remaining-exact", count = max),
        Some(max) => tr!("report-remaining-range", min = r.min, count = max),
        None => tr!("report-remaining-at-least", count = r.min),
    }
}

/// A label and its text: `Caution: text`. After a label ending in a full-width colon
/// (Chinese `：`) no space is needed.
pub fn labelled(label: &str, text: &str) -> String {
    if label.ends_with('：') {
        format!("{label}{text}")
    } else {
        format!("{label} {text}")
    }
}

/// The title block: title, id, version and review date.
pub fn header(playbook: &Playbook) -> String {
    format!(
        "{}\n{}\n",
        playbook.title,
        tr!(
            "report-header-stamp",
            id = playbook.id.as_str(),
            version = playbook.version.as_str(),
            reviewed = playbook.reviewed.as_str()
        )
    )
}

/// The path taken so far: each question and the answer given, info nodes passed.
pub fn path(session: &Session) -> String {
    let pb = session.playbook();
    let mut out = String::new();
    let mut number = 0usize;
    // The facts as they stood at each step, so a note says what was known when it showed.
    for (visit, shown_with) in session.trail_with_facts() {
        let node = pb.node(visit.node);
        match (&node.body, visit.choice) {
            (NodeBody::Question(q), Some(i)) => {
                number = number.saturating_add(1);
                let label = q
                    .options
                    .get(i)
                    .map_or(String::new(), |o| markup::to_plain(&o.label));
                let opt = q.options.get(i).map_or("", |o| o.id.as_str());
                let _ = writeln!(
                    out,
                    "{number}. {}  [{}]",
                    markup::to_plain(&q.text),
                    node.id
                );
                let _ = writeln!(out, "   -> {label}  [{opt}]");
            }
            (NodeBody::Outcome(o), Some(i)) => {
                let c = o.options.get(i);
                let reached = labelled(&tr!("report-reached"), &o.title);
                let _ = writeln!(out, "   {reached}  [{}]", node.id);
                let _ = writeln!(
                    out,
                    "   -> {}  [{}]",
                    c.map_or(String::new(), |c| markup::to_plain(&c.label)),
                    c.map_or("", |c| c.id.as_str())
                );
            }
            (NodeBody::Info(info), _) => {
                let _ = writeln!(out, "i. {}  [{}]", markup::to_plain(&info.title), node.id);
                if let Some(text) = &info.text {
                    let text = crate::playbook::facts::speak(pb.facts(), &shown_with, text);
                    push_lines(&mut out, &blocks(&text, WIDTH, "   "));
                }
                if !info.sources.is_empty() {
                    let _ = writeln!(out, "   {}", tr!("report-sources-label"));
                    out.push_str(&source_list(pb, &info.sources, "   "));
                }
            }
            _ => {}
        }
    }
    out
}

/// Numbered source lines (`[1] title (kind)` and the URL under it).
pub fn source_list(pb: &Playbook, ids: &[SourceId], indent: &str) -> String {
    let mut out = String::new();
    for (i, id) in ids.iter().enumerate() {
        let s = pb.source(*id);
        let _ = writeln!(
            out,
            "{indent}[{}] {} ({})",
            i.saturating_add(1),
            s.title,
            source_tag(s.kind)
        );
        let _ = writeln!(out, "{indent}    {}", s.url);
    }
    out
}

/// A question waiting for an answer, with its option ids.
pub fn question(
    pb: &Playbook,
    node_id: &str,
    q: &Question,
    remaining: Option<Remaining>,
) -> String {
    let mut out = format!(
        "{}  [{node_id}]\n",
        labelled(&tr!("report-question-label"), &markup::to_plain(&q.text))
    );
    if let Some(help) = &q.help {
        let _ = writeln!(out, "{}", tr!("report-why-we-ask"));
        push_lines(&mut out, &blocks(help, WIDTH, "  "));
    }
    if !q.sources.is_empty() {
        let _ = writeln!(out, "{}", tr!("report-sources-label"));
        out.push_str(&source_list(pb, &q.sources, "  "));
    }
    let _ = writeln!(out, "{}", tr!("report-options"));
    let w = q.options.iter().map(|o| o.id.len()).max().unwrap_or(0);
    for o in &q.options {
        let _ = writeln!(out, "  {:w$}  {}", o.id, markup::to_plain(&o.label));
    }
    if let Some(r) = remaining {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "report-remaining-sentence",
                text = capitalise(&remaining_words(r))
            )
        );
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Source ids mapped to their reference numbers in `order`: `[1][3]`.
pub fn cite(order: &[SourceId], ids: &[SourceId]) -> String {
    ids.iter()
        .filter_map(|id| order.iter().position(|o| o == id))
        .fold(String::new(), |mut out, i| {
            let _ = write!(out, "[{}]", i.saturating_add(1));
            out
        })
}

/// The line citing the sources behind an outcome as a whole (its own `sources`), which the
/// page, `walk` and copies all show: `For this outcome as a whole, see [9].`
pub fn whole_outcome(order: &[SourceId], ids: &[SourceId]) -> String {
    tr!("report-whole-outcome", refs = cite(order, ids))
}

/// The first line of an outcome: glyph, kind and title.
fn banner(o: &Outcome) -> String {
    // Upper case stands out in English; other scripts may have no case, and in a
    // translation a product name must keep its own spelling.
    let kind = kind_label(o.kind);
    let kind = if crate::lang::is_english(crate::i18n::language()) {
        kind.to_uppercase()
    } else {
        kind
    };
    let title = markup::to_plain(&o.title);
    let line = tr!("report-kind-title", kind = kind, title = title);
    format!("{} {line}", o.kind.glyph())
}

/// An outcome in full: kind, who, summary, steps with scripts and cautions, what to have
/// ready, what to expect, checklists (ticked items marked) and numbered sources.
pub fn outcome(session: &Session, id: NodeId, o: &Outcome) -> String {
    let pb = session.playbook();
    let order = pb.outcome_sources(o);
    let mut out = format!("{}  [{}]\n", banner(o), pb.node(id).id);
    if let Some(who) = &o.who {
        let who = labelled(&tr!("report-who-acts"), who);
        push_lines(&mut out, &blocks(&who, WIDTH, ""));
    }
    if let Some(summary) = &o.summary {
        out.push('\n');
        push_lines(&mut out, &blocks(summary, WIDTH, ""));
    }
    let _ = write!(out, "\n{}\n", tr!("report-steps"));
    for (i, step) in o.steps.iter().enumerate() {
        let n = format!("{:>3}. ", i.saturating_add(1));
        let text = blocks(&step.text, WIDTH, "     ");
        for (k, l) in text.iter().enumerate() {
            if k == 0 {
                let _ = writeln!(out, "{n}{}", l.trim_start());
            } else {
                let _ = writeln!(out, "{}", l.trim_end());
            }
        }
        if let Some(detail) = &step.detail {
            push_lines(&mut out, &blocks(detail, WIDTH, "     "));
        }
        if let Some(say) = &step.say {
            let _ = writeln!(out, "     {}", tr!("report-say-this"));
            push_lines(&mut out, &blocks(say, WIDTH, "     | "));
        }
        if let Some(en) = &step.say_english {
            for label in say_english_labels() {
                let _ = writeln!(out, "     {label}");
            }
            push_lines(&mut out, &blocks(en, WIDTH, "     | "));
        }
        if let Some(caution) = &step.caution {
            let caution = labelled(&tr!("report-caution"), caution);
            push_lines(&mut out, &blocks(&caution, WIDTH, "     "));
        }
        if !step.sources.is_empty() {
            let refs = labelled(&tr!("report-sources-label"), &cite(&order, &step.sources));
            let _ = writeln!(out, "     {refs}");
        }
    }
    if !o.prepare.is_empty() {
        let _ = write!(out, "\n{}\n", tr!("report-have-ready"));
        for p in &o.prepare {
            push_lines(&mut out, &blocks(&format!("- {p}"), WIDTH, "  "));
        }
    }
    if let Some(expect) = &o.expect {
        let _ = write!(out, "\n{}\n", tr!("report-what-to-expect"));
        push_lines(&mut out, &blocks(expect, WIDTH, "  "));
    }
    for r in &o.checklists {
        let Some(list) = pb.checklist(r.checklist) else {
            continue;
        };
        let _ = write!(out, "\n{}\n", markup::to_plain(&list.title));
        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
            let mark = if session.is_ticked(&list.id, &item.id) {
                "[x]"
            } else {
                "[ ]"
            };
            let refs = cite(&order, &item.sources);
            let lines = blocks(&format!("{} {refs}", item.text), WIDTH, "      ");
            for (k, l) in lines.iter().enumerate() {
                let prefix = if k == 0 {
                    format!("  {mark} ")
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "{prefix}{}",
                    if k == 0 { l.trim_start() } else { l.trim_end() }
                );
            }
            if let Some(why) = &item.why {
                let why = labelled(&tr!("report-why"), why);
                push_lines(&mut out, &blocks(&why, WIDTH, "      "));
            }
        }
    }
    if !o.sources.is_empty() {
        let _ = writeln!(out, "\n{}", whole_outcome(&order, &o.sources));
    }
    let _ = write!(out, "\n{}\n", tr!("report-sources"));
    out.push_str(&source_list(pb, &order, "  "));
    out.push_str(&ways_on(o));
    out
}

/// The prompt and the ways on from an outcome, with their ids (empty when it has none).
pub fn ways_on(o: &Outcome) -> String {
    if o.options.is_empty() {
        return String::new();
    }
    let then = o.then.clone().unwrap_or_else(|| tr!("report-what-next"));
    let mut out = format!("\n{then}\n");
    let w = o.options.iter().map(|c| c.id.len()).max().unwrap_or(0);
    for c in &o.options {
        let _ = writeln!(out, "  {:w$}  {}", c.id, markup::to_plain(&c.label));
    }
    out
}

/// "What you told breakglass": each declared fact, as the answers state it (empty for a
/// playbook without facts).
pub fn facts(session: &Session) -> String {
    let stated = session.stated();
    if stated.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n", tr!("report-told"));
    for f in stated {
        let said = match (&f.value, &f.phrase) {
            (Some(_), Some(p)) => p.clone(),
            _ => tr!("report-not-asked"),
        };
        let line = labelled(&tr!("report-fact-title", title = f.title.as_str()), &said);
        push_lines(&mut out, &blocks(&format!("- {line}"), WIDTH, "  "));
    }
    out
}

/// The heading over the English of a script, for Microsoft Support: one line in English;
/// in another language, that language's line and then the English one, so the reader
/// knows what it is and the engineer can see it is meant for them.
pub fn say_english_labels() -> Vec<String> {
    let here = tr!("report-say-english");
    let english = crate::i18n::english("report-say-english", None);
    if here == english {
        vec![english]
    } else {
        vec![here, english]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn chinese_text_wraps_within_the_width_by_columns_not_characters() {
        let text = "支持人员会核实你是否拥有该租户，这可能需要几天时间。".repeat(8);
        let caution =
            crate::i18n::with_language("zh-CN", || labelled(&crate::tr!("report-caution"), &text));
        let lines = blocks(&caution, WIDTH, "     ");
        assert!(lines.len() > 3, "{lines:?}");
        for l in &lines {
            assert!(l.width() <= WIDTH, "{} columns: {l}", l.width());
        }
        assert!(lines[0].starts_with("     注意：支持"), "{lines:?}");
    }

    #[test]
    fn labels_take_a_space_after_an_ascii_colon_only() {
        assert_eq!(labelled("Caution:", "x"), "Caution: x");
        assert_eq!(labelled("注意：", "x"), "注意：x");
        let en = crate::i18n::with_language("en", say_english_labels);
        let zh = crate::i18n::with_language("zh-CN", say_english_labels);
        assert_eq!(en, ["The same in English:"]);
        assert_eq!(zh.len(), 2);
        assert_eq!(zh[1], en[0]);
    }
}
