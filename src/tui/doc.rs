//! Builds pre-wrapped, styled lines from playbook text, so long screens scroll by line and
//! every view knows its height before drawing.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::markup::{self, Block, Emphasis};
use crate::wrap::{Piece, wrap};

/// A scrollable document: its lines and where its focusable items start.
#[derive(Debug, Default, Clone)]
pub struct Doc {
    /// The lines, already wrapped to the width asked for.
    pub lines: Vec<Line<'static>>,
    /// For each focusable item (checklist items), the index of its first line.
    pub anchors: Vec<usize>,
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
