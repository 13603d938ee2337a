//! The event loop every full-screen front end shares (the wizard, drills): enter the
//! terminal, draw when something changed, wait for a key at most one tick, hand keys,
//! pastes and resizes to the screen, write OSC 52 clipboard requests, and stop on quit, a
//! termination signal or a hang-up. No busy loop: between ticks it sleeps in `poll`. While
//! the window is too small to show anything, keys are paused: only quitting acts.

use std::io::Write as _;
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Size;

use super::terminal::{self, Busy, Signals, TerminalSession, Watchdog};
use super::view::too_small;
use super::{clipboard, guard};

/// A full-screen front end the loop can drive.
pub trait Screen {
    /// Draws the whole screen.
    fn draw(&self, frame: &mut Frame<'_>);
    /// Handles a key press.
    fn key(&mut self, key: &KeyEvent);
    /// Handles pasted text.
    fn paste(&mut self, _text: &str) {}
    /// The terminal changed size.
    fn resize(&mut self, size: Size);
    /// Called once per tick; returns whether anything on screen changed (a clock).
    fn tick(&mut self) -> bool {
        false
    }
    /// Text waiting to go to the clipboard.
    fn take_clipboard(&mut self) -> Option<String> {
        None
    }
    /// Whether the screen is finished.
    fn done(&self) -> bool;
    /// Called after every draw, for work put off until the first frame is on screen;
    /// returns whether the screen changed and must be drawn again.
    fn settle(&mut self) -> bool {
        false
    }
}

/// Runs the screen `make` builds (given the terminal's size) until it is done or a
/// termination signal arrives, whose number is returned. The terminal is restored before
/// this returns, whatever happens. A terminal that went away (reads and writes fail with
/// EIO) counts as a hang-up: SIGHUP is returned, not an error.
pub fn drive<S: Screen>(
    make: impl FnOnce(Size) -> S,
    tick: Duration,
) -> anyhow::Result<(S, Option<i32>)> {
    let signals = Signals::install()?;
    let busy = Busy::default();
    let mut term = TerminalSession::enter()?;
    let _watchdog = Watchdog::start(&signals, &busy);
    let mut size = term.terminal.size().unwrap_or(Size::new(80, 24));
    let mut screen = make(size);
    let mut dirty = true;
    loop {
        match step(&mut term, &mut screen, &busy, &mut size, &mut dirty, tick) {
            Ok(()) => {}
            Err(_) if terminal::hung_up() => signals.hang_up(),
            Err(e) => {
                drop(term);
                return Err(e.into());
            }
        }
        if terminal::hung_up() {
            signals.hang_up();
        }
        if let Some(sig) = signals.received() {
            drop(term);
            return Ok((screen, Some(sig)));
        }
        if screen.done() {
            drop(term);
            return Ok((screen, None));
        }
    }
}

/// One turn of the loop: draw if needed, send the clipboard, then wait at most one tick
/// for an event and hand it to the screen.
fn step<S: Screen>(
    term: &mut TerminalSession,
    screen: &mut S,
    busy: &Busy,
    size: &mut Size,
    dirty: &mut bool,
    tick: Duration,
) -> std::io::Result<()> {
    if *dirty {
        draw(term, screen)?;
        *dirty = false;
        if screen.settle() {
            draw(term, screen)?;
        }
    }
    if let Some(text) = screen.take_clipboard() {
        let backend = term.terminal.backend_mut();
        backend.write_all(clipboard::osc52(&text).as_bytes())?;
        backend.flush()?;
    }
    if screen.done() {
        return Ok(());
    }
    if !event::poll(tick)? {
        let _saving = busy.hold();
        *dirty |= screen.tick();
        return Ok(());
    }
    let event = event::read()?;
    let _saving = busy.hold();
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if let Some(key) = while_paused(&key, *size) {
                screen.key(&key);
                *dirty = true;
            }
        }
        Event::Paste(text) if !too_small::below_minimum(*size) => {
            screen.paste(&text);
            *dirty = true;
        }
        Event::Resize(w, h) => {
            *size = Size::new(w, h);
            screen.resize(*size);
            *dirty = true;
        }
        _ => {}
    }
    *dirty |= screen.tick();
    Ok(())
}

/// Draws the whole screen.
fn draw<S: Screen>(term: &mut TerminalSession, screen: &S) -> std::io::Result<()> {
    term.terminal.draw(|frame| {
        screen.draw(frame);
        guard::buffer(frame.buffer_mut());
    })?;
    Ok(())
}

/// The key the screen gets: the key itself, or, while the window is below the minimum
/// size and nothing can be seen, Ctrl-C for q and Ctrl-C (quit at once, everywhere) and
/// nothing for any other key, so no question is answered blind.
pub fn while_paused(key: &KeyEvent, size: Size) -> Option<KeyEvent> {
    if !too_small::below_minimum(size) {
        return Some(*key);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match key.code {
        KeyCode::Char('q') if !ctrl && !alt => {
            Some(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
        }
        KeyCode::Char('c') if ctrl => Some(*key),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn below_the_minimum_only_quitting_gets_through() {
        let small = Size::new(20, 5);
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for code in [
            KeyCode::Enter,
            KeyCode::Char('1'),
            KeyCode::Char('y'),
            KeyCode::Char('b'),
            KeyCode::Down,
            KeyCode::Esc,
        ] {
            assert_eq!(while_paused(&key(code, KeyModifiers::NONE), small), None);
        }
        assert_eq!(
            while_paused(&key(KeyCode::Char('q'), KeyModifiers::NONE), small),
            Some(ctrl_c)
        );
        assert_eq!(while_paused(&ctrl_c, small), Some(ctrl_c));
        assert_eq!(
            while_paused(&key(KeyCode::Char('q'), KeyModifiers::CONTROL), small),
            None
        );
    }

    #[test]
    fn at_the_minimum_every_key_gets_through() {
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(while_paused(&enter, Size::new(30, 8)), Some(enter));
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(while_paused(&q, Size::new(80, 24)), Some(q));
    }
}
