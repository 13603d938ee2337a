//! Drill cards drawn over the screen: the scenario card that starts the clock, an inject,
//! the debrief with the score, and the stop confirmation.
//!
//! ```text
//!     ┌──────────── INJECT at 4:00 ─────────────┐
//!     │ Sam's business partner joins the call... │
//!     │                                          │
//!     │ Enter continue  q stop                   │
//!     └──────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::super::doc;
use super::super::keymap::Context;
use super::super::theme::Theme;
use super::footer::hint_line;

/// A card: a title, Markdown body text, and the keys of `context` at the bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The title in the border.
    pub title: String,
    /// The body (playbook Markdown).
    pub body: String,
    /// Whose keys are hinted at the bottom.
    pub context: Context,
}

/// Draws `card` centred in `area`, as tall as its text (cut with "…" if the terminal is
/// too short).
pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme, card: &Card) {
    let width = area.width.saturating_sub(2).min(72);
    let inner = usize::from(width.saturating_sub(4)).max(1);
    let mut lines = doc::text(&card.body, inner, "", Style::new(), theme);
    let room = usize::from(area.height.saturating_sub(5)).max(1);
    if lines.len() > room {
        lines.truncate(room.saturating_sub(1));
        lines.push(Line::styled("…", theme.dim));
    }
    lines.push(Line::default());
    lines.push(hint_line(card.context, inner, theme));
    let height = u16::try_from(lines.len().saturating_add(2))
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let block = Block::bordered()
        .title(Line::from(format!(" {} ", card.title)).centered())
        .border_style(theme.heading)
        .padding(Padding::horizontal(1));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
