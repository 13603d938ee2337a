//! `schema`: the committed schema is current, it accepts every valid playbook and rejects
//! invalid shapes (checked with Python's jsonschema), and built-in playbooks point editors at
//! it.

use crate::common::{fixture_path, run};
use breakglass::export::schema::{SCHEMA_PATH, playbook_schema};
use breakglass::playbook::builtin::BUILTINS;

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(root().join(SCHEMA_PATH)).unwrap();
    assert!(
        committed == playbook_schema(),
        "{SCHEMA_PATH} is stale: run `cargo run -- schema > {SCHEMA_PATH}`"
    );
    run(&["schema"])
        .code(0)
        .stdout_has("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
}

#[test]
fn builtin_playbooks_point_editors_at_the_schema() {
    for b in BUILTINS {
        assert!(
            b.text
                .starts_with("# yaml-language-server: $schema=../schema/playbook.schema.json\n"),
            "{} lacks the yaml-language-server line",
            b.path
        );
    }
}

/// YAML as JSON, read by breakglass's own YAML layer (so dates stay text).
fn as_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    breakglass::playbook::yaml::from_str(&text).unwrap()
}

/// Validates each document against the schema with Python's jsonschema; returns the
/// verdict for each, in order.
fn python_verdicts(docs: &[serde_json::Value]) -> Vec<bool> {
    python_verdicts_with(SCHEMA_PATH, docs)
}

fn python_verdicts_with(schema_path: &str, docs: &[serde_json::Value]) -> Vec<bool> {
    let dir = crate::common::tempdir();
    let schema = root().join(schema_path);
    let docs_path = dir.join("docs.json");
    std::fs::write(&docs_path, serde_json::to_string(docs).unwrap()).unwrap();
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        jsonschema.Draft202012Validator.check_schema(schema)\n\
        v = jsonschema.Draft202012Validator(schema)\n\
        print(''.join('1' if v.is_valid(d) else '0' for d in json.load(open(sys.argv[2]))))\n";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&schema)
        .arg(&docs_path)
        .output()
        .expect("python3 is needed for this test (.ci/run installs jsonschema)");
    assert!(
        out.status.success(),
        "python jsonschema failed (pip install jsonschema): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .chars()
        .map(|c| c == '1')
        .collect()
}

#[test]
fn the_schema_accepts_valid_playbooks_and_rejects_wrong_shapes() {
    let valid = [
        root().join("playbooks/entra-mfa-lockout.yaml"),
        fixture_path("small.yaml"),
        fixture_path("loop.yaml"),
    ];
    let wrong_shape = [
        "typo-field",
        "wrong-type",
        "wrong-format",
        "two-kinds",
        "no-kind",
        "bad-id",
    ];
    let mut docs: Vec<serde_json::Value> = valid.iter().map(|p| as_json(p)).collect();
    docs.extend(
        wrong_shape
            .iter()
            .map(|n| as_json(&fixture_path(&format!("invalid/{n}.yaml")))),
    );
    let verdicts = python_verdicts(&docs);
    for (i, ok) in verdicts.iter().enumerate() {
        if i < valid.len() {
            assert!(ok, "the schema rejects {}", valid[i].display());
        } else {
            assert!(
                !ok,
                "the schema accepts invalid/{}.yaml",
                wrong_shape[i - valid.len()]
            );
        }
    }
    assert_eq!(verdicts.len(), docs.len());
}

#[test]
fn the_committed_drill_schema_is_current_and_checks_drill_files() {
    use breakglass::export::schema::{DRILL_SCHEMA_PATH, drill_schema};
    let committed = std::fs::read_to_string(root().join(DRILL_SCHEMA_PATH)).unwrap();
    assert!(
        committed == drill_schema(),
        "{DRILL_SCHEMA_PATH} is stale: run `cargo run -- schema --drill > {DRILL_SCHEMA_PATH}`"
    );
    run(&["schema", "--drill"])
        .code(0)
        .stdout_has("breakglass-drill/v1");
    let mut docs: Vec<serde_json::Value> = breakglass::drill::builtin::BUILTIN_DRILLS
        .iter()
        .map(|b| as_json(&root().join(b.path)))
        .collect();
    let valid = docs.len();
    docs.push(as_json(&fixture_path("drills-invalid/typo-field.yaml")));
    docs.push(as_json(&fixture_path("drills-invalid/wrong-kind.yaml")));
    let verdicts = python_verdicts_with(DRILL_SCHEMA_PATH, &docs);
    assert_eq!(verdicts.len(), docs.len());
    assert!(verdicts[..valid].iter().all(|ok| *ok), "{verdicts:?}");
    assert!(verdicts[valid..].iter().all(|ok| !ok), "{verdicts:?}");
}
