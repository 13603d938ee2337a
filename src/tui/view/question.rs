//! The question screen: the question, whole, its numbered options (the selected one reversed
//! and marked) scrolling under it, and "why we ask" beside them when the terminal is wide.
//!
//! ```text
//!  Which sign-in check fails?                │ Why we ask
//!                                            │ A personal account that runs its own
//!    1. The first: my personal account       │ tenant sees two checks ...
//!  ▶ 2. The second: the tenant's check       │
//!    3. I'm not sure                         │
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use super::super::doc;
use crate::playbook::Question;

/// The width from which "why we ask" is shown beside the options.
const SIDE_PANEL_WIDTH: u16 = 100;

/// How the question screen is laid out in a body of a given size.
struct Layout2 {
    /// The question's lines, whole.
    question: Vec<Line<'static>>,
    /// The option lines (and the hint under them).
    options: Vec<Line<'static>>,
    /// The line range of the selected option within `options`.
    selected: (usize, usize),
    /// Whether the question stays put above the options (it fits with room for options);
    /// otherwise question and options scroll as one column.
    pinned: bool,
    /// Blank lines between the question and the options.
    gap: usize,
    /// Lines of the body.
    height: usize,
}

impl Layout2 {
    /// The lines that scroll, and where the selected option sits among them.
    fn scrolling(&self) -> (usize, usize, usize) {
        if self.pinned {
            (self.options.len(), self.selected.0, self.selected.1)
        } else {
            let before = self.question.len().saturating_add(self.gap);
            (
                before.saturating_add(self.options.len()),
                before.saturating_add(self.selected.0),
                before.saturating_add(self.selected.1),
            )
        }
    }

    /// Lines the scrolling part has on screen.
    fn window(&self) -> usize {
        if self.pinned {
            self.height
                .saturating_sub(self.question.len())
                .saturating_sub(self.gap)
        } else {
            self.height
        }
    }

    fn max_scroll(&self) -> usize {
        self.scrolling().0.saturating_sub(self.window())
    }
}

/// Splits the body `area` between "why we ask" (wide terminals) and the main column.
fn split(area: Rect, q: &Question) -> (Rect, Option<Rect>) {
    if area.width >= SIDE_PANEL_WIDTH && q.help.is_some() {
        let [main, panel] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)])
            .spacing(1)
            .areas(area);
        (main, Some(panel))
    } else {
        (area, None)
    }
}

fn layout(model: &ScreenModel<'_>, q: &Question, main: Rect, side: bool) -> Layout2 {
    let width = usize::from(main.width);
    let theme = model.theme;
    // The question is never cut: it wraps in full. It stays on top while the options scroll
    // under it; when it leaves too little room for them, question and options scroll
    // together (from the top of the question on arrival).
    let mut question = doc::hang(
        &doc::inline(&q.text, theme.heading, theme),
        width,
        "",
        "",
        theme.heading,
    );
    if let (true, Some(say)) = (model.present, &q.say) {
        let mut runs = doc::run(
            &super::lead(&crate::tr!("wizard-question-read")),
            theme.say.add_modifier(Modifier::BOLD),
        );
        runs.extend(doc::inline(say, theme.say, theme));
        question.extend(doc::hang(&runs, width, "", "", theme.say));
    }
    if model.present {
        // What the answers so far established, for the helper (playbooks with facts).
        let told: Vec<String> = model
            .session
            .stated()
            .into_iter()
            .filter_map(|f| Some(format!("{}={}", f.id, f.value?)))
            .collect();
        if !told.is_empty() {
            let line = crate::tr!("wizard-question-told", facts = told.join(", "));
            question.extend(doc::hang(
                &doc::run(&line, theme.dim),
                width,
                "",
                "",
                theme.dim,
            ));
        }
    }
    let (options, selected) = options(model, q, width, !side);
    let height = usize::from(main.height);
    let gap = usize::from(height > question.len().saturating_add(3));
    // Room for the selected option (at least two lines of it) under the whole question.
    let need = selected.1.saturating_sub(selected.0).clamp(1, 2);
    let pinned = question.len().saturating_add(gap).saturating_add(need) <= height;
    Layout2 {
        question,
        options,
        selected,
        pinned,
        gap,
        height,
    }
}

/// The largest scroll offset of the question screen in a terminal of `size`.
pub fn max_scroll(model: &ScreenModel<'_>, size: ratatui::layout::Size, q: &Question) -> usize {
    let area = super::body_rect(model, size);
    let (main, panel) = split(area, q);
    layout(model, q, main, panel.is_some()).max_scroll()
}

/// The scroll offset that shows the selected option whole, moving as little as possible from
/// `scroll`.
pub fn reveal_selected(
    model: &ScreenModel<'_>,
    size: ratatui::layout::Size,
    q: &Question,
    scroll: usize,
) -> usize {
    let area = super::body_rect(model, size);
    let (main, panel) = split(area, q);
    let l = layout(model, q, main, panel.is_some());
    let (_, start, end) = l.scrolling();
    let window = l.window().max(1);
    let scroll = if end > scroll.saturating_add(window) {
        end.saturating_sub(window)
    } else {
        scroll
    };
    scroll.min(start).min(l.max_scroll())
}

/// Draws a question into the body `area`, scrolled by `model.scroll`.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, q: &Question) {
    let (main, panel) = split(area, q);
    let theme = model.theme;
    let l = layout(model, q, main, panel.is_some());
    let scroll = model.scroll.min(l.max_scroll());
    if l.pinned {
        let pinned = u16::try_from(l.question.len()).unwrap_or(u16::MAX);
        let gap = u16::try_from(l.gap).unwrap_or(0);
        let [top, _, rest] = Layout::vertical([
            Constraint::Length(pinned),
            Constraint::Length(gap),
            Constraint::Fill(1),
        ])
        .areas(main);
        frame.render_widget(Paragraph::new(l.question.clone()), top);
        super::render_scrolled(frame, rest, &l.options, scroll);
    } else {
        let mut lines = l.question.clone();
        lines.extend(std::iter::repeat_n(Line::default(), l.gap));
        lines.extend(l.options.iter().cloned());
        super::render_scrolled(frame, main, &lines, scroll);
    }
    if let (Some(panel), Some(help)) = (panel, &q.help) {
        let block = Block::new().borders(Borders::LEFT).border_style(theme.dim);
        let inner = block.inner(panel);
        let mut text = vec![Line::from(Span::styled(
            format!(" {}", crate::tr!("wizard-question-why")),
            theme.heading,
        ))];
        text.extend(doc::text(
            help,
            usize::from(inner.width),
            " ",
            Style::new(),
            theme,
        ));
        frame.render_widget(Paragraph::new(text).block(block), panel);
    }
}

/// The option lines (and the "press ?" hint) and the line range of the selected option.
fn options(
    model: &ScreenModel<'_>,
    q: &Question,
    width: usize,
    help_hint: bool,
) -> (Vec<Line<'static>>, (usize, usize)) {
    let theme = model.theme;
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut selected = (0, 0);
    let chosen = model.session.selected();
    let number_width = q.options.len().to_string().len();
    for (i, option) in q.options.iter().enumerate() {
        let is_sel = i == chosen;
        let marker = if is_sel { "▶" } else { " " };
        let first = format!("{marker} {:>number_width$}. ", i.saturating_add(1));
        let rest = " ".repeat(first.chars().count());
        let style = if is_sel { theme.selected } else { Style::new() };
        let mut option_lines = doc::hang(
            &doc::inline(&option.label, style, theme),
            width,
            &first,
            &rest,
            style,
        );
        if is_sel {
            for line in &mut option_lines {
                let pad = width.saturating_sub(line.width());
                line.spans.push(Span::styled(" ".repeat(pad), style));
            }
        }
        if model.present {
            if let Some(say) = &option.say {
                let say_first =
                    format!("{rest}{}", super::lead(&crate::tr!("wizard-question-say")));
                let say_rest = " ".repeat(say_first.width());
                let runs = doc::inline(say, theme.say, theme);
                option_lines.extend(doc::hang(&runs, width, &say_first, &say_rest, theme.say));
            }
            option_lines.push(Line::default());
        }
        if is_sel {
            selected = (out.len(), out.len().saturating_add(option_lines.len()));
        }
        out.extend(option_lines);
    }
    if help_hint && q.help.is_some() {
        out.push(Line::default());
        let mut runs = doc::run(
            &format!("{} ", crate::tr!("wizard-question-not-sure")),
            theme.dim,
        );
        runs.extend(doc::run("?", theme.key));
        runs.extend(doc::run(
            &format!(" {}", crate::tr!("wizard-question-why-and-how")),
            theme.dim,
        ));
        out.extend(doc::hang(&runs, width, "", "", theme.dim));
    }
    (out, selected)
}
