//! The fuzz targets' properties on stable Rust, with proptest: the checks in
//! `fuzz/src/lib.rs` (included below, so both run the same code) on generated playbooks,
//! mutated playbook, drill and session files, any path-code string, walks of random
//! choices, and markup wrapped at random widths.
//!
//! A few dozen cases per property by default, so `cargo test` stays quick. For the long
//! run set `BREAKGLASS_PROPTEST_CASES` (docs/fuzzing.md), e.g.
//! `BREAKGLASS_PROPTEST_CASES=100000 cargo test --release --test integration fuzz_props`.

#[path = "../../fuzz/src/lib.rs"]
mod checks;

use std::fmt::Write as _;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};

/// Cases per property: `BREAKGLASS_PROPTEST_CASES`, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("BREAKGLASS_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn config(default: u32) -> Config {
    Config {
        cases: cases(default),
        // Mutated 90 KB playbooks shrink slowly; a short minimal example is not worth it.
        max_shrink_iters: 256,
        ..Config::default()
    }
}

fn verdict(v: checks::Verdict) -> Result<(), TestCaseError> {
    v.map_err(TestCaseError::fail)
}

fn seed(target: &str, name: &str) -> String {
    let path = format!("{}/fuzz/seeds/{target}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Seed files of one fuzz target (UTF-8 ones only), with their names.
fn seeds(target: &str) -> Vec<(String, String)> {
    let dir = format!("{}/fuzz/seeds/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), text))
        })
        .collect();
    out.sort();
    out
}

// ---- Generated playbooks: small random graphs, most of them valid ----

/// Where an edge goes: a node by index, or (past the last node) a name no node has.
#[derive(Debug, Clone)]
enum GenNode {
    Question(Vec<usize>),
    Info(usize),
    Outcome(u8),
}

fn gen_playbook() -> impl Strategy<Value = String> {
    (1usize..14).prop_flat_map(|n| {
        let target = 0..=n; // n is a dangling reference
        let node = prop_oneof![
            4 => prop::collection::vec(target.clone(), 1..5).prop_map(GenNode::Question),
            1 => target.prop_map(GenNode::Info),
            3 => (0u8..6).prop_map(GenNode::Outcome),
        ];
        (prop::collection::vec(node, n), 0..n).prop_map(|(nodes, start)| render(&nodes, start))
    })
}

/// A playbook in the v1 format from a generated graph.
fn render(nodes: &[GenNode], start: usize) -> String {
    let name = |i: &usize| {
        if *i < nodes.len() {
            format!("n{i}")
        } else {
            "nowhere".to_string()
        }
    };
    let mut y = format!(
        "format: breakglass/v1\nid: generated\ntitle: Generated\nversion: \"1\"\n\
         reviewed: 2026-01-01\nstart: n{start}\nsources:\n  s:\n    title: S\n    \
         url: https://example.com/s\nchecklists:\n  c:\n    title: C\n    items:\n      \
         - id: a\n        text: Do A\n      - id: b\n        text: Do B\nnodes:\n"
    );
    for (i, node) in nodes.iter().enumerate() {
        match node {
            GenNode::Question(next) => {
                let _ = write!(y, "  n{i}:\n    question: Question {i}?\n    options:\n");
                for (k, t) in next.iter().enumerate() {
                    let _ = write!(
                        y,
                        "      - id: o{k}\n        label: Option {k}\n        next: {}\n",
                        name(t)
                    );
                }
            }
            GenNode::Info(t) => {
                let _ = write!(y, "  n{i}:\n    info: Note {i}\n    next: {}\n", name(t));
            }
            GenNode::Outcome(flavour) => {
                let kind = ["self-service", "escalate", "prevent"][usize::from(flavour % 3)];
                let lists = ["", "    checklists: [c]\n", "    checklists: [c/b]\n"]
                    [usize::from(flavour / 2 % 3)];
                let _ = write!(
                    y,
                    "  n{i}:\n    outcome: Outcome {i}\n    kind: {kind}\n    steps:\n      \
                     - text: Step.\n        sources: [s]\n{lists}"
                );
            }
        }
    }
    y
}

// ---- Mutations of real files ----

/// One edit of a text file.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Replace a value after `: ` on a line with one of the nasty values.
    SetValue(usize, usize),
    Insert(usize, usize),
    Truncate(usize),
}

/// Values that break things: escapes, bidi, C1, YAML syntax, references, numbers.
const NASTY: &[&str] = &[
    "",
    "\"n1\\e[2J\\e]52;c;cHduZWQ=\\a\"",
    "n1\u{1b}[2J",
    "done-\u{202e}tfel",
    "q2\u{9b}2J",
    "*anchor",
    "&anchor x",
    "!include x",
    "[a, [b, [c]]]",
    "{a: 1}",
    "~",
    "-1",
    "18446744073709551616",
    "q1",
    "q3",
    "done-left",
    "note",
    "nowhere",
    "\"\"",
    "'",
    "\"",
    "|",
    "\u{200b}",
    "a=b",
    "q1=left",
];

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        1 => any::<usize>().prop_map(Edit::DeleteLine),
        1 => any::<usize>().prop_map(Edit::DuplicateLine),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        4 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SetValue(a, b)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        1 => any::<usize>().prop_map(Edit::Truncate),
    ];
    prop::collection::vec(edit, 1..5)
}

fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for edit in edits {
        let len = lines.len().max(1);
        match *edit {
            Edit::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % len);
            }
            Edit::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % len].clone();
                lines.insert(i % len, line);
            }
            Edit::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % len, b % len),
            Edit::SetValue(i, v) if !lines.is_empty() => {
                let line = &mut lines[i % len];
                if let Some(at) = line.find(": ") {
                    line.truncate(at + 2);
                    line.push_str(NASTY[v % NASTY.len()]);
                }
            }
            Edit::Insert(i, v) => {
                let at = i % (lines.len() + 1);
                lines.insert(at, format!("  x{v}: {}", NASTY[v % NASTY.len()]));
            }
            Edit::Truncate(i) => lines.truncate(i % len),
            _ => {}
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

proptest! {
    #![proptest_config(config(48))]

    /// (a) A generated playbook loads or is refused with an error; if it loads, every
    /// option of every reachable node can be taken, codes round-trip and saves resume.
    #[test]
    fn generated_playbooks_are_valid_only_if_walkable(text in gen_playbook()) {
        verdict(checks::playbook_text(&text))?;
    }

    /// (a) The same for generated playbooks with a few lines broken.
    #[test]
    fn mutated_generated_playbooks(text in gen_playbook(), e in edits()) {
        verdict(checks::playbook_text(&mutate(&text, &e)))?;
    }
}

proptest! {
    #![proptest_config(config(24))]

    /// (a) Mutations of the seed playbooks: built-in, fixtures and hostile files.
    #[test]
    fn mutated_seed_playbooks(pick in any::<usize>(), e in edits()) {
        let all = seeds("playbook");
        let (_, text) = &all[pick % all.len()];
        verdict(checks::playbook_text(&mutate(text, &e)))?;
    }

    /// (b) Mutations of the seed drills, some checked against a playbook of their own.
    #[test]
    fn mutated_seed_drills(pick in any::<usize>(), e in edits()) {
        let all = seeds("drill");
        let (_, text) = &all[pick % all.len()];
        verdict(checks::drill_text(&mutate(text, &e)))?;
    }

    /// (c) Session and drill-run files with edited events, ids and values.
    #[test]
    fn mutated_seed_sessions(pick in any::<usize>(), e in edits()) {
        let all = seeds("session");
        let (_, text) = &all[pick % all.len()];
        verdict(checks::session_bytes(mutate(text, &e).as_bytes()))?;
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// (c) Any bytes as a session file.
    #[test]
    fn any_bytes_as_a_session(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        verdict(checks::session_bytes(&bytes))?;
    }

    /// (d) Any string as a path code, and strings of code characters.
    #[test]
    fn any_string_as_a_path_code(
        code in prop_oneof!["\\PC{0,40}", "[0-9A-Za-z \\-]{0,40}", "[0-9A-Z]{4,12}"],
    ) {
        let pb = checks::builtin_playbook().ok_or_else(|| TestCaseError::fail("no built-in"))?;
        verdict(checks::pathcode_string(&code, pb))?;
    }

    /// (d) Every position of a random walk has a code that opens it again, however it is
    /// typed, and every single mistyped character is caught.
    #[test]
    fn path_codes_round_trip(choices in prop::collection::vec(any::<u8>(), 0..40)) {
        let pb = checks::builtin_playbook().ok_or_else(|| TestCaseError::fail("no built-in"))?;
        verdict(checks::pathcode_round_trip(&choices, pb))?;
        let small = breakglass::playbook::load_str(&seed("playbook", "small.yaml"))
            .map_err(|d| TestCaseError::fail(format!("{d:?}")))?
            .playbook;
        verdict(checks::pathcode_round_trip(&choices, &small))?;
    }

    /// (e) Markup and wrapping at random widths: no line too wide, no character lost.
    #[test]
    fn markup_wraps_within_the_width(
        text in prop_oneof![
            "[a-z \\n*`\\-1.]{0,200}",
            "[a-z日本語\u{a0}\u{202f}\u{301}\u{200b}\u{ad} \\t\\n*`]{0,120}",
            "\\PC{0,120}",
            ".{0,80}",
        ],
        width in 0usize..100,
    ) {
        verdict(checks::markup_wrap(&text, width))?;
    }
}

/// Every committed seed passes its target's checks (the seeds themselves are inputs CI
/// fuzzes from, so they must not be findings).
#[test]
fn every_seed_passes_its_checks() {
    for (name, text) in seeds("playbook") {
        checks::playbook_text(&text).unwrap_or_else(|e| panic!("playbook seed {name}: {e}"));
    }
    for (name, text) in seeds("drill") {
        checks::drill_text(&text).unwrap_or_else(|e| panic!("drill seed {name}: {e}"));
    }
    for (name, text) in seeds("session") {
        checks::session_bytes(text.as_bytes())
            .unwrap_or_else(|e| panic!("session seed {name}: {e}"));
    }
}

/// The drill seed with its own playbook loads: the separator and resolver work, so the
/// drill target really checks drills against fuzzed playbooks.
#[test]
fn a_drill_checks_against_its_own_playbook() {
    let text = seed("drill", "hostile-small-with-playbook.yaml");
    let (drill, playbook) = text
        .split_once(checks::DRILL_PLAYBOOK_SEPARATOR)
        .expect("separator");
    let pb = breakglass::playbook::load_str(playbook)
        .expect("small loads")
        .playbook;
    let resolve = |id: &str| (id == pb.id).then(|| pb.clone());
    let loaded = breakglass::drill::load_str(
        drill,
        &resolve,
        &breakglass::playbook::CheckOptions::default(),
    );
    assert!(loaded.is_ok(), "{loaded:?}");
    checks::drill_text(&text).unwrap();
}
