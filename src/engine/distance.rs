//! How many questions stand between each node and an outcome: the fewest and the most.
//!
//! Computed once per playbook. Questions count 1, info nodes and outcomes 0. A node from
//! which a loop can be entered has no upper bound.

use std::collections::VecDeque;

use crate::playbook::{NodeBody, NodeId, Playbook};

/// The questions left before an outcome, from some node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remaining {
    /// The fewest questions on any way to an outcome.
    pub min: u32,
    /// The most, or `None` when a loop makes it unbounded.
    pub max: Option<u32>,
}

impl Remaining {
    /// "2–5 questions left", "1 question left", "at least 3 questions left", or "outcome".
    pub fn describe(self) -> String {
        let unit = |n: u32| if n == 1 { "question" } else { "questions" };
        match self.max {
            _ if self.min == 0 && self.max == Some(0) => "outcome".to_string(),
            Some(max) if max == self.min => format!("{max} {} left", unit(max)),
            Some(max) => format!("{}–{max} {} left", self.min, unit(max)),
            None => format!("at least {} {} left", self.min, unit(self.min)),
        }
    }
}

impl Remaining {
    /// The compact form for narrow places: "2–5 left", "1 left", "3+ left", "end".
    pub fn short(self) -> String {
        match self.max {
            _ if self.min == 0 && self.max == Some(0) => "end".to_string(),
            Some(max) if max == self.min => format!("{max} left"),
            Some(max) => format!("{}–{max} left", self.min),
            None => format!("{}+ left", self.min),
        }
    }
}

/// Per-node distances to an outcome.
#[derive(Debug, Clone)]
pub struct Distances {
    min: Vec<Option<u32>>,
    max: Vec<Option<u32>>,
}

impl Distances {
    /// Computes distances for every node of `playbook`.
    pub fn compute(playbook: &Playbook) -> Self {
        Self {
            min: fewest(playbook),
            max: most(playbook),
        }
    }

    /// The questions left from `node`; `None` if no outcome can be reached from it.
    pub fn remaining(&self, node: NodeId) -> Option<Remaining> {
        let i = node.index();
        let min = (*self.min.get(i)?)?;
        let max = self.max.get(i).copied().flatten();
        Some(Remaining { min, max })
    }
}

fn weight(playbook: &Playbook, id: NodeId) -> u32 {
    u32::from(matches!(playbook.node(id).body, NodeBody::Question(_)))
}

/// Fewest questions to an outcome: a shortest-path search backwards from the outcomes
/// (0-1 breadth-first: entering an info node costs 0, a question 1), so each reference is
/// followed a bounded number of times.
fn fewest(playbook: &Playbook) -> Vec<Option<u32>> {
    let n = playbook.node_count();
    let mut preds: Vec<Vec<NodeId>> = vec![Vec::new(); n];
    for (id, node) in playbook.nodes() {
        for s in node.successors() {
            preds[s.index()].push(id);
        }
    }
    let mut min: Vec<Option<u32>> = vec![None; n];
    let mut queue = VecDeque::new();
    for (id, node) in playbook.nodes() {
        if matches!(node.body, NodeBody::Outcome(_)) {
            min[id.index()] = Some(0);
            queue.push_back((id, 0));
        }
    }
    while let Some((id, d)) = queue.pop_front() {
        if min[id.index()].is_some_and(|m| m < d) {
            continue;
        }
        for &p in &preds[id.index()] {
            let w = weight(playbook, p);
            let nd = d.saturating_add(w);
            if min[p.index()].is_none_or(|cur| nd < cur) {
                min[p.index()] = Some(nd);
                if w == 0 {
                    queue.push_front((p, nd));
                } else {
                    queue.push_back((p, nd));
                }
            }
        }
    }
    min
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    New,
    Open,
    Done,
}

/// Most questions to an outcome: a longest path by iterative depth-first search.
/// `None` where a loop is reachable (unbounded) or no outcome is.
fn most(playbook: &Playbook) -> Vec<Option<u32>> {
    let n = playbook.node_count();
    let mut mark = vec![Mark::New; n];
    let mut max: Vec<Option<u32>> = vec![None; n];
    let mut looped = vec![false; n];
    for (root, _) in playbook.nodes() {
        if mark[root.index()] != Mark::New {
            continue;
        }
        let mut stack = vec![(root, false)];
        while let Some((id, expanded)) = stack.pop() {
            let i = id.index();
            // An outcome ends the count even when it offers ways on.
            let node = playbook.node(id);
            let succ = if node.as_outcome().is_some() {
                Vec::new()
            } else {
                node.successors()
            };
            if expanded {
                mark[i] = Mark::Done;
                looped[i] = looped[i] || succ.iter().any(|s| looped[s.index()]);
                max[i] = if succ.is_empty() {
                    Some(0)
                } else if looped[i] {
                    None
                } else {
                    succ.iter()
                        .filter_map(|s| max[s.index()])
                        .max()
                        .map(|m| m.saturating_add(weight(playbook, id)))
                };
                continue;
            }
            if mark[i] != Mark::New {
                continue;
            }
            mark[i] = Mark::Open;
            stack.push((id, true));
            for s in succ {
                match mark[s.index()] {
                    Mark::New => stack.push((s, false)),
                    Mark::Open => looped[i] = true,
                    Mark::Done => {}
                }
            }
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    /// The old fixed-point relaxation, to check the backwards search against.
    fn fewest_by_relaxation(playbook: &Playbook) -> Vec<Option<u32>> {
        let mut min: Vec<Option<u32>> = playbook
            .nodes()
            .map(|(_, n)| matches!(n.body, NodeBody::Outcome(_)).then_some(0))
            .collect();
        let mut changed = true;
        while changed {
            changed = false;
            for (id, node) in playbook.nodes() {
                let best = node
                    .successors()
                    .iter()
                    .filter_map(|s| min[s.index()])
                    .min()
                    .map(|m| m + weight(playbook, id));
                if let Some(b) = best
                    && min[id.index()].is_none_or(|cur| b < cur)
                {
                    min[id.index()] = Some(b);
                    changed = true;
                }
            }
        }
        min
    }

    /// A playbook from a list of kinds (0 question, 1 info, 2 outcome) and extra targets:
    /// every question also leads to the node after it and every info node leads forward,
    /// and the last node is an outcome, so the checker accepts it; loops are allowed.
    fn playbook(kinds: &[u8], targets: &[usize]) -> Playbook {
        let n = kinds.len() + 1;
        let mut text = String::from(
            "format: breakglass/v1\nid: p\ntitle: P\nversion: \"1\"\nreviewed: 2026-01-01\n\
             start: n0\nnodes:\n",
        );
        let mut t = targets.iter().cycle();
        for (i, k) in kinds.iter().enumerate() {
            let _ = writeln!(text, "  n{i}:");
            match k % 3 {
                0 => {
                    let other = t.next().map_or(0, |x| x % n);
                    let _ = write!(
                        text,
                        "    question: Q?\n    options:\n      - {{id: a, label: A, next: n{}}}\n      \
                         - {{id: b, label: B, next: n{other}}}\n",
                        i + 1
                    );
                }
                1 => {
                    let forward = i + 1 + t.next().map_or(0, |x| x % (n - i - 1));
                    let _ = writeln!(text, "    info: I\n    next: n{forward}");
                }
                _ => text.push_str("    outcome: O\n    kind: escalate\n    steps: [{text: S}]\n"),
            }
        }
        let _ = writeln!(
            text,
            "  n{}:\n    outcome: O\n    kind: escalate\n    steps: [{{text: S}}]",
            n - 1
        );
        match crate::playbook::load_str(&text) {
            Ok(l) => l.playbook,
            Err(d) => panic!("{text}\n{d:#?}"),
        }
    }

    proptest::proptest! {
        #[test]
        fn backwards_search_equals_relaxation(
            kinds in proptest::collection::vec(0u8..3, 0..14),
            targets in proptest::collection::vec(0usize..100, 1..20),
        ) {
            let pb = playbook(&kinds, &targets);
            proptest::prop_assert_eq!(fewest(&pb), fewest_by_relaxation(&pb));
        }
    }

    #[test]
    fn a_long_chain_counts_every_question() {
        let pb = playbook(&[0; 3000], &[0]);
        let d = Distances::compute(&pb).remaining(pb.start()).unwrap();
        assert_eq!(
            (d.min, d.max),
            (3000, None),
            "every question also loops back to the start"
        );
    }
}
