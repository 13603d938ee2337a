//! Views: pure functions from a [`ScreenModel`] to the frame. Nothing here changes state.
//!
//! ```text
//! ┌ header ───────────────────────────────────────────────┐
//! │ breakglass  <playbook title>        Question 3 · 2–5 left │
//! │ <breadcrumb of answers, elided from the left>          │
//! │───────────────────────────────────────────────────────│
//! │ body: question | info | outcome (scrolls)            ▐ │
//! │ ...                                                    │
//! │ footer: key hints from the keymap, or a status message │
//! └────────────────────────────────────────────────────────┘
//! ```
//! Overlays (help, confirmations) are drawn over the body. Below [`MIN_WIDTH`] ×
//! [`MIN_HEIGHT`] only a "make the window larger" message is drawn.

pub mod confirm;
pub mod facts;
pub mod footer;
pub mod header;
pub mod help;
pub mod info;
pub mod notice;
pub mod outcome;
pub mod outcome_flow;
pub mod question;
pub mod sections;
pub mod source_pane;
pub mod too_small;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::app::{Overlay, ScreenModel};
use super::doc::Doc;
use crate::playbook::NodeBody;

/// The narrowest terminal the wizard draws in.
pub const MIN_WIDTH: u16 = 30;
/// The shortest terminal the wizard draws in.
pub const MIN_HEIGHT: u16 = 8;

const HEADER_HEIGHT: u16 = 3;

/// The three bands of the screen: the footer is as tall as its message needs.
fn regions(area: Rect, footer: u16) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(HEADER_HEIGHT),
        Constraint::Fill(1),
        Constraint::Length(footer),
    ])
    .areas(area)
}

/// The body band, inset by one column on the left (text) and right (scroll bar).
fn body_area(area: Rect, footer: u16) -> Rect {
    let [_, body, _] = regions(area, footer);
    Rect {
        x: body.x.saturating_add(1),
        width: body.width.saturating_sub(2),
        ..body
    }
}

/// The body band of `model` in a terminal of `size` (its footer may take several lines).
pub fn body_rect(model: &ScreenModel<'_>, size: Size) -> Rect {
    let area = Rect::from((ratatui::layout::Position::ORIGIN, size));
    body_area(area, footer::height(model, area))
}

/// How many lines of body fit in a terminal of `size`.
pub fn body_height(size: Size) -> usize {
    usize::from(body_area(Rect::from((ratatui::layout::Position::ORIGIN, size)), 1).height)
}

/// How wide body text is wrapped in a terminal of `size`.
pub fn body_width(size: Size) -> usize {
    usize::from(body_area(Rect::from((ratatui::layout::Position::ORIGIN, size)), 1).width)
}

/// The scrollable document of the current node (empty for questions, which scroll by
/// selection instead), wrapped at no more than [`outcome::READING_WIDTH`] columns.
pub fn document(model: &ScreenModel<'_>, size: Size) -> Doc {
    let width = body_width(size).min(outcome::READING_WIDTH);
    let session = model.session;
    match &session.node().body {
        NodeBody::Outcome(o) => outcome::document(model, session.current(), o, width),
        NodeBody::Info(i) => {
            let mut d = info::document(model, i, width);
            d.width = width;
            d.fit(width);
            d
        }
        NodeBody::Question(_) => Doc::default(),
    }
}

/// Draws the whole screen.
pub fn render(frame: &mut Frame<'_>, model: &ScreenModel<'_>) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small::render(frame, area, model.theme);
        return;
    }
    let footer_height = footer::height(model, area);
    let [head, _, foot] = regions(area, footer_height);
    header::render(frame, head, model);
    let body = body_area(area, footer_height);
    match &model.session.node().body {
        NodeBody::Question(q) => question::render(frame, body, model, q),
        NodeBody::Info(_) | NodeBody::Outcome(_) => {
            let doc = document(model, area.as_size());
            outcome::render(frame, body, model, &doc);
        }
    }
    footer::render(frame, foot, model);
    // Overlays keep their last line for the footer's first; a footer message of several
    // lines (a search status, a long report path) stays readable under them.
    let area = Rect {
        height: area.height.saturating_sub(footer_height.saturating_sub(1)),
        ..area
    };
    match model.overlay {
        Some(Overlay::Help { scroll }) => help::render(frame, area, model, *scroll),
        Some(o @ (Overlay::ConfirmQuit | Overlay::ConfirmRestart | Overlay::ResumeOffer)) => {
            confirm::render(frame, area, model, o);
        }
        Some(Overlay::Facts(form)) => facts::render(frame, area, model, form),
        Some(Overlay::Sources { scroll }) => source_pane::render(frame, area, model, *scroll),
        Some(Overlay::Sections { selected }) => {
            let doc = document(model, area.as_size());
            sections::render(frame, area, model, &doc, *selected);
        }
        None => {}
    }
    if model.overlay.is_some() {
        mend_wide_cells(frame.buffer_mut());
    }
}

/// The bordered panel an overlay is drawn in: its title on top, "Esc close" at the bottom
/// right.
pub fn panel(title: &str, theme: &super::theme::Theme) -> Block<'static> {
    Block::bordered()
        .title(Line::from(format!(" {title} ")).centered())
        .title_bottom(
            Line::from(vec![
                Span::styled(" Esc", theme.key),
                Span::styled(format!(" {} ", crate::tr!("wizard-panel-close")), theme.dim),
            ])
            .right_aligned(),
        )
        .border_style(theme.heading)
}

/// Draws `lines` from `scroll` down, with a scroll bar in the column right of `area` when
/// they do not fit.
pub fn render_scrolled(frame: &mut Frame<'_>, area: Rect, lines: &[Line<'static>], scroll: usize) {
    let height = usize::from(area.height);
    let start = scroll.min(lines.len());
    let end = start.saturating_add(height).min(lines.len());
    let visible: Vec<Line<'static>> = lines.get(start..end).unwrap_or_default().to_vec();
    frame.render_widget(Paragraph::new(visible), area);
    if lines.len() > height {
        let bar_area = Rect {
            x: area.right(),
            width: 1,
            ..area
        }
        .intersection(frame.area());
        let mut state = ScrollbarState::new(lines.len().saturating_sub(height))
            .position(start)
            .viewport_content_length(height);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(bar, bar_area, &mut state);
    }
}

/// `text` in capitals, the emphasis English headings use; text holding wide (CJK)
/// characters has no capitals and is left as it is ("MICROSOFT 支持部门" would shout the one
/// Latin word).
pub fn caps(text: &str) -> String {
    if text.chars().any(wide) {
        text.to_string()
    } else {
        text.to_uppercase()
    }
}

/// A label and the space before what follows it: "Who acts: ", but "由谁操作：" (a
/// full-width colon carries its own space).
pub fn lead(label: &str) -> String {
    if label.chars().next_back().is_some_and(wide) {
        label.to_string()
    } else {
        format!("{label} ")
    }
}

fn wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Blanks a wide character whose second cell an overlay drew over (its border, say): a
/// terminal would draw the character over both cells and hide what the overlay put there.
pub fn mend_wide_cells(buf: &mut ratatui::buffer::Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right().saturating_sub(1) {
            let split = {
                let next = buf[(x.saturating_add(1), y)].symbol();
                buf[(x, y)].symbol().chars().any(wide) && !next.trim().is_empty()
            };
            if split {
                buf[(x, y)].set_symbol(" ");
            }
        }
    }
}
