//! Graph checks on the resolved tree: nodes no path reaches (warning), and nodes from
//! which no outcome can be reached (error, with the shortest path that gets stuck).

use std::collections::VecDeque;

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

/// Whether each node can reach an outcome.
fn can_reach_outcome(nodes: &[Node]) -> Vec<bool> {
    let mut live: Vec<bool> = nodes
        .iter()
        .map(|n| matches!(n.body, NodeBody::Outcome(_)))
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (i, node) in nodes.iter().enumerate() {
            if !live[i] && node.successors().iter().any(|s| live[s.0]) {
                live[i] = true;
                changed = true;
            }
        }
    }
    live
}

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
    let mut seen = vec![stuck];
    let mut cur = stuck;
    loop {
        let Some(&next) = nodes[cur.0].successors().first() else {
            return format!("{} (stops: no way on)", names.join(" → "));
        };
        names.push(nodes[next.0].id.as_str());
        if seen.contains(&next) {
            return format!("{} (loops)", names.join(" → "));
        }
        seen.push(next);
        cur = next;
    }
}
