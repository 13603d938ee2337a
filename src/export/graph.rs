//! The decision tree as a graph: Mermaid (renders on GitHub) and Graphviz DOT. Questions
//! are boxes, notes are flags, outcomes are shaped and labelled by kind; edges carry the
//! option's short label.

use std::fmt::Write as _;

use crate::markup;
use crate::playbook::{NodeBody, OutcomeKind, Playbook};
use crate::wrap::wrap_plain;

/// Plain text of a line of playbook Markdown (markers removed, code without backticks).
fn plain(text: &str) -> String {
    markup::parse_inline(text)
        .into_iter()
        .map(|i| i.text)
        .collect()
}

/// The label of a node: its heading, and for outcomes the kind in words.
fn label(node: &crate::playbook::Node) -> String {
    match &node.body {
        NodeBody::Outcome(o) => {
            let kind = super::text::kind_label(o.kind);
            let title = plain(&o.title);
            let label = crate::tr!("report-kind-title", kind = kind, title = title);
            format!("{} {label}", o.kind.glyph())
        }
        NodeBody::Question(q) => plain(&q.text),
        NodeBody::Info(i) => crate::tr!("report-graph-note", title = plain(&i.title)),
    }
}

/// A Mermaid node id: `n_` and the id with hyphens as underscores (never a keyword).
fn mermaid_id(id: &str) -> String {
    format!("n_{}", id.replace('-', "_"))
}

/// Text inside a Mermaid quoted label, with the characters Mermaid treats specially
/// written as entity codes.
fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The Mermaid shape of an outcome kind: opening and closing brackets.
fn mermaid_shape(kind: OutcomeKind) -> (&'static str, &'static str) {
    match kind {
        OutcomeKind::SelfService => ("([", "])"),
        OutcomeKind::AskAdmin => ("[[", "]]"),
        OutcomeKind::Escalate => ("{{", "}}"),
        OutcomeKind::NotALockout => ("[/", "/]"),
        OutcomeKind::Prevent => ("[(", ")]"),
    }
}

fn fill(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::SelfService => "#d1fae5",
        OutcomeKind::AskAdmin => "#cffafe",
        OutcomeKind::Escalate => "#fde68a",
        OutcomeKind::NotALockout => "#e0e7ff",
        OutcomeKind::Prevent => "#f5d0fe",
    }
}

/// The playbook as a Mermaid flowchart.
pub fn to_mermaid(pb: &Playbook) -> String {
    let mut out = format!(
        "---\ntitle: \"{}\"\n---\nflowchart TD\n",
        mermaid_text(&pb.title)
    );
    for (_, node) in pb.nodes() {
        let id = mermaid_id(&node.id);
        let text = mermaid_text(&label(node));
        let (open, close) = match &node.body {
            NodeBody::Question(_) => ("[", "]"),
            NodeBody::Info(_) => (">", "]"),
            NodeBody::Outcome(o) => mermaid_shape(o.kind),
        };
        let _ = writeln!(out, "    {id}{open}\"{text}\"{close}");
    }
    for (_, node) in pb.nodes() {
        let from = mermaid_id(&node.id);
        match &node.body {
            NodeBody::Question(_) | NodeBody::Outcome(_) => {
                for (to, text) in edges(pb, node) {
                    let _ = writeln!(
                        out,
                        "    {from} -->|\"{}\"| {}",
                        mermaid_text(&text),
                        mermaid_id(&pb.node(to).id)
                    );
                }
            }
            NodeBody::Info(i) => {
                let _ = writeln!(out, "    {from} --> {}", mermaid_id(&pb.node(i.next).id));
            }
        }
    }
    for kind in OutcomeKind::ALL {
        let members: Vec<String> = pb
            .nodes()
            .filter(|(_, n)| n.as_outcome().is_some_and(|o| o.kind == kind))
            .map(|(_, n)| mermaid_id(&n.id))
            .collect();
        if members.is_empty() {
            continue;
        }
        let class = kind.id().replace('-', "_");
        let _ = writeln!(out, "    classDef {class} fill:{},stroke:#333", fill(kind));
        let _ = writeln!(out, "    class {} {class}", members.join(","));
    }
    out
}

/// Text inside a DOT double-quoted string, wrapped to about `width` columns with `\n`.
fn dot_text(text: &str, width: usize) -> String {
    let escaped: Vec<String> = wrap_plain(text, width)
        .into_iter()
        .map(|line| line.replace('\\', "\\\\").replace('"', "\\\""))
        .collect();
    escaped.join("\\n")
}

fn dot_shape(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::SelfService => "ellipse",
        OutcomeKind::AskAdmin => "box3d",
        OutcomeKind::Escalate => "hexagon",
        OutcomeKind::NotALockout => "parallelogram",
        OutcomeKind::Prevent => "house",
    }
}

/// The labelled edges out of a question or an outcome: one per option and route target,
/// in the order of [`Node::successors`](crate::playbook::Node::successors). A conditional
/// route says its condition (`[if role=user]`), a default after routes says `[otherwise]`,
/// a hidden-able option says when it shows, and a way on from an outcome starts with `↻`.
fn edges(pb: &Playbook, node: &crate::playbook::Node) -> Vec<(crate::playbook::NodeId, String)> {
    use crate::playbook::facts::describe;
    let decl = pb.facts();
    let continues = if node.as_outcome().is_some() {
        "↻ "
    } else {
        ""
    };
    let mut out = Vec::new();
    for o in node.choices() {
        let mut base = format!("{continues}{}", plain(&o.short));
        if !o.shown.is_always() {
            let when = crate::tr!(
                "report-graph-shown-if",
                condition = describe(decl, &o.shown)
            );
            base = format!("{base} {when}");
        }
        let mut seen = Vec::new();
        for (cond, to) in &o.routes {
            if *to != o.next && !seen.contains(to) {
                seen.push(*to);
                let when = crate::tr!("report-graph-if", condition = describe(decl, cond));
                out.push((*to, format!("{base} {when}")));
            }
        }
        if !seen.contains(&o.next) {
            let text = if seen.is_empty() {
                base
            } else {
                format!("{base} {}", crate::tr!("report-graph-otherwise"))
            };
            out.push((o.next, text));
        }
    }
    out
}

/// The playbook as a Graphviz digraph (`dot -Tsvg`).
pub fn to_dot(pb: &Playbook) -> String {
    let mut out = format!("digraph \"{}\" {{\n", dot_text(&pb.id, 200));
    let _ = writeln!(
        out,
        "    graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=\"{}\"];",
        dot_text(&pb.title, 200)
    );
    out.push_str("    node [fontname=\"Helvetica\", fontsize=10, shape=box, style=rounded];\n");
    out.push_str("    edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (_, node) in pb.nodes() {
        let text = dot_text(&label(node), 32);
        let attrs = match &node.body {
            NodeBody::Question(_) => String::new(),
            NodeBody::Info(_) => ", shape=note".to_string(),
            NodeBody::Outcome(o) => format!(
                ", shape={}, style=filled, fillcolor=\"{}\"",
                dot_shape(o.kind),
                fill(o.kind)
            ),
        };
        let _ = writeln!(out, "    \"{}\" [label=\"{text}\"{attrs}];", node.id);
    }
    for (_, node) in pb.nodes() {
        match &node.body {
            NodeBody::Question(_) | NodeBody::Outcome(_) => {
                // The ways on from an outcome are dashed.
                let style = if node.as_outcome().is_some() {
                    ", style=dashed"
                } else {
                    ""
                };
                for (to, text) in edges(pb, node) {
                    let _ = writeln!(
                        out,
                        "    \"{}\" -> \"{}\" [label=\"{}\"{style}];",
                        node.id,
                        pb.node(to).id,
                        dot_text(&text, 24)
                    );
                }
            }
            NodeBody::Info(i) => {
                let _ = writeln!(out, "    \"{}\" -> \"{}\";", node.id, pb.node(i.next).id);
            }
        }
    }
    out.push_str("}\n");
    out
}
