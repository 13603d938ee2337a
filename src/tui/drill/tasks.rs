//! A validation drill in the terminal: the task list with each task's mark and time, the
//! selected task's how-to and pass condition, notes typed in place (refused when they look
//! like a secret), and the clock in the header.
//!
//! ```text
//!  breakglass  DRILL 12:04 · Validation: test the emergency-access accounts
//!  3 of 9 marked · 2 pass · 1 FAIL · never write a secret in a note
//! ─────────────────────────────────────────────────────────────────────
//!    pass     1. Tell the security team that the test is starting   0:45
//!    FAIL     2. Check who is authorised to use the emergency ...    3:10
//!  ▶ ·        3. Fetch the credential from its safe
//!  ── Task 3 ──────────────────────────────────────────────────────────
//!  How: Follow the runbook exactly, with the second person ...
//!  Pass when: The FIDO2 key or certificate was where the runbook says...
//!  ↑↓ task  p pass  f fail  s skip  n note  d done  ? help  q stop
//! ```

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use std::fmt::Write as _;

use super::super::doc;
use super::super::driver::Screen;
use super::super::keymap::{self, Action, Context};
use super::super::theme::Theme;
use super::super::view::footer::hint_line;
use super::super::view::header::truncate;
use super::super::view::{self, notice};
use super::{
    CardKind, Cards, Ended, Setup, confirm_stop_card, debrief_card, ended, save, start_cards,
};
use crate::drill::record::TaskResult;
use crate::drill::record::clock;
use crate::drill::{Drill, DrillRun, Mark};
use crate::store::Store;
use crate::transcript::Clock;

/// The validation drill screen.
pub struct TasksScreen {
    drill: Drill,
    clock: Option<Box<dyn Clock>>,
    run: Option<DrillRun>,
    theme: Theme,
    size: Size,
    selected: usize,
    cards: Cards,
    editing: Option<String>,
    status: Option<String>,
    store: Option<Store>,
    save_error: Option<String>,
    done: bool,
}

impl TasksScreen {
    /// The screen, showing the introduction; the clock starts when it is closed.
    pub fn new(drill: Drill, setup: Setup, size: Size) -> Self {
        let mut cards = Cards::default();
        for (card, kind) in start_cards(&drill, setup.facilitator) {
            cards.push(card, kind);
        }
        Self {
            drill,
            clock: Some(setup.clock),
            run: None,
            theme: setup.theme,
            size,
            selected: 0,
            cards,
            editing: None,
            status: None,
            store: setup.store,
            save_error: None,
            done: false,
        }
    }

    /// The run (once started).
    pub fn run(&self) -> Option<&DrillRun> {
        self.run.as_ref()
    }

    /// How it ended.
    pub fn end(self, signal: Option<i32>) -> Ended {
        ended(self.run, self.store.as_ref(), signal, self.save_error)
    }

    fn context(&self) -> Context {
        if let Some((card, _)) = self.cards.front() {
            card.context
        } else if self.editing.is_some() {
            Context::NoteEdit
        } else {
            Context::Tasks
        }
    }

    fn keep(&mut self) {
        if let Some(run) = &self.run {
            self.save_error = save(self.store.as_ref(), run);
        }
    }

    fn mark(&mut self, mark: Mark) {
        let Some(run) = &mut self.run else { return };
        let title = self
            .drill
            .tasks()
            .get(self.selected)
            .map(|t| t.title.clone())
            .unwrap_or_default();
        if run.mark(self.selected, mark, None).is_ok() {
            let number = self.selected.saturating_add(1);
            self.status = Some(crate::tr!(
                "drill-task-marked",
                number = number,
                mark = mark.label(),
                title = title
            ));
            self.keep();
            if number < self.drill.tasks().len() {
                self.selected = number;
            }
        }
    }

    fn save_note(&mut self) {
        let (Some(text), Some(run)) = (&self.editing, &mut self.run) else {
            return;
        };
        match run.note(self.selected, text) {
            Ok(()) => {
                self.editing = None;
                self.status = Some(crate::tr!("drill-note-kept"));
                self.keep();
            }
            Err(e) => {
                self.status = Some(crate::tr!("drill-note-not-kept", error = e.to_string()));
            }
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = self
                    .selected
                    .saturating_add(1)
                    .min(self.drill.tasks().len().saturating_sub(1));
            }
            Action::Pass => self.mark(Mark::Pass),
            Action::Fail => self.mark(Mark::Fail),
            Action::Skip => self.mark(Mark::Skipped),
            Action::Note => {
                let old = self
                    .run
                    .as_ref()
                    .and_then(|r| r.record().tasks.get(self.selected))
                    .and_then(|t| t.note.clone())
                    .unwrap_or_default();
                self.editing = Some(old);
            }
            Action::Finish => self.finish(),
            Action::Help => self.cards.push_front(help_card(), CardKind::Help),
            Action::Quit => self
                .cards
                .push_front(confirm_stop_card(), CardKind::ConfirmStop),
            Action::ForceQuit => {
                if let Some(run) = &mut self.run {
                    run.stop(&crate::tr!("drill-stop-participant"));
                }
                self.keep();
                self.done = true;
            }
            _ => {}
        }
    }

    fn finish(&mut self) {
        let Some(run) = &mut self.run else { return };
        let unmarked = run.unmarked();
        if unmarked > 0 {
            self.status = Some(crate::tr!("drill-tasks-unmarked", count = unmarked));
            return;
        }
        run.finish();
        let card = debrief_card(run);
        self.cards.push(card, CardKind::Debrief);
        self.keep();
    }

    fn card_key(&mut self, key: &KeyEvent, context: Context, kind: CardKind) {
        match (keymap::action_for(key, context), kind) {
            (Some(Action::ForceQuit), _) => self.apply(Action::ForceQuit),
            (Some(Action::Close), CardKind::Start) => {
                self.cards.pop();
                if let Some(clock) = self.clock.take() {
                    self.run = Some(DrillRun::start(self.drill.clone(), None, clock));
                    self.keep();
                }
            }
            (Some(Action::Quit), CardKind::Start | CardKind::Intro)
            | (Some(Action::Close), CardKind::Debrief) => {
                self.cards.pop();
                self.done = true;
            }
            (Some(Action::Close), CardKind::Help | CardKind::Inject | CardKind::Intro)
            | (Some(Action::No), CardKind::ConfirmStop) => {
                self.cards.pop();
            }
            (Some(Action::Yes), CardKind::ConfirmStop) => {
                self.cards.pop();
                if let Some(run) = &mut self.run {
                    run.stop(&crate::tr!("drill-stop-participant"));
                    let card = debrief_card(run);
                    self.cards.push(card, CardKind::Debrief);
                }
                self.keep();
            }
            _ => {}
        }
    }

    fn edit_key(&mut self, action: Action) {
        match action {
            Action::Save => self.save_note(),
            Action::Cancel => self.editing = None,
            Action::DeleteChar => {
                if let Some(t) = &mut self.editing {
                    t.pop();
                }
            }
            Action::Type(c) => {
                if let Some(t) = &mut self.editing
                    && t.chars().count() < 500
                {
                    t.push(c);
                }
            }
            Action::ForceQuit => self.apply(Action::ForceQuit),
            _ => {}
        }
    }
}

fn help_card() -> notice::Card {
    let mut body = String::new();
    for (keys, what) in keymap::help_rows(Context::Tasks) {
        let _ = writeln!(body, "- `{keys}` {what}");
    }
    let _ = write!(body, "\n{}", crate::tr!("drill-tasks-help"));
    notice::Card {
        title: crate::tr!("drill-help-title"),
        body,
        context: Context::Closing,
    }
}

impl Screen for TasksScreen {
    fn draw(&self, frame: &mut Frame<'_>) {
        let area = frame.area();
        if area.width < view::MIN_WIDTH || area.height < view::MIN_HEIGHT {
            view::too_small::render(frame, area, &self.theme);
            return;
        }
        draw_tasks(frame, area, self);
        if let Some((card, _)) = self.cards.front() {
            notice::render(frame, area, &self.theme, card);
        }
    }

    fn key(&mut self, key: &KeyEvent) {
        self.status = None;
        let context = self.context();
        if let Some((_, kind)) = self.cards.front() {
            let kind = *kind;
            self.card_key(key, context, kind);
            return;
        }
        let Some(action) = keymap::action_for(key, context) else {
            return;
        };
        if context == Context::NoteEdit {
            self.edit_key(action);
        } else {
            self.apply(action);
        }
    }

    fn paste(&mut self, text: &str) {
        if self.context() == Context::NoteEdit {
            for c in text.chars().filter(|c| !c.is_control()) {
                self.edit_key(Action::Type(c));
            }
        }
    }

    fn resize(&mut self, size: Size) {
        self.size = size;
    }

    fn tick(&mut self) -> bool {
        self.run.as_ref().is_some_and(DrillRun::is_running)
    }

    fn done(&self) -> bool {
        self.done
    }
}

fn draw_tasks(frame: &mut Frame<'_>, area: Rect, s: &TasksScreen) {
    let theme = &s.theme;
    let width = usize::from(area.width);
    // A message (a refused note, say) is shown whole, wrapped, never cut.
    let footer = match &s.status {
        Some(msg) => view::footer::message(msg, width, theme.status),
        None => vec![hint_line(s.context(), width, theme)],
    };
    let footer_height = u16::try_from(footer.len())
        .unwrap_or(1)
        .min(area.height.saturating_sub(4).max(1));
    let [head, list, detail, foot] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(area.height.saturating_sub(4).saturating_div(2).max(3)),
        Constraint::Length(footer_height),
    ])
    .areas(area);
    let tasks = s
        .run
        .as_ref()
        .map(|r| r.record().tasks.clone())
        .unwrap_or_default();
    draw_head(frame, head, s, &tasks);
    let rows = task_rows(s, &tasks, width);
    let visible = usize::from(list.height);
    let first = s
        .selected
        .saturating_sub(visible.saturating_sub(1))
        .min(rows.len());
    view::render_scrolled(frame, list, rows.get(first..).unwrap_or_default(), 0);
    draw_detail(frame, detail, s, &tasks);
    frame.render_widget(Paragraph::new(footer), foot);
}

/// The clock and drill title, then the counts and the reminder about secrets.
fn draw_head(frame: &mut Frame<'_>, area: Rect, s: &TasksScreen, tasks: &[TaskResult]) {
    let theme = &s.theme;
    let width = usize::from(area.width);
    let clock_text = s
        .run
        .as_ref()
        .map_or_else(|| crate::tr!("drill-not-started"), DrillRun::clock_text);
    let drill = crate::tr!("drill-banner", clock = clock_text);
    let title = match &s.save_error {
        Some(e) => format!(" breakglass {drill} · {e}"),
        None => format!(" breakglass {drill} · {}", s.drill.title),
    };
    let count = |m: Mark| tasks.iter().filter(|t| t.mark == Some(m)).count();
    let marked = tasks.iter().filter(|t| t.mark.is_some()).count();
    let summary = format!(
        " {}",
        crate::tr!(
            "drill-tasks-summary",
            marked = marked,
            total = s.drill.tasks().len(),
            pass = count(Mark::Pass),
            fail = count(Mark::Fail),
            skipped = count(Mark::Skipped)
        )
    );
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(truncate(&title, width), theme.heading),
            Line::styled(truncate(&summary, width), theme.dim),
        ])
        .block(
            Block::new()
                .borders(Borders::BOTTOM)
                .border_style(theme.dim),
        ),
        area,
    );
}

/// One line per task: pointer, mark in words, number, title, time marked.
fn task_rows(s: &TasksScreen, tasks: &[TaskResult], width: usize) -> Vec<Line<'static>> {
    let theme = &s.theme;
    s.drill
        .tasks()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let result = tasks.get(i);
            let mark = result
                .and_then(|r| r.mark)
                .map_or_else(|| "·".to_string(), Mark::label);
            let time = result.and_then(|r| r.secs).map(clock).unwrap_or_default();
            let note = if result.is_some_and(|r| r.note.is_some()) {
                format!(" {}", crate::tr!("drill-task-has-note"))
            } else {
                String::new()
            };
            let pointer = if i == s.selected { "▶ " } else { "  " };
            let number = i.saturating_add(1);
            // Padded by display width: a translated mark may be two cells a character.
            let text = format!("{pointer}{} {number}. {}{note}", pad(&mark, 8), t.title);
            let room = width.saturating_sub(8);
            let style = if i == s.selected {
                theme.selected
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(format!(" {}", pad(&truncate(&text, room), room)), style),
                Span::styled(format!("{time:>6} "), theme.dim),
            ])
        })
        .collect()
}

/// The selected task: how to do it, what counts as a pass, and its note.
fn draw_detail(frame: &mut Frame<'_>, area: Rect, s: &TasksScreen, tasks: &[TaskResult]) {
    let theme = &s.theme;
    let width = usize::from(area.width);
    let inner = width.saturating_sub(2).max(1);
    let mut lines = Vec::new();
    if let Some(t) = s.drill.tasks().get(s.selected) {
        lines.push(Line::styled(
            truncate(
                &format!(
                    " {}",
                    crate::tr!(
                        "drill-task-heading",
                        number = s.selected.saturating_add(1),
                        title = t.title.as_str()
                    )
                ),
                width,
            ),
            theme.heading,
        ));
        if let Some(how) = &t.how {
            lines.extend(doc::text(
                &crate::tr!("drill-how", how = how.as_str()),
                inner,
                " ",
                Style::new(),
                theme,
            ));
        }
        lines.extend(doc::text(
            &crate::tr!("drill-pass-when", pass = t.pass.as_str()),
            inner,
            " ",
            Style::new(),
            theme,
        ));
        match (
            &s.editing,
            tasks.get(s.selected).and_then(|r| r.note.as_ref()),
        ) {
            (Some(typing), _) => lines.push(Line::styled(
                truncate(
                    &format!(
                        " {}",
                        crate::tr!("drill-note-editing", note = format!("{typing}▏"))
                    ),
                    width,
                ),
                theme.status,
            )),
            (None, Some(note)) => lines.push(Line::raw(truncate(
                &format!(" {}", crate::tr!("drill-note", note = note.as_str())),
                width,
            ))),
            (None, None) => {}
        }
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::new().borders(Borders::TOP).border_style(theme.dim)),
        area,
    );
}

/// `text` followed by spaces up to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr as _;
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}
