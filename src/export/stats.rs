//! Statistics of a playbook for authors: how big it is, and how many questions the
//! shortest and longest ways from the start to an outcome take.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::Distances;
use crate::playbook::{NodeBody, OutcomeKind, Playbook};
use crate::tr;

/// Counts and path lengths of one playbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// All nodes.
    pub nodes: usize,
    /// Question nodes.
    pub questions: usize,
    /// Outcome nodes.
    pub outcomes: usize,
    /// Info nodes.
    pub notes: usize,
    /// Options over all questions.
    pub options: usize,
    /// Sources.
    pub sources: usize,
    /// Checklists.
    pub checklists: usize,
    /// Fewest questions from the start to an outcome.
    pub shortest_path: Option<u32>,
    /// Most questions from the start to an outcome (`None` when a loop makes it unbounded).
    pub longest_path: Option<u32>,
    /// Outcomes by kind, in kind order (kinds with none left out).
    pub outcomes_by_kind: Vec<(&'static str, usize)>,
    /// Declared facts.
    pub facts: usize,
    /// Options whose `next` is a list of conditional routes.
    pub conditional_options: usize,
    /// Ways on from outcomes ("That didn't work").
    pub continuations: usize,
}

/// The statistics of `pb`.
pub fn stats(pb: &Playbook) -> Stats {
    let count = |f: fn(&NodeBody) -> bool| pb.nodes().filter(|(_, n)| f(&n.body)).count();
    let remaining = Distances::compute(pb).remaining(pb.start());
    Stats {
        nodes: pb.node_count(),
        questions: count(|b| matches!(b, NodeBody::Question(_))),
        outcomes: count(|b| matches!(b, NodeBody::Outcome(_))),
        notes: count(|b| matches!(b, NodeBody::Info(_))),
        options: pb
            .nodes()
            .filter_map(|(_, n)| n.as_question())
            .map(|q| q.options.len())
            .sum(),
        sources: pb.sources().len(),
        checklists: pb.checklists().len(),
        shortest_path: remaining.map(|r| r.min),
        longest_path: remaining.and_then(|r| r.max),
        outcomes_by_kind: OutcomeKind::ALL
            .iter()
            .map(|k| {
                let n = pb
                    .nodes()
                    .filter(|(_, n)| n.as_outcome().is_some_and(|o| o.kind == *k))
                    .count();
                (k.id(), n)
            })
            .filter(|(_, n)| *n > 0)
            .collect(),
        facts: pb.facts().len(),
        conditional_options: pb
            .nodes()
            .flat_map(|(_, n)| n.choices())
            .filter(|c| !c.routes.is_empty())
            .count(),
        continuations: pb
            .nodes()
            .filter_map(|(_, n)| n.as_outcome())
            .map(|o| o.options.len())
            .sum(),
    }
}

/// The statistics as indented text lines.
pub fn to_text(s: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  {}",
        tr!(
            "report-stats-sizes",
            nodes = s.nodes,
            questions = s.questions,
            options = s.options,
            outcomes = s.outcomes,
            notes = s.notes,
            sources = s.sources,
            checklists = s.checklists
        )
    );
    let longest = s
        .longest_path
        .map_or_else(|| tr!("report-stats-unbounded"), |n| n.to_string());
    let shortest = s
        .shortest_path
        .map_or_else(|| tr!("report-stats-none"), |n| n.to_string());
    let _ = writeln!(
        out,
        "  {}",
        tr!("report-stats-paths", shortest = shortest, longest = longest)
    );
    let kinds: Vec<String> = s
        .outcomes_by_kind
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    let _ = writeln!(
        out,
        "  {}",
        tr!("report-stats-kinds", kinds = kinds.join(", "))
    );
    if s.facts > 0 || s.conditional_options > 0 || s.continuations > 0 {
        let _ = writeln!(
            out,
            "  {}",
            tr!(
                "report-stats-more",
                facts = s.facts,
                conditional = s.conditional_options,
                continuations = s.continuations
            )
        );
    }
    out
}
