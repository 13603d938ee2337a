//! Markdown-lite, the text format of playbooks: paragraphs, `-` lists, `**bold**` and
//! `` `code` ``. Parsed here once so every front end (wizard, walk, reports) shows the same
//! structure. Pure; no terminal knowledge.

/// A block of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph (lines joined with spaces).
    Paragraph(Vec<Inline>),
    /// One `-` list item.
    Bullet(Vec<Inline>),
    /// One numbered list item (`1.`), with its number as written.
    Numbered(String, Vec<Inline>),
}

impl Block {
    /// The inline runs of the block.
    pub fn inlines(&self) -> &[Inline] {
        match self {
            Block::Paragraph(i) | Block::Bullet(i) | Block::Numbered(_, i) => i,
        }
    }

    /// The marker a list item starts with (`-` or `1.`), if it is one.
    pub fn marker(&self) -> Option<&str> {
        match self {
            Block::Paragraph(_) => None,
            Block::Bullet(_) => Some("-"),
            Block::Numbered(n, _) => Some(n),
        }
    }
}

/// The kind of block a line starts, with the rest of the line.
enum Start<'a> {
    Bullet(&'a str),
    Numbered(&'a str, &'a str),
    Text,
}

fn line_start(trimmed: &str) -> Start<'_> {
    if let Some(rest) = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "))
    {
        return Start::Bullet(rest);
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits)
        && let Some(rest) = trimmed[digits..].strip_prefix(". ")
    {
        return Start::Numbered(&trimmed[..=digits], rest);
    }
    Start::Text
}

/// How a run of text is emphasised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// Normal text.
    Plain,
    /// `**bold**`.
    Bold,
    /// `` `code` ``: commands, addresses, exact words on a screen.
    Code,
}

/// A run of text with one emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    /// The text, without markers.
    pub text: String,
    /// Its emphasis.
    pub emphasis: Emphasis,
}

/// Parses Markdown-lite text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    // The block being built: its list marker (empty for a paragraph) and its text.
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    let flush = |current: &mut Option<(String, String)>, blocks: &mut Vec<Block>| {
        if let Some((marker, buf)) = current.take() {
            let inlines = parse_inline(buf.trim());
            blocks.push(match marker.as_str() {
                "" => Block::Paragraph(inlines),
                "-" => Block::Bullet(inlines),
                _ => Block::Numbered(marker, inlines),
            });
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut current, &mut blocks);
            continue;
        }
        let (marker, rest) = match line_start(trimmed) {
            Start::Bullet(rest) => ("-", rest),
            Start::Numbered(n, rest) => (n, rest),
            Start::Text => {
                match &mut current {
                    Some((_, buf)) => {
                        buf.push(' ');
                        buf.push_str(trimmed);
                    }
                    None => current = Some((String::new(), trimmed.to_string())),
                }
                continue;
            }
        };
        flush(&mut current, &mut blocks);
        current = Some((marker.to_string(), rest.to_string()));
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// Parses `**bold**` and `` `code` `` runs; unclosed markers stay literal.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let marker = if rest.starts_with("**") {
            Some(("**", Emphasis::Bold))
        } else if rest.starts_with('`') {
            Some(("`", Emphasis::Code))
        } else {
            None
        };
        if let Some((m, emphasis)) = marker {
            let after = &rest[m.len()..];
            if let Some(end) = after.find(m).filter(|&e| e > 0) {
                push(&mut out, std::mem::take(&mut plain), Emphasis::Plain);
                push(&mut out, after[..end].to_string(), emphasis);
                rest = &after[end + m.len()..];
                continue;
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            plain.push(c);
        }
        rest = chars.as_str();
    }
    push(&mut out, plain, Emphasis::Plain);
    out
}

fn push(out: &mut Vec<Inline>, text: String, emphasis: Emphasis) {
    if !text.is_empty() {
        out.push(Inline { text, emphasis });
    }
}

/// The text of inline runs without markers (code keeps its backticks, so a command stays
/// recognisable in plain text).
pub fn plain_inline(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i.emphasis {
            Emphasis::Code => format!("`{}`", i.text),
            _ => i.text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(t: &str) -> Inline {
        Inline {
            text: t.into(),
            emphasis: Emphasis::Plain,
        }
    }

    #[test]
    fn paragraphs_and_bullets() {
        let blocks = parse("First line\ncontinues.\n\n- one\n- two\n  more\n\nLast.");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![plain("First line continues.")]),
                Block::Bullet(vec![plain("one")]),
                Block::Bullet(vec![plain("two more")]),
                Block::Paragraph(vec![plain("Last.")]),
            ]
        );
    }

    #[test]
    fn numbered_items() {
        let blocks = parse(
            "Two checks:\n\n1. First one\n   continues.\n2. Second.\n\n2026. A year is text.",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![plain("Two checks:")]),
                Block::Numbered("1.".into(), vec![plain("First one continues.")]),
                Block::Numbered("2.".into(), vec![plain("Second.")]),
                Block::Paragraph(vec![plain("2026. A year is text.")]),
            ]
        );
    }

    #[test]
    fn inline_markers() {
        let inl = parse_inline("Open **Security info** at `https://x` now");
        assert_eq!(inl.len(), 5);
        assert_eq!(inl[1].emphasis, Emphasis::Bold);
        assert_eq!(inl[3].emphasis, Emphasis::Code);
        assert_eq!(plain_inline(&inl), "Open Security info at `https://x` now");
    }

    #[test]
    fn unclosed_markers_stay_literal() {
        assert_eq!(parse_inline("a ** b"), vec![plain("a ** b")]);
        assert_eq!(parse_inline("`x"), vec![plain("`x")]);
        assert_eq!(parse_inline("****"), vec![plain("****")]);
    }

    #[test]
    fn multibyte_text_is_safe() {
        let inl = parse_inline("«tenant» — **Ünïcödé** `日本`");
        assert_eq!(plain_inline(&inl), "«tenant» — Ünïcödé `日本`");
    }
}
