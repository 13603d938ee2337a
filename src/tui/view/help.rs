//! The help overlay: the keys of the screen underneath first (from the keymap), then, as a
//! section of its own, why the question is asked, then its sources and the tool's
//! promises. Scrolls when it does not fit; `/` searches it.
//!
//! ```text
//!   ┌ Help ─────────────────────────────────────┐
//!   │ KEYS                                       │
//!   │   ↑/k         select the option above      │
//!   │                                            │
//!   │ WHY WE ASK, AND HOW TO TELL                │
//!   │   ...                                      │
//!   └────────────────────────── Esc close ───────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect, Size};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use super::super::doc::{self, Doc};
use super::super::keymap::{self, Context};
use crate::playbook::NodeBody;

/// The popup's rectangle in a terminal area.
fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(78);
    let height = area.height.saturating_sub(2);
    area.centered(Constraint::Length(width), Constraint::Length(height))
}

fn inner(area: Rect) -> Rect {
    Block::bordered().inner(popup(area))
}

fn size_rect(size: Size) -> Rect {
    Rect::from((ratatui::layout::Position::ORIGIN, size))
}

/// Lines visible at once in a terminal of `size`.
pub fn page(size: Size) -> usize {
    usize::from(inner(size_rect(size)).height)
}

/// How wide the help's text is wrapped in a terminal of `size` (a column is kept for the
/// scroll bar).
pub fn text_width(size: Size) -> usize {
    usize::from(inner(size_rect(size)).width.saturating_sub(1))
}

/// The furthest the help can scroll in a terminal of `size`.
pub fn max_scroll(model: &ScreenModel<'_>, size: Size) -> usize {
    document(model, text_width(size))
        .height()
        .saturating_sub(page(size))
}

/// The context the help describes: the screen under the overlay.
fn screen_context(model: &ScreenModel<'_>) -> Context {
    match model.session.node().body {
        NodeBody::Question(_) => Context::Question,
        NodeBody::Info(_) => Context::Info,
        NodeBody::Outcome(_) => Context::Outcome,
    }
}

/// A heading of the help, a jump target for the search.
fn heading(d: &mut Doc, title: &str, style: Style) {
    d.gap();
    d.section(title);
    d.lines.push(Line::styled(super::caps(title), style));
}

/// The help text, `width` columns wide: keys first, then why we ask, sources, about.
pub fn document(model: &ScreenModel<'_>, width: usize) -> Doc {
    let theme = model.theme;
    let session = model.session;
    let mut d = Doc {
        width,
        ..Doc::default()
    };
    let why = match &session.node().body {
        NodeBody::Question(q) => q.help.as_deref(),
        NodeBody::Info(i) => i.help.as_deref(),
        NodeBody::Outcome(_) => None,
    };
    let keys = crate::tr!("wizard-help-keys");
    d.section(keys.as_str());
    if why.is_some() {
        d.extend(doc::text(
            &crate::tr!("wizard-help-why-after"),
            width,
            "",
            theme.dim,
            theme,
        ));
    }
    d.gap();
    d.lines
        .push(Line::styled(super::caps(&keys), theme.heading));
    let rows = keymap::help_rows(screen_context(model));
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    for (keys, what) in rows {
        // Padded by columns, not characters: a key name may be a wide word ("字母").
        let pad = " ".repeat(key_width.saturating_sub(keys.width()));
        let first = format!(" {keys}{pad}  ");
        let rest = " ".repeat(first.width());
        d.extend(doc::hang(
            &doc::run(&what, Style::new()),
            width,
            &first,
            &rest,
            theme.key,
        ));
    }
    if let Some(why) = why {
        heading(&mut d, &crate::tr!("wizard-help-why"), theme.heading);
        d.extend(doc::text(why, width, " ", Style::new(), theme));
    }
    if let Some(q) = session.question()
        && !q.sources.is_empty()
    {
        heading(&mut d, &crate::tr!("wizard-sources"), theme.heading);
        d.extend(super::outcome::source_lines(model, &q.sources, width));
    }
    heading(&mut d, &crate::tr!("wizard-help-about"), theme.heading);
    let pb = session.playbook();
    let about = format!(
        "{}\n\n{}",
        crate::tr!("wizard-help-promise"),
        crate::tr!(
            "wizard-help-playbook",
            title = pb.title.as_str(),
            id = pb.id.as_str(),
            version = pb.version.as_str(),
            reviewed = pb.reviewed.as_str(),
        )
    );
    d.extend(doc::text(&about, width, " ", Style::new(), theme));
    d.fit(width);
    d
}

/// Draws the help over `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, scroll: usize) {
    let theme = model.theme;
    let popup = popup(area);
    let block = super::panel(&crate::tr!("wizard-help-title"), theme);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let text_area = Rect {
        width: inner.width.saturating_sub(1),
        ..inner
    };
    let d = document(model, usize::from(text_area.width));
    let query = model.search.map(|s| s.query.as_str()).unwrap_or_default();
    let mark = Style::new().add_modifier(ratatui::style::Modifier::REVERSED);
    let lines: Vec<Line<'static>> = d
        .lines
        .iter()
        .map(|l| doc::highlight(l, query, mark))
        .collect();
    super::render_scrolled(frame, text_area, &lines, scroll);
    if theme.links {
        super::super::links::apply(frame.buffer_mut(), text_area, &d.links, scroll);
    }
}
