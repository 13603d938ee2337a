//! Issue 12: plain mode for screen readers (no hard wrap into a pipe, wrap at the terminal's
//! width, commands to repeat and to re-read), quitting honestly (B7), re-asked case facts
//! (B8), Ctrl-C in plain mode (B9), a valid example code (B10) and one name for codes and
//! correlation IDs kept as typed (B15).

use crate::common::{exe, run, run_piped, tempdir};
use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::store::Store;
use breakglass::transcript::FactKind;
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

/// The long-question fixture as a playbook path argument.
fn long() -> String {
    crate::common::fixture_path("long-question.yaml")
        .display()
        .to_string()
}

#[test]
fn plain_output_into_a_pipe_is_not_hard_wrapped() {
    let r = run_piped(&["run", "--plain", &long()], "q\n", &tempdir());
    r.code(0);
    // The question is one paragraph: one line, ending with its last words.
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("On the sign-in page"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(
        line.ends_with("The last words of this question must stay readable."),
        "{line:?}"
    );
}

#[test]
fn plain_commands_repeat_the_question_list_sections_and_read_a_step() {
    let r = run_piped(
        &["run", "--plain", &long()],
        "a\n1\nl\ns 1\ns 9\nq\n",
        &tempdir(),
    );
    r.code(0);
    assert_eq!(
        r.stdout.matches("On the sign-in page").count(),
        2,
        "a repeats the question:\n{}",
        r.stdout
    );
    r.stdout_has("This outcome has 2 sections:")
        .stdout_has("1. Steps, 1 in all.")
        .stdout_has("2. Sources, 1 in all.");
    assert_eq!(
        r.stdout
            .matches("Step 1. Sign in with the method that works.")
            .count(),
        2,
        "s 1 reads step 1 again:\n{}",
        r.stdout
    );
    r.stdout_has("There is no step 9: this outcome has 1 step(s).");
}

/// B8: a refused case fact is asked for again, not passed on to the next field.
#[test]
fn a_refused_case_fact_is_asked_for_again() {
    let data = tempdir();
    let input = "f\nnot a tenant!\ncontoso.onmicrosoft.com\n\n\n\n\n\nq\n";
    let r = run_piped(&["run", "--plain", &long()], input, &data);
    r.code(0);
    assert_eq!(
        r.stdout
            .matches("Tenant ID or primary domain (for example")
            .count(),
        2,
        "{}",
        r.stdout
    );
    let (sessions, _) = Store::at(&data).list();
    let facts = &sessions[0].facts;
    assert_eq!(
        facts.get(&FactKind::Tenant).map(String::as_str),
        Some("contoso.onmicrosoft.com"),
        "{facts:?}"
    );
    assert!(!facts.contains_key(&FactKind::SignIn), "{facts:?}");
}

/// B7: quitting before the first answer does not claim a saved session.
#[test]
fn quitting_before_the_first_answer_says_nothing_was_saved() {
    let data = tempdir();
    let r = run_piped(&["run", "--plain", &long()], "q\n", &data);
    r.code(0)
        .stdout_has("Nothing was saved: you left before the first answer");
    assert!(!r.stdout.contains("Session saved as"), "{}", r.stdout);
    // The wizard's quit question says the same.
    let pb = crate::common::fixture("long-question.yaml");
    let store = Store::at(&tempdir());
    let clock: Box<dyn breakglass::transcript::Clock> =
        Box::new(breakglass::transcript::SystemClock);
    let mut a = App::new(Session::new(pb.clone()), Theme::mono(), Size::new(80, 24))
        .with_journal(Journal::start(&pb, Some(store), clock));
    a.apply(Action::Quit);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view::render(f, &a.model())).unwrap();
    let screen = format!("{}", t.backend());
    assert!(screen.contains("Nothing is saved yet"), "{screen}");
    assert!(!screen.contains("The session is saved"), "{screen}");
    // After an answer, it is saved, and the summary names it.
    let r = run_piped(&["run", "--plain", &long()], "1\nq\n", &data);
    r.code(0).stdout_has("Session saved as ");
}

/// B9: Ctrl-C in plain mode prints the wizard's summary and exits 0, as the wizard does.
#[test]
fn ctrl_c_in_plain_mode_prints_the_summary_and_exits_0() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let t = crate::tmux::Tmux::new("bg-plain-ctrlc");
    let data = tempdir();
    let script = format!(
        // The shell survives the Ctrl-C (a trap), as an interactive one would.
        "trap 'true' INT; {} run --plain '{}'; printf '\\nexit=%s\\nEND-OF-RUN\\n' $?; sleep 60",
        exe().display(),
        long()
    );
    let env = format!("BREAKGLASS_DATA_DIR={}", data.display());
    t.start((80, 24), &[&env], &["sh", "-c", &script]);
    t.wait_for("Answer 1 to 3");
    t.keys(&["1", "Enter"]);
    t.wait_for("This is the end of the path");
    t.keys(&["C-c"]);
    let screen = t.wait_for("END-OF-RUN");
    assert!(screen.contains("exit=0"), "{screen}");
    assert!(screen.contains("You reached: Done"), "{screen}");
    assert!(screen.contains("Session saved as "), "{screen}");
    assert!(screen.contains("Path code: "), "{screen}");
}

/// Plain mode on a terminal wraps at its width (40 columns here), never past it.
#[test]
fn plain_mode_on_a_terminal_wraps_at_its_width() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let t = crate::tmux::Tmux::new("bg-plain-wrap");
    let data = tempdir();
    let script = format!("{} run --plain '{}'; sleep 60", exe().display(), long());
    let env = format!("BREAKGLASS_DATA_DIR={}", data.display());
    t.start((40, 30), &[&env], &["sh", "-c", &script]);
    t.wait_for("Answer 1 to 3");
    // Without -J: the rows as drawn, so a line the program wrapped stays a row.
    let raw = String::from_utf8_lossy(&t.tmux(&["capture-pane", "-p"]).stdout).into_owned();
    assert!(
        raw.contains("On the sign-in page, below the request"),
        "{raw}"
    );
    let rows: Vec<&str> = raw.lines().collect();
    let start = rows
        .iter()
        .position(|l| l.starts_with("On the sign-in"))
        .unwrap();
    // Each row of the question is a whole line of words, not a cut at column 40.
    for row in &rows[start..start + 4] {
        assert!(
            row.trim_end().chars().count() < 40,
            "{row:?} fills the row:\n{raw}"
        );
    }
}

/// B10: the example code in `--help` and in the error for a malformed code is itself a
/// well-formed code (it may name another playbook, but it is not "mistyped").
#[test]
fn the_example_path_code_checks_out() {
    let help = run(&["--help"]);
    let example = help
        .stdout
        .split("a helper reads it to you, e.g. ")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .unwrap_or_else(|| panic!("{}", help.stdout))
        .to_string();
    let bad = run(&["--plain", "--at", "!!!"]);
    bad.code(2).stderr_has(&format!("like {example}"));
    let r = run(&["walk", "--at", &example]);
    r.stderr_lacks("does not check out")
        .stderr_lacks("mistyped");
}

/// B15: a correlation ID is kept as typed.
#[test]
fn a_correlation_id_is_kept_as_typed() {
    let id = "5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d";
    assert_eq!(FactKind::CorrelationId.parse(id).unwrap(), id);
}

/// B15: one name for path codes in plain mode and the help.
#[test]
fn path_codes_have_one_name() {
    let r = run_piped(&["run", "--plain", &long()], "1\n?\nc\nq\n", &tempdir());
    r.code(0).stdout_has("Path code: ");
    assert!(
        !r.stdout.to_lowercase().contains("position code"),
        "{}",
        r.stdout
    );
}
