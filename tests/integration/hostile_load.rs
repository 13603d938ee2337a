//! Issue 15, F4: loading stays linear. Generated playbooks at the 1 MiB limit, run through
//! the real binary (dev profile) under time limits that the old quadratic code missed by
//! minutes: many dangling references (`validate`, `list`, and walking the built-in with
//! the broken file among the user's playbooks), a 8,000-question chain, a wide tree and a
//! chain of dead ends.
//!
//! The limits are wide for a noisy two-core CI machine: each run takes about 1-3 s there.

#[path = "../../benches/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::common::{Run, exe, tempdir};

/// Runs the binary with `--config-dir config` and returns what it did. Fails the test if
/// it takes `limit_secs` or more, killing it then rather than waiting for a quadratic run.
fn timed(args: &[&str], config: &Path, limit_secs: u64) -> Run {
    use std::io::Read as _;
    let data = tempdir();
    let limit = Duration::from_secs(limit_secs);
    let start = Instant::now();
    let mut child = std::process::Command::new(exe())
        .arg("--config-dir")
        .arg(config)
        .arg("--data-dir")
        .arg(&data)
        .args(args)
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() >= limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`breakglass {}` did not finish within {limit_secs} s (loading must stay linear)",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!(
        "breakglass {}: {:?} (limit {limit_secs} s)",
        args.join(" "),
        start.elapsed()
    );
    Run {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// A scratch folder removed when the test ends, so the megabytes it holds do not pile up.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A config dir, and a file `name` holding `text` in a separate scratch folder.
fn file(name: &str, text: &str) -> (Scratch, PathBuf, PathBuf) {
    let dir = tempdir();
    let config = dir.join("cfg");
    std::fs::create_dir_all(&config).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    (Scratch(dir), config, path)
}

/// A config dir whose playbooks folder holds the 1 MiB dangling-reference playbook.
fn config_with_broken_playbook() -> (Scratch, PathBuf) {
    let (text, _) = generate::dangling(generate::MAX_BYTES);
    let config = tempdir();
    std::fs::create_dir_all(config.join("playbooks")).unwrap();
    std::fs::write(config.join("playbooks/broken.yaml"), text).unwrap();
    (Scratch(config.clone()), config)
}

#[test]
fn validate_of_a_1_mib_file_of_dangling_references_is_fast_and_short() {
    let (text, refs) = generate::dangling(generate::MAX_BYTES);
    assert!(
        text.len() > 1_000_000 && refs > 10_000,
        "{} {refs}",
        text.len()
    );
    let (_scratch, config, path) = file("dangling.yaml", &text);
    let run = timed(&["validate", path.to_str().unwrap()], &config, 20);
    run.code(1);
    run.stdout_has(&format!("dangling.yaml: {refs} errors, 1 warning"));
    // The first problems in full, then a count of the rest and how to see them all.
    run.stdout_has("× option `a` points to `missing-0-a`, but no node has that id");
    run.stdout_has(&format!(
        "… and {} more in {} ({} error(s), 1 warning(s)), not shown.",
        refs + 1 - 50,
        path.display(),
        refs - 50
    ));
    run.stdout_has("--format json");
    let shown = run.stdout.matches("playbook::dangling-next").count();
    assert_eq!(shown, 50, "{}", run.stdout);

    let json = timed(
        &["validate", "--format", "json", path.to_str().unwrap()],
        &config,
        20,
    );
    let v = json.json();
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), refs + 1, "JSON keeps every diagnostic");
}

#[test]
fn list_is_not_held_up_by_a_huge_broken_user_playbook() {
    let (_scratch, config) = config_with_broken_playbook();
    let run = timed(&["list"], &config, 15);
    run.code(0);
    run.stdout_has("entra-mfa-lockout");
    run.stdout_has("broken.yaml");
}

#[test]
fn the_built_in_playbook_is_not_held_up_by_a_huge_broken_user_playbook() {
    let (_scratch, config) = config_with_broken_playbook();
    let run = timed(&["walk"], &config, 15);
    // No answers: the walk stops at the first question.
    run.code(3);
    run.stdout_has("which-service");
    run.stderr_has("skipped your playbook");
    run.stderr_has("broken.yaml");
}

#[test]
fn an_eight_thousand_question_chain_validates_fast() {
    let text = generate::chain(8_000);
    let (_scratch, config, path) = file("chain.yaml", &text);
    let run = timed(
        &["validate", "--stats", path.to_str().unwrap()],
        &config,
        15,
    );
    run.code(0);
    run.stdout_has("8001 nodes: 8000 questions");
    run.stdout_has("shortest 8000, longest 8000");
}

#[test]
fn a_wide_tree_of_a_mebibyte_validates_fast() {
    let text = generate::tree_of_size(generate::MAX_BYTES);
    assert!(text.len() > 900_000, "{}", text.len());
    let (_scratch, config, path) = file("tree.yaml", &text);
    let run = timed(
        &["validate", "--stats", path.to_str().unwrap()],
        &config,
        15,
    );
    run.code(0);
    run.stdout_has("questions from the start to an outcome: shortest");
}

#[test]
fn thousands_of_dead_ends_deep_in_a_chain_are_reported_fast_and_briefly() {
    let text = generate::dead_ends(5_000);
    let (_scratch, config, path) = file("dead.yaml", &text);
    let run = timed(
        &["validate", "--format", "json", path.to_str().unwrap()],
        &config,
        15,
    );
    run.code(1);
    let v = run.json();
    let dead: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "playbook::dead-end")
        .map(|d| d["help"].as_str().unwrap())
        .collect();
    assert_eq!(dead.len(), 5_000);
    // Short paths in full; a long one keeps its start and end around a count.
    assert!(
        dead.contains(
            &"stuck path: q0 → q1 → s1 → s1 (loops); give it a way out that ends at an outcome"
        ),
        "{:?}",
        &dead[..3]
    );
    let last = dead.iter().find(|h| h.contains("s4999")).unwrap();
    assert!(
        last.starts_with("stuck path: q0 → q1 → ")
            && last.contains(" → … (4978 more) … → ")
            && last.ends_with(
                "q4999 → s4999 → s4999 (loops); give it a way out that ends at an outcome"
            ),
        "{last}"
    );
    assert!(last.len() < 400, "{last}");
}

/// A long checklist named whole by thousands of outcomes would take memory in proportion to
/// outcomes × items (4,000 × 4,000 took 164 MB); past a bound it is an error instead.
#[test]
fn a_long_checklist_named_by_thousands_of_outcomes_is_refused_not_expanded() {
    use std::fmt::Write as _;
    let mut text = String::from(
        "format: breakglass/v1\nid: wide-lists\ntitle: Wide lists\nversion: \"1\"\n\
         reviewed: 2026-11-01\nstart: q\nsources:\n  s:\n    title: S\n    \
         url: https://example.com/s\nchecklists:\n  c:\n    title: C\n    items:\n",
    );
    for i in 0..4000 {
        let _ = writeln!(text, "      - id: i{i}\n        text: Item {i}");
    }
    text.push_str(
        "nodes:\n  q:\n    question: Q?\n    options:\n      - id: a\n        label: A\n        \
         next: out0\n      - id: b\n        label: B\n        next: out1\n",
    );
    for k in 0..4000 {
        let _ = writeln!(
            text,
            "  out{k}:\n    outcome: Out {k}\n    kind: self-service\n    sources: [s]\n    \
             steps:\n      - text: Do it\n    checklists: [c]"
        );
    }
    let (_scratch, config, path) = file("wide-lists.yaml", &text);
    let run = timed(&["validate", path.to_str().unwrap()], &config, 15);
    run.code(1);
    run.stdout_has("playbook::too-many-checklist-items");
    run.stdout_has("more than 100000 checklist items in all");
}
