//! Loader errors: every problem names its line and column, the size limit holds, and the
//! rendered diagnostics (miette) show the file, the line and a help line.

use crate::common::fixture_path;
use breakglass::diagnostics;
use breakglass::playbook::{Diagnostic, Severity, load_str};

fn errors_of(name: &str) -> (String, Vec<Diagnostic>) {
    let text = std::fs::read_to_string(fixture_path(&format!("invalid/{name}"))).unwrap();
    let diags = load_str(&text).expect_err("the fixture must not load");
    (text, diags)
}

fn line_col(d: &Diagnostic) -> (u64, u64) {
    let p = d.pos.expect("a position");
    (p.line, p.col)
}

fn rendered(name: &str) -> String {
    let (text, diags) = errors_of(name);
    diagnostics::render(
        &format!("tests/fixtures/invalid/{name}"),
        &text,
        &diags,
        false,
    )
}

#[test]
fn a_typo_in_a_field_is_reported_at_the_field() {
    let (_, d) = errors_of("typo-field.yaml");
    assert_eq!(d.len(), 1);
    assert!(
        d[0].message.contains("unknown field `nxet`"),
        "{}",
        d[0].message
    );
    assert!(
        d[0].message.contains("next"),
        "lists the allowed fields: {}",
        d[0].message
    );
    assert_eq!(line_col(&d[0]), (17, 9));
    insta::assert_snapshot!(rendered("typo-field.yaml"));
}

#[test]
fn a_duplicate_key_is_reported_at_the_second_one() {
    let (_, d) = errors_of("duplicate-key.yaml");
    assert_eq!(d.len(), 1);
    assert!(d[0].message.contains("duplicate"), "{}", d[0].message);
    assert_eq!(line_col(&d[0]), (27, 3));
    insta::assert_snapshot!(rendered("duplicate-key.yaml"));
}

#[test]
fn a_dangling_next_is_reported_at_the_value_with_a_suggestion() {
    let (_, d) = errors_of("dangling-next.yaml");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "playbook::dangling-next");
    assert_eq!(line_col(&d[0]), (17, 15));
    assert!(
        d[0].help
            .as_deref()
            .unwrap()
            .contains("did you mean `done`")
    );
    insta::assert_snapshot!(rendered("dangling-next.yaml"));
}

#[test]
fn a_missing_start_is_an_error_with_a_position() {
    let (_, d) = errors_of("missing-start.yaml");
    assert_eq!(d.len(), 1);
    assert!(
        d[0].message.contains("missing field `start`"),
        "{}",
        d[0].message
    );
    assert!(d[0].pos.is_some_and(|p| p.line > 0));
}

#[test]
fn a_wrong_type_is_reported_at_the_value() {
    let (_, d) = errors_of("wrong-type.yaml");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].message, "expected a list here");
    assert_eq!(line_col(&d[0]), (14, 14));
}

#[test]
fn every_semantic_problem_is_reported_at_once_errors_first() {
    let (_, d) = errors_of("many-problems.yaml");
    let codes: Vec<(&str, Severity, (u64, u64))> = d
        .iter()
        .map(|d| (d.code, d.severity, line_col(d)))
        .collect();
    assert_eq!(
        codes,
        [
            ("playbook::id-syntax", Severity::Error, (2, 5)),
            ("playbook::reviewed-date", Severity::Error, (5, 11)),
            ("playbook::dangling-next", Severity::Error, (6, 8)),
            ("playbook::source-url", Severity::Error, (13, 10)),
            ("playbook::too-few-options", Severity::Error, (18, 7)),
            ("playbook::outcome-kind", Severity::Error, (22, 14)),
            ("playbook::control-char", Severity::Error, (24, 15)),
            ("playbook::unknown-source", Severity::Error, (25, 19)),
            // `usde` is a typo for `used`, so `used` is uncited too.
            ("playbook::unused-source", Severity::Warning, (8, 3)),
            ("playbook::unused-source", Severity::Warning, (11, 3)),
        ]
    );
    insta::assert_snapshot!(rendered("many-problems.yaml"));
}

#[test]
fn a_file_over_one_mebibyte_is_refused_with_a_clear_message() {
    let mut text = String::from("format: breakglass/v1\n# ");
    text.push_str(&"x".repeat(2 << 20));
    let d = load_str(&text).unwrap_err();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "playbook::too-large");
    assert!(d[0].message.contains("1 MiB"), "{}", d[0].message);
    assert!(d[0].pos.is_none());
}

#[test]
fn an_empty_file_says_so() {
    let d = load_str("").unwrap_err();
    assert_eq!(d[0].message, "the file is empty");
}

#[test]
fn a_node_of_two_kinds_or_none_is_an_error() {
    let base = std::fs::read_to_string(fixture_path("small.yaml")).unwrap();
    let two = base.replace(
        "  q2:\n    question: Second?\n",
        "  q2:\n    question: Second?\n    outcome: Also an outcome\n",
    );
    let d = load_str(&two).unwrap_err();
    assert!(
        d.iter()
            .any(|d| d.code == "playbook::node-kind" && d.message.contains("at once")),
        "{d:#?}"
    );
    let misplaced = base.replace(
        "    info: A note\n",
        "    info: A note\n    kind: prevent\n",
    );
    let d = load_str(&misplaced).unwrap_err();
    assert!(
        d.iter().any(|d| d.code == "playbook::misplaced-field"),
        "{d:#?}"
    );
}
