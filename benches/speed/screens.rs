//! The screens the render benchmarks draw, reached on the built-in playbook and drill by
//! searching the graph (so they do not depend on its wording): the first question, the
//! first note (info node), the outcome with the most steps (at its top and scrolled), the
//! help and facts panels over the first question, and the validation drill's task list.

use std::collections::VecDeque;

use breakglass::catalog::Catalog;
use breakglass::drill::{self, Drill};
use breakglass::engine::Session;
use breakglass::playbook::{CheckOptions, NodeBody, Playbook};
use breakglass::transcript::SystemClock;
use breakglass::tui::app::App;
use breakglass::tui::drill::{Setup, TasksScreen};
use breakglass::tui::keymap::Action;
use breakglass::tui::theme::Theme;
use ratatui::layout::Size;

/// The built-in playbook the wizard opens, from its compiled form.
pub fn playbook() -> Playbook {
    Catalog::builtin_only()
        .open(None)
        .expect("the default playbook opens")
        .playbook
}

/// The option indexes that lead from the start to the first node `want` accepts, breadth
/// first (the shortest way).
pub fn path_to(pb: &Playbook, want: impl Fn(&Session) -> bool) -> Vec<usize> {
    let mut queue = VecDeque::from([(Session::new(pb.clone()), Vec::new())]);
    let mut seen = std::collections::HashSet::new();
    while let Some((s, path)) = queue.pop_front() {
        if want(&s) {
            return path;
        }
        if !seen.insert((s.current(), s.facts())) {
            continue;
        }
        if let NodeBody::Info(_) = s.node().body {
            let mut next = s.clone();
            if next.advance().is_ok() {
                let mut p = path.clone();
                p.push(usize::MAX);
                queue.push_back((next, p));
            }
            continue;
        }
        for i in 0..s.choices().len() {
            let mut next = s.clone();
            if next.choose(i).is_ok() {
                let mut p = path.clone();
                p.push(i);
                queue.push_back((next, p));
            }
        }
    }
    panic!("no such node in the built-in playbook")
}

/// A wizard on `pb` at size `size`, after following `path` (`usize::MAX` goes on from a
/// note).
pub fn app_after(pb: &Playbook, path: &[usize], size: Size) -> App {
    let mut app = App::new(Session::new(pb.clone()), Theme::new(false), size);
    for &i in path {
        app.apply(if i == usize::MAX {
            Action::Choose
        } else {
            Action::Pick(i)
        });
    }
    app
}

/// The screen `name` at `size`.
pub fn screen(name: &str, size: Size) -> Screen {
    all(size)
        .into_iter()
        .find_map(|(n, s)| (n == name).then_some(s))
        .expect("a known screen")
}

/// Every screen kind with the app (or drill screen) that shows it at `size`.
pub fn all(size: Size) -> Vec<(&'static str, Screen)> {
    let pb = playbook();
    // The outcome with the most steps as written (some show only with certain facts).
    let longest = pb
        .nodes()
        .filter_map(|(_, n)| n.as_outcome().map(|o| (o.steps.len(), n.id.clone())))
        .max()
        .map(|(_, id)| id)
        .unwrap_or_default();
    let to_note = path_to(&pb, |s| matches!(s.node().body, NodeBody::Info(_)));
    let to_outcome = path_to(&pb, |s| s.node().id == longest);
    let mut help = app_after(&pb, &[], size);
    help.apply(Action::Help);
    let mut facts = app_after(&pb, &[], size);
    facts.apply(Action::Facts);
    let mut scrolled = app_after(&pb, &to_outcome, size);
    scrolled.apply(Action::PageDown);
    scrolled.apply(Action::PageDown);
    vec![
        ("question", Screen::App(Box::new(app_after(&pb, &[], size)))),
        (
            "note",
            Screen::App(Box::new(app_after(&pb, &to_note, size))),
        ),
        (
            "outcome_top",
            Screen::App(Box::new(app_after(&pb, &to_outcome, size))),
        ),
        ("outcome_scrolled", Screen::App(Box::new(scrolled))),
        ("help", Screen::App(Box::new(help))),
        ("facts", Screen::App(Box::new(facts))),
        ("drill_tasks", Screen::Tasks(Box::new(tasks(size)))),
    ]
}

/// One screen to draw.
pub enum Screen {
    /// The wizard.
    App(Box<App>),
    /// A validation drill's task list.
    Tasks(Box<TasksScreen>),
}

/// The first built-in validation drill's task list.
fn tasks(size: Size) -> TasksScreen {
    let drill = validation_drill();
    let setup = Setup {
        store: None,
        facilitator: false,
        clock: Box::new(SystemClock),
        theme: Theme::new(false),
    };
    let mut screen = TasksScreen::new(drill, setup, size);
    // Past the briefing card, to the list itself.
    breakglass::tui::driver::Screen::key(
        &mut screen,
        &ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Enter),
    );
    screen
}

fn validation_drill() -> Drill {
    drill::builtin::BUILTIN_DRILLS
        .iter()
        .filter_map(|b| {
            drill::load_str(b.text, &drill::builtin_playbooks, &CheckOptions::default()).ok()
        })
        .map(|l| l.drill)
        .find(|d| !d.tasks().is_empty())
        .expect("a built-in validation drill")
}
