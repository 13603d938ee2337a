//! The footer: the key hints of the current context, straight from the keymap, or a status
//! message after an action.
//!
//! ```text
//!  ↑↓ move  Enter choose  1–9 pick  b back  r restart  ? help  q quit
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use super::super::keymap;
use super::super::theme::Theme;
use super::header::truncate;

/// Draws the footer into `area` (one line).
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>) {
    let theme = model.theme;
    let width = usize::from(area.width);
    if let Some(status) = model.status {
        let line = Line::from(Span::styled(
            format!(" {}", truncate(status, width.saturating_sub(1))),
            theme.status,
        ));
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    frame.render_widget(
        Paragraph::new(hint_line(model.context(), width, theme)),
        area,
    );
}

/// The key hints of `context` as one line, as many as fit in `width`.
pub fn hint_line(context: keymap::Context, width: usize, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1usize;
    for hint in keymap::hints(context) {
        let (key, word) = hint.split_once(' ').unwrap_or((hint, ""));
        let add = hint.width().saturating_add(2);
        if used.saturating_add(add) > width {
            break;
        }
        used = used.saturating_add(add);
        spans.push(Span::styled(key.to_string(), theme.key));
        spans.push(Span::styled(format!(" {word}  "), theme.dim));
    }
    Line::from(spans)
}
