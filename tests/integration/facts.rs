//! Facts (issue 10): answers set facts, conditions show and route, outcomes go on, and
//! `{fact}` is spoken; the checker proves it over every path.

use crate::common::{fixture, fixture_path, run};
use breakglass::engine::Session;
use breakglass::playbook::{Facts, Playbook};
use proptest::prelude::*;

fn demo() -> Session {
    Session::new(fixture("facts.yaml"))
}

/// The facts set by the answers on the path, computed from the playbook directly.
fn facts_of_answers(pb: &Playbook, s: &Session) -> Facts {
    let mut facts = Facts::unset(pb.facts().len());
    for a in s.answers() {
        let node = pb.node(pb.find(&a.node).unwrap());
        let c = node.choices().iter().find(|c| c.id == a.option).unwrap();
        facts.apply(&c.set);
    }
    facts
}

#[test]
fn hidden_options_are_not_offered_and_the_rest_are_numbered_as_seen() {
    let mut s = demo();
    s.choose_id("user").unwrap();
    let ids: Vec<&str> = s.choices().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["someone", "not-sure"], "`nobody` is hidden for users");
    assert!(s.choose_id("nobody").is_err());
    s.choose(0).unwrap();
    assert_eq!(s.node().id, "ask-admin", "option 1 as seen is `someone`");
}

#[test]
fn routes_follow_the_facts_and_the_first_match_wins() {
    let mut s = demo();
    s.choose_id("not-sure").unwrap();
    s.choose_id("nobody").unwrap();
    assert_eq!(s.node().id, "find-out", "role unknown: find out first");
    s.restart();
    s.choose_id("admin").unwrap();
    s.choose_id("nobody").unwrap();
    assert_eq!(s.node().id, "lockout");
}

#[test]
fn back_and_restart_undo_what_the_answers_set() {
    let mut s = demo();
    s.choose_id("admin").unwrap();
    assert_eq!(s.facts().get(0), Some(0));
    s.back();
    assert_eq!(s.facts().get(0), None);
    s.choose_id("user").unwrap();
    s.restart();
    assert_eq!(s.facts(), Facts::unset(2));
}

#[test]
fn outcome_options_continue_and_the_outcome_still_counts_as_reached() {
    let mut s = demo();
    s.choose_id("admin").unwrap();
    s.choose_id("someone").unwrap();
    assert!(s.outcome().is_some());
    let events = s.drain_events();
    assert!(events.iter().any(|e| matches!(e,
        breakglass::engine::Event::Reached { node } if node == "ask-admin")));
    s.choose_id("didnt-work").unwrap();
    assert_eq!(s.node().id, "lockout");
    assert_eq!(s.answers().len(), 3);
}

#[test]
fn text_speaks_the_facts_and_conditional_content_follows_them() {
    let mut s = demo();
    s.choose_id("user").unwrap();
    s.choose_id("not-sure").unwrap();
    s.advance().unwrap();
    let o = s.outcome().unwrap();
    assert_eq!(
        o.steps[0].say.as_deref(),
        Some(
            "I am an ordinary user, not an administrator. I don't know whether another \
             administrator exists."
        )
    );
    assert_eq!(o.steps.len(), 2, "the help-desk step shows for users");
    assert!(
        o.steps[0].caution.is_some(),
        "the caution shows unless admin"
    );
    assert_eq!(o.prepare.len(), 1, "admin proof hidden for users");
    assert_eq!(s.outcome_items().len(), 1, "no break-glass item for users");
    s.restart();
    s.choose_id("admin").unwrap();
    s.choose_id("nobody").unwrap();
    let o = s.outcome().unwrap();
    assert_eq!(o.steps.len(), 1);
    assert!(o.steps[0].caution.is_none());
    assert_eq!(o.prepare.len(), 2);
    assert_eq!(s.outcome_items().len(), 2);
}

#[derive(Debug, Clone)]
enum Act {
    Choose(usize),
    Back,
    Restart,
    Advance,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => (0usize..4).prop_map(Act::Choose),
        2 => Just(Act::Back),
        1 => Just(Act::Restart),
        1 => Just(Act::Advance),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// For random walks (back, restart, answers, outcome options), the facts the session
    /// reports equal the facts set by the answers currently on the path, and the options
    /// shown are exactly those whose condition holds.
    #[test]
    fn facts_always_follow_the_answers_on_the_path(acts in prop::collection::vec(act(), 0..40)) {
        let pb = fixture("facts.yaml");
        let mut s = Session::new(pb.clone());
        for a in acts {
            match a {
                Act::Choose(i) => { let _ = s.choose(i); }
                Act::Back => { s.back(); }
                Act::Restart => s.restart(),
                Act::Advance => { let _ = s.advance(); }
            }
            let expected = facts_of_answers(&pb, &s);
            prop_assert_eq!(s.facts(), expected.clone());
            let raw = pb.node(s.current()).choices();
            let shown: Vec<&str> = s.choices().iter().map(|c| c.id.as_str()).collect();
            let want: Vec<&str> = raw.iter().filter(|c| c.shown.matches(&expected))
                .map(|c| c.id.as_str()).collect();
            prop_assert_eq!(shown, want);
            let replayed = {
                let mut r = Session::new(pb.clone());
                r.replay(&s.answers()).map(|()| r.facts()).ok()
            };
            prop_assert_eq!(replayed, Some(expected));
        }
    }
}

#[test]
fn walk_continues_from_an_outcome_and_exits_0_at_an_outcome_with_options() {
    let path = fixture_path("facts.yaml");
    let p = path.to_str().unwrap();
    run(&[
        "walk",
        p,
        "--answer",
        "role=admin",
        "--answer",
        "others=someone",
    ])
    .code(0)
    .stdout_has("Ask the other administrator")
    .stdout_has("Did that work?")
    .stdout_has("didnt-work")
    .stdout_has("--answer ask-admin=<option>");
    run(&[
        "walk",
        p,
        "--answer",
        "role=user",
        "--answer",
        "others=not-sure",
    ])
    .code(0)
    .stdout_has("What you told breakglass")
    .stdout_has("Your role: I am an ordinary user")
    .stdout_has("| I am an ordinary user, not an administrator. I don't know whether");
    run(&[
        "walk",
        p,
        "--answer",
        "role=admin",
        "--answer",
        "others=someone",
        "--answer",
        "ask-admin=didnt-work",
    ])
    .code(0)
    .stdout_has("Reached: Ask the other administrator  [ask-admin]")
    .stdout_has("Call Microsoft Support  [lockout]");
}

#[test]
fn walk_json_has_a_facts_object_and_markdown_a_section() {
    let path = fixture_path("facts.yaml");
    let p = path.to_str().unwrap();
    let out = run(&[
        "walk",
        p,
        "--answer",
        "role=admin",
        "--answer",
        "others=nobody",
        "--json",
    ])
    .code(0)
    .stdout
    .clone();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["facts"]["role"], "admin");
    assert_eq!(v["facts"]["others"], "none");
    assert_eq!(v["status"], "outcome");
    run(&[
        "walk",
        p,
        "--answer",
        "role=not-sure",
        "--answer",
        "others=not-sure",
        "--format",
        "md",
    ])
    .code(0)
    .stdout_has("## What you told breakglass")
    .stdout_has("- **Your role:** *(not asked)*")
    .stdout_has("I don't know whether another administrator exists.");
}

/// (fixture in `facts-invalid/`, code of its one problem, line, column)
const CHECKS: &[(&str, &str, u64, u64)] = &[
    ("unknown-fact-in-set", "playbook::unknown-fact", 27, 15),
    ("unknown-fact-in-when", "playbook::unknown-fact", 32, 16),
    ("unknown-fact-in-text", "playbook::unknown-fact", 37, 15),
    ("unknown-fact-value", "playbook::unknown-fact-value", 31, 21),
    ("reserved-value", "playbook::reserved-value", 20, 7),
    (
        "route-without-default",
        "playbook::route-without-default",
        29,
        39,
    ),
    ("fact-may-be-unset", "playbook::fact-may-be-unset", 37, 15),
    (
        "fact-not-spoken-here",
        "playbook::fact-not-spoken-here",
        30,
        16,
    ),
    (
        "too-few-visible-options",
        "playbook::too-few-visible-options",
        22,
        3,
    ),
    ("dead-end-with-facts", "playbook::dead-end", 33, 3),
    (
        "then-without-options",
        "playbook::then-without-options",
        39,
        11,
    ),
];

#[test]
fn every_facts_check_reports_its_problem_at_its_line_and_column() {
    for &(name, code, line, col) in CHECKS {
        let path = fixture_path(&format!("facts-invalid/{name}.yaml"));
        let shown = format!("tests/fixtures/facts-invalid/{name}.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        let r = breakglass::validate::FileReport::of(
            &shown,
            text,
            &breakglass::playbook::CheckOptions::default(),
        );
        assert_eq!(r.diagnostics.len(), 1, "{name}: {:#?}", r.diagnostics);
        let d = &r.diagnostics[0];
        assert_eq!(d.code, code, "{name}");
        assert_eq!(d.severity, breakglass::playbook::Severity::Error, "{name}");
        let p = d.pos.unwrap_or_else(|| panic!("{name}: no position"));
        assert_eq!((p.line, p.col), (line, col), "{name}: {}", d.message);
        assert!(d.help.is_some(), "{name}: no help line");
        run(&["validate", "--max-age", "36500", path.to_str().unwrap()])
            .code(1)
            .stdout_has(&format!("{name}.yaml:{line}:{col}"));
    }
}

#[test]
fn every_fixture_in_the_facts_invalid_folder_is_covered() {
    let dir = fixture_path("facts-invalid");
    for e in std::fs::read_dir(dir).unwrap() {
        let stem = e
            .unwrap()
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(CHECKS.iter().any(|c| c.0 == stem), "{stem} has no check");
    }
}

#[test]
fn a_playbook_without_facts_keeps_its_braces_as_text() {
    let text = std::fs::read_to_string(fixture_path("small.yaml"))
        .unwrap()
        .replace(
            "help: Why we ask the first question.",
            "help: \"Type {tenant} here.\"",
        );
    let pb = breakglass::playbook::load_str(&text).unwrap().playbook;
    let s = Session::new(pb);
    assert_eq!(
        s.question().unwrap().help.as_deref(),
        Some("Type {tenant} here.")
    );
}

#[test]
fn a_fact_guarded_by_when_needs_no_unknown_phrase() {
    let path = fixture_path("facts-invalid/fact-may-be-unset.yaml");
    let text = std::fs::read_to_string(path).unwrap().replace(
        "        sources: [s1]\n",
        "        sources: [s1]\n        when: {others: [none, some]}\n      - text: Fallback.\n",
    );
    let loaded = breakglass::playbook::load_str(&text);
    assert!(loaded.is_ok(), "{:#?}", loaded.err());
}

#[test]
fn graph_and_stats_show_conditional_edges_and_continuations() {
    let path = fixture_path("facts.yaml");
    let p = path.to_str().unwrap();
    run(&["graph", p])
        .code(0)
        .stdout_has(
            "n_others -->|\"Nobody else (shown if not role=user) [if role=unknown]\"| n_find_out",
        )
        .stdout_has("n_others -->|\"Nobody else (shown if not role=user) [otherwise]\"| n_lockout")
        .stdout_has("n_ask_admin -->|\"↻ That didn't work\"| n_lockout");
    run(&["graph", "--format", "dot", p])
        .code(0)
        .stdout_has("\"ask-admin\" -> \"lockout\" [label=\"↻ That didn't work\", style=dashed];");
    run(&["validate", "--stats", "--max-age", "36500", p])
        .code(0)
        .stdout_has("2 facts; 2 options with conditional routes; 1 ways on from outcomes");
}

/// A config directory whose `playbooks/` holds the facts demo.
fn config_with_demo() -> std::path::PathBuf {
    let dir = crate::common::tempdir();
    std::fs::create_dir_all(dir.join("playbooks")).unwrap();
    std::fs::copy(fixture_path("facts.yaml"), dir.join("playbooks/facts.yaml")).unwrap();
    dir
}

fn session_id(data: &std::path::Path, config: &std::path::Path) -> String {
    let out = crate::common::run_exe_env(
        &crate::common::exe(),
        &["--config-dir", config.to_str().unwrap(), "sessions"],
        None,
        &[("BREAKGLASS_DATA_DIR", data)],
    );
    out.stdout
        .split_whitespace()
        .find(|w| w.contains('T') && w.contains('-') && w.len() > 20)
        .unwrap_or_else(|| panic!("no session id in:\n{}", out.stdout))
        .to_string()
}

#[test]
fn plain_mode_shows_only_visible_options_speaks_facts_and_goes_on_from_an_outcome() {
    let data = crate::common::tempdir();
    let config = config_with_demo();
    let cfg = config.to_str().unwrap();
    // As an ordinary user: `Nobody else` is not offered, so 2 is "I'm not sure".
    let r = crate::common::run_piped(
        &["--config-dir", cfg, "run", "facts-demo", "--plain"],
        "2\n2\n\n",
        &data,
    );
    r.code(0)
        .stdout_has("1. Someone else can")
        .stdout_has("2. I'm not sure")
        .stdout_has("Say this: I am an ordinary user, not an administrator. I don't know whether")
        .stdout_has("Step 2. Ask your help desk first.");
    assert!(!r.stdout.contains("Nobody else"), "{}", r.stdout);
    // Reports say what the person told breakglass, in Markdown and JSON.
    let id = session_id(&data, &config);
    let report = |extra: &[&str]| {
        let mut args = vec!["--config-dir", cfg, "report", id.as_str()];
        args.extend(extra);
        crate::common::run_exe_env(
            &crate::common::exe(),
            &args,
            None,
            &[("BREAKGLASS_DATA_DIR", &data)],
        )
    };
    report(&[])
        .code(0)
        .stdout_has("## What you told breakglass")
        .stdout_has("- **Your role:** I am an ordinary user, not an administrator.")
        .stdout_has("- **Other admins:** I don't know whether another administrator exists.");
    let json: serde_json::Value =
        serde_json::from_str(&report(&["--format", "json"]).code(0).stdout).unwrap();
    assert_eq!(json["told"]["role"], "user");
    assert_eq!(json["told"]["others"], "unsure");
    // The transcript records what each answer set.
    let saved = walkdir_find(&data, &id);
    let text = std::fs::read_to_string(saved).unwrap();
    assert!(
        text.contains("\"set\":{\"role\":\"user\"}") || text.contains("\"set\": {"),
        "{text}"
    );

    // An outcome that goes on: a number takes "That didn't work".
    let data = crate::common::tempdir();
    crate::common::run_piped(
        &["--config-dir", cfg, "run", "facts-demo", "--plain"],
        "1\n2\n1\n",
        &data,
    )
    .code(0)
    .stdout_has("Did that work?")
    .stdout_has("If this did not work, type 1 to 1 to go on.")
    .stdout_has("Outcome: Escalate to Microsoft Support.");
}

/// The saved transcript file whose name holds `id`.
fn walkdir_find(dir: &std::path::Path, id: &str) -> std::path::PathBuf {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().contains(id) {
                return p;
            }
        }
    }
    panic!("no file for {id} under {}", dir.display());
}

mod wizard {
    use super::*;
    use breakglass::tui::app::App;
    use breakglass::tui::theme::Theme;
    use breakglass::tui::view;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    fn screen(app: &App) -> String {
        let mut t = Terminal::new(TestBackend::new(100, 60)).unwrap();
        t.draw(|f| view::render(f, &app.model())).unwrap();
        format!("{}", t.backend())
    }

    fn press(app: &mut App, c: char) {
        app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }

    #[test]
    fn the_wizard_numbers_visible_options_speaks_facts_and_goes_on_from_an_outcome() {
        let mut a = App::new(demo(), Theme::mono(), Size::new(100, 60));
        press(&mut a, '2');
        let s = screen(&a);
        assert!(s.contains("1. Someone else can"), "{s}");
        assert!(s.contains("2. I'm not sure"), "{s}");
        assert!(!s.contains("Nobody else"), "{s}");
        assert_eq!(
            a.session().question().unwrap().help.as_deref(),
            Some("You told us: I am an ordinary user, not an administrator.")
        );
        press(&mut a, '1');
        let s = screen(&a);
        assert!(s.contains("DID THAT WORK?"), "{s}");
        assert!(s.contains("1. That didn't work"), "{s}");
        press(&mut a, 'y');
        let copied = a.take_clipboard().unwrap();
        assert!(copied.contains("Did that work?") && copied.contains("didnt-work"));
        press(&mut a, '1');
        assert_eq!(a.session().node().id, "lockout");
        press(&mut a, 'p');
        let s = screen(&a);
        assert!(
            s.contains("I am an ordinary user, not an administrator."),
            "{s}"
        );
        assert!(s.contains("WHAT THEY TOLD BREAKGLASS"), "{s}");
        assert!(
            s.contains("Other admins: Another administrator exists."),
            "{s}"
        );
        press(&mut a, 'b');
        assert_eq!(
            a.session().node().id,
            "ask-admin",
            "back returns to the outcome"
        );
        press(&mut a, '7');
        assert!(screen(&a).contains("There is no way on 7."));
    }
}

/// The built-in playbook uses facts where issue 10 showed the harm.
mod builtin {
    use super::*;
    use crate::common::builtin_playbook;

    fn at(answers: &[(&str, &str)]) -> Session {
        let mut s = Session::new(builtin_playbook());
        for (node, option) in answers {
            s.skip_info();
            s.answer(node, option).unwrap();
        }
        s.skip_info();
        s
    }

    const ADMIN: [(&str, &str); 6] = [
        ("which-service", "azure-admin"),
        ("symptom", "cannot-approve"),
        ("account-kind", "personal"),
        ("which-check", "second"),
        ("other-method", "no"),
        ("old-device", "none"),
    ];

    fn script(s: &Session) -> String {
        s.outcome()
            .unwrap()
            .steps
            .iter()
            .find_map(|st| st.say.clone())
            .unwrap()
    }

    #[test]
    fn the_support_script_states_only_what_the_person_answered() {
        let mut answers = ADMIN.to_vec();
        answers.extend([("who-else", "nobody"), ("support-channel", "phone")]);
        let sure = script(&at(&answers));
        assert!(sure.contains("I manage this directory (tenant) as an administrator."));
        assert!(sure.contains("personal Microsoft account"));
        assert!(sure.contains("As far as I know, no other administrator"));
        for claim in [
            "only Global Administrator",
            "was deleted",
            "company account",
        ] {
            assert!(!sure.contains(claim), "script claims {claim:?}: {sure}");
        }
        let unsure = script(&at(&[
            ("which-service", "not-sure"),
            ("symptom", "not-sure"),
            ("account-kind", "not-sure"),
            ("which-check", "not-sure"),
            ("other-method", "not-sure"),
            ("old-device", "not-sure"),
            ("who-else", "not-sure"),
            ("find-other-admins", "not-sure"),
            ("support-channel", "not-sure"),
        ]));
        assert_ne!(sure, unsure);
        assert!(unsure.contains("I don't know whether another administrator exists."));
        assert!(unsure.contains("I am not sure which role my account holds"));
        assert!(!unsure.contains("As far as I know, no other"));
    }

    #[test]
    fn not_sure_about_other_admins_is_not_routed_as_nobody() {
        let mut answers = ADMIN.to_vec();
        answers.push(("who-else", "not-sure"));
        assert_eq!(at(&answers).node().id, "find-other-admins");
        let mut user = ADMIN.to_vec();
        user[0] = ("which-service", "work-apps");
        // An ordinary user's account is a work account: no account-kind or which-check.
        user.remove(2);
        user.remove(2);
        let mut s = at(&user);
        assert!(
            s.choose_id("nobody").is_err(),
            "an ordinary user is not the only admin"
        );
        s.choose_id("not-sure").unwrap();
        assert_eq!(s.node().id, "user-ask-help-desk");
    }

    #[test]
    fn ordinary_users_get_no_admin_hardening() {
        let user = at(&[
            ("which-service", "work-apps"),
            ("symptom", "cannot-approve"),
            ("other-method", "yes"),
        ]);
        let admin = at(&[
            ("which-service", "azure-admin"),
            ("symptom", "cannot-approve"),
            ("account-kind", "work"),
            ("other-method", "yes"),
        ]);
        assert_eq!(user.node().id, "use-another-method");
        let lists = |s: &Session| -> Vec<String> {
            s.outcome_items().into_iter().map(|(l, _)| l).collect()
        };
        assert!(
            lists(&user).iter().all(|l| l == "back-in"),
            "{:?}",
            lists(&user)
        );
        assert!(lists(&admin).iter().any(|l| l == "admin-hardening"));
    }

    #[test]
    fn self_service_outcomes_offer_that_didnt_work_and_go_on() {
        for (symptom, outcome, next) in [
            ("code-rejected", "codes-rejected", "other-method"),
            ("locked", "smart-lockout", "password-forgotten"),
            ("password", "password-forgotten", "who-else"),
        ] {
            let mut s = at(&[("which-service", "azure-admin"), ("symptom", symptom)]);
            assert_eq!(s.node().id, outcome);
            let labels: Vec<&str> = s.choices().iter().map(|c| c.label.as_str()).collect();
            assert!(labels[0].starts_with("That didn't work"), "{labels:?}");
            s.choose_id("didnt-work").unwrap();
            assert_eq!(s.node().id, next, "{outcome}");
        }
    }
}

#[test]
fn duplicate_keys_are_reported_with_every_other_problem_at_once() {
    let path = fixture_path("many-duplicates.yaml");
    let r = run(&["validate", "--max-age", "36500", path.to_str().unwrap()]);
    r.code(1)
        .stdout_has("many-duplicates.yaml:31:9")
        .stdout_has("duplicate mapping key `label`")
        .stdout_has("many-duplicates.yaml:33:15")
        .stdout_has("points to `gone`")
        .stdout_has("many-duplicates.yaml:37:5")
        .stdout_has("duplicate mapping key `kind`")
        .stdout_has("3 errors, 0 warnings");
}

#[test]
fn the_format_guide_facts_example_uses_every_new_field_and_validates() {
    let guide = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/playbook-format.md"
    ))
    .unwrap();
    let after = guide
        .split("## Facts: answers that shape the outcome")
        .nth(1)
        .unwrap();
    let example = after
        .split("```yaml\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    for field in [
        "facts:",
        "values:",
        "unknown:",
        "title:",
        "set:",
        "when:",
        "unless:",
        "next:\n",
        "- {to:",
        "then:",
        "caution:\n",
        "prepare:",
        "- text:",
        "checklist:",
        "{role}",
    ] {
        assert!(example.contains(field), "the example lacks {field:?}");
    }
    let options = breakglass::playbook::CheckOptions {
        today: Some("2026-11-28".into()),
        max_age_days: Some(180),
    };
    let loaded = breakglass::playbook::load_str_with(example, &options)
        .unwrap_or_else(|d| panic!("the facts example does not load: {d:#?}"));
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    let dir = crate::common::tempdir();
    let path = dir.join("facts-example.yaml");
    std::fs::write(&path, example).unwrap();
    let p = path.to_str().unwrap();
    run(&["validate", p, "--max-age", "36500"]).code(0);
    run(&[
        "walk",
        p,
        "--answer",
        "role=user",
        "--answer",
        "others=someone",
        "--answer",
        "ask-admin=didnt-work",
    ])
    .code(0)
    .stdout_has("| I am an ordinary user, not an administrator. Another administrator");
}

#[test]
fn a_note_passed_on_the_way_is_spoken_in_the_walk_path() {
    let path = fixture_path("facts.yaml");
    run(&[
        "walk",
        path.to_str().unwrap(),
        "--answer",
        "role=user",
        "--answer",
        "others=not-sure",
    ])
    .code(0)
    .stdout_has("   Ask your help desk. I don't know whether another administrator exists.");
}

#[test]
fn transcripts_without_facts_still_load() {
    let old = r#"{"at":"2026-11-28T14:00:00Z","event":"answered","node":"q","option":"a"}"#;
    let entry: breakglass::transcript::Entry = serde_json::from_str(old).unwrap();
    assert_eq!(
        entry.record,
        breakglass::transcript::Record::Answered {
            node: "q".into(),
            option: "a".into(),
            set: std::collections::BTreeMap::new(),
        }
    );
    let new = serde_json::to_string(&entry).unwrap();
    assert!(!new.contains("\"set\""), "no empty `set` is written: {new}");
}
