//! Yes/no confirmations for quitting and starting again, drawn over the screen.
//!
//! ```text
//!        ┌ Quit? ─────────────────────┐
//!        │ Leave breakglass now?       │
//!        │ y yes   n no                │
//!        └─────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use super::super::app::{Overlay, ScreenModel};

/// Draws the confirmation for `overlay` centred in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, overlay: &Overlay) {
    let theme = model.theme;
    let (title, question, yes, no) = match overlay {
        Overlay::ConfirmRestart => (
            " Start again? ",
            "Go back to the first question? Your answers so far are dropped; ticked checklist items stay ticked.",
            " yes   ",
            " no",
        ),
        Overlay::ResumeOffer if model.reopen => (
            " Reopen? ",
            model.offer.unwrap_or("Reopen the last session?"),
            " reopen   ",
            " start afresh",
        ),
        Overlay::ResumeOffer => (
            " Resume? ",
            model.offer.unwrap_or("Resume the unfinished session?"),
            " resume   ",
            " start afresh",
        ),
        // A banner means a drill is running this wizard: quitting stops the drill.
        _ if model.banner.is_some() => (
            " Stop the drill? ",
            "Stop the drill now? The run so far is saved and scored as stopped early.",
            " yes   ",
            " no",
        ),
        _ if model.saved => (
            " Quit? ",
            "Leave breakglass now? The session is saved; `breakglass sessions` lists it.",
            " yes   ",
            " no",
        ),
        // A journal (its facts) but no file: nothing answered yet.
        _ if model.facts.is_some() => (
            " Quit? ",
            "Leave breakglass now? Nothing is saved yet: there is no answer to keep.",
            " yes   ",
            " no",
        ),
        _ => (
            " Quit? ",
            "Leave breakglass now? This session is not kept on disk.",
            " yes   ",
            " no",
        ),
    };
    let width = area.width.saturating_sub(4).min(50);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let text_lines =
        u16::try_from(crate::wrap::wrap_plain(question, inner_width).len()).unwrap_or(u16::MAX);
    let height = text_lines.saturating_add(4).min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let block = Block::bordered()
        .title(Line::from(title).centered())
        .border_style(theme.heading)
        .padding(Padding::horizontal(1));
    let lines = vec![
        Line::raw(question),
        Line::default(),
        Line::from(vec![
            Span::styled("y", theme.key),
            Span::styled(yes, theme.dim),
            Span::styled("n", theme.key),
            Span::styled(no, theme.dim),
        ]),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}
