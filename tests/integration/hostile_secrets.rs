//! The one secret detector through the real binary: secret-shaped drill notes are refused
//! in plain mode and never saved, honest notes are kept; a case fact that fits its format
//! but has a secret's shape is refused. (The full table of cases is a unit test of
//! `breakglass::playbook::secret`.)

use crate::common::{run_piped, tempdir};
use breakglass::store::Store;

/// Secrets the filter on e99a814 let through into a drill note.
const NOTE_SECRETS: &[&str] = &[
    "PIN 4711",
    "the code is 492817",
    "Hunter2!",
    "pwd=Winter2025",
    "passwort ist Sommer2026!",
    "123456-234567-345678-456789-567890-678901-789012-890123",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
    "Authorization: Bearer abcdef1234567890ghijkl",
    "abc8Q~Xy12.Zk3mN_o4pQr5sT6uV7wX8yZ9aB0cD1eF",
    "sp=r&sig=abc123XYZ%3D",
    "verification code 84736251",
];

const HONEST_NOTES: &[&str] = &[
    "FIDO2 key PIN unknown to both holders",
    "called support, case 2611280040001234",
    "the code was rejected, step 4 failed",
];

#[test]
fn secret_drill_notes_are_refused_in_plain_mode_and_never_saved() {
    let data = tempdir();
    // Task 1: every secret is refused in turn, then an honest note is kept; the other
    // tasks pass, the next two with honest notes.
    let mut input = String::from("\np\n");
    for s in NOTE_SECRETS {
        input.push_str(s);
        input.push('\n');
    }
    input.push_str(HONEST_NOTES[0]);
    input.push('\n');
    for i in 1..9 {
        input.push_str("p\n");
        input.push_str(HONEST_NOTES.get(i).copied().unwrap_or(""));
        input.push('\n');
    }
    let r = run_piped(
        &["drill", "run", "emergency-access-validation", "--plain"],
        &input,
        &data,
    );
    r.code(0).stdout_has("Task 1 marked pass.");
    let refused = r
        .stdout
        .matches("Not kept: the note looks like it holds a secret")
        .count();
    assert_eq!(refused, NOTE_SECRETS.len(), "{}", r.stdout);
    r.stdout_has("part of it looks like a one-time code");
    let (runs, _) = Store::at(&data).list_runs();
    assert_eq!(runs.len(), 1);
    let saved = serde_json::to_string(&runs[0]).unwrap();
    for s in NOTE_SECRETS {
        let probe = s.split_whitespace().last().unwrap_or(s);
        assert!(!saved.contains(probe), "{s:?} was saved");
    }
    for h in HONEST_NOTES {
        assert!(saved.contains(h), "honest note {h:?} was not kept");
    }
}

#[test]
fn a_secret_shaped_case_fact_is_refused() {
    let data = tempdir();
    // At the first question: f, then the six facts in order. A refused value is asked
    // for again (issue 12, B8), so each refusal is followed by Enter to skip that field.
    let input = "f\n\
                 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SflKxwRJSMeKKF\n\
                 \n\
                 pQ7xL2mZ@contoso.com\n\
                 \n\
                 \n\n\n\
                 2611280040001234\n\
                 q\n";
    let r = run_piped(&["--plain"], input, &data);
    r.code(0)
        .stdout_has("Not kept: that looks like a sign-in token (a JSON web token)")
        .stdout_has("Not kept: that looks like a password or access pass")
        .stdout_has("Kept.");
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(sessions.len(), 1);
    let facts = &sessions[0].facts;
    assert_eq!(facts.len(), 1, "{facts:?}");
    let saved = serde_json::to_string(&sessions[0]).unwrap();
    assert!(!saved.contains("eyJ"), "{saved}");
    assert!(!saved.contains("pQ7xL2mZ"), "{saved}");
    assert!(
        saved.contains("2611280040001234"),
        "an honest request number is kept"
    );
}

#[test]
fn playbook_text_holding_a_secret_is_refused_and_prose_about_codes_is_not() {
    let text = std::fs::read_to_string(crate::common::fixture_path("small.yaml")).unwrap();
    let dir = tempdir();
    let bad = dir.join("bad.yaml");
    let prose = dir.join("prose.yaml");
    std::fs::write(
        &bad,
        text.replacen("label: Left", "label: \"Left (the test PIN is 4711)\"", 1),
    )
    .unwrap();
    std::fs::write(
        &prose,
        text.replacen(
            "label: Left",
            "label: \"Left: the app shows a 6-digit code; the PIN was reset at 14:05\"",
            1,
        ),
    )
    .unwrap();
    let out = crate::common::run(&["validate", bad.to_str().unwrap()]);
    out.code(1);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("playbook::secret-in-text"), "{all}");
    assert!(all.contains("looks like a PIN"), "{all}");
    assert!(all.contains("bad.yaml:26:"), "{all}");
    let out = crate::common::run(&["validate", prose.to_str().unwrap()]);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(!all.contains("secret"), "{all}");
}

#[test]
fn hostile_text_costs_the_detector_linear_time() {
    // A secret's name every few bytes and no spaces: quadratic code takes minutes here.
    let start = std::time::Instant::now();
    for unit in [
        "code:",
        "x://code=",
        "pin ",
        "a1-",
        "eyJ.",
        "Hunter2!",
        "1 ",
    ] {
        let text = unit.repeat((1 << 18) / unit.len());
        let _ = breakglass::playbook::secret::find_secret(&text);
    }
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
}
