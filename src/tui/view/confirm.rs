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
    let yes_no = |title: String, question: String| {
        (
            title,
            question,
            crate::tr!("wizard-confirm-yes"),
            crate::tr!("wizard-confirm-no"),
        )
    };
    let (title, question, yes, no) = match overlay {
        Overlay::ConfirmRestart => yes_no(
            crate::tr!("wizard-confirm-restart-title"),
            crate::tr!("wizard-confirm-restart"),
        ),
        Overlay::ResumeOffer if model.reopen => (
            crate::tr!("wizard-confirm-reopen-title"),
            model
                .offer
                .map_or_else(|| crate::tr!("wizard-confirm-reopen"), str::to_string),
            crate::tr!("wizard-confirm-reopen-yes"),
            crate::tr!("wizard-confirm-afresh"),
        ),
        Overlay::ResumeOffer => (
            crate::tr!("wizard-confirm-resume-title"),
            model
                .offer
                .map_or_else(|| crate::tr!("wizard-confirm-resume"), str::to_string),
            crate::tr!("wizard-confirm-resume-yes"),
            crate::tr!("wizard-confirm-afresh"),
        ),
        // A banner means a drill is running this wizard: quitting stops the drill.
        _ if model.banner.is_some() => yes_no(
            crate::tr!("wizard-confirm-drill-title"),
            crate::tr!("wizard-confirm-drill"),
        ),
        _ if model.saved => yes_no(
            crate::tr!("wizard-confirm-quit-title"),
            crate::tr!("wizard-confirm-quit-saved"),
        ),
        // A journal (its facts) but no file: nothing answered yet.
        _ if model.facts.is_some() => yes_no(
            crate::tr!("wizard-confirm-quit-title"),
            crate::tr!("wizard-confirm-quit-nothing"),
        ),
        _ => yes_no(
            crate::tr!("wizard-confirm-quit-title"),
            crate::tr!("wizard-confirm-quit-unkept"),
        ),
    };
    let (title, yes, no) = (format!(" {title} "), format!(" {yes}   "), format!(" {no}"));
    let width = area.width.saturating_sub(4).min(50);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    // Wrapped here, as it is measured: CJK text breaks between characters, never before
    // a full-width stop.
    let wrapped = crate::wrap::wrap_plain(&question, inner_width);
    let text_lines = u16::try_from(wrapped.len()).unwrap_or(u16::MAX);
    let height = text_lines.saturating_add(4).min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let block = Block::bordered()
        .title(Line::from(title).centered())
        .border_style(theme.heading)
        .padding(Padding::horizontal(1));
    let mut lines: Vec<Line<'_>> = wrapped.into_iter().map(Line::raw).collect();
    lines.extend([
        Line::default(),
        Line::from(vec![
            Span::styled("y", theme.key),
            Span::styled(yes, theme.dim),
            Span::styled("n", theme.key),
            Span::styled(no, theme.dim),
        ]),
    ]);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}
