//! The footer: the key hints of the current context, straight from the keymap, or a status
//! message after an action. A message is never cut: it wraps onto as many lines as it needs
//! (over the body if need be, until the next key), and a save failure is spelled out in full above the hints.
//!
//! ```text
//!  ↑↓ move  Enter choose  1–9 pick  b back  r restart  ? help  q quit
//! ```
//!
//! When the hints do not all fit, they are dropped from the right, except the ways out
//! (`? help`, `q quit`, close, cancel, no), which stay to the end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use super::super::keymap::{self, Action};
use super::super::theme::Theme;

/// The lines of the footer of `model` in a screen `area`.
fn lines(model: &ScreenModel<'_>, area: Rect) -> Vec<Line<'static>> {
    let theme = model.theme;
    let width = usize::from(area.width);
    // A message may cover the body for a moment (until the next key), never the header.
    let most = usize::from(area.height.saturating_sub(3)).max(1);
    let mut out = Vec::new();
    if let Some(warning) = model.save_warning {
        out.extend(message(&format!("⚠ {warning}"), width, theme.status));
    }
    match model.status {
        Some(status) => out.extend(message(status, width, theme.status)),
        None => out.push(hint_line(
            model.footer_context.unwrap_or_else(|| model.context()),
            width,
            theme,
        )),
    }
    if out.len() > most {
        out.truncate(most);
        if let Some(last) = out.last_mut() {
            last.spans.push(Span::styled("…", theme.status));
        }
    }
    out
}

/// How many lines the footer of `model` takes in a screen `area`.
pub fn height(model: &ScreenModel<'_>, area: Rect) -> u16 {
    u16::try_from(lines(model, area).len().max(1)).unwrap_or(1)
}

/// Draws the footer into `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>) {
    frame.render_widget(Paragraph::new(lines(model, frame.area())), area);
}

/// `text` wrapped to `width` (one space of margin), every line styled `style`.
pub fn message(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    crate::wrap::wrap_plain(text, width.saturating_sub(1).max(1))
        .into_iter()
        .map(|l| Line::from(Span::styled(format!(" {l}"), style)))
        .collect()
}

/// Whether a hint names a way out, kept while others are dropped.
fn essential(action: Action) -> bool {
    matches!(
        action,
        Action::Help | Action::Quit | Action::Close | Action::Cancel | Action::No
    )
}

/// The key hints of `context` as one line, as many as fit in `width`: hints are dropped
/// from the right, the ways out last.
pub fn hint_line(context: keymap::Context, width: usize, theme: &Theme) -> Line<'static> {
    let hints = keymap::hint_actions(context);
    let cost = |h: &str| h.width().saturating_add(2);
    let mut keep: Vec<bool> = vec![true; hints.len()];
    let mut used: usize = 1usize.saturating_add(hints.iter().map(|(h, _)| cost(h)).sum::<usize>());
    // Drop the others from the right first, then the ways out from the left.
    let order: Vec<usize> = (0..hints.len())
        .rev()
        .filter(|&i| hints.get(i).is_some_and(|(_, a)| !essential(*a)))
        .chain((0..hints.len()).filter(|&i| hints.get(i).is_some_and(|(_, a)| essential(*a))))
        .collect();
    for i in order {
        if used <= width {
            break;
        }
        if let (Some(k), Some((h, _))) = (keep.get_mut(i), hints.get(i)) {
            *k = false;
            used = used.saturating_sub(cost(h));
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for ((hint, _), _) in hints.iter().zip(&keep).filter(|(_, k)| **k) {
        let (key, word) = hint.split_once(' ').unwrap_or((hint.as_str(), ""));
        spans.push(Span::styled(key.to_string(), theme.key));
        spans.push(Span::styled(format!(" {word}  "), theme.dim));
    }
    Line::from(spans)
}
