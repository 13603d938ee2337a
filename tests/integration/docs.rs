//! The README stays true: every key in the keymap is documented, and the `walk` example of
//! the founding case reaches the Data Protection outcome.

use breakglass::tui::keymap::KEYMAP;
use breakglass::walk;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn every_key_in_the_keymap_is_in_the_readme() {
    let text = readme();
    let missing: Vec<&str> = KEYMAP
        .iter()
        .map(|b| b.label)
        .filter(|label| !text.contains(&format!("`{label}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from README.md: {missing:?}"
    );
}

#[test]
fn the_readme_founding_example_reaches_the_data_protection_outcome() {
    let text = readme();
    let raw: Vec<String> = text
        .split("--answer ")
        .skip(1)
        .map(|rest| rest.split_whitespace().next().unwrap().to_string())
        .filter(|a| a.contains('=') && !a.contains('<') && !a.starts_with("NODE"))
        .collect();
    assert_eq!(raw.len(), 8, "{raw:?}");
    let pb = crate::common::builtin_playbook();
    let answers = walk::parse_answers(&pb, &raw).unwrap();
    let walked = walk::walk(pb, &answers).unwrap();
    assert_eq!(walked.session.node().id, "tenant-lockout");
}

#[test]
fn the_format_guide_example_validates_with_no_warnings() {
    let guide = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/playbook-format.md"
    ))
    .unwrap();
    let after = guide.split("## A complete example").nth(1).unwrap();
    let example = after
        .split("```yaml\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let options = breakglass::playbook::CheckOptions {
        today: Some("2026-11-28".into()),
        max_age_days: Some(180),
    };
    let loaded = breakglass::playbook::load_str_with(example, &options)
        .unwrap_or_else(|d| panic!("the guide's example does not load: {d:#?}"));
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    assert_eq!(loaded.playbook.id, "contoso-admin-lockout");
    // And the real binary agrees.
    let dir = crate::common::tempdir();
    let path = dir.join("example.yaml");
    std::fs::write(&path, example).unwrap();
    crate::common::run(&["validate", path.to_str().unwrap(), "--max-age", "36500"])
        .code(0)
        .stdout_has("example.yaml: ok");
}

#[test]
fn the_readme_path_codes_open_the_founding_outcome() {
    let text = readme();
    let codes: Vec<&str> = text
        .split("--at ")
        .skip(1)
        .map(|rest| rest.split_whitespace().next().unwrap())
        .filter(|c| *c != "CODE")
        .collect();
    assert!(codes.len() >= 2, "{codes:?}");
    let pb = crate::common::builtin_playbook();
    for code in codes {
        let answers = breakglass::engine::pathcode::decode(code, &pb).unwrap_or_else(|e| {
            panic!(
                "README code {code}: {e}. The playbook changed: run the founding `walk` example \
                 and copy its `Path code` into README.md"
            )
        });
        let walked = walk::walk(pb.clone(), &answers).unwrap();
        assert_eq!(walked.session.node().id, "tenant-lockout", "{code}");
    }
}

#[test]
fn the_drill_format_guide_examples_load_with_no_warnings() {
    let guide =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/drill-format.md"))
            .unwrap();
    let examples: Vec<&str> = guide
        .split("```yaml\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert_eq!(examples.len(), 2);
    let options = breakglass::playbook::CheckOptions {
        today: Some("2026-11-28".into()),
        max_age_days: Some(180),
    };
    for (example, kind) in examples.iter().zip(["tabletop", "validation"]) {
        let loaded =
            breakglass::drill::load_str(example, &breakglass::drill::builtin_playbooks, &options)
                .unwrap_or_else(|d| panic!("a guide example does not load: {d:#?}"));
        assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
        assert_eq!(loaded.drill.kind_name(), kind);
    }
}

#[test]
fn the_readme_counts_the_builtin_outcomes_right() {
    let outcomes = crate::common::builtin_playbook()
        .nodes()
        .filter(|(_, n)| n.as_outcome().is_some())
        .count();
    let claim = format!("{outcomes} outcomes:");
    assert!(
        readme().replace('\n', " ").contains(&claim),
        "README.md should say {claim:?}"
    );
}
