//! `breakglass sessions` and `breakglass report` through the real binary, on sessions
//! saved in a temporary data directory.

use std::path::Path;

use crate::common::{builtin_playbook, exe, run_exe_env, tempdir};
use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::store::Store;
use breakglass::transcript::{FactKind, FixedClock};

fn run(args: &[&str], data: &Path) -> crate::common::Run {
    run_exe_env(&exe(), args, None, &[("BREAKGLASS_DATA_DIR", data)])
}

/// Saves a session that walked `answers`, last changed at `at`; returns its id.
fn saved(data: &Path, answers: &[(&str, &str)], at: &str) -> String {
    let pb = builtin_playbook();
    let clock = || Box::new(FixedClock(at.parse().unwrap()));
    let mut session = Session::new(pb.clone());
    let mut journal = Journal::start(&pb, Some(Store::at(data)), clock());
    journal.record(session.drain_events()).unwrap();
    for (node, option) in answers {
        session.answer(node, option).unwrap();
        journal.record(session.drain_events()).unwrap();
    }
    journal
        .set_fact(FactKind::SignIn, Some("admin@contoso.com".into()))
        .unwrap();
    journal.transcript().id.clone()
}

const FOUNDING: [(&str, &str); 8] = [
    ("which-service", "azure-admin"),
    ("symptom", "cannot-approve"),
    ("account-kind", "personal"),
    ("which-check", "second"),
    ("other-method", "no"),
    ("old-device", "none"),
    ("who-else", "nobody"),
    ("support-channel", "phone"),
];

#[test]
fn sessions_lists_where_each_ended() {
    let data = tempdir();
    let done = saved(&data, &FOUNDING, "2026-11-28T14:00:00Z");
    let half = saved(&data, &FOUNDING[..3], "2026-11-28T15:00:00Z");
    run(&["sessions"], &data)
        .code(0)
        .stdout_has(&done)
        .stdout_has(&half)
        .stdout_has("outcome: Tenant lockout: phone Microsoft Support")
        .stdout_has("unfinished, at: When you sign in, which verification step fails?")
        .stdout_has("entra-mfa-lockout");
    run(&["sessions"], &tempdir())
        .code(0)
        .stdout_has("No saved sessions");
}

#[test]
fn sessions_deletes_by_id_and_by_age() {
    let data = tempdir();
    let old = saved(&data, &FOUNDING[..2], "2020-01-01T00:00:00Z");
    let recent = saved(&data, &FOUNDING[..2], "2099-01-01T00:00:00Z");
    run(&["sessions", "--older-than", "30"], &data)
        .code(0)
        .stdout_has("Deleted 1 session(s)");
    run(&["sessions"], &data).code(0).stdout_has(&recent);
    assert!(!run(&["sessions"], &data).stdout.contains(&old));
    run(&["sessions", "--delete", &recent], &data)
        .code(0)
        .stdout_has("Deleted session");
    run(&["sessions", "--delete", &recent], &data)
        .code(2)
        .stderr_has("no saved session");
}

#[test]
fn report_prints_markdown_json_and_writes_files() {
    let data = tempdir();
    let id = saved(&data, &FOUNDING, "2026-11-28T14:00:00Z");
    run(&["report", &id], &data)
        .code(0)
        .stdout_has("# breakglass session report")
        .stdout_has("## Case summary for Microsoft Support")
        .stdout_has("Who is locked out: admin@contoso.com");
    let json = run(&["report", &id, "--format", "json"], &data);
    json.code(0);
    let v = json.json();
    assert_eq!(v["format"], "breakglass-report/1");
    assert_eq!(v["session"], id.as_str());
    let out = data.join("out").join("report.md");
    run(&["report", &id, "--out", out.to_str().unwrap()], &data)
        .code(0)
        .stderr_has("report written to");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("## Outcome:")
    );
    run(&["report", &id, "--redact"], &data)
        .code(0)
        .stdout_has("Who is locked out: [sign-in name]");
    assert!(
        !run(&["report", &id, "--redact"], &data)
            .stdout
            .contains("admin@contoso.com")
    );
}

#[test]
fn report_of_an_unknown_session_is_a_usage_error() {
    run(&["report", "20990101T000000Z-0000"], &tempdir())
        .code(2)
        .stderr_has("no saved session is called")
        .stderr_has("breakglass sessions");
    run(&["report", "../../etc/passwd"], &tempdir()).code(2);
}
