//! The ratatui wizard: terminal setup and restore, the event loop, the keymap, and the
//! views. Only `app.rs` sees both keys and the engine.
#![warn(clippy::arithmetic_side_effects)]

pub mod app;
pub mod doc;
pub mod keymap;
pub mod terminal;
pub mod theme;
pub mod view;

use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::Size;

use crate::engine::Session;
use app::App;
use terminal::{Signals, TerminalSession};
use theme::Theme;

/// How the wizard ended.
#[derive(Debug)]
pub enum Ended {
    /// The person quit.
    Quit(Session),
    /// A termination signal arrived (its number).
    Signal(i32, Session),
}

/// How long the loop waits for a key before checking for signals.
const TICK: Duration = Duration::from_millis(200);

/// Runs the wizard until the person quits or a signal arrives. The terminal is restored
/// before this returns, whatever happens.
pub fn run(session: Session, theme: Theme) -> anyhow::Result<Ended> {
    let signals = Signals::install()?;
    let mut screen = TerminalSession::enter()?;
    let size = screen.terminal.size().unwrap_or(Size::new(80, 24));
    let mut app = App::new(session, theme, size);
    let mut dirty = true;
    loop {
        if dirty {
            screen
                .terminal
                .draw(|frame| view::render(frame, &app.model()))?;
            dirty = false;
        }
        if let Some(sig) = signals.received() {
            drop(screen);
            return Ok(Ended::Signal(sig, app.into_session()));
        }
        if app.should_quit() {
            drop(screen);
            return Ok(Ended::Quit(app.into_session()));
        }
        if !event::poll(TICK)? {
            continue;
        }
        match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                app.handle_key(&key);
                dirty = true;
            }
            Event::Resize(w, h) => {
                app.resize(Size::new(w, h));
                dirty = true;
            }
            _ => {}
        }
    }
}
