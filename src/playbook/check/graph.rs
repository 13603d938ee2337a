//! Graph checks on the resolved tree: nodes no path reaches (warning), and nodes from
//! which no outcome can be reached (error, with the shortest path that gets stuck).

use std::collections::{HashSet, VecDeque};

use super::{Ctx, node_pos};
use crate::playbook::diagnostic::Diagnostic;
use crate::playbook::tree::{Node, NodeBody, NodeId};

/// Runs the graph checks. Every reference in `nodes` must already resolve.
pub(super) fn check(ctx: &mut Ctx<'_>, nodes: &[Node], start: NodeId) {
    let parent = shortest_paths(nodes, start);
    let live = can_reach_outcome(nodes);
    let file = ctx.file;
    for (i, node) in nodes.iter().enumerate() {
        let id = NodeId(i);
        let reached = parent[i].is_some() || id == start;
        if !reached {
            ctx.push(
                Diagnostic::warning(
                    "playbook::unreachable",
                    format!("no path reaches node `{}`", node.id),
                    node_pos(file, id),
                )
                .label("unreachable")
                .help("point an option's `next` here, or remove the node"),
            );
            continue;
        }
        // Report a stuck region once, where the shortest path first enters it.
        let entered_from_live = parent[i].is_none_or(|p| live[p.0]);
        if !live[i] && entered_from_live {
            let path = stuck_path(&parent, nodes, id);
            ctx.push(
                Diagnostic::error(
                    "playbook::dead-end",
                    format!("no outcome can be reached from node `{}`", node.id),
                    node_pos(file, id),
                )
                .label("every way on from here loops or stops")
                .help(format!(
                    "stuck path: {path}; give it a way out that ends at an outcome"
                )),
            );
        }
    }
}

/// For every node, the node before it on a shortest path from `start` (`None` for the
/// start and for nodes no path reaches).
fn shortest_paths(nodes: &[Node], start: NodeId) -> Vec<Option<NodeId>> {
    let mut parent = vec![None; nodes.len()];
    let mut seen = vec![false; nodes.len()];
    let mut queue = VecDeque::from([start]);
    seen[start.0] = true;
    while let Some(id) = queue.pop_front() {
        for next in nodes[id.0].successors() {
            if !seen[next.0] {
                seen[next.0] = true;
                parent[next.0] = Some(id);
                queue.push_back(next);
            }
        }
    }
    parent
}

/// Whether each node can reach an outcome: a search backwards from the outcomes, so each
/// reference is followed once.
fn can_reach_outcome(nodes: &[Node]) -> Vec<bool> {
    let preds = predecessors(nodes);
    let mut live: Vec<bool> = nodes
        .iter()
        .map(|n| matches!(n.body, NodeBody::Outcome(_)))
        .collect();
    let mut queue: Vec<usize> = (0..nodes.len()).filter(|&i| live[i]).collect();
    while let Some(i) = queue.pop() {
        for &p in &preds[i] {
            if !live[p] {
                live[p] = true;
                queue.push(p);
            }
        }
    }
    live
}

/// For every node, the nodes that lead to it.
fn predecessors(nodes: &[Node]) -> Vec<Vec<usize>> {
    let mut preds = vec![Vec::new(); nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        for s in node.successors() {
            preds[s.0].push(i);
        }
    }
    preds
}

/// The most nodes a stuck path names; longer ones show their start and end around "…".
const STUCK_PATH_NAMES: usize = 24;

/// The shortest path from the start to `stuck`, then on through the stuck region (always
/// the first way on) until it loops back or stops: `a → b → c → b (loops)`.
fn stuck_path(parent: &[Option<NodeId>], nodes: &[Node], stuck: NodeId) -> String {
    let mut path = vec![stuck];
    let mut cur = stuck;
    while let Some(p) = parent[cur.0] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    let mut names: Vec<&str> = path.iter().map(|id| nodes[id.0].id.as_str()).collect();
    let mut seen = HashSet::from([stuck]);
    let mut cur = stuck;
    loop {
        let Some(next) = first_way_on(&nodes[cur.0]) else {
            return format!("{} (stops: no way on)", shorten(&names));
        };
        names.push(nodes[next.0].id.as_str());
        if !seen.insert(next) {
            return format!("{} (loops)", shorten(&names));
        }
        cur = next;
    }
}

/// The first of a node's successors, without building the list of them all.
fn first_way_on(node: &Node) -> Option<NodeId> {
    match &node.body {
        NodeBody::Question(q) => q.options.first().map(|o| o.next),
        NodeBody::Info(i) => Some(i.next),
        NodeBody::Outcome(_) => None,
    }
}

/// `a → b → c`, or for a long path its first and last nodes around how many are left out,
/// so that a long chain's message stays short.
fn shorten(names: &[&str]) -> String {
    if names.len() <= STUCK_PATH_NAMES {
        return names.join(" → ");
    }
    let keep = STUCK_PATH_NAMES / 2;
    let left_out = names.len() - 2 * keep;
    format!(
        "{} → … ({left_out} more) … → {}",
        names[..keep].join(" → "),
        names[names.len() - keep..].join(" → ")
    )
}
