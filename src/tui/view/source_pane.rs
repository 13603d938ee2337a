//! The sources pane: an outcome's numbered sources, out of the reading flow. `o` opens it
//! over the page; in a window wide enough for the page and a side panel, it also sits
//! beside the text. Each address is printed whole on a line of its own (cut with "…" when
//! wider than the pane) and is a hyperlink where the terminal supports them.
//!
//! ```text
//!   ┌ Sources ──────────────────────────────────┐
//!   │ For this outcome as a whole, see [9].      │
//!   │                                            │
//!   │ [1] Title (Microsoft documentation)        │
//!   │     https://learn.microsoft.com/entra/…    │
//!   └─────────────────────────── Esc close ──────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear};

use super::super::app::ScreenModel;
use super::super::doc::Doc;
use super::outcome;
use crate::playbook::NodeBody;

/// The narrowest side panel worth drawing beside the page.
const SIDE_MIN: u16 = 32;

/// The popup's rectangle in a terminal area.
fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(outcome::READING_WIDTH_U16);
    let height = area.height.saturating_sub(2);
    area.centered(Constraint::Length(width), Constraint::Length(height))
}

fn text_area(area: Rect) -> Rect {
    let inner = Block::bordered().inner(popup(area));
    Rect {
        width: inner.width.saturating_sub(1),
        ..inner
    }
}

fn whole(size: Size) -> Rect {
    Rect::from((ratatui::layout::Position::ORIGIN, size))
}

/// The sources of the outcome shown, as the pane lays them out in a terminal of `size`.
pub fn document(model: &ScreenModel<'_>, size: Size) -> Doc {
    let width = usize::from(text_area(whole(size)).width);
    match &model.session.node().body {
        NodeBody::Outcome(o) => outcome::sources(model, o, width),
        _ => Doc::default(),
    }
}

/// Lines visible at once in a terminal of `size`.
pub fn page(size: Size) -> usize {
    usize::from(text_area(whole(size)).height)
}

/// The furthest the pane can scroll in a terminal of `size`.
pub fn max_scroll(model: &ScreenModel<'_>, size: Size) -> usize {
    document(model, size).height().saturating_sub(page(size))
}

/// Draws the pane over `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, scroll: usize) {
    let theme = model.theme;
    let popup = popup(area);
    let block = super::panel(&crate::tr!("wizard-sources"), theme);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let text = text_area(area);
    let d = document(model, area.as_size());
    super::render_scrolled(frame, text, &d.lines, scroll);
    if theme.links {
        super::super::links::apply(frame.buffer_mut(), text, &d.links, scroll);
    }
}

/// The side panel's rectangle, when `body` has room for it beside text `text_width` wide.
pub fn side(body: Rect, text_width: u16) -> Option<Rect> {
    let left = text_width.saturating_add(2);
    let width = body.width.saturating_sub(left);
    (width >= SIDE_MIN).then(|| Rect {
        x: body.x.saturating_add(left),
        width,
        ..body
    })
}

/// Draws the sources as a side panel in `area` (from the top; the pane scrolls on `o`).
pub fn render_side(
    frame: &mut Frame<'_>,
    area: Rect,
    model: &ScreenModel<'_>,
    o: &crate::playbook::Outcome,
) {
    let theme = model.theme;
    let block = Block::new()
        .borders(Borders::LEFT)
        .title(Line::styled(
            format!(" {} ", crate::tr!("wizard-sources-side")),
            theme.heading,
        ))
        .border_style(theme.dim);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect {
        width: inner.width.saturating_sub(1),
        ..inner
    };
    let d = outcome::sources(model, o, usize::from(inner.width));
    super::render_scrolled(frame, inner, &d.lines, 0);
    if theme.links && model.overlay.is_none() {
        super::super::links::apply(frame.buffer_mut(), inner, &d.links, 0);
    }
}
