//! `breakglass audit`: the healthy fixture passes every rule, one broken variant per rule
//! fails it, the founding tenant yields the findings a person expects, every fix link
//! resolves in the built-in playbook, bad input gets a clear answer, the ledger feeds
//! `status`, and a generated 10,000-user export is fast.

use std::path::{Path, PathBuf};

use breakglass::audit::{self, Outcome, emergency::Named, read::read_dir, rules::Fix};
use serde_json::{Value, json};

#[path = "../../benches/generate_export.rs"]
mod generate_export;

use crate::common::{Run, builtin_playbook, exe, fixture_path, run_exe_env};

const EA1: &str = "3f2a5d1e-7c0b-4e8a-9d41-0b6c2a7e5f10";
const EA2: &str = "8b9c4e2d-1a3f-4d6b-a5e7-2c8d9f0a1b22";
const JOEY: &str = "ace08ec9-aa11-4ada-9145-addf0398233e";
const MEGAN: &str = "071cc716-8147-4397-a5ba-b2105951cc0b";
const ALEX: &str = "86462606-fde0-4fc4-9e0c-a20eb73e54c6";
const ALLAN: &str = "c6ad1942-4afa-47f8-8d48-afb5d8d69d2f";
const GA: &str = "62e90394-69f5-4237-9190-012177145e10";

fn tempdir() -> PathBuf {
    crate::common::tempdir()
}

/// A copy of the fixture export `name` in a new folder.
fn copy_fixture(name: &str) -> PathBuf {
    let from = fixture_path("audit").join(name);
    let to = tempdir();
    for e in std::fs::read_dir(&from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
    to
}

fn load(dir: &Path, file: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap()
}

fn save(dir: &Path, file: &str, v: &Value) {
    std::fs::write(dir.join(file), serde_json::to_string_pretty(v).unwrap()).unwrap();
}

/// Changes one file of the export.
fn patch(dir: &Path, file: &str, f: impl FnOnce(&mut Value)) {
    let mut v = load(dir, file);
    f(&mut v);
    save(dir, file, &v);
}

/// The item of `value` whose `id` is `id`.
fn item<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["value"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|x| x["id"] == id)
        .unwrap()
}

fn named() -> Named {
    Named {
        accounts: vec![
            EA1.to_string(),
            "emergency2@contoso.onmicrosoft.com".to_string(),
        ],
        origin: "test".to_string(),
    }
}

fn audit_of(dir: &Path) -> audit::Audit {
    audit::run(read_dir(dir).unwrap(), Some(&named()))
}

fn outcome<'a>(a: &'a audit::Audit, rule: &str) -> &'a Outcome {
    &a.results
        .iter()
        .find(|r| r.rule.id == rule)
        .unwrap()
        .outcome
}

/// Runs the binary with a data and a config directory of its own.
fn bg(args: &[&str], data: &Path, config: &Path) -> Run {
    run_exe_env(
        &exe(),
        args,
        None,
        &[
            ("BREAKGLASS_DATA_DIR", data),
            ("BREAKGLASS_CONFIG_DIR", config),
        ],
    )
}

#[test]
fn the_healthy_tenant_passes_every_rule() {
    let a = audit_of(&fixture_path("audit/healthy"));
    assert!(a.export.errors.is_empty(), "{:?}", a.export.errors);
    for r in &a.results {
        assert_eq!(
            r.outcome,
            Outcome::Pass,
            "{} on the healthy tenant",
            r.rule.id
        );
    }
    assert_eq!(a.results.len(), 18);
}

/// How to break the healthy tenant for one rule.
type Breaker = Box<dyn Fn(&Path)>;

/// One broken variant per rule: the rule and how to break the healthy tenant for it.
fn variants() -> Vec<(&'static str, Breaker)> {
    let mut all = role_variants();
    all.extend(emergency_variants());
    all.extend(method_variants());
    all.extend(policy_variants());
    all
}

fn role_variants() -> Vec<(&'static str, Breaker)> {
    vec![
        (
            "ga-two-permanent",
            Box::new(|d: &Path| {
                patch(d, "role-assignments.json", |v| {
                    v["value"]
                        .as_array_mut()
                        .unwrap()
                        .retain(|a| a["principalId"] == EA1);
                });
            }),
        ),
        (
            "ga-fewer-than-five",
            Box::new(|d: &Path| {
                patch(d, "role-assignments.json", |v| {
                    for id in [ALEX, ALLAN] {
                        v["value"].as_array_mut().unwrap().push(json!({
                        "id": format!("x-{id}"), "principalId": id, "directoryScopeId": "/",
                        "roleDefinitionId": GA, "principal": {"@odata.type": "#microsoft.graph.user", "id": id}
                    }));
                    }
                });
            }),
        ),
        (
            "admin-not-external",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    item(v, JOEY)["userPrincipalName"] =
                        json!("joey_outlook.com#EXT#@contoso.onmicrosoft.com");
                });
            }),
        ),
        (
            "admin-cloud-only",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    item(v, JOEY)["onPremisesSyncEnabled"] = json!(true);
                });
            }),
        ),
    ]
}

fn emergency_variants() -> Vec<(&'static str, Breaker)> {
    vec![
        (
            "emergency-two-accounts",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    v["value"]
                        .as_array_mut()
                        .unwrap()
                        .retain(|u| u["id"] != EA2);
                });
            }),
        ),
        (
            "emergency-cloud-only",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    item(v, EA1)["onPremisesSyncEnabled"] = json!(true);
                });
            }),
        ),
        (
            "emergency-onmicrosoft-domain",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    item(v, EA1)["userPrincipalName"] = json!("emergency1@contoso.com");
                });
            }),
        ),
        (
            "emergency-enabled",
            Box::new(|d: &Path| {
                patch(d, "users.json", |v| {
                    item(v, EA1)["accountEnabled"] = json!(false);
                });
            }),
        ),
        (
            "emergency-permanent-ga",
            Box::new(|d: &Path| {
                patch(d, "role-assignments.json", |v| {
                    v["value"]
                        .as_array_mut()
                        .unwrap()
                        .retain(|a| a["principalId"] != EA1);
                });
                patch(d, "role-eligibility.json", |v| {
                    v["value"].as_array_mut().unwrap().push(json!({
                    "id": "e1", "principalId": EA1, "roleDefinitionId": GA, "directoryScopeId": "/"
                }));
                });
            }),
        ),
        (
            "emergency-excluded-from-ca",
            Box::new(|d: &Path| {
                patch(d, "conditional-access-policies.json", |v| {
                    item(v, "2b31ac51-b855-40a5-a986-0a4ed23e9008")["conditions"]["users"]["excludeUsers"] =
                        json!([EA1]);
                });
            }),
        ),
        (
            "emergency-phishing-resistant",
            Box::new(|d: &Path| {
                patch(d, "registration-details.json", |v| {
                    item(v, EA1)["methodsRegistered"] =
                        json!(["microsoftAuthenticatorPush", "softwareOneTimePasscode"]);
                });
            }),
        ),
    ]
}

fn method_variants() -> Vec<(&'static str, Breaker)> {
    vec![
        (
            "admin-mfa-registered",
            Box::new(|d: &Path| {
                patch(d, "registration-details.json", |v| {
                    item(v, JOEY)["isMfaRegistered"] = json!(false);
                });
            }),
        ),
        (
            "admin-two-methods",
            Box::new(|d: &Path| {
                patch(d, "registration-details.json", |v| {
                    item(v, JOEY)["methodsRegistered"] = json!(["microsoftAuthenticatorPush"]);
                });
            }),
        ),
        (
            "admin-not-sms-voice-only",
            Box::new(|d: &Path| {
                patch(d, "registration-details.json", |v| {
                    item(v, MEGAN)["methodsRegistered"] = json!(["mobilePhone", "officePhone"]);
                });
            }),
        ),
        (
            "admin-methods-allowed",
            Box::new(|d: &Path| {
                patch(d, "authentication-methods-policy.json", |v| {
                    v["authenticationMethodConfigurations"][0]["state"] = json!("disabled");
                });
            }),
        ),
        (
            "tap-enabled",
            Box::new(|d: &Path| {
                patch(d, "authentication-methods-policy.json", |v| {
                    v["authenticationMethodConfigurations"][3]["state"] = json!("disabled");
                });
            }),
        ),
    ]
}

fn policy_variants() -> Vec<(&'static str, Breaker)> {
    vec![
        (
            "ca-no-unexcluded-block",
            Box::new(|d: &Path| {
                patch(d, "conditional-access-policies.json", |v| {
                    item(v, "5a9e3b1c-0d2f-4e6a-8b7c-9d0e1f2a3b4c")["conditions"]["users"]["excludeGroups"] =
                        json!([]);
                });
            }),
        ),
        (
            "mfa-protection-on",
            Box::new(|d: &Path| {
                patch(d, "conditional-access-policies.json", |v| {
                    for p in v["value"].as_array_mut().unwrap() {
                        p["state"] = json!("disabled");
                    }
                });
            }),
        ),
    ]
}

#[test]
fn each_rule_fails_on_its_broken_variant() {
    let variants = variants();
    let mut covered: Vec<&str> = variants.iter().map(|(id, _)| *id).collect();
    covered.sort_unstable();
    let mut all: Vec<&str> = audit::rules::all().iter().map(|r| r.id).collect();
    all.sort_unstable();
    assert_eq!(covered, all, "every rule needs a broken variant");
    for (rule, breakit) in &variants {
        let dir = copy_fixture("healthy");
        breakit(&dir);
        let a = audit_of(&dir);
        assert!(
            matches!(outcome(&a, rule), Outcome::Fail(f) if !f.is_empty()),
            "{rule} should fail on its variant: {:?}",
            outcome(&a, rule)
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn the_founding_tenant_yields_the_expected_findings() {
    let a = audit::run(read_dir(&fixture_path("audit/founding")).unwrap(), None);
    let failing: Vec<(&str, Vec<String>)> = a
        .failing()
        .map(|r| {
            (
                r.rule.id,
                r.rule.fixes.iter().map(|f| f.reference()).collect(),
            )
        })
        .collect();
    let expect = |rule: &'static str, fixes: &[&str]| {
        (
            rule,
            fixes.iter().map(|s| (*s).to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        failing,
        vec![
            expect(
                "ga-two-permanent",
                &["admin-hardening/second-admin", "prevent-emergency-accounts"]
            ),
            expect(
                "emergency-two-accounts",
                &[
                    "prevent-emergency-accounts",
                    "admin-hardening/emergency-accounts"
                ]
            ),
            expect(
                "admin-not-external",
                &["prevent-personal-tenant", "personal-tenant/native-admin"]
            ),
            expect(
                "admin-two-methods",
                &["back-in/second-method", "prevent-phone-change"]
            ),
            expect("tap-enabled", &["admin-hardening/enable-tap"]),
        ]
    );
    // Security defaults are on and there are no CA policies: nothing to say about them.
    assert_eq!(outcome(&a, "mfa-protection-on"), &Outcome::Pass);
    assert_eq!(outcome(&a, "ca-no-unexcluded-block"), &Outcome::Pass);
    assert!(matches!(
        outcome(&a, "emergency-enabled"),
        Outcome::NotApplicable(_)
    ));
}

#[test]
fn the_founding_report_as_printed() {
    let data = tempdir();
    let run = bg(
        &[
            "audit",
            fixture_path("audit/founding").to_str().unwrap(),
            "--no-record",
        ],
        &data,
        &tempdir(),
    );
    run.code(0);
    insta::assert_snapshot!("audit_founding_text", run.stdout);
    assert!(!data.join("audits").exists(), "--no-record wrote a record");
}

/// Depends on the built-in playbook's ids (not its wording): a rename there fails here.
#[test]
fn every_fix_link_resolves_in_the_builtin_playbook() {
    let pb = builtin_playbook();
    for rule in audit::rules::all() {
        assert!(!rule.fixes.is_empty(), "{} links to no fix", rule.id);
        assert!(!rule.sources.is_empty(), "{} cites no source", rule.id);
        for fix in rule.fixes {
            let ok = match *fix {
                Fix::Outcome(id) => pb.find(id).is_some_and(|n| {
                    matches!(pb.node(n).body, breakglass::playbook::NodeBody::Outcome(_))
                }),
                Fix::Checklist(c) => pb.checklists().iter().any(|x| x.id == c),
                Fix::Item(c, i) => pb
                    .checklists()
                    .iter()
                    .any(|x| x.id == c && x.items.iter().any(|it| it.id == i)),
            };
            assert!(
                ok,
                "{}: {} is not in the built-in playbook",
                rule.id,
                fix.reference()
            );
        }
    }
}

#[test]
fn malformed_json_is_reported_with_file_line_and_pointer() {
    let dir = copy_fixture("healthy");
    std::fs::write(
        dir.join("users.json"),
        "{\"value\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"accountEnabled\": \"yes\"}\n]}",
    )
    .unwrap();
    std::fs::write(
        dir.join("domains.json"),
        "{\"value\": [ {\"id\": \"x\",, } ]}",
    )
    .unwrap();
    let run = bg(
        &["audit", dir.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &tempdir(),
    );
    run.code(1);
    assert!(
        run.stderr.contains("users.json:3:")
            && run
                .stderr
                .contains("at JSON pointer /value/1/accountEnabled"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("domains.json:1:") && run.stderr.contains("/value/0"),
        "{}",
        run.stderr
    );
    // The rules that need users.json are skipped, the others still run.
    assert!(
        run.stdout.contains("users.json could not be read"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("pass    tap-enabled"), "{}", run.stdout);
}

#[test]
fn too_large_wrong_shape_and_utf16_files_get_clear_messages() {
    let dir = copy_fixture("healthy");
    let big = std::fs::File::create(dir.join("registration-details.json")).unwrap();
    big.set_len(audit::read::FILE_CAP + 1).unwrap();
    std::fs::write(dir.join("users.json"), "{\"id\": \"one user, not a list\"}").unwrap();
    std::fs::write(dir.join("domains.json"), [0xFF, 0xFE, b'{', 0]).unwrap();
    let run = bg(
        &["audit", dir.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &tempdir(),
    );
    run.code(1);
    assert!(
        run.stderr.contains(
            "registration-details.json: the file is 268435457 bytes, more than the 256 MiB"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("users.json: expected a collection"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("domains.json: the file is UTF-16"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_files_skip_their_rules_and_name_the_command() {
    let dir = copy_fixture("healthy");
    std::fs::remove_file(dir.join("registration-details.json")).unwrap();
    let run = bg(
        &["audit", dir.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &tempdir(),
    );
    run.code(0);
    assert!(run.stdout.contains(
        "skipped: registration-details.json is missing (GET /reports/authenticationMethods/userRegistrationDetails)"
    ), "{}", run.stdout);
    assert!(run.stdout.contains("--export-commands"), "{}", run.stdout);
    // A folder with none of the files, or no folder, is an error.
    bg(
        &["audit", tempdir().to_str().unwrap()],
        &tempdir(),
        &tempdir(),
    )
    .code(1)
    .stderr_has("holds none of the export's files");
    bg(&["audit", "/nonexistent/export"], &tempdir(), &tempdir()).code(1);
}

#[test]
fn unknown_fields_paging_and_beta_are_handled() {
    let dir = copy_fixture("healthy");
    patch(&dir, "users.json", |v| {
        v["@odata.context"] = json!("https://graph.microsoft.com/beta/$metadata#users");
        v["@odata.nextLink"] = json!("https://graph.microsoft.com/v1.0/users?$skiptoken=X");
        v["value"][0]["someNewProperty"] = json!({"nested": [1, 2]});
    });
    let run = bg(
        &[
            "audit",
            dir.to_str().unwrap(),
            "--no-record",
            "--emergency",
            EA1,
            "--emergency",
            EA2,
        ],
        &tempdir(),
        &tempdir(),
    );
    run.code(0);
    assert!(
        run.stdout.contains("only its first page was saved"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("came from Graph's beta endpoint"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("0 failing, 18 passed"),
        "{}",
        run.stdout
    );
}

#[test]
fn emergency_accounts_named_in_the_config_file_or_guessed() {
    let config = tempdir();
    std::fs::write(
        config.join("emergency-accounts.yaml"),
        format!("accounts:\n  - {EA1}\n  - emergency2@contoso.onmicrosoft.com\n"),
    )
    .unwrap();
    let healthy = fixture_path("audit/healthy");
    let run = bg(
        &["audit", healthy.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &config,
    );
    run.code(0).stdout_has("Emergency accounts: 2 named in");
    let guessed = bg(
        &["audit", healthy.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &tempdir(),
    );
    guessed.stdout_has("2 GUESSED from names");
    std::fs::write(config.join("emergency-accounts.yaml"), "acounts: []\n").unwrap();
    bg(
        &["audit", healthy.to_str().unwrap(), "--no-record"],
        &tempdir(),
        &config,
    )
    .code(1)
    .stderr_has("emergency-accounts.yaml:1:");
}

#[test]
fn redact_hides_names_sign_in_names_and_ids() {
    let run = bg(
        &[
            "audit",
            fixture_path("audit/founding").to_str().unwrap(),
            "--no-record",
            "--redact",
            "--format",
            "md",
        ],
        &tempdir(),
        &tempdir(),
    );
    run.code(0);
    for secret in [
        "Adele",
        "adele.vance",
        "5d0e7a3c-6b2f-4a91-8c4d-3e1f0a9b8c7d",
        "adelevanceoutlook",
    ] {
        assert!(!run.stdout.contains(secret), "{secret} in:\n{}", run.stdout);
    }
    assert!(
        // Markdown escapes the placeholders' brackets; they render as `[user 1]`.
        run.stdout.contains("\\[user 1\\]") && run.stdout.contains("\\[email 1\\]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("https://learn.microsoft.com/"),
        "sources stay"
    );
}

#[test]
fn json_report_carries_every_rule_with_fixes_and_sources() {
    let run = bg(
        &[
            "audit",
            fixture_path("audit/founding").to_str().unwrap(),
            "--no-record",
            "--format",
            "json",
        ],
        &tempdir(),
        &tempdir(),
    );
    run.code(0);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["format"], "breakglass-audit/1");
    assert_eq!(v["snapshot"]["date"], "2026-11-29");
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 18);
    assert_eq!(results[0]["rule"], "ga-two-permanent");
    assert_eq!(results[0]["status"], "fail");
    assert_eq!(results[0]["findings"][1]["subject"]["name"], "Adele Vance");
    assert!(
        results
            .iter()
            .all(|r| !r["fixes"].as_array().unwrap().is_empty())
    );
}

#[test]
fn strict_exits_4_when_a_rule_fails() {
    let founding = fixture_path("audit/founding");
    bg(
        &[
            "audit",
            founding.to_str().unwrap(),
            "--no-record",
            "--strict",
        ],
        &tempdir(),
        &tempdir(),
    )
    .code(4);
    let healthy = fixture_path("audit/healthy");
    bg(
        &[
            "audit",
            healthy.to_str().unwrap(),
            "--no-record",
            "--strict",
        ],
        &tempdir(),
        &tempdir(),
    )
    .code(0);
}

#[test]
fn status_shows_the_last_audit_and_when_it_is_overdue() {
    let data = tempdir();
    let config = tempdir();
    bg(&["status"], &data, &config)
        .code(0)
        .stdout_has("Audit: none recorded");
    bg(
        &["audit", fixture_path("audit/founding").to_str().unwrap()],
        &data,
        &config,
    )
    .code(0);
    let status = bg(&["status"], &data, &config);
    status.code(0);
    assert!(
        status
            .stdout
            .contains("(snapshot of 2026-11-29); 5 failing: ga-two-permanent (critical)"),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("next due in 90 days"),
        "{}",
        status.stdout
    );
    // An audit recorded 100 days ago is overdue, and --strict says so.
    let old = tempdir();
    std::fs::create_dir_all(old.join("audits")).unwrap();
    let then = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * 100);
    std::fs::write(
        old.join("audits/audit-old.json"),
        json!({"format": "breakglass-audit-record/1", "id": "audit-old", "audited": breakglass::transcript::stamp(then),
               "snapshot": null, "failing": [], "passed": 18, "skipped": []}).to_string(),
    )
    .unwrap();
    bg(&["status"], &old, &config)
        .code(0)
        .stdout_has("AUDIT OVERDUE by 10 days");
    bg(&["status", "--strict"], &old, &config).code(4);
}

#[test]
fn export_commands_list_every_endpoint_and_scope() {
    for shell in ["pwsh", "bash"] {
        let run = bg(
            &["audit", "--export-commands", "--shell", shell],
            &tempdir(),
            &tempdir(),
        );
        run.code(0);
        for f in audit::files::FILES {
            assert!(run.stdout.contains(f.name), "{shell}: {}", f.name);
            assert!(
                f.scope.is_empty() || run.stdout.contains(f.scope),
                "{shell}: {}",
                f.scope
            );
        }
        assert!(
            run.stdout.contains("@odata.nextLink"),
            "{shell}: pages are followed"
        );
        assert!(
            !run.stdout.contains("-Method POST") && !run.stdout.contains("--method post"),
            "read-only"
        );
    }
}

/// A generated export of 10,000 users (with registrations and roles) and 500 policies.
/// The performance check (a test, not a bench, so it runs everywhere): reading and
/// auditing a generated 10,000-user, 500-policy export stays far inside a generous bound
/// even in a debug build. `cargo test --release ... large_export` gives the real figure.
#[test]
fn a_large_export_is_audited_quickly() {
    let dir = tempdir();
    generate_export::large_export(&dir);
    let named = Named {
        accounts: vec!["user0@contoso.com".into(), "user1@contoso.com".into()],
        origin: "test".into(),
    };
    let start = std::time::Instant::now();
    let export = read_dir(&dir).unwrap();
    let a = audit::run(export, Some(&named));
    let elapsed = start.elapsed();
    eprintln!("large export (10,000 users, 500 policies): read and audited in {elapsed:?}");
    assert_eq!(a.export.users.as_ref().unwrap().len(), 10_000);
    assert_eq!(outcome(&a, "emergency-excluded-from-ca"), &Outcome::Pass);
    assert!(
        elapsed < std::time::Duration::from_secs(5),
        "took {elapsed:?}"
    );
}

#[test]
fn names_from_the_export_cannot_drive_the_terminal() {
    let dir = copy_fixture("founding");
    patch(&dir, "users.json", |v| {
        v["value"][0]["displayName"] = json!("Adele\u{1b}[2J\u{202e}Vance");
    });
    for format in ["text", "md", "json"] {
        let run = bg(
            &[
                "audit",
                dir.to_str().unwrap(),
                "--no-record",
                "--format",
                format,
            ],
            &tempdir(),
            &tempdir(),
        );
        run.code(0);
        assert!(
            !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{202e}'),
            "{format}"
        );
        assert!(run.stdout.contains("Adele"), "{format}");
    }
}

#[test]
fn a_validation_drill_report_shows_the_last_audit_as_evidence() {
    let data = tempdir();
    let config = tempdir();
    let input: String = std::iter::once("\n")
        .chain(std::iter::repeat_n("p\n\n", 9))
        .collect();
    // No audit yet: the report says how to get one.
    let run_drill = |data: &Path| {
        let r = crate::common::run_piped(
            &[
                "--config-dir",
                config.to_str().unwrap(),
                "drill",
                "run",
                "emergency-access-validation",
                "--plain",
            ],
            &input,
            data,
        );
        r.code(0);
        let (runs, _) = breakglass::store::Store::at(data).list_runs();
        runs.last().unwrap().id.clone()
    };
    let first = run_drill(&data);
    bg(&["drill", "report", &first], &data, &config)
        .code(0)
        .stdout_has("## Audit evidence")
        .stdout_has("No audit was recorded before this run");
    // After auditing the founding tenant, the next run's report carries its results.
    bg(
        &["audit", fixture_path("audit/founding").to_str().unwrap()],
        &data,
        &config,
    )
    .code(0);
    let second = run_drill(&data);
    let md = bg(&["drill", "report", &second], &data, &config);
    md.code(0)
        .stdout_has("(snapshot of 2026-11-29, record `audit-")
        .stdout_has("- Task `check-authorised`:\n  - `emergency-two-accounts`: FAILING (critical, 1 finding(s))")
        .stdout_has("  - `emergency-permanent-ga`: not applicable");
    let json = bg(
        &["drill", "report", &second, "--format", "json"],
        &data,
        &config,
    );
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["audit_evidence"]["audit"]["snapshot"], "2026-11-29");
    assert_eq!(v["audit_evidence"]["tasks"][0]["task"], "check-authorised");
}

#[test]
fn a_drill_naming_an_unknown_audit_rule_is_an_error() {
    let dir = tempdir();
    let file = dir.join("d.yaml");
    std::fs::write(
        &file,
        "format: breakglass-drill/v1\nid: d\ntitle: D\nkind: validation\nreviewed: 2026-11-28\ntasks:\n  - id: t\n    title: T\n    pass: P\n    audit: [ga-two-permanent, no-such-rule]\n",
    )
    .unwrap();
    let r = crate::common::run(&["validate", file.to_str().unwrap()]);
    r.code(1);
    assert!(
        r.stdout.contains("no audit rule is called `no-such-rule`")
            || r.stderr.contains("no audit rule is called `no-such-rule`"),
        "{}{}",
        r.stdout,
        r.stderr
    );
}

/// The bash export commands, run for real against a stand-in `az` that answers from the
/// healthy fixture (users over two pages, one optional endpoint refused), make an export
/// the audit reads as healthy. Needs bash and jq; skipped (with a note) without them.
#[test]
fn the_bash_export_commands_make_an_export_the_audit_reads() {
    let have = |cmd: &str| {
        std::process::Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !have("bash") || !have("jq") {
        eprintln!("skipped: needs bash and jq");
        return;
    }
    let work = tempdir();
    let script = bg(
        &["audit", "--export-commands", "--shell", "bash"],
        &tempdir(),
        &tempdir(),
    );
    script.code(0);
    std::fs::write(work.join("export.sh"), &script.stdout).unwrap();
    let fake = fixture_path("audit/fake-az");
    let path = format!(
        "{}:{}",
        fake.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("export.sh")
        .current_dir(&work)
        .env("PATH", path)
        .env("BREAKGLASS_FAKE_GRAPH", fixture_path("audit/healthy"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("role-assignment-schedules.json skipped (optional)"),
        "{stderr}"
    );
    let export = work.join("breakglass-export");
    assert!(
        !export.join("role-assignment-schedules.json").exists(),
        "a refused optional file is not left behind"
    );
    let users = load(&export, "users.json");
    assert_eq!(
        users["value"].as_array().unwrap().len(),
        7,
        "both pages joined"
    );
    let run = bg(
        &[
            "audit",
            export.to_str().unwrap(),
            "--no-record",
            "--emergency",
            EA1,
            "--emergency",
            EA2,
        ],
        &tempdir(),
        &tempdir(),
    );
    run.code(0).stdout_has("0 failing, 18 passed");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

    /// Whatever bytes a file holds, reading it as any export file and auditing never
    /// panics: it is read, or refused with a message naming the file.
    #[test]
    fn any_bytes_in_any_export_file_never_panic(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        which in 0..audit::files::FILES.len(),
    ) {
        let kind = audit::files::FILES[which].kind;
        let mut export = audit::read::Export::default();
        audit::read::load(&mut export, kind, &bytes);
        let _ = audit::run(export, Some(&named()));
    }

    /// Mutations of real fixture files: a byte changed, cut or doubled.
    #[test]
    fn mutated_fixture_files_never_panic(
        which in 0..audit::files::FILES.len(),
        at in 0usize..4000,
        byte in proptest::prelude::any::<u8>(),
        cut in proptest::prelude::any::<bool>(),
    ) {
        let f = &audit::files::FILES[which];
        let Ok(mut bytes) = std::fs::read(fixture_path("audit/healthy").join(f.name)) else {
            return Ok(());
        };
        let at = at % bytes.len().max(1);
        if cut { bytes.truncate(at); } else if let Some(b) = bytes.get_mut(at) { *b = byte; }
        let mut export = audit::read::Export::default();
        audit::read::load(&mut export, f.kind, &bytes);
        if let Some(e) = export.errors.first() {
            proptest::prop_assert_eq!(e.file, f.name);
        }
        let _ = audit::run(export, Some(&named()));
    }
}

/// docs/audit.md ends with the founding tenant's report: it must be what the binary prints.
#[test]
fn the_docs_show_the_founding_report_as_printed() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/audit.md")).unwrap();
    let tail = doc.split("## The founding tenant").nth(1).unwrap();
    let block = tail
        .split("```text\n")
        .nth(1)
        .unwrap()
        .split("\n```")
        .next()
        .unwrap();
    let run = bg(
        &[
            "audit",
            fixture_path("audit/founding").to_str().unwrap(),
            "--no-record",
        ],
        &tempdir(),
        &tempdir(),
    );
    assert_eq!(
        block.trim_end(),
        run.stdout.trim_end(),
        "run the audit on tests/fixtures/audit/founding and paste its output into docs/audit.md"
    );
}

#[test]
fn markdown_escapes_what_a_display_name_could_inject() {
    let dir = copy_fixture("founding");
    patch(&dir, "users.json", |v| {
        v["value"][0]["displayName"] = json!("[click me](https://evil.example) <img src=x> | *");
    });
    let run = bg(
        &[
            "audit",
            dir.to_str().unwrap(),
            "--no-record",
            "--format",
            "md",
        ],
        &tempdir(),
        &tempdir(),
    );
    run.code(0);
    assert!(
        !run.stdout.contains("[click me](https://evil.example)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\\[click me\\](https://evil.example) \\<img src=x\\> \\| \\*"),
        "{}",
        run.stdout
    );
}
