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
    /// The case-facts form, choosing a field.
    Facts,
    /// The case-facts form, typing into a field.
    FactEdit,
    /// A drill notice: the scenario card, an inject, the debrief.
    Notice,
    /// The card that ends a drill (debrief) or explains its keys (help).
    Closing,
    /// A validation drill's task list.
    Tasks,
    /// Typing a task's note.
    NoteEdit,
    /// The outcome's section index.
    Sections,
    /// Typing what to search for.
    SearchEdit,
    /// The outcome's sources pane.
    SourceList,
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
    /// Write the session report to a file.
    Export,
    /// Open the case-facts form.
    Facts,
    /// Start typing into the selected field.
    Edit,
    /// Clear the selected field.
    Clear,
    /// Check and keep what was typed.
    Save,
    /// Stop typing, keeping the old value.
    Cancel,
    /// Delete the last character typed.
    DeleteChar,
    /// A character typed into a field.
    Type(char),
    /// Switch the presenter view (for a helper on a call) on or off.
    Present,
    /// Copy the current step, or the whole outcome, to the clipboard (OSC 52).
    Copy,
    /// Mark the selected task passed.
    Pass,
    /// Mark the selected task failed.
    Fail,
    /// Mark the selected task skipped.
    Skip,
    /// Write a note on the selected task.
    Note,
    /// Finish the drill (asks first when tasks are unmarked).
    Finish,
    /// Open the section index.
    Sections,
    /// Jump to the next section.
    NextSection,
    /// Jump to the previous section.
    PrevSection,
    /// Jump to the list of sources.
    Sources,
    /// Start typing a search of the page (or the help).
    Search,
    /// Jump to the next match of the search.
    NextMatch,
    /// Jump to the previous match of the search.
    PrevMatch,
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
    /// Any printable character (typing into a field).
    AnyChar,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are written in hints and help.
    pub label: &'static str,
    /// What they do (for [`Key::Digit`] and [`Key::AnyChar`], the key pressed decides).
    pub action: Action,
    /// Where they work.
    pub contexts: &'static [Context],
    /// The key and a word for the footer, if the binding is hinted there, in the interface
    /// language (`q quit`: the key, a space, the word).
    pub hint: Option<fn() -> String>,
    /// The sentence in the help overlay, in the interface language.
    pub help: fn() -> String,
}

use Action as A;
use Context::{
    Closing, Confirm, FactEdit, Facts, Help as HelpCtx, Info, NoteEdit, Notice, Outcome, Question,
    SearchEdit, Sections, SourceList, Tasks,
};
use KeyCode as K;

const NODES: &[Context] = &[Question, Info, Outcome];
const ALL: &[Context] = &[
    Question, Info, Outcome, HelpCtx, Confirm, Facts, FactEdit, Notice, Closing, Tasks, NoteEdit,
    Sections, SearchEdit, SourceList,
];

const fn c(code: KeyCode) -> Key {
    Key::Code(code)
}

const fn ch(c: char) -> Key {
    Key::Code(KeyCode::Char(c))
}

/// The keymap. Order is the order of footer hints and help rows.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[Question], hint: None, help: || crate::tr!("wizard-key-option-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Question], hint: Some(|| crate::tr!("wizard-hint-move")), help: || crate::tr!("wizard-key-option-down") },
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[Info, Outcome, HelpCtx], hint: None, help: || crate::tr!("wizard-key-scroll-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Info, HelpCtx], hint: Some(|| crate::tr!("wizard-hint-scroll")), help: || crate::tr!("wizard-key-scroll-down") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-scroll-down") },
    Binding { keys: &[c(K::PageUp)], label: "PgUp", action: A::PageUp, contexts: &[Info, Outcome, HelpCtx], hint: None, help: || crate::tr!("wizard-key-page-up") },
    Binding { keys: &[c(K::PageDown), ch(' ')], label: "PgDn", action: A::PageDown, contexts: &[Info, HelpCtx], hint: None, help: || crate::tr!("wizard-key-page-down") },
    Binding { keys: &[c(K::PageDown)], label: "PgDn", action: A::PageDown, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-page-down") },
    Binding { keys: &[c(K::PageUp)], label: "PgUp", action: A::PageUp, contexts: &[Question], hint: None, help: || crate::tr!("wizard-key-question-page-up") },
    Binding { keys: &[c(K::PageDown)], label: "PgDn", action: A::PageDown, contexts: &[Question], hint: None, help: || crate::tr!("wizard-key-question-page-down") },
    Binding { keys: &[c(K::Home), ch('g')], label: "Home/g", action: A::Top, contexts: &[Question, Info, Outcome, HelpCtx], hint: None, help: || crate::tr!("wizard-key-top") },
    Binding { keys: &[c(K::End), ch('G')], label: "End/G", action: A::Bottom, contexts: &[Question, Info, Outcome, HelpCtx], hint: None, help: || crate::tr!("wizard-key-bottom") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Choose, contexts: &[Question], hint: Some(|| crate::tr!("wizard-hint-choose")), help: || crate::tr!("wizard-key-choose") },
    Binding { keys: &[Key::Digit], label: "1–9", action: A::Pick(0), contexts: &[Question], hint: Some(|| crate::tr!("wizard-hint-pick")), help: || crate::tr!("wizard-key-pick") },
    Binding { keys: &[Key::Digit], label: "1–9", action: A::Pick(0), contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-way-on") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Choose, contexts: &[Info], hint: Some(|| crate::tr!("wizard-hint-go-on")), help: || crate::tr!("wizard-key-go-on") },
    Binding { keys: &[c(K::Tab)], label: "Tab", action: A::NextItem, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-item")), help: || crate::tr!("wizard-key-next-item") },
    Binding { keys: &[c(K::BackTab)], label: "Shift-Tab", action: A::PrevItem, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-prev-item") },
    Binding { keys: &[ch(' ')], label: "Space", action: A::ToggleItem, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-tick")), help: || crate::tr!("wizard-key-tick") },
    Binding { keys: &[ch('e')], label: "e", action: A::Export, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-report")), help: || crate::tr!("wizard-key-report") },
    Binding { keys: &[ch('e')], label: "e", action: A::Export, contexts: &[Question, Info], hint: None, help: || crate::tr!("wizard-key-report") },
    Binding { keys: &[ch('f')], label: "f", action: A::Facts, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-facts")), help: || crate::tr!("wizard-key-facts") },
    Binding { keys: &[ch('f')], label: "f", action: A::Facts, contexts: &[Question, Info], hint: None, help: || crate::tr!("wizard-key-facts") },
    Binding { keys: &[ch('y')], label: "y", action: A::Copy, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-copy")), help: || crate::tr!("wizard-key-copy-outcome") },
    Binding { keys: &[ch('y')], label: "y", action: A::Copy, contexts: &[Question, Info], hint: None, help: || crate::tr!("wizard-key-copy-step") },
    Binding { keys: &[ch('p')], label: "p", action: A::Present, contexts: NODES, hint: None, help: || crate::tr!("wizard-key-present") },
    Binding { keys: &[ch('b'), c(K::Backspace), c(K::Esc), c(K::Left)], label: "b/Bksp/Esc", action: A::Back, contexts: NODES, hint: Some(|| crate::tr!("wizard-hint-back")), help: || crate::tr!("wizard-key-back") },
    Binding { keys: &[ch('r')], label: "r", action: A::Restart, contexts: &[Question, Info], hint: Some(|| crate::tr!("wizard-hint-restart")), help: || crate::tr!("wizard-key-restart") },
    Binding { keys: &[ch('r')], label: "r", action: A::Restart, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-restart") },
    Binding { keys: &[ch('?'), c(K::F(1))], label: "?/F1", action: A::Help, contexts: NODES, hint: Some(|| crate::tr!("wizard-hint-help")), help: || crate::tr!("wizard-key-help") },
    Binding { keys: &[ch('q')], label: "q", action: A::Quit, contexts: NODES, hint: Some(|| crate::tr!("wizard-hint-quit")), help: || crate::tr!("wizard-key-quit") },
    // The outcome page: sections, sources and search (issue 12, item 1).
    Binding { keys: &[ch('s')], label: "s", action: A::Sections, contexts: &[Outcome], hint: Some(|| crate::tr!("wizard-hint-sections")), help: || crate::tr!("wizard-key-sections") },
    Binding { keys: &[ch(']')], label: "]", action: A::NextSection, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-next-section") },
    Binding { keys: &[ch('[')], label: "[", action: A::PrevSection, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-prev-section") },
    Binding { keys: &[ch(']')], label: "]", action: A::NextSection, contexts: &[HelpCtx], hint: None, help: || crate::tr!("wizard-key-help-next") },
    Binding { keys: &[ch('[')], label: "[", action: A::PrevSection, contexts: &[HelpCtx], hint: None, help: || crate::tr!("wizard-key-help-prev") },
    Binding { keys: &[ch('o')], label: "o", action: A::Sources, contexts: &[Outcome], hint: None, help: || crate::tr!("wizard-key-sources") },
    Binding { keys: &[ch('/')], label: "/", action: A::Search, contexts: &[Outcome, Info, HelpCtx], hint: Some(|| crate::tr!("wizard-hint-search")), help: || crate::tr!("wizard-key-search") },
    Binding { keys: &[ch('n')], label: "n", action: A::NextMatch, contexts: &[Outcome, Info, HelpCtx], hint: None, help: || crate::tr!("wizard-key-next-match") },
    Binding { keys: &[ch('N')], label: "N", action: A::PrevMatch, contexts: &[Outcome, Info, HelpCtx], hint: None, help: || crate::tr!("wizard-key-prev-match") },
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[Sections], hint: None, help: || crate::tr!("wizard-key-section-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Sections], hint: Some(|| crate::tr!("wizard-hint-section")), help: || crate::tr!("wizard-key-section-down") },
    Binding { keys: &[Key::Digit], label: "1–9", action: A::Pick(0), contexts: &[Sections], hint: Some(|| crate::tr!("wizard-hint-go-number")), help: || crate::tr!("wizard-key-section-pick") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Choose, contexts: &[Sections], hint: Some(|| crate::tr!("wizard-hint-go")), help: || crate::tr!("wizard-key-section-go") },
    Binding { keys: &[c(K::Esc), ch('s'), ch('q')], label: "Esc/s", action: A::Close, contexts: &[Sections], hint: Some(|| crate::tr!("wizard-hint-close")), help: || crate::tr!("wizard-key-close-index") },
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[SourceList], hint: None, help: || crate::tr!("wizard-key-scroll-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[SourceList], hint: Some(|| crate::tr!("wizard-hint-scroll")), help: || crate::tr!("wizard-key-scroll-down") },
    Binding { keys: &[c(K::PageUp)], label: "PgUp", action: A::PageUp, contexts: &[SourceList], hint: None, help: || crate::tr!("wizard-key-page-up") },
    Binding { keys: &[c(K::PageDown), ch(' ')], label: "PgDn", action: A::PageDown, contexts: &[SourceList], hint: None, help: || crate::tr!("wizard-key-page-down") },
    Binding { keys: &[c(K::Home), ch('g')], label: "Home/g", action: A::Top, contexts: &[SourceList], hint: None, help: || crate::tr!("wizard-key-top") },
    Binding { keys: &[c(K::End), ch('G')], label: "End/G", action: A::Bottom, contexts: &[SourceList], hint: None, help: || crate::tr!("wizard-key-bottom") },
    Binding { keys: &[c(K::Esc), ch('o'), ch('q')], label: "Esc/o", action: A::Close, contexts: &[SourceList], hint: Some(|| crate::tr!("wizard-hint-close")), help: || crate::tr!("wizard-key-close-sources") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Save, contexts: &[SearchEdit], hint: Some(|| crate::tr!("wizard-hint-find")), help: || crate::tr!("wizard-key-find") },
    Binding { keys: &[c(K::Esc)], label: "Esc", action: A::Cancel, contexts: &[SearchEdit], hint: Some(|| crate::tr!("wizard-hint-cancel")), help: || crate::tr!("wizard-key-stop-search") },
    Binding { keys: &[c(K::Backspace)], label: "Bksp", action: A::DeleteChar, contexts: &[SearchEdit], hint: None, help: || crate::tr!("wizard-key-delete") },
    Binding { keys: &[Key::AnyChar], label: "letters", action: A::Type(' '), contexts: &[SearchEdit], hint: None, help: || crate::tr!("wizard-key-type-search") },
    Binding { keys: &[c(K::Esc), ch('?'), ch('q'), c(K::Enter), c(K::F(1))], label: "Esc/?/q", action: A::Close, contexts: &[HelpCtx], hint: Some(|| crate::tr!("wizard-hint-close")), help: || crate::tr!("wizard-key-close-help") },
    Binding { keys: &[ch('y'), ch('Y'), c(K::Enter)], label: "y/Enter", action: A::Yes, contexts: &[Confirm], hint: Some(|| crate::tr!("wizard-hint-yes")), help: || crate::tr!("wizard-key-yes") },
    Binding { keys: &[ch('n'), ch('N'), c(K::Esc), ch('q')], label: "n/Esc", action: A::No, contexts: &[Confirm], hint: Some(|| crate::tr!("wizard-hint-no")), help: || crate::tr!("wizard-key-no") },
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[Facts], hint: None, help: || crate::tr!("wizard-key-field-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Facts], hint: Some(|| crate::tr!("wizard-hint-field")), help: || crate::tr!("wizard-key-field-down") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Edit, contexts: &[Facts], hint: Some(|| crate::tr!("wizard-hint-edit")), help: || crate::tr!("wizard-key-edit-fact") },
    Binding { keys: &[c(K::Delete), ch('x')], label: "Del/x", action: A::Clear, contexts: &[Facts], hint: Some(|| crate::tr!("wizard-hint-clear")), help: || crate::tr!("wizard-key-clear-fact") },
    Binding { keys: &[c(K::Esc), ch('f'), ch('q')], label: "Esc/f", action: A::Close, contexts: &[Facts], hint: Some(|| crate::tr!("wizard-hint-close")), help: || crate::tr!("wizard-key-close-form") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Save, contexts: &[FactEdit], hint: Some(|| crate::tr!("wizard-hint-keep")), help: || crate::tr!("wizard-key-keep-fact") },
    Binding { keys: &[c(K::Esc)], label: "Esc", action: A::Cancel, contexts: &[FactEdit], hint: Some(|| crate::tr!("wizard-hint-cancel")), help: || crate::tr!("wizard-key-cancel-fact") },
    Binding { keys: &[c(K::Backspace)], label: "Bksp", action: A::DeleteChar, contexts: &[FactEdit], hint: None, help: || crate::tr!("wizard-key-delete") },
    Binding { keys: &[Key::AnyChar], label: "letters", action: A::Type(' '), contexts: &[FactEdit], hint: None, help: || crate::tr!("wizard-key-type-fact") },
    Binding { keys: &[c(K::Enter), ch(' '), c(K::Esc)], label: "Enter/Space/Esc", action: A::Close, contexts: &[Notice], hint: Some(|| crate::tr!("wizard-hint-continue")), help: || crate::tr!("wizard-key-card-close") },
    Binding { keys: &[ch('q')], label: "q", action: A::Quit, contexts: &[Notice], hint: Some(|| crate::tr!("wizard-hint-stop")), help: || crate::tr!("wizard-key-drill-stop") },
    Binding { keys: &[c(K::Enter), c(K::Esc), ch('q')], label: "Enter/Esc/q", action: A::Close, contexts: &[Closing], hint: Some(|| crate::tr!("wizard-hint-close-card")), help: || crate::tr!("wizard-key-closing-close") },
    Binding { keys: &[c(K::Up), ch('k')], label: "↑/k", action: A::Up, contexts: &[Tasks], hint: None, help: || crate::tr!("wizard-key-task-up") },
    Binding { keys: &[c(K::Down), ch('j')], label: "↓/j", action: A::Down, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-task")), help: || crate::tr!("wizard-key-task-down") },
    Binding { keys: &[ch('p')], label: "p", action: A::Pass, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-pass")), help: || crate::tr!("wizard-key-pass") },
    Binding { keys: &[ch('f')], label: "f", action: A::Fail, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-fail")), help: || crate::tr!("wizard-key-fail") },
    Binding { keys: &[ch('s')], label: "s", action: A::Skip, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-skip")), help: || crate::tr!("wizard-key-skip") },
    Binding { keys: &[ch('n')], label: "n", action: A::Note, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-note")), help: || crate::tr!("wizard-key-note") },
    Binding { keys: &[ch('d')], label: "d", action: A::Finish, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-done")), help: || crate::tr!("wizard-key-finish") },
    Binding { keys: &[ch('?'), c(K::F(1))], label: "?/F1", action: A::Help, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-help")), help: || crate::tr!("wizard-key-tasks-help") },
    Binding { keys: &[ch('q')], label: "q", action: A::Quit, contexts: &[Tasks], hint: Some(|| crate::tr!("wizard-hint-stop")), help: || crate::tr!("wizard-key-drill-stop-early") },
    Binding { keys: &[c(K::Enter)], label: "Enter", action: A::Save, contexts: &[NoteEdit], hint: Some(|| crate::tr!("wizard-hint-keep")), help: || crate::tr!("wizard-key-keep-note") },
    Binding { keys: &[c(K::Esc)], label: "Esc", action: A::Cancel, contexts: &[NoteEdit], hint: Some(|| crate::tr!("wizard-hint-cancel")), help: || crate::tr!("wizard-key-cancel-note") },
    Binding { keys: &[c(K::Backspace)], label: "Bksp", action: A::DeleteChar, contexts: &[NoteEdit], hint: None, help: || crate::tr!("wizard-key-delete") },
    Binding { keys: &[Key::AnyChar], label: "letters", action: A::Type(' '), contexts: &[NoteEdit], hint: None, help: || crate::tr!("wizard-key-type-note") },
    Binding { keys: &[Key::Ctrl('c')], label: "Ctrl-C", action: A::ForceQuit, contexts: ALL, hint: None, help: || crate::tr!("wizard-key-force-quit") },
];

/// How a key press matched a [`Key`].
enum Matched {
    /// The key itself.
    Key,
    /// A digit, as a 0-based option index.
    Digit(usize),
    /// A typed character.
    Char(char),
}

fn matches(key: Key, event: &KeyEvent) -> Option<Matched> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    match key {
        Key::Ctrl(c) => (ctrl && event.code == KeyCode::Char(c)).then_some(Matched::Key),
        _ if ctrl || alt => None,
        Key::Code(code) => (event.code == code).then_some(Matched::Key),
        Key::AnyChar => match event.code {
            KeyCode::Char(c) if !c.is_control() => Some(Matched::Char(c)),
            _ => None,
        },
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
                    Matched::Char(c) => Action::Type(c),
                    Matched::Key => b.action,
                })
        })
}

/// The footer hints for `context`, in keymap order.
pub fn hints(context: Context) -> Vec<String> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| b.hint.map(|h| h()))
        .collect()
}

/// The footer hints for `context` with the action each names, in keymap order.
pub fn hint_actions(context: Context) -> Vec<(String, Action)> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .filter_map(|b| Some((b.hint?(), b.action)))
        .collect()
}

/// How the keys of `binding` are written in the help: key names stay as they are, except
/// "any letter", which is a word.
fn label(binding: &Binding) -> String {
    if binding.keys.contains(&Key::AnyChar) {
        crate::tr!("wizard-key-letters")
    } else {
        binding.label.to_string()
    }
}

/// The help rows (keys, what they do) for `context`, in keymap order, in the interface
/// language.
pub fn help_rows(context: Context) -> Vec<(String, String)> {
    KEYMAP
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .map(|b| (label(b), (b.help)()))
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
        assert_eq!(
            action_for(&key(KeyCode::Char('3')), Context::Outcome),
            Some(Action::Pick(2)),
            "digits take an outcome's ways on"
        );
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
    fn typing_into_a_field_takes_every_printable_key() {
        for c in ['a', 'q', 'b', '?', '@', '#', '1', ' '] {
            assert_eq!(
                action_for(&key(KeyCode::Char(c)), Context::FactEdit),
                Some(Action::Type(c))
            );
        }
        assert_eq!(
            action_for(&key(KeyCode::Enter), Context::FactEdit),
            Some(Action::Save)
        );
        assert_eq!(
            action_for(&key(KeyCode::Esc), Context::FactEdit),
            Some(Action::Cancel)
        );
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
            Context::Facts,
            Context::FactEdit,
            Context::Notice,
            Context::Closing,
            Context::Tasks,
            Context::NoteEdit,
            Context::Sections,
            Context::SearchEdit,
            Context::SourceList,
        ] {
            assert!(!hints(ctx).is_empty(), "{ctx:?}");
            let rows = help_rows(ctx);
            assert!(
                rows.iter().any(|(_, h)| ["quit", "close", "no", "stop"]
                    .iter()
                    .any(|w| h.contains(w))),
                "{ctx:?}"
            );
        }
    }
}
