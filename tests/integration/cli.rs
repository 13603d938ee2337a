//! The real binary: `walk` (text and JSON, exit codes 0, 2, 3), playbook errors with
//! file:line:col, the size limit, the refusal to start the wizard without a terminal, and a
//! binary copied alone to another directory.

use crate::common::{builtin_paths, exe, fixture_path, run, run_exe, tempdir};
use serde_json::Value;

fn walk_json(answers: &[String]) -> (i32, Value) {
    let mut args = vec!["walk", "--json"];
    for a in answers {
        args.extend(["--answer", a.as_str()]);
    }
    let r = run(&args);
    (r.code, r.json())
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
    assert_eq!(ids.len(), 15);
    assert_eq!(ids[0], "cannot-approve");
    assert_eq!(ids[1], "phone-away");
    assert_eq!(ids[2], "lost-passkey");
    assert_eq!(ids[14], "not-sure");
    assert!(json["pending"]["remaining"]["min"].as_u64().unwrap() >= 1);
}

#[test]
fn walk_text_at_the_first_question_prints_option_ids_and_exits_3() {
    run(&["walk"])
        .code(3)
        .stdout_has("Question: Which of these is you?  [which-service]")
        .stdout_has("  azure-admin    I run our organisation's Microsoft 365")
        .stdout_has("  not-sure       I'm not sure")
        .stdout_has("--answer which-service=<option>");
}

#[test]
fn walk_text_at_the_founding_outcome_prints_the_script_and_exits_0() {
    let paths = builtin_paths();
    let mut args = vec!["walk"];
    for a in &paths[0].answers {
        args.extend(["-a", a.as_str()]);
    }
    run(&args)
        .code(0)
        .stdout_has("▲ ESCALATE TO MICROSOFT SUPPORT")
        .stdout_has("Say this:")
        .stdout_has("Data Protection team")
        .stdout_has(
            "https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/discover-cloud-footprint",
        );
}

#[test]
fn an_unknown_node_is_a_usage_error_listing_the_questions() {
    run(&["walk", "--answer", "which-servce=azure-admin"])
        .code(2)
        .stderr_has("no node is called `which-servce` (did you mean `which-service`?)")
        .stderr_has("account-kind, which-check");
}

#[test]
fn an_unknown_option_is_a_usage_error_listing_the_options() {
    run(&["walk", "--answer", "which-service=azure"])
        .code(2)
        .stderr_has("has no option `azure`")
        .stderr_has(
            "azure-admin, own-azure, work-apps, guest, personal-only, sovereign, prepare, not-sure",
        );
}

#[test]
fn malformed_and_conflicting_answers_are_usage_errors() {
    run(&["walk", "--answer", "which-service"])
        .code(2)
        .stderr_has("NODE=OPTION");
    run(&[
        "walk",
        "-a",
        "which-service=azure-admin",
        "-a",
        "which-service=not-sure",
    ])
    .code(2)
    .stderr_has("answered twice");
    run(&["walk", "-a", "tenant-lockout=x"])
        .code(2)
        .stderr_has("is not a question");
}

#[test]
fn an_answer_off_the_path_is_reported_but_the_walk_goes_on() {
    run(&[
        "walk",
        "-a",
        "which-service=personal-only",
        "-a",
        "personal-situation=forgot-password",
        "-a",
        "who-else=nobody",
    ])
    .code(0)
    .stderr_has("--answer who-else=nobody was not used");
}

#[test]
fn walk_takes_a_playbook_file() {
    let path = fixture_path("small.yaml");
    run(&["walk", path.to_str().unwrap(), "-a", "q1=right"])
        .code(0)
        .stdout_has("Right done");
}

#[test]
fn a_broken_playbook_is_reported_with_file_line_and_column_and_exit_1() {
    let path = fixture_path("invalid/dangling-next.yaml");
    run(&["walk", path.to_str().unwrap()])
        .code(1)
        .stderr_has("dangling-next.yaml:17:15")
        .stderr_has("did you mean `done`")
        .stderr_has("cannot be used: 1 error(s)")
        .stderr_lacks("Stack backtrace");
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
    run(&["walk", big.to_str().unwrap()])
        .code(1)
        .stderr_has("1 MiB");
}

#[test]
fn a_missing_playbook_is_a_usage_error_naming_the_builtins() {
    run(&["walk", "no-such-playbook"])
        .code(2)
        .stderr_has("Playbooks: entra-mfa-lockout");
}

#[test]
fn help_and_version_work() {
    run(&["--help"]).code(0).stdout_has("walk");
    run(&["--version"]).code(0).stdout_has("breakglass");
}

#[test]
fn a_binary_copied_alone_still_has_its_playbooks() {
    let dir = tempdir();
    let copy = dir.join("breakglass");
    std::fs::copy(exe(), &copy).unwrap();
    let paths = builtin_paths();
    let mut args = vec!["walk"];
    for a in &paths[0].answers {
        args.extend(["-a", a.as_str()]);
    }
    run_exe(&copy, &args, Some(&dir))
        .code(0)
        .stdout_has("Data Protection");
}
