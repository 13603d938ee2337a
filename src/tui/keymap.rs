//! The keymap: one table that turns keys into [`Action`]s, and also produces the footer
//! hints and the rows of the help overlay, so the three can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the keys are pressed: each screen and overlay has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A question with options.
    Question,
    /// An info node.
    Info,
    /// An outcome.
    Outcome,
    /// The help overlay.
    Help,
    /// A yes/no confirmation.
    Confirm,
}

/// Something the person asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection or scroll up one line.
    Up,
    /// Move the selection or scroll down one line.
    Down,
    /// Scroll up one page.
    PageUp,
    /// Scroll down one page.
    PageDown,
    /// Go to the first option or the top.
    Top,
    /// Go to the last option or the bottom.
    Bottom,
    /// Choose the selected option, or go on from an info node.
    Choose,
    /// Choose option N (0-based) at once.
    Pick(usize),
    /// Go back one step.
    Back,
    /// Start again from the first question (asks first).
    Restart,
    /// Leave breakglass (asks first).
    Quit,
    /// Leave at once, without asking.
    ForceQuit,
    /// Show the help overlay.
    Help,
    /// Tick or untick the focused checklist item.
    ToggleItem,
    /// Focus the next checklist item.
    NextItem,
    /// Focus the previous checklist item.
    PrevItem,
    /// Answer yes to a confirmation.
    Yes,
    /// Answer no to a confirmation.
    No,
    /// Close the overlay.
    Close,
}

/// A key, as the table matches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key code with no Ctrl or Alt.
    Code(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Any digit 1 to 9.
    Digit,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are written in hints and help.
    pub label: &'static str,
    /// What they do (for [`Key::Digit`], `Pick(0)` stands for the digit pressed).
    pub action: Action,
    /// Where they work.
    pub contexts: &'static [Context],
    /// The word in the footer, if the binding is hinted there.
    pub hint: Option<&'static str>,
    /// The sentence in the help overlay.
    pub help: &'static str,
}

use Context::{Confirm, Help as HelpCtx, Info, Outcome, Question};

const NODES: &[Context] = &[Question, Info, Outcome];
const SCROLLING: &[Context] = &[Info, Outcome, HelpCtx];
const ALL: &[Context] = &[Question, Info, Outcome, HelpCtx, Confirm];

/// The keymap. Order is the order of footer hints and help rows.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Char('k'))],
        label: "↑/k",
        action: Action::Up,
        contexts: &[Question],
        hint: None,
        help: "select the option above",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Down), Key::Code(KeyCode::Char('j'))],
        label: "↓/j",
        action: Action::Down,
        contexts: &[Question],
        hint: Some("↑↓ move"),
        help: "select the option below",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Up), Key::Code(KeyCode::Char('k'))],
        label: "↑/k",
        action: Action::Up,
        contexts: SCROLLING,
        hint: None,
        help: "scroll up",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Down), Key::Code(KeyCode::Char('j'))],
        label: "↓/j",
        action: Action::Down,
        contexts: SCROLLING,
        hint: Some("↑↓ scroll"),
        help: "scroll down",
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        contexts: SCROLLING,
        hint: None,
        help: "scroll up a page",
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageDown), Key::Code(KeyCode::Char(' '))],
        label: "PgDn",
        action: Action::PageDown,
        contexts: &[Info, HelpCtx],
        hint: None,
        help: "scroll down a page",
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageDown)],
        label: "PgDn",
        action: Action::PageDown,
        contexts: &[Outcome],
        hint: None,
        help: "scroll down a page",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Home), Key::Code(KeyCode::Char('g'))],
        label: "Home/g",
        action: Action::Top,
        contexts: &[Question, Info, Outcome, HelpCtx],
        hint: None,
        help: "go to the top",
    },
    Binding {
        keys: &[Key::Code(KeyCode::End), Key::Code(KeyCode::Char('G'))],
        label: "End/G",
        action: Action::Bottom,
        contexts: &[Question, Info, Outcome, HelpCtx],
        hint: None,
        help: "go to the bottom",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Choose,
        contexts: &[Question],
        hint: Some("Enter choose"),
        help: "choose the selected answer",
    },
    Binding {
        keys: &[Key::Digit],
        label: "1–9",
        action: Action::Pick(0),
        contexts: &[Question],
        hint: Some("1–9 pick"),
        help: "choose answer 1 to 9 at once",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Choose,
        contexts: &[Info],
        hint: Some("Enter go on"),
        help: "go on to the next step",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Tab)],
        label: "Tab",
        action: Action::NextItem,
        contexts: &[Outcome],
        hint: Some("Tab item"),
        help: "focus the next checklist item",
    },
    Binding {
        keys: &[Key::Code(KeyCode::BackTab)],
        label: "Shift-Tab",
        action: Action::PrevItem,
        contexts: &[Outcome],
        hint: None,
        help: "focus the previous checklist item",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Char(' '))],
        label: "Space",
        action: Action::ToggleItem,
        contexts: &[Outcome],
        hint: Some("Space tick"),
        help: "tick or untick the focused checklist item",
    },
    Binding {
        keys: &[
            Key::Code(KeyCode::Char('b')),
            Key::Code(KeyCode::Backspace),
            Key::Code(KeyCode::Esc),
            Key::Code(KeyCode::Left),
        ],
        label: "b/Bksp/Esc",
        action: Action::Back,
        contexts: NODES,
        hint: Some("b back"),
        help: "go back one step (as often as you like)",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Char('r'))],
        label: "r",
        action: Action::Restart,
        contexts: NODES,
        hint: Some("r restart"),
        help: "start again from the first question (asks first)",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Char('?')), Key::Code(KeyCode::F(1))],
        label: "?/F1",
        action: Action::Help,
        contexts: NODES,
        hint: Some("? help"),
        help: "show this help and why the question is asked",
    },
    Binding {
        keys: &[Key::Code(KeyCode::Char('q'))],
        label: "q",
        action: Action::Quit,
        contexts: NODES,
        hint: Some("q quit"),
        help: "quit (asks first)",
    },
    Binding {
        keys: &[
            Key::Code(KeyCode::Esc),
            Key::Code(KeyCode::Char('?')),
            Key::Code(KeyCode::Char('q')),
            Key::Code(KeyCode::Enter),
            Key::Code(KeyCode::F(1)),
        ],
        label: "Esc/?/q",
        action: Action::Close,
        contexts: &[HelpCtx],
        hint: Some("Esc close"),
        help: "close this help",
    },
    Binding {
        keys: &[
            Key::Code(KeyCode::Char('y')),
            Key::Code(KeyCode::Char('Y')),
            Key::Code(KeyCode::Enter),
        ],
        label: "y/Enter",
        action: Action::Yes,
        contexts: &[Confirm],
        hint: Some("y yes"),
        help: "yes",
    },
    Binding {
        keys: &[
            Key::Code(KeyCode::Char('n')),
            Key::Code(KeyCode::Char('N')),
            Key::Code(KeyCode::Esc),
            Key::Code(KeyCode::Char('q')),
        ],
        label: "n/Esc",
        action: Action::No,
        contexts: &[Confirm],
        hint: Some("n no"),
        help: "no, go back",
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        label: "Ctrl-C",
        action: Action::ForceQuit,
        contexts: ALL,
        hint: None,
        help: "quit at once, without asking",
    },
];

/// How a key press matched a [`Key`].
enum Matched {
    /// The key itself.
    Key,
    /// A digit, as a 0-based option index.
    Digit(usize),
}

fn matches(key: Key, event: &KeyEvent) -> Option<Matched> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    match key {
        Key::Ctrl(c) => (ctrl && event.code == KeyCode::Char(c)).then_some(Matched::Key),
        _ if ctrl || alt => None,
        Key::Code(code) => (event.code == code).then_some(Matched::Key),
        Key::Digit => match event.code {
            KeyCode::Char(c @ '1'..='9') => c
                .to_digit(10)
                .and_then(|d| usize::try_from(d).ok())
                .map(|d| Matched::Digit(d.saturating_sub(1))),
            _ => None,
        },
    }
}

/// The action a key press means in `context`, if any.
pub fn action_for(event: &KeyEvent, context: Context) -> Option<Action> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find_map(|b| {
            b.keys
                .iter()
                .find_map(|&k| matches(k, event))
                .map(|m| match m {
                    Matched::Digit(n) => Action::Pick(n),
                    Matched::Key => b.action,
                })
        })
}

/// The footer hints for `context`, in keymap order.
pub fn hints(context: Context) -> Vec<&'static str> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| b.hint)
        .collect()
}

/// The help rows (keys, what they do) for `context`, in keymap order.
pub fn help_rows(context: Context) -> Vec<(&'static str, &'static str)> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .map(|b| (b.label, b.help))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn same_key_means_different_things_by_context() {
        let down = key(KeyCode::Down);
        assert_eq!(action_for(&down, Context::Question), Some(Action::Down));
        let esc = key(KeyCode::Esc);
        assert_eq!(action_for(&esc, Context::Question), Some(Action::Back));
        assert_eq!(action_for(&esc, Context::Help), Some(Action::Close));
        assert_eq!(action_for(&esc, Context::Confirm), Some(Action::No));
        let space = key(KeyCode::Char(' '));
        assert_eq!(
            action_for(&space, Context::Outcome),
            Some(Action::ToggleItem)
        );
        assert_eq!(action_for(&space, Context::Info), Some(Action::PageDown));
    }

    #[test]
    fn digits_pick_options() {
        assert_eq!(
            action_for(&key(KeyCode::Char('1')), Context::Question),
            Some(Action::Pick(0))
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('9')), Context::Question),
            Some(Action::Pick(8))
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('0')), Context::Question),
            None
        );
        assert_eq!(action_for(&key(KeyCode::Char('3')), Context::Outcome), None);
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_ctrl_letters_are_not_plain_letters() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in [
            Context::Question,
            Context::Info,
            Context::Outcome,
            Context::Help,
            Context::Confirm,
        ] {
            assert_eq!(action_for(&ctrl_c, ctx), Some(Action::ForceQuit));
        }
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ctrl_q, Context::Question), None);
    }

    #[test]
    fn shifted_symbols_still_match() {
        let q = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(action_for(&q, Context::Question), Some(Action::Help));
    }

    #[test]
    fn every_context_has_a_way_out_and_hints() {
        for ctx in [
            Context::Question,
            Context::Info,
            Context::Outcome,
            Context::Help,
            Context::Confirm,
        ] {
            assert!(!hints(ctx).is_empty(), "{ctx:?}");
            let rows = help_rows(ctx);
            assert!(
                rows.iter()
                    .any(|(_, h)| h.contains("quit") || h.contains("close") || h.contains("no")),
                "{ctx:?}"
            );
        }
    }
}
