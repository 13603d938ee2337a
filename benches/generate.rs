//! Generated playbooks for the benchmarks (`benches/speed`) and the hostile-size tests:
//! one full of dangling `next` references, a long valid chain, a wide valid tree, and a
//! chain whose every question also leads into its own loop. Built in memory, never
//! committed; `cargo bench --bench speed -- --write-playbook FILE` writes the 1 MiB tree
//! for `scripts/validate-vs-pyyaml.py`.
#![allow(dead_code)]

use std::fmt::Write as _;

/// The largest playbook the loader reads (1 MiB).
pub const MAX_BYTES: usize = 1 << 20;

fn header(start: &str) -> String {
    format!(
        "format: breakglass/v1\nid: generated\ntitle: Generated\nversion: \"1\"\n\
         reviewed: 2026-01-01\nstart: {start}\nnodes:\n"
    )
}

const OUTCOME: &str =
    "  done:\n    outcome: Done\n    kind: self-service\n    steps:\n      - text: Step one\n";

/// Questions whose two options both point to nodes that do not exist, up to `bytes`.
/// Returns the text and the number of dangling references.
pub fn dangling(bytes: usize) -> (String, usize) {
    let mut out = header("q0");
    let mut refs = 0;
    for i in 0.. {
        let node = format!(
            "  q{i}:\n    question: Question number {i}?\n    options:\n      - id: a\n        \
             label: Option A\n        next: missing-{i}-a\n      - id: b\n        \
             label: Option B\n        next: missing-{i}-b\n"
        );
        if out.len() + node.len() > bytes {
            break;
        }
        out.push_str(&node);
        refs += 2;
    }
    (out, refs)
}

fn question(out: &mut String, i: usize, a: &str, b: &str) {
    let _ = write!(
        out,
        "  q{i}:\n    question: Q{i}?\n    options:\n      - {{id: a, label: A, next: {a}}}\n      \
         - {{id: b, label: B, next: {b}}}\n"
    );
}

/// A valid chain of `n` questions, each of whose options leads to the next, then one
/// outcome: `n` questions on every way through.
pub fn chain(n: usize) -> String {
    let mut out = header("q0");
    for i in 0..n {
        let next = if i + 1 < n {
            format!("q{}", i + 1)
        } else {
            "done".to_string()
        };
        question(&mut out, i, &next, &next);
    }
    out.push_str(OUTCOME);
    out
}

/// A valid binary tree of `n` questions (q1 the root, q2i and q2i+1 its children), whose
/// leaves lead to one outcome.
pub fn tree(n: usize) -> String {
    let mut out = header("q1");
    let child = |c: usize| {
        if c <= n {
            format!("q{c}")
        } else {
            "done".to_string()
        }
    };
    for i in 1..=n {
        question(&mut out, i, &child(2 * i), &child(2 * i + 1));
    }
    out.push_str(OUTCOME);
    out
}

/// The largest [`tree`] that fits in `bytes`, to set next to [`dangling`] of that size.
pub fn tree_of_size(bytes: usize) -> String {
    // Each question is about 90 bytes; search down from an estimate.
    let mut n = bytes / 60;
    loop {
        let text = tree(n);
        if text.len() <= bytes || n == 0 {
            return text;
        }
        n = n * 19 / 20;
    }
}

/// A chain of `n` questions where each also offers a way into its own endless loop: `n`
/// dead ends, each found at the end of a long shortest path.
pub fn dead_ends(n: usize) -> String {
    let mut out = header("q0");
    for i in 0..n {
        let next = if i + 1 < n {
            format!("q{}", i + 1)
        } else {
            "done".to_string()
        };
        question(&mut out, i, &next, &format!("s{i}"));
        let _ = write!(out, "  s{i}:\n    info: Stuck {i}\n    next: s{i}\n");
    }
    out.push_str(OUTCOME);
    out
}
