//! The header: app name, playbook title and how far there is to go; then the breadcrumb of
//! answers (elided from the left), then a rule.
//!
//! ```text
//!  breakglass MFA lockout: Azure, Entra ID, Microsoft 365   Question 3 · 2–5 left
//!  … › Personal account › Second check fails
//! ──────────────────────────────────────────────────────────────────────────────
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::super::app::ScreenModel;
use crate::playbook::NodeBody;

/// Draws the header into `area` (three lines).
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>) {
    let theme = model.theme;
    let session = model.session;
    let width = usize::from(area.width);
    let brand = " breakglass ";
    // Progress first: it says where you are. The title gets what is left, if anything.
    let progress = truncate(
        &progress(model),
        width.saturating_sub(brand.width()).saturating_sub(1),
    );
    let title_room = width
        .saturating_sub(brand.width())
        .saturating_sub(progress.width())
        .saturating_sub(2);
    let title = if title_room >= 12 {
        truncate(
            model.banner.unwrap_or(&session.playbook().title),
            title_room,
        )
    } else {
        String::new()
    };
    let pad = width
        .saturating_sub(brand.width())
        .saturating_sub(title.width())
        .saturating_sub(progress.width())
        .saturating_sub(1);
    let top = Line::from(vec![
        Span::styled(brand, theme.brand),
        Span::styled(title, theme.heading),
        Span::raw(" ".repeat(pad)),
        Span::styled(progress, theme.dim),
    ]);
    // A code is worth reading out once there is an answer to share.
    let answered = session.trail().iter().any(|v| v.choice.is_some());
    let code = crate::engine::pathcode::encode(session).unwrap_or_default();
    let second = match model.save_warning {
        // The whole warning is spelled out above the footer; the header flags it.
        Some(_) => Line::from(Span::styled(
            format!(
                " ⚠ {}",
                truncate(
                    &crate::tr!("wizard-header-not-saved"),
                    width.saturating_sub(4)
                )
            ),
            theme.status,
        )),
        None if model.guide.is_some() => Line::from(Span::styled(
            format!(
                " {}",
                truncate(model.guide.unwrap_or_default(), width.saturating_sub(2))
            ),
            theme.heading,
        )),
        None if model.present => Line::from(vec![
            Span::styled(
                format!(
                    " {}",
                    crate::tr!("wizard-header-path-code", code = code.as_str())
                ),
                theme.heading,
            ),
            Span::styled(
                format!(
                    " · {}",
                    crate::tr!("wizard-header-node", id = session.node().id.as_str())
                ),
                theme.dim,
            ),
        ]),
        // The path code stays from 40 columns up: it is what a helper asks for.
        None if width >= 40 && answered && !code.is_empty() => {
            let tag = format!(
                "{} ",
                crate::tr!("wizard-header-path-code-short", code = code.as_str())
            );
            let room = width.saturating_sub(tag.width()).saturating_sub(3);
            let crumbs = breadcrumb(model, room);
            let pad = width
                .saturating_sub(crumbs.width())
                .saturating_sub(tag.width())
                .saturating_sub(1);
            Line::from(vec![
                Span::styled(format!(" {crumbs}"), theme.dim),
                Span::raw(" ".repeat(pad)),
                Span::styled(tag, theme.dim),
            ])
        }
        None => Line::from(Span::styled(
            format!(" {}", breadcrumb(model, width.saturating_sub(2))),
            theme.dim,
        )),
    };
    let lines = vec![top, second];
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .border_style(theme.dim);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// "Question 3 · 2–5 left", "Note · 1 left", "Outcome".
fn progress(model: &ScreenModel<'_>) -> String {
    let session = model.session;
    let left = session.remaining().map(left).unwrap_or_default();
    match &session.node().body {
        NodeBody::Question(_) => crate::tr!(
            "wizard-progress-question",
            number = session.question_number(),
            left = left.as_str()
        ),
        NodeBody::Info(_) => crate::tr!("wizard-progress-note", left = left.as_str()),
        NodeBody::Outcome(_) => crate::tr!("wizard-progress-outcome"),
    }
}

/// The questions left, compact: "2–5 left", "1 left", "3+ left", "end" (what
/// [`crate::engine::Remaining::short`] says in English).
fn left(r: crate::engine::Remaining) -> String {
    match r.max {
        _ if r.min == 0 && r.max == Some(0) => crate::tr!("wizard-left-end"),
        Some(max) if max == r.min => crate::tr!("wizard-left-exact", count = max),
        Some(max) => crate::tr!("wizard-left-range", min = r.min, max = max),
        None => crate::tr!("wizard-left-open", min = r.min),
    }
}

/// The answers so far as "a › b › c", elided from the left to fit `width`.
fn breadcrumb(model: &ScreenModel<'_>, width: usize) -> String {
    let session = model.session;
    let pb = session.playbook();
    let crumbs: Vec<&str> = session
        .trail()
        .iter()
        .filter_map(|v| {
            let q = pb.node(v.node).as_question()?;
            Some(q.options.get(v.choice?)?.short.as_str())
        })
        .collect();
    if crumbs.is_empty() {
        return truncate(
            &crate::tr!("wizard-header-promise", reviewed = pb.reviewed.as_str()),
            width,
        );
    }
    let sep = " › ";
    let mut shown: Vec<&str> = Vec::new();
    let mut used = 0usize;
    for c in crumbs.iter().rev() {
        let add = c
            .width()
            .saturating_add(if shown.is_empty() { 0 } else { sep.width() });
        if used.saturating_add(add) > width.saturating_sub(4) && !shown.is_empty() {
            break;
        }
        used = used.saturating_add(add);
        shown.push(c);
    }
    shown.reverse();
    let mut text = shown.join(sep);
    if shown.len() < crumbs.len() {
        text = format!("…{sep}{text}");
    }
    truncate(&text, width)
}

/// Cuts `text` to `width` columns, ending with "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0usize;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used.saturating_add(w).saturating_add(1) > width {
            break;
        }
        used = used.saturating_add(w);
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
