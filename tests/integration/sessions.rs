//! Sessions: the transcript records every step with its time and round-trips through JSON;
//! saving is atomic and private; a failed save keeps the session in memory and the next
//! step saves everything; resuming replays exactly, or as far as a changed playbook allows;
//! reports (Markdown, JSON) and redaction; no case fact is free text.

use std::path::Path;

use crate::common::{builtin_playbook, fixture, fixture_path, tempdir};
use breakglass::engine::{Event, Session};
use breakglass::export::report::{self, ReportInput};
use breakglass::journal::Journal;
use breakglass::playbook::load_str;
use breakglass::store::Store;
use breakglass::transcript::{self, FactKind, FixedClock, Record, Transcript};

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

fn clock(at: &str) -> Box<dyn breakglass::transcript::Clock> {
    Box::new(FixedClock(at.parse().unwrap()))
}

/// Walks `answers` through `session`, recording each step at one minute past the last.
fn walk(session: &mut Session, journal: &mut Journal, answers: &[(&str, &str)], minute0: u32) {
    for (i, (node, option)) in answers.iter().enumerate() {
        session.skip_info();
        session.answer(node, option).unwrap();
        let minute = minute0 + u32::try_from(i).unwrap();
        let mut t = journal.transcript().clone();
        t.record(
            session.drain_events().into_iter().map(Record::from),
            &FixedClock(format!("2026-11-28T14:{minute:02}:00Z").parse().unwrap()),
        );
        *journal =
            Journal::continue_with(t, journal.store().cloned(), clock("2026-11-28T14:30:00Z"));
        journal.save().unwrap();
    }
}

/// A founding-case session with facts, at fixed times and a fixed id.
fn founding_session(store: Option<Store>) -> (Session, Journal) {
    let pb = builtin_playbook();
    let mut session = Session::new(pb.clone());
    let mut t = Transcript::new(&pb, &FixedClock("2026-11-28T14:00:00Z".parse().unwrap()));
    t.id = "20261128T140000Z-abcd".into();
    t.record(
        session.drain_events().into_iter().map(Record::from),
        &FixedClock("2026-11-28T14:00:00Z".parse().unwrap()),
    );
    let mut journal = Journal::continue_with(t, store, clock("2026-11-28T14:00:00Z"));
    walk(&mut session, &mut journal, &FOUNDING, 1);
    session.toggle("back-in", "register-new").unwrap();
    let mut t = journal.transcript().clone();
    let at = FixedClock("2026-11-28T14:20:00Z".parse().unwrap());
    t.record(session.drain_events().into_iter().map(Record::from), &at);
    t.set_fact(
        FactKind::Tenant,
        Some("contoso.onmicrosoft.com".into()),
        &at,
    );
    t.set_fact(
        FactKind::SignIn,
        Some("alex_outlook.com#EXT#@contoso.onmicrosoft.com".into()),
        &at,
    );
    t.set_fact(FactKind::ErrorCode, Some("AADSTS50076".into()), &at);
    t.set_fact(
        FactKind::CorrelationId,
        Some("5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d".into()),
        &at,
    );
    let journal =
        Journal::continue_with(t, journal.store().cloned(), clock("2026-11-28T14:30:00Z"));
    (session, journal)
}

#[test]
fn the_engine_records_every_step_and_the_transcript_keeps_the_path() {
    let mut s = Session::new(fixture("small.yaml"));
    assert_eq!(s.drain_events(), [Event::Shown { node: "q1".into() }]);
    s.choose_id("left").unwrap();
    s.choose_id("down").unwrap();
    s.back();
    s.choose_id("up").unwrap();
    s.restart();
    s.choose_id("third").unwrap();
    s.advance().unwrap();
    s.choose_id("x").unwrap();
    s.toggle("after", "a").unwrap();
    let events = s.drain_events();
    assert!(events.contains(&Event::Reached {
        node: "done-left".into()
    }));
    assert!(events.contains(&Event::Back {
        from: "done-left".into()
    }));
    let mut t = Transcript::new(
        s.playbook(),
        &FixedClock("2026-11-28T14:00:00Z".parse().unwrap()),
    );
    t.record(
        events.into_iter().map(Record::from),
        &FixedClock("2026-11-28T14:01:00Z".parse().unwrap()),
    );
    let answers: Vec<(String, String)> = t
        .answers()
        .into_iter()
        .map(|a| (a.answer.node, a.answer.option))
        .collect();
    assert_eq!(
        answers,
        [("q1".into(), "third".into()), ("q3".into(), "x".into())]
    );
    assert_eq!(t.outcome(), Some("done-left"));
    assert!(t.is_finished());
    assert!(t.ticked().contains(&("after".to_string(), "a".to_string())));
}

#[test]
fn a_transcript_round_trips_through_json() {
    let (_, journal) = founding_session(None);
    let t = journal.transcript();
    let json = serde_json::to_string_pretty(t).unwrap();
    let back: Transcript = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, t);
    assert_eq!(back.format, "breakglass-session/1");
    assert!(back.tool.starts_with("breakglass "));
    assert_eq!(back.playbook.hash.len(), 16);
    assert_eq!(back.answers().len(), 8);
    assert!(json.contains("\"event\": \"answered\""));
    assert!(json.contains("\"at\": \"2026-11-28T14:08:00Z\""));
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn sessions_are_saved_atomically_and_privately_after_every_step() {
    let data = tempdir();
    let store = Store::at(&data);
    let (_, journal) = founding_session(Some(store.clone()));
    let path = store.session_path(&journal.transcript().id);
    assert!(path.exists());
    let saved = store.load(&journal.transcript().id).unwrap();
    assert_eq!(saved.answers().len(), 8, "the last step was saved");
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&store.sessions_dir()), 0o700);
    }
    let leftovers: Vec<_> = std::fs::read_dir(store.sessions_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let (list, broken) = store.list();
    assert_eq!(list.len(), 1);
    assert!(broken.is_empty());
    store.delete(&saved.id).unwrap();
    assert!(store.list().0.is_empty());
}

#[test]
fn a_failed_save_keeps_everything_in_memory_and_the_next_step_saves_it_all() {
    let base = tempdir();
    let data = base.join("data");
    // A file where the data directory should be: creating it fails, even as root.
    std::fs::write(&data, "in the way").unwrap();
    let store = Store::at(&data);
    let pb = fixture("small.yaml");
    let mut session = Session::new(pb.clone());
    let mut journal = Journal::start(&pb, Some(store.clone()), clock("2026-11-28T14:00:00Z"));
    journal.record(session.drain_events()).unwrap();
    session.choose_id("left").unwrap();
    let err = journal.record(session.drain_events()).unwrap_err();
    assert_eq!(journal.error(), Some(&err));
    assert_eq!(
        breakglass::store::describe(err.kind),
        "a file is in the way of the folder"
    );
    session.choose_id("up").unwrap();
    assert!(journal.record(session.drain_events()).is_err());
    assert_eq!(
        journal.transcript().answers().len(),
        2,
        "nothing is lost in memory"
    );
    std::fs::remove_file(&data).unwrap();
    session.choose_id("x").unwrap();
    journal.record(session.drain_events()).unwrap();
    assert!(journal.error().is_none());
    let saved = store.load(&journal.transcript().id).unwrap();
    assert_eq!(
        saved.answers().len(),
        3,
        "every step made while saving failed was kept"
    );
    assert_eq!(saved.outcome(), Some("done-left"));
}

#[test]
fn opening_and_leaving_without_a_step_writes_no_file() {
    let data = tempdir();
    let store = Store::at(&data);
    let pb = fixture("small.yaml");
    let mut session = Session::new(pb.clone());
    let mut journal = Journal::start(&pb, Some(store.clone()), clock("2026-11-28T14:00:00Z"));
    journal.record(session.drain_events()).unwrap();
    assert!(store.list().0.is_empty());
    assert!(journal.saved_to().is_none());
}

#[test]
fn resuming_on_the_same_playbook_replays_every_step() {
    let (session, journal) = founding_session(None);
    let r = transcript::resume(journal.transcript(), builtin_playbook());
    assert_eq!(r.note, None);
    assert_eq!(r.session.node().id, session.node().id);
    assert_eq!(r.session.answers(), session.answers());
    assert!(r.session.is_ticked("back-in", "register-new"));
}

/// The small fixture's text, a session that answered `left` then `up` on it, and a new
/// version of it that renames `up` to `upward`.
pub(crate) fn small_answered_then_changed() -> (String, Transcript, String) {
    let small = std::fs::read_to_string(fixture_path("small.yaml")).unwrap();
    let pb = load_str(&small).unwrap().playbook;
    let mut session = Session::new(pb.clone());
    let mut t = Transcript::new(&pb, &FixedClock("2026-11-28T14:00:00Z".parse().unwrap()));
    session.choose_id("left").unwrap();
    session.choose_id("up").unwrap();
    t.record(
        session.drain_events().into_iter().map(Record::from),
        &FixedClock("2026-11-28T14:01:00Z".parse().unwrap()),
    );
    // The new version renames q2's option `up` to `upward`.
    let changed = small
        .replace("version: \"1\"", "version: \"2\"")
        .replace("      - id: up\n", "      - id: upward\n");
    (small, t, changed)
}

#[test]
fn resuming_on_a_changed_playbook_replays_what_fits_and_says_where_it_stopped() {
    let (small, t, changed) = small_answered_then_changed();
    let r = transcript::resume(&t, load_str(&changed).unwrap().playbook);
    let note = r.note.unwrap();
    assert!(note.contains("version 1 then, 2 now"), "{note}");
    assert!(note.contains("1 of 2 answers still fit"), "{note}");
    assert!(note.contains("stopped at \"Second?\""), "{note}");
    assert!(note.contains("`q2=up`"), "{note}");
    assert_eq!(r.session.node().id, "q2");
    // A change that keeps every answer valid replays them all.
    let cosmetic = small.replace("question: Third?", "question: Third, reworded?");
    let r = transcript::resume(&t, load_str(&cosmetic).unwrap().playbook);
    assert!(r.note.unwrap().contains("all 2 answers still fit"));
    assert_eq!(r.session.node().id, "q3");
}

fn input<'a>(journal: &'a Journal, session: &'a Session) -> ReportInput<'a> {
    ReportInput {
        transcript: journal.transcript(),
        session,
        note: None,
    }
}

#[test]
fn the_founding_report_in_markdown() {
    let (session, journal) = founding_session(None);
    let md = report::to_markdown(&input(&journal, &session), false);
    assert!(md.starts_with("# breakglass session report"));
    assert!(md.contains("## Case summary for Microsoft Support"));
    assert!(md.contains("Who is locked out: alex_outlook.com#EXT#@contoso.onmicrosoft.com"));
    assert!(md.contains("- [x] Register your new phone"));
    assert!(md.contains("\\<your sign-in name>") || !md.contains("<your sign-in name>"));
    let version = env!("CARGO_PKG_VERSION");
    insta::assert_snapshot!(md.replace(version, "X.Y.Z"));
}

#[test]
fn the_founding_report_in_json() {
    let (session, journal) = founding_session(None);
    let mut json = report::to_json(&input(&journal, &session), false);
    json["tool"] = "breakglass X.Y.Z".into();
    assert_eq!(json["format"], "breakglass-report/1");
    assert_eq!(json["status"], "outcome");
    assert_eq!(json["outcome"]["node"], "tenant-lockout");
    assert_eq!(json["answers"].as_array().unwrap().len(), 8);
    assert_eq!(json["facts"]["tenant"], "contoso.onmicrosoft.com");
    insta::assert_json_snapshot!(json);
}

#[test]
fn redaction_hides_facts_emails_and_guids() {
    let (session, journal) = founding_session(None);
    let md = report::to_markdown(&input(&journal, &session), true);
    let json = report::to_json(&input(&journal, &session), true).to_string();
    for text in [&md, &json] {
        for secretish in [
            "contoso.onmicrosoft.com",
            "alex_outlook.com",
            "AADSTS50076",
            "5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d",
        ] {
            assert!(!text.contains(secretish), "{secretish} survived redaction");
        }
    }
    assert!(md.contains("Who is locked out: [sign-in name]"));
    assert!(md.contains("Tenant (ID or primary domain): [tenant]"));
    assert!(md.contains("[correlation ID]"));
}

#[test]
fn no_fact_kind_is_free_text() {
    let free_text = [
        "my password is hunter2",
        "P@ssw0rd!",
        "123456",
        "87654321",
        "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY",
        "tap: Xk9#mQ2!",
        "correct horse battery staple",
        "",
        "   ",
    ];
    for kind in FactKind::ALL {
        for text in free_text {
            assert!(kind.parse(text).is_err(), "{kind:?} accepted {text:?}");
        }
        // And every kind does accept its own example format.
        let example = match kind {
            FactKind::Tenant => "contoso.onmicrosoft.com",
            FactKind::SignIn => "admin@contoso.com",
            FactKind::ErrorCode => "AADSTS50076",
            FactKind::CorrelationId => "5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d",
            FactKind::ErrorTime => "2026-11-28T14:05:22Z",
            FactKind::RequestNumber => "2611280040001234",
        };
        assert!(kind.parse(example).is_ok(), "{kind:?} refused {example}");
    }
}
