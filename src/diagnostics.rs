//! Renders playbook [`Diagnostic`]s for people: `file:line:col`, the offending line with a
//! label under it, and a help line (miette's graphical report).
//!
//! The file's line starts are found once, so each diagnostic costs only its own lines; and
//! at most [`RENDER_LIMIT`] are drawn in full, so a file with thousands of problems prints
//! a count for the rest instead of pages of snippets.
//!
//! Everything in a diagnostic may have come from a hostile file (ids, values, the source
//! line itself), so every part passes through [`crate::sanitize`] before miette sees it.

use std::fmt::{self, Write as _};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use crate::playbook::{Diagnostic, Severity};
use crate::sanitize;

/// The most diagnostics of one file drawn in full; the rest are counted in one line.
pub const RENDER_LIMIT: usize = 50;

/// Renders the diagnostics for the file `name` whose text is `text`, in the order given
/// (errors first): the first [`RENDER_LIMIT`] in full, then a count of the rest.
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
    let name = sanitize::visible_line(name);
    // Positions point into the file as it is; miette is shown the file made visible, and
    // each span is moved to where its text went.
    let original = Indexed::new(&name, text);
    let shown = sanitize::Mapped::new(text);
    let source = Indexed::new(&name, &shown.text);
    let mut out = String::new();
    for d in diagnostics.iter().take(RENDER_LIMIT) {
        let span = span(d, &original).map(|s| {
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
            source: &source,
            span,
        };
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&plain(&name, d));
        }
        out.push('\n');
    }
    if let Some(rest) = diagnostics.get(RENDER_LIMIT..).filter(|r| !r.is_empty()) {
        let errors = rest
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let _ = write!(
            out,
            "… and {} more in {name} ({errors} error(s), {} warning(s)), not shown. \
             `breakglass validate --format json {name}` lists every one.\n\n",
            rest.len(),
            rest.len() - errors
        );
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
fn span(d: &Diagnostic, source: &Indexed<'_>) -> Option<SourceSpan> {
    let text = source.text;
    let pos = d.pos?;
    let start = pos
        .byte
        .or_else(|| byte_of(text, &source.newlines, pos.line, pos.col))?;
    if start > text.len() {
        return None;
    }
    let len = pos.len.unwrap_or(1).min(text.len().saturating_sub(start));
    Some(SourceSpan::new(start.into(), len))
}

/// The byte offset of a 1-based line and character column; `newlines` are the starts of
/// the text's `\n`-separated lines.
fn byte_of(text: &str, newlines: &[usize], line: u64, col: u64) -> Option<usize> {
    let line_idx = usize::try_from(line.checked_sub(1)?).ok()?;
    let col_idx = usize::try_from(col.checked_sub(1)?).ok()?;
    let start = *newlines.get(line_idx)?;
    let rest = text.get(start..)?;
    let l = rest.split_inclusive('\n').next()?;
    let within = l.char_indices().nth(col_idx).map_or(l.len(), |(b, _)| b);
    Some(start + within)
}

/// A file's text with its line starts found once.
///
/// miette reads a snippet by scanning the text from its first byte; over thousands of
/// diagnostics that is quadratic. This source hands miette only the text from a little
/// before the snippet's first context line on, then puts the line numbers and offsets
/// back, so the result is exactly what a scan of the whole text gives.
struct Indexed<'a> {
    name: &'a str,
    text: &'a str,
    /// Where each line starts, as miette counts lines (after `\n`, `\r\n` or a lone `\r`).
    starts: Vec<usize>,
    /// Where each line starts, counting only `\n` (as positions do).
    newlines: Vec<usize>,
}

impl<'a> Indexed<'a> {
    fn new(name: &'a str, text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut newlines = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                newlines.push(i + 1);
            } else if b == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        Self {
            name,
            text,
            starts,
            newlines,
        }
    }
}

impl SourceCode for Indexed<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let line = self
            .starts
            .partition_point(|&s| s <= span.offset())
            .saturating_sub(1);
        // Two lines more than the context: miette looks one byte before a span (for an
        // empty one), and a `\r\n` may straddle its start.
        let first = line.saturating_sub(context_lines_before + 2);
        let from = self.starts.get(first).copied().unwrap_or(0);
        let window = self.text.get(from..).ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new((span.offset().saturating_sub(from)).into(), span.len());
        let inner = window.read_span(&local, context_lines_before, context_lines_after)?;
        let at = inner.span();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            SourceSpan::new((at.offset() + from).into(), at.len()),
            inner.line() + first,
            inner.column(),
            inner.line_count() + first,
        )))
    }
}

struct Report<'a> {
    diag: &'a Diagnostic,
    message: String,
    label: String,
    help: Option<String>,
    source: &'a Indexed<'a>,
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
        self.span.map(|_| self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span?;
        let label = (!self.label.is_empty()).then(|| self.label.clone());
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            label, span,
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str, offset: usize, len: usize, before: usize, after: usize) {
        let span = SourceSpan::new(offset.into(), len);
        let indexed = Indexed::new("f.yaml", text);
        let fast = indexed.read_span(&span, before, after);
        let full = text.read_span(&span, before, after);
        match (fast, full) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.data(), b.data(), "data of {text:?} at {offset}+{len}");
                assert_eq!(a.span(), b.span(), "span of {text:?} at {offset}+{len}");
                assert_eq!(a.line(), b.line(), "line of {text:?} at {offset}+{len}");
                assert_eq!(a.column(), b.column(), "column of {text:?} at {offset}");
                assert_eq!(a.line_count(), b.line_count(), "lines of {text:?}");
                assert_eq!(a.name(), Some("f.yaml"));
            }
            (a, b) => assert_eq!(a.is_ok(), b.is_ok(), "{text:?} at {offset}+{len}"),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        #[test]
        fn indexed_snippets_equal_a_scan_of_the_whole_text(
            text in "(a|é|\n|\r|\r\n| ){0,40}",
            at in 0usize..50,
            len in 0usize..6,
            before in 0usize..3,
            after in 0usize..3,
        ) {
            let mut offset = at.min(text.len());
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            same(&text, offset, len.min(text.len() - offset), before, after);
        }
    }

    #[test]
    fn byte_of_finds_lines_and_columns() {
        let text = "ab\ncé d\n\nlast";
        let idx = Indexed::new("f", text);
        assert_eq!(byte_of(text, &idx.newlines, 1, 1), Some(0));
        assert_eq!(byte_of(text, &idx.newlines, 2, 3), Some(6));
        assert_eq!(byte_of(text, &idx.newlines, 2, 99), Some(9));
        assert_eq!(byte_of(text, &idx.newlines, 4, 2), Some(11));
        assert_eq!(byte_of(text, &idx.newlines, 5, 1), None);
        assert_eq!(byte_of(text, &idx.newlines, 0, 1), None);
    }

    #[test]
    fn many_diagnostics_are_counted_after_the_limit() {
        let text = "a: 1\n".repeat(200);
        let diags: Vec<Diagnostic> = (0..200u64)
            .map(|i| {
                let pos = crate::playbook::yaml::Pos {
                    line: i + 1,
                    col: 1,
                    byte: None,
                    len: Some(1),
                };
                let d = if i % 2 == 0 {
                    Diagnostic::error("t::e", format!("problem {i}"), Some(pos))
                } else {
                    Diagnostic::warning("t::w", format!("problem {i}"), Some(pos))
                };
                d.label("here")
            })
            .collect();
        let out = render("f.yaml", &text, &diags, false);
        assert!(out.contains("problem 49"), "{out}");
        assert!(!out.contains("problem 50"), "{out}");
        assert!(out.contains("f.yaml:50:1"), "{out}");
        assert!(
            out.contains("… and 150 more in f.yaml (75 error(s), 75 warning(s)), not shown."),
            "{out}"
        );
    }
}
