//! How many questions stand between each node and an outcome: the fewest and the most.
//!
//! Computed once per playbook. Questions count 1, info nodes and outcomes 0. A node from
//! which a loop can be entered has no upper bound.

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

/// Fewest questions to an outcome, by relaxation until nothing changes.
fn fewest(playbook: &Playbook) -> Vec<Option<u32>> {
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
                .map(|m| m.saturating_add(weight(playbook, id)));
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
