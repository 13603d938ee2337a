//! Coming back later (issue 12, item 4): the last session reached an outcome with work left
//! open, so starting again offers to reopen it, in the wizard and in plain mode.

use crate::common::{exe, fixture, fixture_path, run_piped, tempdir};
use breakglass::engine::Session;
use breakglass::store::Store;
use breakglass::transcript::reopen::open_work;
use breakglass::tui::app::App;
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use breakglass::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

fn small() -> String {
    fixture_path("small.yaml").display().to_string()
}

/// A saved session of the small fixture that reached its escalation outcome (`done-right`,
/// one checklist item), with `more` typed there.
fn escalated(data: &std::path::Path, more: &str) {
    run_piped(
        &["run", "--plain", &small()],
        &format!("2\n{more}q\n"),
        data,
    )
    .code(0);
}

#[test]
fn open_work_is_described_and_closed_work_is_not() {
    let data = tempdir();
    escalated(&data, "");
    let pb = fixture("small.yaml");
    let (sessions, _) = Store::at(&data).list();
    let text = open_work(&sessions[0], &pb).unwrap();
    assert!(
        text.starts_with("You were waiting on Microsoft Support"),
        "{text}"
    );
    assert!(text.contains("add the case number"), "{text}");
    assert!(
        text.contains("tick what you did (0 of 1 item(s) ticked)"),
        "{text}"
    );
    // Ticked and with a case number: nothing open.
    let data = tempdir();
    escalated(&data, "t 1\nf\n\n\n\n\n\n2611280040001234\n");
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(open_work(&sessions[0], &pb), None);
    // A session stopped at a question is the resume offer's, not this one's.
    let data = tempdir();
    run_piped(&["run", "--plain", &small()], "1\nq\n", &data);
    let (sessions, _) = Store::at(&data).list();
    assert_eq!(open_work(&sessions[0], &pb), None);
}

#[test]
fn the_wizard_offers_to_reopen_and_reopens_at_the_outcome() {
    let data = tempdir();
    escalated(&data, "");
    let pb = fixture("small.yaml");
    let (sessions, _) = Store::at(&data).list();
    let mut a = App::new(Session::new(pb), Theme::mono(), Size::new(80, 24))
        .with_offer(sessions[0].clone());
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view::render(f, &a.model())).unwrap();
    let screen = format!("{}", t.backend());
    assert!(screen.contains("Reopen?"), "{screen}");
    assert!(
        screen.contains("You were waiting on Microsoft Support"),
        "{screen}"
    );
    a.apply(Action::Yes);
    assert_eq!(a.session().node().id, "done-right");
}

#[test]
fn starting_again_in_a_terminal_offers_to_reopen() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let data = tempdir();
    escalated(&data, "");
    let t = crate::tmux::Tmux::new("bg-reopen");
    let script = format!("{} run --plain '{}'; sleep 60", exe().display(), small());
    let env = format!("BREAKGLASS_DATA_DIR={}", data.display());
    t.start((100, 30), &[&env], &["sh", "-c", &script]);
    let screen = t.wait_for("Type y to reopen it");
    assert!(screen.contains("add the case number"), "{screen}");
    t.keys(&["y", "Enter"]);
    t.wait_for("Outcome: ");
    t.wait_for("Right done");
}
