//! The section index of a long page: its sections numbered, the one on screen selected;
//! a digit or Enter jumps there.
//!
//! ```text
//!   ┌ Sections ─────────────────────────┐
//!   │  1  Top                            │
//!   │  2  Steps                          │
//!   │▶ 3  Say this (step 2)              │
//!   │  4  Have ready                     │
//!   └─────────────────────── Esc close ──┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::super::app::ScreenModel;
use super::super::doc::Doc;

/// Draws the index of `doc`'s sections over `area`, `selected` highlighted.
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    model: &ScreenModel<'_>,
    doc: &Doc,
    selected: usize,
) {
    let theme = model.theme;
    let rows: Vec<Line<'static>> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            let here = i == selected;
            let number = if i < 9 {
                format!("{}", i.saturating_add(1))
            } else {
                " ".into()
            };
            let style = if here {
                theme.selected
            } else {
                ratatui::style::Style::new()
            };
            Line::from(vec![
                Span::styled(if here { "▶" } else { " " }, theme.key),
                Span::styled(format!("{number:>2}  "), theme.key),
                Span::styled(crate::sanitize::visible_line(name).into_owned(), style),
            ])
        })
        .collect();
    let longest = rows.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(longest.saturating_add(3))
        .unwrap_or(u16::MAX)
        .max(24)
        .min(area.width.saturating_sub(2));
    let height = u16::try_from(rows.len().saturating_add(2))
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let block = super::panel(&crate::tr!("wizard-sections-title"), theme);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    // Keep the selected row in view when the index is taller than the window.
    let visible = usize::from(inner.height);
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let shown: Vec<Line<'static>> = rows.into_iter().skip(first).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
