//! Hostile playbook text through the real binary: invisible formatting characters
//! (zero-width space, direction marks, ...) and YAML application tags such as `!include`
//! are refused by `validate` at their line and column, with a help line.

use crate::common::{fixture_path, run, tempdir};

/// The small fixture with `from` (on one line) replaced by `to`, written to a temp file.
fn variant(from: &str, to: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(fixture_path("small.yaml")).unwrap();
    assert!(text.contains(from), "{from:?} not in the fixture");
    let path = tempdir().join("hostile.yaml");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn invisible_characters_in_text_are_refused() {
    for c in [
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{2028}', '\u{2029}',
        '\u{2060}', '\u{2064}', '\u{FEFF}', '\u{061C}',
    ] {
        let path = variant("label: Left", &format!("label: Le{c}ft"));
        let out = run(&["validate", path.to_str().unwrap()]);
        out.code(1);
        let all = format!("{}{}", out.stdout, out.stderr);
        let hex = format!("U+{:04X}", u32::from(c));
        assert!(all.contains(&hex), "{hex} not named:\n{all}");
        assert!(all.contains("invisible"), "{hex}:\n{all}");
        assert!(all.contains(":26:"), "{hex} has no line 26:\n{all}");
    }
}

#[test]
fn an_include_tag_is_an_error_at_its_position() {
    let path = variant("next: q2", "next: !include other.yaml");
    let out = run(&["validate", path.to_str().unwrap()]);
    out.code(1);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("`!include`"), "{all}");
    assert!(all.contains("hostile.yaml:27:"), "no file:line:col:\n{all}");
    assert!(all.contains("remove the tag"), "no help line:\n{all}");

    // Any other application tag, on a value or a key, too; and JSON output says so.
    for (from, to) in [
        ("title: Small test playbook", "title: !env TITLE"),
        ("title: Small test playbook", "!secret title: Small"),
    ] {
        let path = variant(from, to);
        let out = run(&["validate", path.to_str().unwrap(), "--format", "json"]);
        out.code(1);
        assert!(out.stdout.contains("tag"), "{to}: {}", out.stdout);
    }
}
