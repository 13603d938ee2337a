//! The real binary: `walk` (text and JSON, exit codes 0, 2, 3), playbook errors with
//! file:line:col, the size limit, the refusal to start the wizard without a terminal, and a
//! binary copied alone to another directory.

mod common;

use assert_cmd::Command;
use common::{builtin_paths, fixture_path};
use predicates::prelude::*;
use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::cargo_bin("breakglass").unwrap();
    c.env_remove("NO_COLOR").env("RUST_BACKTRACE", "0");
    c
}

fn walk_json(answers: &[String]) -> (i32, Value) {
    let mut c = bin();
    c.arg("walk").arg("--json");
    for a in answers {
        c.arg("--answer").arg(a);
    }
    let out = c.output().unwrap();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), json)
}

#[test]
fn every_path_fixture_reaches_its_outcome_through_walk_json() {
    for f in builtin_paths() {
        let (code, json) = walk_json(&f.answers);
        assert_eq!(code, 0, "{}: {json}", f.name);
        assert_eq!(json["format"], "breakglass-walk/1");
        assert_eq!(json["status"], "outcome", "{}", f.name);
        assert_eq!(json["outcome"]["node"], f.outcome.as_str(), "{}", f.name);
        let answered = json["path"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["kind"] == "question")
            .count();
        assert_eq!(answered, f.answers.len(), "{}", f.name);
        assert!(
            !json["outcome"]["sources"].as_array().unwrap().is_empty(),
            "{}",
            f.name
        );
        assert_eq!(json["unused_answers"], serde_json::json!([]), "{}", f.name);
    }
}

#[test]
fn walk_json_at_a_question_exits_3_with_the_options() {
    let (code, json) = walk_json(&["which-service=azure-admin".into()]);
    assert_eq!(code, 3);
    assert_eq!(json["status"], "question");
    assert_eq!(json["outcome"], Value::Null);
    assert_eq!(json["pending"]["node"], "symptom");
    let ids: Vec<&str> = json["pending"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 9);
    assert_eq!(ids[0], "cannot-approve");
    assert_eq!(ids[8], "not-sure");
    assert!(json["pending"]["remaining"]["min"].as_u64().unwrap() >= 1);
}

#[test]
fn walk_text_at_the_first_question_prints_option_ids_and_exits_3() {
    bin()
        .arg("walk")
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "Question: What are you trying to sign in to?  [which-service]",
        ))
        .stdout(predicate::str::contains(
            "  azure-admin    The Azure portal",
        ))
        .stdout(predicate::str::contains("  not-sure       I'm not sure"))
        .stdout(predicate::str::contains("--answer which-service=<option>"));
}

#[test]
fn walk_text_at_the_founding_outcome_prints_the_script_and_exits_0() {
    let mut c = bin();
    c.arg("walk");
    for a in &builtin_paths()[0].answers {
        c.args(["-a", a]);
    }
    c.assert()
        .success()
        .stdout(predicate::str::contains("▲ ESCALATE TO MICROSOFT SUPPORT"))
        .stdout(predicate::str::contains("Say this:"))
        .stdout(predicate::str::contains("Data Protection team"))
        .stdout(predicate::str::contains("https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/discover-cloud-footprint"));
}

#[test]
fn an_unknown_node_is_a_usage_error_listing_the_questions() {
    bin()
        .args(["walk", "--answer", "which-servce=azure-admin"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no node is called `which-servce` (did you mean `which-service`?)",
        ))
        .stderr(predicate::str::contains("account-kind, which-check"));
}

#[test]
fn an_unknown_option_is_a_usage_error_listing_the_options() {
    bin()
        .args(["walk", "--answer", "which-service=azure"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no option `azure`"))
        .stderr(predicate::str::contains(
            "azure-admin, work-apps, guest, personal-only, sovereign, prepare, not-sure",
        ));
}

#[test]
fn malformed_and_conflicting_answers_are_usage_errors() {
    bin()
        .args(["walk", "--answer", "which-service"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("NODE=OPTION"));
    bin()
        .args([
            "walk",
            "-a",
            "which-service=azure-admin",
            "-a",
            "which-service=not-sure",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("answered twice"));
    bin()
        .args(["walk", "-a", "tenant-lockout=x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a question"));
}

#[test]
fn an_answer_off_the_path_is_reported_but_the_walk_goes_on() {
    bin()
        .args([
            "walk",
            "-a",
            "which-service=personal-only",
            "-a",
            "who-else=nobody",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "--answer who-else=nobody was not used",
        ));
}

#[test]
fn walk_takes_a_playbook_file() {
    bin()
        .args(["walk"])
        .arg(fixture_path("small.yaml"))
        .args(["-a", "q1=right"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Right done"));
}

#[test]
fn a_broken_playbook_is_reported_with_file_line_and_column_and_exit_1() {
    let path = fixture_path("invalid/dangling-next.yaml");
    bin()
        .arg("walk")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("dangling-next.yaml:17:15"))
        .stderr(predicate::str::contains("did you mean `done`"))
        .stderr(predicate::str::contains("cannot be used: 1 error(s)"))
        .stderr(predicate::str::contains("Stack backtrace").not());
}

#[test]
fn a_file_over_one_mebibyte_is_refused() {
    let dir = tempdir();
    let big = dir.join("big.yaml");
    std::fs::write(
        &big,
        format!("format: breakglass/v1\n# {}\n", "x".repeat(2 << 20)),
    )
    .unwrap();
    bin()
        .arg("walk")
        .arg(&big)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 MiB"));
}

#[test]
fn a_missing_playbook_is_a_usage_error_naming_the_builtins() {
    bin()
        .args(["walk", "no-such-playbook"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Built-in playbooks: entra-mfa-lockout",
        ));
}

#[test]
fn the_wizard_refuses_to_start_without_a_terminal_and_points_to_walk() {
    bin()
        .write_stdin("")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("needs an interactive terminal"))
        .stderr(predicate::str::contains("breakglass walk"));
    bin().arg("run").write_stdin("").assert().code(2);
}

#[test]
fn help_and_version_work() {
    bin()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("walk"));
    bin()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("breakglass"));
}

#[test]
fn a_binary_copied_alone_still_has_its_playbooks() {
    let dir = tempdir();
    let copy = dir.join("breakglass");
    std::fs::copy(assert_cmd::cargo::cargo_bin("breakglass"), &copy).unwrap();
    let mut c = Command::new(&copy);
    c.current_dir(&dir).arg("walk");
    for a in &builtin_paths()[0].answers {
        c.args(["-a", a]);
    }
    c.assert()
        .success()
        .stdout(predicate::str::contains("Data Protection"));
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "breakglass-test-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
