//! Plain mode through the real binary with piped input: the founding path, every fixture
//! path, back, restart, end of input, invalid input, help, facts and path codes; and
//! what a screen reader hears (no decoration, no escape sequences).

use crate::common::{Run, builtin_paths, builtin_playbook, run, run_piped, tempdir};
use breakglass::engine::{Session, pathcode};
use breakglass::store::Store;

/// The lines a person types in plain mode to follow `answers` (NODE=OPTION): the option's
/// number at each question, an empty line at each note.
fn typed(answers: &[String]) -> String {
    let mut s = Session::new(builtin_playbook());
    let mut input = String::new();
    let mut given = answers.iter().peekable();
    // Until the outcome, and on from outcomes while answers are left ("That didn't work").
    while s.outcome().is_none() || given.peek().is_some() {
        if s.question().is_none() && s.outcome().is_none() {
            input.push('\n');
            s.advance().unwrap();
            continue;
        }
        let (node, option) = given.next().unwrap().split_once('=').unwrap();
        assert_eq!(s.node().id, node);
        let index = s.choices().iter().position(|c| c.id == option).unwrap();
        input += &(index + 1).to_string();
        input.push('\n');
        s.choose(index).unwrap();
    }
    input
}

fn founding() -> Vec<String> {
    builtin_paths().remove(0).answers
}

/// Nothing a screen reader would read out as noise, and nothing that drives a terminal.
fn assert_plain_text(out: &str) {
    for c in out.chars() {
        let code = u32::from(c);
        assert!(
            !(0x2500..=0x259f).contains(&code) && !(0x25a0..=0x25ff).contains(&code),
            "box drawing or block glyph {c:?} in plain output"
        );
        assert!(
            c == '\n' || !c.is_control(),
            "control character {c:?} in plain output"
        );
    }
}

#[test]
fn the_founding_case_reaches_the_data_protection_outcome_and_is_saved() {
    let data = tempdir();
    let input = typed(&founding());
    assert_eq!(input, "1\n1\n1\n2\n2\n3\n5\n1\n");
    let r = run_piped(&["--plain"], &input, &data);
    r.code(0)
        .stdout_has("Question 1. 2 to 11 questions left.")
        .stdout_has("Question 8. 1 question left.")
        .stdout_has("Outcome: Escalate to Microsoft Support.")
        .stdout_has("ask for the Data Protection team")
        .stdout_has("Say this: I am calling about a lockout from our Microsoft Entra tenant")
        .stdout_has("Item 1, not done:")
        .stdout_has("Source 1: ")
        .stdout_has("Session saved as ");
    assert_plain_text(&r.stdout);
    let (sessions, errors) = Store::at(&data).list();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(sessions.len(), 1, "one session saved");
    assert!(sessions[0].is_finished());
    assert_eq!(sessions[0].answers().len(), 8);
}

#[test]
fn every_fixture_path_reaches_its_outcome_in_plain_mode() {
    let data = tempdir();
    let pb = builtin_playbook();
    for path in builtin_paths() {
        let r = run_piped(&["--plain"], &typed(&path.answers), &data);
        r.code(0);
        let outcome = pb.node(pb.find(&path.outcome).unwrap());
        let title = outcome.as_outcome().unwrap().title.clone();
        let first_words: String = title
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            r.stdout.contains(&first_words),
            "{}: stdout lacks {first_words:?}:\n{}",
            path.name,
            r.stdout
        );
        assert_plain_text(&r.stdout);
    }
}

#[test]
fn a_pipe_gets_plain_mode_without_asking() {
    // stdin is /dev/null and stdout a pipe: no terminal for the wizard.
    let r = run(&[]);
    r.code(3)
        .stdout_has("Question 1.")
        .stdout_has("End of input before an outcome. Stopped at: Which of these is you?")
        .stderr_has("plain mode, because standard input is not a terminal");
    run(&["run"]).code(3);
}

#[test]
fn end_of_input_before_an_outcome_says_so_and_exits_3() {
    let data = tempdir();
    let r = run_piped(&["--plain"], "1\n1\n", &data);
    r.code(3)
        .stdout_has("Question 3.")
        .stdout_has("End of input before an outcome. Stopped at: Which sign-in name do you type?")
        .stdout_has("Resume: breakglass --resume ");
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(sessions[0].answers().len(), 2, "the two answers are saved");
}

#[test]
fn invalid_input_re_asks_with_a_clear_message() {
    let data = tempdir();
    // At question 3 (three options): 9, then x, then 0, then the real answers.
    let r = run_piped(&["--plain"], "1\n1\n9\nx\n0\n1\n2\n2\n3\n5\n1\n", &data);
    r.code(0)
        .stdout_has("There is no answer 9. Type a number from 1 to 3.")
        .stdout_has("I did not understand \"x\". Type a number from 1 to 3, or b, r, ?, q.")
        .stdout_has("There is no answer 0. Type a number from 1 to 3.")
        .stdout_has("Data Protection");
    let q3 =
        &r.stdout[r.stdout.find("Question 3.").unwrap()..r.stdout.find("Question 4.").unwrap()];
    let asked = q3.matches("Answer 1 to 3, or b back").count();
    assert_eq!(asked, 4, "asked again after each bad line:\n{}", r.stdout);
    let shown = r.stdout.matches("Which sign-in name do you type?").count();
    assert_eq!(shown, 1, "a bad line does not move or reprint the question");
}

#[test]
fn back_and_restart_move_like_the_wizard() {
    let data = tempdir();
    // Two answers, back, a different second answer, restart, then the founding path.
    let input = format!("1\n1\nb\n2\nr\n{}", typed(&founding()));
    let r = run_piped(&["--plain"], &input, &data);
    r.code(0)
        .stdout_has("Which sign-in name do you type?")
        .stdout_has("Started again from the first question.")
        .stdout_has("Data Protection");
    // After `b` the second question is shown again, then answer 2 leads elsewhere.
    let back = r.stdout.find("Question 2.").unwrap();
    let again = r.stdout[back + 1..]
        .find("Question 2.")
        .map(|i| i + back + 1);
    assert!(again.is_some(), "b shows question 2 again:\n{}", r.stdout);
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(
        sessions[0].answers().len(),
        8,
        "the path after restart is what counts"
    );
    let b_at_start = run_piped(&["--plain"], "b\nq\n", &tempdir());
    b_at_start
        .code(0)
        .stdout_has("This is the first question; there is nothing to go back to.")
        .stdout_has("Quitting.");
}

#[test]
fn help_explains_the_question_and_the_commands() {
    let r = run_piped(&["--plain"], "?\nq\n", &tempdir());
    r.code(0)
        .stdout_has("Why we ask, and how to tell:")
        .stdout_has("Commands: a number chooses that answer")
        .stdout_has("breakglass never asks for a password or a code.");
}

#[test]
fn at_the_outcome_items_can_be_ticked_and_a_report_written() {
    let data = tempdir();
    let input = format!("{}t 1\nt 99\ne\n", typed(&founding()));
    let r = run_piped(&["--plain"], &input, &data);
    r.code(0)
        .stdout_has("Item 1 ticked.")
        .stdout_has("Type t and an item number from 1 to 14")
        .stdout_has("Report written to ");
    let report = std::fs::read_dir(data.join("reports"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(report).unwrap();
    assert!(text.contains("- [x] Register your new phone"), "{text}");
}

#[test]
fn facts_are_asked_one_by_one_and_checked() {
    let data = tempdir();
    let input = format!(
        "{}f\n00000000-0000-0000-0000-000000000042\nnot an address\n\n\n\n\n\n\n",
        typed(&founding())
    );
    let r = run_piped(&["--plain"], &input, &data);
    r.code(0)
        .stdout_has("Never type a password, a code or a recovery key here.")
        .stdout_has("Kept.")
        .stdout_has("Not kept: ");
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(sessions[0].facts.len(), 1, "{:?}", sessions[0].facts);
}

#[test]
fn a_path_code_opens_the_same_place_in_plain_mode_and_in_walk() {
    let first = run_piped(&["--plain"], "1\n1\n1\n2\n", &tempdir());
    first.code(3);
    let code = first
        .stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("Path code: "))
        .and_then(|l| l.split_whitespace().next())
        .map(|l| l.trim_end_matches('.').to_string())
        .expect("a path code is shown");
    let helper = run_piped(&["--plain", "--at", &code], "", &tempdir());
    helper
        .code(3)
        .stdout_has(&format!(
            "Opened path code {code}: 4 answers on entra-mfa-lockout."
        ))
        .stdout_has("Question 5.")
        .stdout_has("does \"Sign in another way\" offer a method that still works?");
    // Read over the phone: lower case, spaces instead of dashes, O for 0.
    let heard = code.to_lowercase().replace('-', " ").replace('0', "o");
    let walked = run_piped(&["walk", "--at", &heard], "", &tempdir());
    walked
        .code(3)
        .stdout_has("Stopped here: no answer given. Add --answer other-method=<option>");
}

#[test]
fn a_mistyped_or_foreign_code_is_refused_and_says_why() {
    let pb = builtin_playbook();
    let mut s = Session::new(pb);
    for a in &founding() {
        let (n, o) = a.split_once('=').unwrap();
        s.answer(n, o).unwrap();
    }
    let code = pathcode::encode(&s).unwrap();
    // Change one character to another valid one.
    let mut chars: Vec<char> = code.chars().collect();
    chars[1] = if chars[1] == 'A' { 'B' } else { 'A' };
    let bad: String = chars.into_iter().collect();
    run_piped(&["--plain", "--at", &bad], "", &tempdir())
        .code(2)
        .stderr_has("does not check out: a character was probably misheard or mistyped");
    run_piped(&["walk", "--at", "HELLO-U"], "", &tempdir())
        .code(2)
        .stderr_has("is not a path code");
    let small = crate::common::fixture_path("small.yaml");
    run_piped(
        &["walk", small.to_str().unwrap(), "--at", &code],
        "",
        &tempdir(),
    )
    .code(2)
    .stderr_has("was made with a different playbook or version")
    .stderr_has("the same playbook (this is small version 1)");
}

#[test]
fn walk_prints_a_shareable_markdown_outcome() {
    let mut args = vec!["walk".to_string(), "--format".into(), "md".into()];
    for a in founding() {
        args.extend(["-a".to_string(), a]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r: Run = run_piped(&args, "", &tempdir());
    r.code(0);
    insta::assert_snapshot!("walk_md_founding", r.stdout);
    assert!(r.stdout.starts_with("# What to do: Tenant lockout"));
    let pending = run_piped(
        &["walk", "--format", "md", "-a", "which-service=azure-admin"],
        "",
        &tempdir(),
    );
    pending
        .code(3)
        .stdout_has("## Still to answer: What happens when you try to sign in?")
        .stdout_has("- I can't approve the sign-in at all");
}
