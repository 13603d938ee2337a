//! Rendering: every kind of screen drawn whole into ratatui's `TestBackend`, at 80×24 and
//! at 200×60. Targets: a median of at most 1 ms at 80×24 and 3 ms at 200×60.

use breakglass::tui::driver::Screen as _;
use breakglass::tui::view;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use super::screens::{self, Screen};

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn draw(bencher: Bencher, name: &str, (w, h): (u16, u16)) {
    let screen = screens::screen(name, Size::new(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|f| match &screen {
                Screen::App(app) => view::render(f, &app.model()),
                Screen::Tasks(tasks) => tasks.draw(f),
            })
            .map(|_| ())
    });
}

#[divan::bench(args = SIZES)]
fn question(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "question", size);
}

#[divan::bench(args = SIZES)]
fn note(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "note", size);
}

#[divan::bench(args = SIZES)]
fn outcome_top(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "outcome_top", size);
}

#[divan::bench(args = SIZES)]
fn outcome_scrolled(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "outcome_scrolled", size);
}

#[divan::bench(args = SIZES)]
fn help(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "help", size);
}

#[divan::bench(args = SIZES)]
fn facts(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "facts", size);
}

#[divan::bench(args = SIZES)]
fn drill_tasks(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, "drill_tasks", size);
}
