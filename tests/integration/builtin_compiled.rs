//! Issue 13: the built-in playbooks are checked at build time and embedded compiled. The
//! compiled form is the YAML's checked playbook, byte for byte; a broken playbook or drill
//! fails the function `build.rs` runs on every file in `playbooks/`, with `file:line:col`
//! diagnostics (the build itself then stops: see docs/performance.md for that check).

use breakglass::catalog::Catalog;
use breakglass::drill;
use breakglass::playbook::builtin::BUILTINS;
use breakglass::playbook::{compiled, load_str};

use super::common::fixture_path;

#[test]
fn every_builtin_is_embedded_as_its_checked_yaml() {
    assert!(!BUILTINS.is_empty());
    for b in BUILTINS {
        let from_yaml = load_str(b.text).expect("a built-in loads").playbook;
        let bytes = compiled::to_bytes(&from_yaml).expect("it encodes");
        assert!(bytes == b.compiled, "{} is embedded as built", b.path);
        let back = compiled::from_bytes(b.compiled).expect("the embedded form decodes");
        assert_eq!(back.hash, from_yaml.hash);
        assert_eq!(back.node_count(), from_yaml.node_count());
        for (id, node) in from_yaml.nodes() {
            assert_eq!(
                back.find(&node.id),
                Some(id),
                "{} finds {}",
                b.path,
                node.id
            );
        }
    }
}

#[test]
fn the_catalog_opens_the_compiled_builtin() {
    let found = Catalog::builtin_only()
        .open(None)
        .expect("the default opens");
    let b = &BUILTINS[0];
    assert_eq!(
        found.playbook.hash,
        load_str(&found.text).unwrap().playbook.hash
    );
    assert!(found.warnings.is_empty() || b.warned);
}

#[test]
fn a_broken_copy_of_the_builtin_fails_with_file_line_col() {
    let b = &BUILTINS[0];
    let line = 1 + b
        .text
        .lines()
        .position(|l| l.starts_with("start:"))
        .expect("a start line");
    let broken: String = b
        .text
        .lines()
        .map(|l| {
            if l.starts_with("start:") {
                "start: nowhere"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let report = compiled::compile(b.path, &broken).expect_err("a broken copy must fail");
    let at = format!("{}:{line}:8: error[", b.path);
    assert!(report.contains(&at), "{report}");
    assert!(report.contains("nowhere"), "{report}");
    assert!(report.trim_end().ends_with("error(s)"), "{report}");
}

#[test]
fn a_broken_playbook_fails_with_every_diagnostic() {
    let text = std::fs::read_to_string(fixture_path("invalid/dangling-next.yaml")).unwrap();
    let report = compiled::compile("playbooks/x.yaml", &text).expect_err("it must fail");
    assert!(
        report.contains("playbooks/x.yaml:17:15: error[playbook::dangling-next]"),
        "{report}"
    );
}

#[test]
fn a_broken_drill_fails_with_file_line_col() {
    let text =
        std::fs::read_to_string(fixture_path("drills-invalid/unknown-outcome.yaml")).unwrap();
    let report = drill::compile("playbooks/drills/x.yaml", &text, &drill::builtin_playbooks)
        .expect_err("it must fail");
    assert!(
        report.contains("playbooks/drills/x.yaml:9:12: error["),
        "{report}"
    );
    for b in drill::builtin::BUILTIN_DRILLS {
        assert!(
            drill::compile(b.path, b.text, &drill::builtin_playbooks).is_ok(),
            "{} passes",
            b.path
        );
    }
}
