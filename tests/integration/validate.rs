//! `validate`: an invalid fixture per check, each reported at its line and column with a
//! snapshot of the rendered diagnostics; exit codes, --deny-warnings, --format json and
//! --stats through the real binary; the built-in playbooks validate with no warnings.

use crate::common::{fixture_path, run};
use breakglass::playbook::CheckOptions;
use breakglass::validate::{self, FileReport};

/// A fixed "today" so review-age warnings do not drift with the calendar.
const TODAY: &str = "2026-11-28";

fn report(name: &str) -> FileReport {
    let path = fixture_path(&format!("invalid/{name}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap();
    let options = CheckOptions {
        today: Some(TODAY.into()),
        max_age_days: Some(180),
    };
    FileReport::of(
        &format!("tests/fixtures/invalid/{name}.yaml"),
        text,
        &options,
    )
}

/// (fixture, code of its one problem, is it an error, line, column)
const CHECKS: &[(&str, &str, bool, u64, u64)] = &[
    ("bad-syntax", "playbook::yaml", true, 4, 10),
    ("typo-field", "playbook::yaml", true, 17, 9),
    ("wrong-type", "playbook::yaml", true, 14, 14),
    ("duplicate-key", "playbook::yaml", true, 27, 3),
    ("missing-start", "playbook::yaml", true, 10, 1),
    ("wrong-format", "playbook::format", true, 1, 9),
    ("dangling-next", "playbook::dangling-next", true, 17, 15),
    ("dangling-start", "playbook::dangling-next", true, 6, 8),
    ("unreachable", "playbook::unreachable", false, 28, 3),
    ("dead-end-loop", "playbook::dead-end", true, 28, 3),
    ("too-few-options", "playbook::too-few-options", true, 22, 7),
    (
        "duplicate-option",
        "playbook::duplicate-option",
        true,
        25,
        13,
    ),
    (
        "info-without-next",
        "playbook::info-without-next",
        true,
        29,
        11,
    ),
    ("two-kinds", "playbook::node-kind", true, 21, 14),
    ("no-kind", "playbook::node-kind", true, 28, 3),
    ("misplaced-field", "playbook::misplaced-field", true, 21, 11),
    (
        "unknown-checklist",
        "playbook::unknown-checklist",
        true,
        34,
        18,
    ),
    (
        "unknown-checklist-item",
        "playbook::unknown-checklist-item",
        true,
        34,
        18,
    ),
    ("unknown-source", "playbook::unknown-source", true, 33, 19),
    ("unused-source", "playbook::unused-source", false, 11, 3),
    (
        "outcome-without-source",
        "playbook::outcome-without-source",
        false,
        29,
        14,
    ),
    ("stale-review", "playbook::stale-review", false, 5, 11),
    ("bad-date", "playbook::reviewed-date", true, 5, 11),
    ("bad-id", "playbook::id-syntax", true, 28, 3),
    ("bad-url", "playbook::source-url", true, 10, 10),
    ("empty-text", "playbook::empty-text", true, 26, 16),
    ("control-char", "playbook::control-char", true, 26, 16),
    ("asks-for-secret", "playbook::asks-for-secret", true, 32, 15),
    (
        "secret-in-script",
        "playbook::asks-for-secret",
        true,
        33,
        14,
    ),
    ("say-two-lines", "playbook::say-not-one-line", true, 28, 11),
];

#[test]
fn every_check_reports_its_problem_at_its_line_and_column() {
    for &(name, code, error, line, col) in CHECKS {
        let r = report(name);
        assert_eq!(r.diagnostics.len(), 1, "{name}: {:#?}", r.diagnostics);
        let d = &r.diagnostics[0];
        assert_eq!(d.code, code, "{name}");
        assert_eq!(
            d.severity == breakglass::playbook::Severity::Error,
            error,
            "{name}"
        );
        let p = d.pos.unwrap_or_else(|| panic!("{name}: no position"));
        assert_eq!((p.line, p.col), (line, col), "{name}: {}", d.message);
        assert!(d.help.is_some(), "{name}: no help line");
        let rendered = validate::to_text(std::slice::from_ref(&r), false, false, false);
        assert!(
            rendered.contains(&format!("{name}.yaml:{line}:{col}")),
            "{name}:\n{rendered}"
        );
        insta::assert_snapshot!(name, rendered);
    }
}

#[test]
fn every_fixture_in_the_invalid_folder_is_covered() {
    let dir = fixture_path("invalid");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let covered: Vec<&str> = CHECKS
        .iter()
        .map(|c| c.0)
        .chain(["many-problems"])
        .collect();
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !covered.contains(&n.as_str()))
        .collect();
    assert!(missing.is_empty(), "fixtures without a check: {missing:?}");
}

#[test]
fn validate_exits_1_on_errors_and_0_on_warnings_only() {
    let broken = fixture_path("invalid/dangling-next.yaml");
    let warned = fixture_path("invalid/unused-source.yaml");
    run(&["validate", broken.to_str().unwrap()])
        .code(1)
        .stdout_has("dangling-next.yaml:17:15")
        .stdout_has("1 error, 0 warnings");
    run(&["validate", warned.to_str().unwrap(), "--max-age", "36500"])
        .code(0)
        .stdout_has("ok, 1 warning");
    run(&[
        "validate",
        warned.to_str().unwrap(),
        "--max-age",
        "36500",
        "--deny-warnings",
    ])
    .code(1)
    .stdout_has("1 error, 0 warnings");
}

#[test]
fn validate_reports_every_file_and_a_total() {
    let a = fixture_path("invalid/dangling-next.yaml");
    let b = fixture_path("small.yaml");
    run(&[
        "validate",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--max-age",
        "36500",
    ])
    .code(1)
    .stdout_has("small.yaml: ok")
    .stdout_has("Checked 2 files: 1 with errors.");
}

#[test]
fn validate_json_is_machine_readable() {
    let a = fixture_path("invalid/many-problems.yaml");
    let r = run(&["validate", "--format", "json", a.to_str().unwrap()]);
    r.code(1);
    let json = r.json();
    assert_eq!(json["format"], "breakglass-validate/1");
    assert_eq!(json["ok"], false);
    assert_eq!(json["errors"], 8);
    let first = &json["files"][0]["diagnostics"][0];
    assert_eq!(first["code"], "playbook::id-syntax");
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 5);
    assert_eq!(first["severity"], "error");
}

#[test]
fn validate_stats_counts_the_tree() {
    let small = fixture_path("small.yaml");
    run(&[
        "validate",
        "--stats",
        "--max-age",
        "36500",
        small.to_str().unwrap(),
    ])
    .code(0)
    .stdout_has("6 nodes: 3 questions (7 options), 2 outcomes, 1 notes; 1 sources, 1 checklists")
    .stdout_has("shortest 1, longest 3")
    .stdout_has("outcomes by kind: self-service 1, escalate 1");
    let looped = fixture_path("loop.yaml");
    run(&[
        "validate",
        "--stats",
        "--max-age",
        "36500",
        looped.to_str().unwrap(),
    ])
    .code(0)
    .stdout_has("longest unbounded (a loop)");
}

#[test]
fn the_builtin_playbooks_validate_with_no_warnings() {
    // A generous age limit: this test is about content, not the calendar. The review age
    // of the built-ins is checked by `breakglass validate` itself, which warns after 180 days.
    let r = run(&["validate", "--format", "json", "--max-age", "36500"]);
    r.code(0);
    let json = r.json();
    assert_eq!(json["errors"], 0, "{json:#}");
    assert_eq!(json["warnings"], 0, "{json:#}");
    assert!(!json["files"].as_array().unwrap().is_empty());
}

#[test]
fn validate_takes_ids_too() {
    run(&["validate", "entra-mfa-lockout", "--max-age", "36500"])
        .code(0)
        .stdout_has("playbooks/entra-mfa-lockout.yaml (built in): ok");
    run(&["validate", "no-such-id"])
        .code(2)
        .stderr_has("no playbook is called `no-such-id`");
}
