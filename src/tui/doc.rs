//! Builds pre-wrapped, styled lines from playbook text, so long screens scroll by line and
//! every view knows its height before drawing. A document also knows where its sections
//! start (for the section index and the jump keys), where its web addresses are (for
//! hyperlinks, see [`super::links`]), and which lines match a search.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::markup::{self, Block, Emphasis};
use crate::wrap::{Piece, address_at, wrap};

/// A scrollable document: its lines and where its focusable items start.
#[derive(Debug, Default, Clone)]
pub struct Doc {
    /// The lines, already wrapped to the width asked for.
    pub lines: Vec<Line<'static>>,
    /// For each focusable item (checklist items), the index of its first line.
    pub anchors: Vec<usize>,
    /// The sections, in order: a name and the line it starts on.
    pub sections: Vec<(String, usize)>,
    /// The web addresses shown, whole, where they are drawn (after [`Doc::fit`]).
    pub links: Vec<Link>,
    /// The width the lines were wrapped to (0: not said).
    pub width: usize,
}

/// A web address on a line of a document: where it is drawn and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The line it is on.
    pub line: usize,
    /// The column it starts in.
    pub column: usize,
    /// How many columns it takes on the screen (fewer than the address when it was cut).
    pub width: usize,
    /// The whole address.
    pub url: String,
}

impl Doc {
    /// Appends an empty line, unless the document is empty or already ends with one.
    pub fn gap(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    /// Appends lines.
    pub fn extend(&mut self, lines: Vec<Line<'static>>) {
        self.lines.extend(lines);
    }

    /// The number of lines.
    pub fn height(&self) -> usize {
        self.lines.len()
    }

    /// Starts a section called `name` at the next line.
    pub fn section(&mut self, name: impl Into<String>) {
        self.sections.push((name.into(), self.lines.len()));
    }

    /// Finds the web addresses (noting each whole), then cuts every line wider than
    /// `width` with "…": only an address, which is never split, can be wider.
    pub fn fit(&mut self, width: usize) {
        self.links.clear();
        for (k, line) in self.lines.iter_mut().enumerate() {
            let text = plain_line(line);
            let mut from = 0;
            while let Some((start, end)) = address_at(&text[from..]) {
                let (start, end) = (from.saturating_add(start), from.saturating_add(end));
                let column = text[..start].width();
                let shown = width.saturating_sub(column);
                let whole = text[start..end].width();
                if shown > 0 {
                    self.links.push(Link {
                        line: k,
                        column,
                        width: whole.min(shown),
                        url: text[start..end].to_string(),
                    });
                }
                from = end;
            }
            if line.width() > width {
                *line = cut(line, width);
                if let Some(last) = self.links.last_mut().filter(|l| l.line == k) {
                    last.width = last
                        .width
                        .min(width.saturating_sub(last.column).saturating_sub(1));
                }
            }
        }
        self.links.retain(|l| l.width > 0);
    }

    /// The lines whose text holds `query` (ignoring case), in order.
    pub fn matches(&self, query: &str) -> Vec<usize> {
        let query = query.to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| plain_line(l).to_lowercase().contains(&query))
            .map(|(k, _)| k)
            .collect()
    }
}

/// A line's text without styles.
pub fn plain_line(line: &Line<'_>) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// A line cut to `width` columns, its last column an ellipsis.
fn cut(line: &Line<'static>, width: usize) -> Line<'static> {
    let room = width.saturating_sub(1);
    let mut used = 0usize;
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut last_style = line.style;
    for span in &line.spans {
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used.saturating_add(w) > room {
                break;
            }
            used = used.saturating_add(w);
            kept.push(c);
        }
        last_style = span.style;
        let full = kept.len() == span.content.len();
        if !kept.is_empty() {
            spans.push(Span::styled(kept, span.style));
        }
        if !full {
            break;
        }
    }
    if width > 0 {
        spans.push(Span::styled("…", last_style));
    }
    Line::from(spans)
}

/// `line` with every occurrence of `query` (ignoring case) styled `mark` on top.
pub fn highlight(line: &Line<'static>, query: &str, mark: Style) -> Line<'static> {
    let text = plain_line(line);
    let lower = text.to_lowercase();
    let needle = query.to_lowercase();
    // Lower-casing can change byte lengths (rare scripts): then leave the line as it is.
    if needle.is_empty() || lower.len() != text.len() || !lower.contains(&needle) {
        return line.clone();
    }
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&needle) {
        let start = from.saturating_add(i);
        let end = start.saturating_add(needle.len());
        ranges.push((start, end));
        from = end;
    }
    let mut spans = Vec::new();
    let mut at = 0usize;
    for span in &line.spans {
        let content = span.content.as_ref();
        let end = at.saturating_add(content.len());
        let mut pos = at;
        for &(s, e) in &ranges {
            let (s, e) = (s.max(at), e.min(end));
            if s >= e || s < pos {
                continue;
            }
            if s > pos {
                spans.push(Span::styled(text[pos..s].to_string(), span.style));
            }
            spans.push(Span::styled(text[s..e].to_string(), span.style.patch(mark)));
            pos = e;
        }
        if pos < end {
            spans.push(Span::styled(text[pos..end].to_string(), span.style));
        }
        at = end;
    }
    Line::from(spans)
}

/// Styled runs for inline playbook Markdown, on top of `base`.
fn runs(inlines: &[markup::Inline], base: Style, theme: &Theme) -> Vec<Piece<Style>> {
    inlines
        .iter()
        .map(|i| Piece {
            text: i.text.clone(),
            tag: match i.emphasis {
                Emphasis::Plain => base,
                Emphasis::Bold => base.patch(theme.bold),
                Emphasis::Code => base.patch(theme.code),
            },
        })
        .collect()
}

/// Wraps styled runs to `width`, prefixing the first line with `first` and the others
/// with `rest` (both styled `prefix_style`).
pub fn hang(
    runs: &[Piece<Style>],
    width: usize,
    first: &str,
    rest: &str,
    prefix_style: Style,
) -> Vec<Line<'static>> {
    let inner = width.saturating_sub(first.width().max(rest.width())).max(1);
    wrap(runs, inner)
        .into_iter()
        .enumerate()
        .map(|(k, pieces)| {
            let prefix = if k == 0 { first } else { rest };
            let mut spans = vec![Span::styled(prefix.to_string(), prefix_style)];
            spans.extend(pieces.into_iter().map(|p| Span::styled(p.text, p.tag)));
            Line::from(spans)
        })
        .collect()
}

/// One line of playbook text with its inline `**bold**` and `` `code` `` styled on top of
/// `base`.
pub fn inline(text: &str, base: Style, theme: &Theme) -> Vec<Piece<Style>> {
    runs(&markup::parse_inline(text), base, theme)
}

/// One plain run of text, styled (for text that is not Markdown: URLs, labels).
pub fn run(text: &str, style: Style) -> Vec<Piece<Style>> {
    vec![Piece {
        text: text.to_string(),
        tag: style,
    }]
}

/// Playbook Markdown as wrapped lines under `indent`: paragraphs separated by a blank
/// line, `-` items as hanging bullets.
pub fn text(
    source: &str,
    width: usize,
    indent: &str,
    base: Style,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut after_paragraph = false;
    for block in markup::parse(source) {
        let styled = runs(block.inlines(), base, theme);
        match block {
            Block::Paragraph(_) => {
                if !out.is_empty() {
                    out.push(Line::default());
                }
                out.extend(hang(&styled, width, indent, indent, base));
                after_paragraph = true;
            }
            Block::Bullet(_) | Block::Numbered(..) => {
                let marker = match block.marker() {
                    Some("-") | None => "•",
                    Some(n) => n,
                };
                if after_paragraph {
                    out.push(Line::default());
                    after_paragraph = false;
                }
                let first = format!("{indent}{marker} ");
                let rest = " ".repeat(first.width());
                out.extend(hang(&styled, width, &first, &rest, base));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn paragraphs_and_bullets_wrap_with_hanging_indent() {
        let t = Theme::mono();
        let lines = text(
            "One two three four.\n\n- alpha beta gamma\n- delta",
            12,
            " ",
            Style::new(),
            &t,
        );
        assert_eq!(
            plain(&lines),
            vec![
                " One two",
                " three four.",
                "",
                " • alpha",
                "   beta",
                "   gamma",
                " • delta"
            ]
        );
    }

    #[test]
    fn bold_and_code_get_their_styles() {
        let t = Theme::colored();
        let lines = text("Open **Security info** at `x`", 80, "", Style::new(), &t);
        let spans = &lines[0].spans;
        assert!(
            spans
                .iter()
                .any(|s| s.content == "Security info" && s.style == t.bold)
        );
        assert!(spans.iter().any(|s| s.content == "x" && s.style == t.code));
    }
}
