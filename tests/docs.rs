//! The README stays true: every key in the keymap is documented, and the `walk` example of
//! the founding case reaches the Data Protection outcome.

mod common;

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
    let pb = common::builtin_playbook();
    let answers = walk::parse_answers(&pb, &raw).unwrap();
    let walked = walk::walk(pb, &answers).unwrap();
    assert_eq!(walked.session.node().id, "tenant-lockout");
}
