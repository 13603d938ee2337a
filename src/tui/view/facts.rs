//! The case-facts form, over the screen: the fields with their values, the one being
//! typed, why a value was refused, and a plain warning never to type secrets here.
//!
//! ```text
//!   ┌ Case facts for Microsoft Support ───────────────────┐
//!   │ Never type a password, code or recovery key here.   │
//!   │ ▶ Tenant ID or primary domain   contoso.onmicrosoft… │
//!   │   Error code                    (not given)         │
//!   └──────────────────────────────── Enter edit  Esc ────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::app::{FactsForm, ScreenModel};
use super::header::truncate;
use crate::transcript::FactKind;

/// The warning every view of the form shows, in the interface language.
pub fn warning() -> String {
    crate::tr!("wizard-facts-warning")
}

/// The warning when space is short.
pub fn short_warning() -> String {
    crate::tr!("wizard-facts-warning-short")
}

/// The label of a fact in the form, in the interface language ([`FactKind::label`] is the
/// English one).
pub fn label(kind: FactKind) -> String {
    kind.title()
}

/// Draws the form centred over `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, form: &FactsForm) {
    let theme = model.theme;
    let width = area.width.saturating_sub(2).min(76);
    let height = area.height.saturating_sub(2);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let block = Block::bordered()
        .title(
            Line::from(format!(
                " {} ",
                truncate(
                    &crate::tr!("wizard-facts-title"),
                    usize::from(width.saturating_sub(4))
                )
            ))
            .centered(),
        )
        .border_style(theme.heading)
        .padding(Padding::horizontal(1));
    let inner_width = usize::from(block.inner(popup).width);
    let label_width = FactKind::ALL
        .iter()
        .map(|k| label(*k).width())
        .max()
        .unwrap_or(0)
        .min(inner_width / 2);
    // The full warning when there is room for it and every field; one line otherwise, so
    // the fields never disappear.
    let inner = block.inner(popup);
    let (warning, short_warning) = (warning(), short_warning());
    let full_lines = crate::wrap::wrap_plain(&warning, inner_width).len();
    let needed = full_lines
        .saturating_add(FactKind::ALL.len())
        .saturating_add(4);
    let mut lines = if usize::from(inner.height) >= needed {
        let mut lines = styled_lines(&warning, inner_width, theme.caution);
        lines.push(Line::default());
        lines
    } else {
        styled_lines(&short_warning, inner_width, theme.caution)
    };
    for (i, kind) in FactKind::ALL.iter().enumerate() {
        let selected = i == form.field;
        let editing = selected && form.input.is_some();
        let value = match (&form.input, model.facts.and_then(|f| f.get(kind))) {
            (Some(text), _) if editing => format!("{text}█"),
            // A session file may have been edited: show what it holds, visibly.
            (_, Some(v)) => crate::sanitize::visible_line(v).into_owned(),
            (_, None) => crate::tr!("wizard-facts-not-given"),
        };
        let room = inner_width.saturating_sub(label_width).saturating_sub(4);
        let style = if selected {
            theme.selected
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(if selected { "▶ " } else { "  " }, style),
            Span::styled(
                pad(&truncate(&label(*kind), label_width), label_width),
                style,
            ),
            Span::styled(
                truncate(&value, room),
                if editing { theme.bold } else { style },
            ),
        ]));
        if selected && editing {
            lines.push(Line::styled(
                format!(
                    "    {}",
                    crate::tr!("wizard-facts-example", example = kind.example())
                ),
                theme.dim,
            ));
        }
    }
    if let Some(error) = &form.error {
        lines.push(Line::default());
        lines.extend(styled_lines(error, inner_width, theme.status));
    }
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        popup,
    );
}

/// `text` and spaces to `width` columns, then two more (a wide label pads by columns).
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}  ", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` wrapped to `width` (CJK breaks between characters, never before a full-width
/// stop), every line styled `style`.
fn styled_lines(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    crate::wrap::wrap_plain(text, width.max(1))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}
