//! The outcome page, for a person under stress: the first screen holds the kind (glyph and
//! word), who acts, the summary, the start of the script to read aloud and step 1. Then
//! the numbered steps with their scripts set apart, what to have ready, what to expect,
//! the checklist (Space ticks the focused item), and last, out of the reading flow, the
//! numbered sources the inline markers point to: a note here, the list in the sources pane
//! (`o`, or beside the page in a wide window). Every section is a jump target (the section
//! index, `[` and `]`); text wraps at no more than [`READING_WIDTH`] columns. The steps and
//! checklists are drawn by [`super::outcome_flow`].
//!
//! ```text
//!  ▲ ESCALATE TO MICROSOFT SUPPORT
//!  Ask Microsoft's Data Protection team to reset your MFA
//!  Who acts: you, with Microsoft Support
//!
//!  Call Microsoft business support now ... (the summary)
//!
//!  Say this (step 2), it starts:
//!  │ I am calling about a lockout from our Microsoft Entra tenant: I cannot…
//!
//!  STEPS
//!   1. Call Microsoft business support ... [1][2]
//!      │ Say: "This is a tenant lockout ..."
//!  HAVE READY
//!   • your tenant ID ...
//!  ONCE YOU ARE BACK IN
//! ▶ [x] Register a second method [3]
//!  SOURCES
//!   12 sources, numbered as the [1] markers above: press o to open the list.
//!   For this outcome as a whole, see [9].
//! ```

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::super::app::ScreenModel;
use super::super::doc::{self, Doc};
use super::outcome_flow;
use unicode_width::UnicodeWidthStr;

use crate::export::text::cite;
use crate::playbook::{NodeBody, NodeId, Outcome, SourceId};

/// The widest text is wrapped, however wide the window: longer lines are hard to read.
pub const READING_WIDTH: usize = 100;
/// [`READING_WIDTH`] in the unit of rectangles.
pub const READING_WIDTH_U16: u16 = 100;

/// How many lines of the first script the top of the page shows.
const SCRIPT_PREVIEW: usize = 2;

/// Starts a section: a gap, then its heading (wrapped, never clipped), a jump target.
pub fn section(d: &mut Doc, title: &str, style: Style) {
    let title = crate::markup::to_plain(title);
    d.gap();
    d.section(title.clone());
    let width = d.width.max(1);
    d.extend(doc::hang(
        &doc::run(
            &super::caps(&title),
            style.add_modifier(Modifier::UNDERLINED),
        ),
        width,
        "",
        "",
        style,
    ));
}

/// The outcome as a scrollable document `width` columns wide; anchors are checklist items.
pub fn document(model: &ScreenModel<'_>, _id: NodeId, o: &Outcome, width: usize) -> Doc {
    let theme = model.theme;
    let session = model.session;
    let pb = session.playbook();
    let order = pb.outcome_sources(o);
    let mut d = Doc {
        width,
        ..Doc::default()
    };
    d.section(crate::tr!("wizard-section-top"));
    let mut banner = format!("{} {}", o.kind.glyph(), super::caps(&kind_label(o.kind)));
    if model.present {
        banner = format!("{banner}  [{}]", session.node().id);
    }
    d.extend(doc::hang(
        &doc::run(&banner, theme.kind(o.kind)),
        width,
        "",
        "",
        theme.kind(o.kind),
    ));
    d.extend(doc::hang(
        &doc::inline(&o.title, theme.heading, theme),
        width,
        "",
        "",
        theme.heading,
    ));
    if let Some(who) = &o.who {
        let mut runs = vec![crate::wrap::Piece {
            text: super::lead(&crate::tr!("wizard-outcome-who")),
            tag: theme.dim,
        }];
        runs.extend(doc::inline(who, Style::new(), theme));
        d.extend(doc::hang(&runs, width, "", "", Style::new()));
    }
    if let Some(summary) = &o.summary {
        d.gap();
        d.extend(doc::text(summary, width, "", Style::new(), theme));
    }
    script_preview(&mut d, model, o, width);
    outcome_flow::steps(&mut d, model, o, &order, width);
    if !o.prepare.is_empty() {
        section(&mut d, &crate::tr!("wizard-outcome-prepare"), theme.heading);
        for p in &o.prepare {
            d.extend(doc::text(
                &format!("- {p}"),
                width,
                " ",
                Style::new(),
                theme,
            ));
        }
    }
    if let Some(expect) = &o.expect {
        section(&mut d, &crate::tr!("wizard-outcome-expect"), theme.heading);
        d.extend(doc::text(expect, width, " ", Style::new(), theme));
    }
    outcome_flow::ways_on(&mut d, model, o, width);
    if model.present {
        told(&mut d, model, width);
    }
    outcome_flow::checklists(&mut d, model, o, &order, width);
    if !order.is_empty() {
        section(&mut d, &crate::tr!("wizard-sources"), theme.heading);
        let note = crate::tr!("wizard-outcome-sources-note", count = order.len());
        d.extend(doc::text(&note, width, " ", theme.dim, theme));
        if !o.sources.is_empty() {
            d.extend(doc::hang(
                &doc::run(&whole_outcome(&order, &o.sources), Style::new()),
                width,
                " ",
                " ",
                Style::new(),
            ));
        }
    }
    d.fit(width);
    d
}

/// The outcome's numbered sources, out of the reading flow: what the sources pane shows,
/// `width` columns wide, the whole-outcome citation first.
pub fn sources(model: &ScreenModel<'_>, o: &Outcome, width: usize) -> Doc {
    let order = model.session.playbook().outcome_sources(o);
    let mut d = Doc {
        width,
        ..Doc::default()
    };
    if !o.sources.is_empty() {
        d.extend(doc::hang(
            &doc::run(&whole_outcome(&order, &o.sources), Style::new()),
            width,
            " ",
            " ",
            Style::new(),
        ));
        d.gap();
    }
    d.extend(source_lines(model, &order, width));
    d.fit(width);
    d
}

/// The start of the first script to read aloud, near the top, so the first screen holds it;
/// under a translated script, the start of its English (for Microsoft Support) too.
fn script_preview(d: &mut Doc, model: &ScreenModel<'_>, o: &Outcome, width: usize) {
    let Some((n, step, say)) = o
        .steps
        .iter()
        .enumerate()
        .find_map(|(i, s)| s.say.as_deref().map(|say| (i.saturating_add(1), s, say)))
    else {
        return;
    };
    let theme = model.theme;
    d.gap();
    d.lines.push(Line::from(Span::styled(
        crate::tr!("wizard-outcome-preview", step = n),
        theme.say.add_modifier(Modifier::BOLD),
    )));
    d.extend(preview(
        doc::text(say, width, "│ ", theme.say, theme),
        width,
        theme.say,
    ));
    if let Some(en) = &step.say_english {
        d.extend(preview(
            doc::text(en, width, "│ ", theme.say, theme),
            width,
            theme.say,
        ));
    }
}

/// The first [`SCRIPT_PREVIEW`] lines of a script, ending with "…" when there is more.
fn preview(lines: Vec<Line<'static>>, width: usize, style: Style) -> Vec<Line<'static>> {
    let more = lines.len() > SCRIPT_PREVIEW;
    let mut shown: Vec<Line<'static>> = lines.into_iter().take(SCRIPT_PREVIEW).collect();
    if more && let Some(last) = shown.last_mut() {
        last.spans.push(Span::styled("…", style));
        if last.width() > width {
            last.spans.pop();
            if let Some(end) = last.spans.last_mut() {
                let mut t = end.content.to_string();
                t.pop();
                t.push('…');
                end.content = t.into();
            }
        }
    }
    shown
}

/// Draws the outcome page into `area`: at most [`READING_WIDTH`] columns of text, the
/// search's matches marked, web addresses as hyperlinks when the theme allows.
pub fn render(frame: &mut Frame<'_>, area: Rect, model: &ScreenModel<'_>, d: &Doc) {
    let query = model.search.map(|s| s.query.as_str()).unwrap_or_default();
    let mark = Style::new().add_modifier(Modifier::REVERSED);
    let lines: Vec<Line<'static>> = if query.is_empty() {
        d.lines.clone()
    } else {
        d.lines
            .iter()
            .map(|l| doc::highlight(l, query, mark))
            .collect()
    };
    let width = u16::try_from(d.width).unwrap_or(u16::MAX).min(area.width);
    let text_area = Rect { width, ..area };
    super::render_scrolled(frame, text_area, &lines, model.scroll);
    if model.theme.links && model.overlay.is_none() {
        super::super::links::apply(frame.buffer_mut(), text_area, &d.links, model.scroll);
    }
    if let (NodeBody::Outcome(o), Some(side)) = (
        &model.session.node().body,
        super::source_pane::side(area, width),
    ) {
        super::source_pane::render_side(frame, side, model, o);
    }
}

/// Presenter view: what the person's answers established (playbooks with facts only).
pub fn told(d: &mut Doc, model: &ScreenModel<'_>, width: usize) {
    let stated = model.session.stated();
    if stated.is_empty() {
        return;
    }
    let theme = model.theme;
    section(d, &crate::tr!("wizard-outcome-told"), theme.heading);
    for f in stated {
        let said = match (&f.value, &f.phrase) {
            (Some(_), Some(p)) => p.clone(),
            _ => crate::tr!("wizard-outcome-not-asked"),
        };
        d.extend(doc::text(
            &format!("- {}: {said}", f.title),
            width,
            " ",
            Style::new(),
            theme,
        ));
    }
}

/// Numbered sources: title and kind, then the full address (always printed).
pub fn source_lines(model: &ScreenModel<'_>, ids: &[SourceId], width: usize) -> Vec<Line<'static>> {
    let theme = model.theme;
    let pb = model.session.playbook();
    let mut out = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let s = pb.source(*id);
        let first = format!(" [{}] ", i.saturating_add(1));
        let rest = " ".repeat(first.width());
        let text = format!("{} ({})", s.title, source_kind(s.kind));
        out.extend(doc::hang(
            &doc::run(&text, Style::new()),
            width,
            &first,
            &rest,
            theme.dim,
        ));
        out.extend(doc::hang(
            &doc::run(&s.url, theme.code),
            width,
            &rest,
            &rest,
            theme.dim,
        ));
    }
    out
}

/// The words beside an outcome's glyph, in the interface language ([`crate::playbook::OutcomeKind::label`]
/// is the English one).
pub use crate::export::text::kind_label;

/// How authoritative a source is, in the interface language ([`crate::playbook::SourceKind::tag`] is the
/// English one).
pub use crate::export::text::source_tag as source_kind;

/// The line citing the sources behind the outcome as a whole: "For this outcome as a
/// whole, see [9]." (as [`crate::export::text::whole_outcome`] says it in English).
fn whole_outcome(order: &[SourceId], ids: &[SourceId]) -> String {
    crate::tr!("wizard-outcome-whole", refs = cite(order, ids))
}
