//! The question screen: the question, its numbered options (the selected one reversed and
//! marked), and "why we ask" beside them when the terminal is wide.
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

use super::super::app::ScreenModel;
use super::super::doc;
use crate::playbook::Question;

/// The width from which "why we ask" is shown beside the options.
const SIDE_PANEL_WIDTH: u16 = 100;

/// Draws a question into the body `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, q: &Question) {
    let side = area.width >= SIDE_PANEL_WIDTH && q.help.is_some();
    let (main, panel) = if side {
        let [main, panel] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)])
            .spacing(1)
            .areas(area);
        (main, Some(panel))
    } else {
        (area, None)
    };
    let width = usize::from(main.width);
    let theme = model.theme;
    // The question stays pinned on top (up to a third of the height, cut with "…"), so it
    // never scrolls away from its options.
    let mut question = doc::hang(
        &doc::inline(&q.text, theme.heading, theme),
        width,
        "",
        "",
        theme.heading,
    );
    if let (true, Some(say)) = (model.present, &q.say) {
        let mut runs = doc::run("Read to them: ", theme.say.add_modifier(Modifier::BOLD));
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
            let line = format!("Told so far: {}", told.join(", "));
            question.extend(doc::hang(
                &doc::run(&line, theme.dim),
                width,
                "",
                "",
                theme.dim,
            ));
        }
    }
    let room = usize::from(main.height / 3).max(1);
    if question.len() > room {
        question.truncate(room);
        if let Some(last) = question.last_mut() {
            last.spans.push(Span::styled("…", theme.heading));
        }
    }
    let pinned = u16::try_from(question.len()).unwrap_or(u16::MAX);
    let gap = u16::from(main.height > pinned.saturating_add(3));
    let [top, _, rest] = Layout::vertical([
        Constraint::Length(pinned),
        Constraint::Length(gap),
        Constraint::Fill(1),
    ])
    .areas(main);
    frame.render_widget(Paragraph::new(question), top);
    let (lines, selected) = options(model, q, width, !side);
    let height = usize::from(rest.height);
    // Keep the selected option in view; show from the top when it fits.
    let offset = if selected.1 > height {
        selected.1.saturating_sub(height).min(selected.0)
    } else {
        0
    };
    super::render_scrolled(frame, rest, &lines, offset);
    if let (Some(panel), Some(help)) = (panel, &q.help) {
        let block = Block::new().borders(Borders::LEFT).border_style(theme.dim);
        let inner = block.inner(panel);
        let mut text = vec![Line::from(Span::styled(" Why we ask", theme.heading))];
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
                let say_first = format!("{rest}say: ");
                let say_rest = " ".repeat(say_first.chars().count());
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
        out.push(Line::from(vec![
            Span::styled("Not sure? Press ", theme.dim),
            Span::styled("?", theme.key),
            Span::styled(" for why we ask and how to tell.", theme.dim),
        ]));
    }
    (out, selected)
}
