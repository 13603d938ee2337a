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
                truncate("Not saved: see the message below", width.saturating_sub(4))
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
            Span::styled(format!(" Path code {code}"), theme.heading),
            Span::styled(format!(" · node {}", session.node().id), theme.dim),
        ]),
        // The path code stays from 40 columns up: it is what a helper asks for.
        None if width >= 40 && answered && !code.is_empty() => {
            let tag = format!("path code {code} ");
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
    let left = session
        .remaining()
        .map(crate::engine::Remaining::short)
        .unwrap_or_default();
    match &session.node().body {
        NodeBody::Question(_) => format!("Question {} · {left}", session.question_number()),
        NodeBody::Info(_) => format!("Note · {left}"),
        NodeBody::Outcome(_) => "Outcome".to_string(),
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
            &format!(
                "Reviewed {} · never asks for passwords or codes · works offline",
                pb.reviewed
            ),
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
