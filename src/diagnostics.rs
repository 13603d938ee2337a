//! Renders playbook [`Diagnostic`]s for people: `file:line:col`, the offending line with a
//! label under it, and a help line (miette's graphical report).
//!
//! Everything in a diagnostic may have come from a hostile file (ids, values, the source
//! line itself), so every part passes through [`crate::sanitize`] before miette sees it.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::playbook::{Diagnostic, Severity};
use crate::sanitize;

/// Renders every diagnostic for the file `name` whose text is `text`, errors first.
///
/// `color` selects ANSI colours; pass `false` for NO_COLOR, pipes and snapshots.
pub fn render(name: &str, text: &str, diagnostics: &[Diagnostic], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    let name = sanitize::visible_line(name);
    let shown = sanitize::Mapped::new(text);
    for d in diagnostics {
        let span = span(d, text).map(|s| {
            let start = shown.offset(s.offset());
            let end = shown.offset(s.offset().saturating_add(s.len()));
            SourceSpan::new(start.into(), end.saturating_sub(start))
        });
        let message = sanitize::visible(&d.message);
        let report = Report {
            diag: d,
            // Without a span miette shows no file name, so the message carries it.
            message: match span {
                Some(_) => message.into_owned(),
                None => format!("{name}: {message}"),
            },
            label: sanitize::visible(&d.label).into_owned(),
            help: d.help.as_deref().map(|h| sanitize::visible(h).into_owned()),
            source: NamedSource::new(name.as_ref(), shown.text.clone()),
            span,
        };
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&plain(&name, d));
        }
        out.push('\n');
    }
    out
}

/// One line per diagnostic: `file:line:col: error[code]: message`.
pub fn plain(name: &str, d: &Diagnostic) -> String {
    let at = d.line_col();
    let place = if at.is_empty() {
        name.to_string()
    } else {
        format!("{name}:{at}")
    };
    format!(
        "{}: {}[{}]: {}\n",
        sanitize::visible_line(&place),
        d.severity.as_str(),
        d.code,
        sanitize::visible_line(&d.message)
    )
}

/// The byte span of a diagnostic, clamped to the text; `None` when it has no position.
fn span(d: &Diagnostic, text: &str) -> Option<SourceSpan> {
    let pos = d.pos?;
    let start = pos.byte.or_else(|| byte_of(text, pos.line, pos.col))?;
    if start > text.len() {
        return None;
    }
    let len = pos.len.unwrap_or(1).min(text.len().saturating_sub(start));
    Some(SourceSpan::new(start.into(), len))
}

/// The byte offset of a 1-based line and character column.
fn byte_of(text: &str, line: u64, col: u64) -> Option<usize> {
    let line_idx = usize::try_from(line.checked_sub(1)?).ok()?;
    let col_idx = usize::try_from(col.checked_sub(1)?).ok()?;
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i == line_idx {
            let within = l.char_indices().nth(col_idx).map_or(l.len(), |(b, _)| b);
            return Some(offset + within);
        }
        offset += l.len();
    }
    None
}

struct Report<'a> {
    diag: &'a Diagnostic,
    message: String,
    label: String,
    help: Option<String>,
    source: NamedSource<String>,
    span: Option<SourceSpan>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diag.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.span.map(|_| &self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span?;
        let label = (!self.label.is_empty()).then(|| self.label.clone());
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            label, span,
        ))))
    }
}
