//! `report --redact` through the real binary keeps its word: with a session whose facts and
//! free text (a tampered title) hold a phone number, e-mail addresses, GUIDs and domains,
//! none of the originals is left in the Markdown, the JSON or the written file, and each
//! is replaced by a stable placeholder.

use std::path::Path;

use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::store::Store;
use breakglass::transcript::{FactKind, FixedClock};

use crate::common::{builtin_playbook, run_piped, tempdir};

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

const FACTS: [(FactKind, &str); 6] = [
    (FactKind::Tenant, "contoso.onmicrosoft.com"),
    (FactKind::SignIn, "admin@contoso.com"),
    (FactKind::ErrorCode, "AADSTS50076"),
    (
        FactKind::CorrelationId,
        "5A4B3C2D-1E0F-4A3B-9C8D-7E6F5A4B3C2D",
    ),
    (FactKind::ErrorTime, "2026-11-28 14:05"),
    (FactKind::RequestNumber, "2611280040001234"),
];

/// Free text in the session file (the playbook title it shows in the report).
const TITLE: &str = "Lockout at fabrikam.com: call +44 20 7946 0000 or mail \
                     helpdesk@fabrikam.com, object 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0, \
                     also contoso.onmicrosoft.com and example.com";

/// What must not survive redaction.
const ORIGINALS: &[&str] = &[
    "contoso.onmicrosoft.com",
    "admin@contoso.com",
    "contoso.com",
    "AADSTS50076",
    "5A4B3C2D-1E0F-4A3B-9C8D-7E6F5A4B3C2D",
    "2026-11-28 14:05",
    "2611280040001234",
    "fabrikam.com",
    "helpdesk@",
    "7946",
    "0f1e2d3c",
    "example.com",
];

fn saved_session(data: &Path) -> String {
    let pb = builtin_playbook();
    let clock = Box::new(FixedClock("2026-11-28T14:00:00Z".parse().unwrap()));
    let mut session = Session::new(pb.clone());
    let mut journal = Journal::start(&pb, Some(Store::at(data)), clock);
    journal.record(session.drain_events()).unwrap();
    for (node, option) in FOUNDING {
        session.answer(node, option).unwrap();
        journal.record(session.drain_events()).unwrap();
    }
    for (kind, value) in FACTS {
        journal.set_fact(kind, Some(value.into())).unwrap();
    }
    let id = journal.transcript().id.clone();
    let file = data.join("sessions").join(format!("{id}.json"));
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    json["playbook"]["title"] = TITLE.into();
    std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    id
}

/// The text without the random part of session ids (`…Z-` and 16 hex digits), which can
/// hold any run of digits, e.g. a piece of one of the phone numbers.
fn without_session_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("Z-") {
        out.push_str(&rest[..i + 2]);
        let after = &rest[i + 2..];
        let random = after
            .get(..16)
            .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()));
        rest = if random.is_some() {
            &after[16..]
        } else {
            after
        };
    }
    out.push_str(rest);
    out
}

fn assert_redacted(text: &str, what: &str) {
    let checked = without_session_ids(text);
    for original in ORIGINALS {
        assert!(
            !checked.to_lowercase().contains(&original.to_lowercase()),
            "{original} survived in the {what}:\n{text}"
        );
    }
    for placeholder in [
        "[tenant]",
        "[sign-in name]",
        "[correlation ID]",
        "[request number]",
        "[email 1]",
        "[guid 1]",
        "[domain 1]",
        "[domain 2]",
        "[phone 1]",
    ] {
        assert!(
            text.contains(placeholder),
            "{placeholder} missing in the {what}:\n{text}"
        );
    }
}

#[test]
fn report_redact_replaces_phones_emails_guids_domains_and_facts() {
    let data = tempdir();
    let id = saved_session(&data);
    // Unredacted, the originals are there (so the test proves something).
    let plain = run_piped(&["report", &id], "", &data);
    plain
        .code(0)
        .stdout_has("fabrikam.com")
        .stdout_has("+44 20 7946 0000");

    let md = run_piped(&["report", &id, "--redact"], "", &data);
    md.code(0);
    assert_redacted(&md.stdout, "Markdown");
    assert!(
        md.stdout.contains("Who is locked out: [sign-in name]"),
        "{}",
        md.stdout
    );
    // Microsoft's own links, including the global support-number list the playbook points
    // to, are kept.
    assert!(
        md.stdout.contains("https://learn.microsoft.com/"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout
            .contains("https://support.microsoft.com/topic/global-customer-service-phone-numbers"),
        "{}",
        md.stdout
    );

    let json = run_piped(&["report", &id, "--redact", "--format", "json"], "", &data);
    json.code(0);
    assert_redacted(&json.stdout, "JSON");
    let v = json.json();
    assert_eq!(v["facts"]["tenant"], "[tenant]");
    // The same value gets the same placeholder everywhere in one report.
    let title = v["playbook"]["title"].as_str().unwrap();
    assert!(
        title.contains("[domain 1]") && title.contains("[email 1]"),
        "{title}"
    );

    let out = data.join("shared").join("case.md");
    run_piped(
        &["report", &id, "--redact", "--out", out.to_str().unwrap()],
        "",
        &data,
    )
    .code(0);
    assert_redacted(&std::fs::read_to_string(&out).unwrap(), "written file");
}
