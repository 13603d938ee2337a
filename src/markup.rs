//! Playbook text is Markdown (CommonMark), inline elements only, parsed by `pulldown-cmark`
//! into the few shapes every front end (wizard, walk, reports) shows the same way:
//! paragraphs, `-` and `1.` list items, and runs of plain, bold and code text. Pure; no
//! terminal knowledge.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

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

/// How a run of text is emphasised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// Normal text.
    Plain,
    /// `**strong**` or `*emphasis*` (and headings).
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

/// Whether `c` is a Chinese or Japanese character or punctuation mark: text written
/// without spaces between words (Korean, which uses spaces, is not included).
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}' // CJK punctuation
        | '\u{3040}'..='\u{30ff}' // kana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
        | '\u{ff01}'..='\u{ff60}') // full-width forms
}

/// Drops a plain space between two Chinese characters or marks: lines joined with a space
/// and facts spoken one after another (`{role} {account}`) are written without one in
/// Chinese. A space next to Latin text (`Microsoft 帐户`) stays.
fn close_cjk_gaps(inlines: &mut [Inline]) {
    let chars: Vec<(usize, char)> = inlines
        .iter()
        .enumerate()
        .flat_map(|(k, i)| i.text.chars().map(move |c| (k, c)))
        .collect();
    if !chars.iter().any(|&(_, c)| unspaced(c)) {
        return;
    }
    let mut texts: Vec<String> = vec![String::new(); inlines.len()];
    for (n, &(k, c)) in chars.iter().enumerate() {
        let gap = c == ' '
            && inlines[k].emphasis == Emphasis::Plain
            && n > 0
            && chars.get(n - 1).is_some_and(|&(_, p)| unspaced(p))
            && chars.get(n + 1).is_some_and(|&(_, x)| unspaced(x));
        if !gap {
            texts[k].push(c);
        }
    }
    for (inline, text) in inlines.iter_mut().zip(texts) {
        inline.text = text;
    }
}

/// What kind of block is being built.
enum Kind {
    Paragraph,
    Bullet,
    Numbered(String),
}

/// The blocks built from parser events.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    current: Option<(Kind, Vec<Inline>)>,
    /// The open lists: `None` for a bullet list, else the next item's number.
    lists: Vec<Option<u64>>,
    /// How deep in strong, emphasis or heading markup, and in a code block.
    bold: usize,
    code: usize,
    /// The open links' destinations, and where (in bytes) their text starts in the block.
    links: Vec<(String, usize)>,
}

impl Builder {
    fn flush(&mut self) {
        if let Some((kind, inlines)) = self.current.take() {
            let mut inlines = inlines;
            trim(&mut inlines);
            close_cjk_gaps(&mut inlines);
            if inlines.is_empty() {
                return;
            }
            self.blocks.push(match kind {
                Kind::Paragraph => Block::Paragraph(inlines),
                Kind::Bullet => Block::Bullet(inlines),
                Kind::Numbered(n) => Block::Numbered(n, inlines),
            });
        }
    }

    fn text(&mut self, text: &str, emphasis: Emphasis) {
        let (_, inlines) = self
            .current
            .get_or_insert_with(|| (Kind::Paragraph, Vec::new()));
        push(inlines, text, emphasis);
    }

    /// The text of the block being built.
    fn shown(&self) -> String {
        self.current
            .as_ref()
            .map(|(_, i)| i.iter().map(|i| i.text.as_str()).collect())
            .unwrap_or_default()
    }

    fn emphasis(&self) -> Emphasis {
        if self.code > 0 {
            Emphasis::Code
        } else if self.bold > 0 {
            Emphasis::Bold
        } else {
            Emphasis::Plain
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                // Lines of a code block join like the lines of a paragraph.
                if self.code > 0 {
                    let joined = t.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                    self.text(&joined, Emphasis::Code);
                    self.text(" ", Emphasis::Plain);
                } else {
                    self.text(&t, self.emphasis());
                }
            }
            Event::Code(t) => self.text(&t, Emphasis::Code),
            // Raw HTML is shown as written: `<tenant>` is a placeholder, not a tag.
            Event::Html(t) | Event::InlineHtml(t) => {
                let t = t.trim_end_matches('\n').replace('\n', " ");
                self.text(&t, self.emphasis());
            }
            Event::SoftBreak | Event::HardBreak => self.text(" ", Emphasis::Plain),
            Event::InlineMath(t) | Event::DisplayMath(t) | Event::FootnoteReference(t) => {
                self.text(&t, self.emphasis());
            }
            Event::TaskListMarker(done) => {
                self.text(if done { "[x] " } else { "[ ] " }, Emphasis::Plain);
            }
            Event::Rule => self.flush(),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => match &mut self.current {
                // A second paragraph of a list item stays in the item.
                Some((_, inlines)) if !inlines.is_empty() => push(inlines, " ", Emphasis::Plain),
                Some(_) => {}
                None => self.current = Some((Kind::Paragraph, Vec::new())),
            },
            Tag::Heading { .. } => {
                self.flush();
                self.current = Some((Kind::Paragraph, Vec::new()));
                self.bold += 1;
            }
            Tag::CodeBlock(_) => {
                if self.lists.is_empty() {
                    self.flush();
                }
                self.code += 1;
            }
            Tag::List(start) => {
                self.flush();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let kind = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let kind = Kind::Numbered(format!("{n}."));
                        *n = n.saturating_add(1);
                        kind
                    }
                    _ => Kind::Bullet,
                };
                self.current = Some((kind, Vec::new()));
            }
            Tag::Emphasis | Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                let at = self.shown().len();
                self.links.push((dest_url.to_string(), at));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock if self.lists.is_empty() => self.flush(),
            TagEnd::Heading(_) => {
                self.bold = self.bold.saturating_sub(1);
                self.flush();
            }
            TagEnd::CodeBlock => {
                self.code = self.code.saturating_sub(1);
                if self.lists.is_empty() {
                    self.flush();
                }
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Item | TagEnd::BlockQuote(_) => self.flush(),
            TagEnd::Emphasis | TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link | TagEnd::Image => {
                if let Some((url, at)) = self.links.pop() {
                    let all = self.shown();
                    let shown = all.get(at..).unwrap_or_default();
                    let bare = url.strip_prefix("mailto:").unwrap_or(&url);
                    // An autolink (`<https://…>`) already shows its address.
                    if !url.is_empty() && shown != url && shown != bare {
                        self.text(" (", Emphasis::Plain);
                        self.text(&url, Emphasis::Plain);
                        self.text(")", Emphasis::Plain);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Drops the spaces a block starts or ends with, and empty runs.
fn trim(inlines: &mut Vec<Inline>) {
    if let Some(first) = inlines.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = inlines.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    inlines.retain(|i| !i.text.is_empty());
}

/// Parses playbook text (CommonMark) into blocks. Headings become bold paragraphs, block
/// quotes and code blocks paragraphs, nested list items items of their own; a thematic
/// break and link reference definitions show nothing.
pub fn parse(text: &str) -> Vec<Block> {
    let mut b = Builder::default();
    for event in Parser::new(text) {
        b.event(event);
    }
    b.flush();
    b.blocks
}

/// Parses one line (or a few) of inline Markdown: a heading, label or table cell. What
/// would start a block (`- `, `1. `, `# `, `> `) is kept as written.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let escaped: Vec<String> = text.lines().map(escape_block_start).collect();
    let mut out = Vec::new();
    for block in parse(&escaped.join("\n")) {
        if !out.is_empty() {
            push(&mut out, " ", Emphasis::Plain);
        }
        for i in block.inlines() {
            push(&mut out, &i.text, i.emphasis);
        }
    }
    out
}

/// A line with a backslash before whatever would make it start a block rather than text.
fn escape_block_start(line: &str) -> String {
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = |n: usize| line[n..].chars().next();
    let spaced = |n: usize| after(n).is_none_or(char::is_whitespace);
    if (1..=9).contains(&digits) && matches!(after(digits), Some('.' | ')')) && spaced(digits + 1) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    let first = line.chars().next();
    let block = match first {
        Some('#' | '>' | '=') => true,
        Some('-' | '+' | '*' | '_') => {
            spaced(1) || line.chars().all(|c| c == first.unwrap_or(' ') || c == ' ')
        }
        Some('`' | '~') => line.starts_with("```") || line.starts_with("~~~"),
        Some('[') => line.contains("]:"),
        _ => false,
    };
    if block {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

/// Appends a run, joined to the last one when it has the same emphasis.
fn push(out: &mut Vec<Inline>, text: &str, emphasis: Emphasis) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.emphasis == emphasis => last.text.push_str(text),
        _ => out.push(Inline {
            text: text.to_string(),
            emphasis,
        }),
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

/// The text of inline runs with no markers at all: what `walk`, the plain mode and copies
/// print, where a backtick would only be noise (and would stick to a copied address).
pub fn plain_text(inlines: &[Inline]) -> String {
    inlines.iter().map(|i| i.text.as_str()).collect()
}

/// One line of inline Markdown as plain text, markers dropped.
pub fn to_plain(text: &str) -> String {
    plain_text(&parse_inline(text))
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
    fn chinese_sentences_join_without_spaces_but_latin_words_keep_theirs() {
        let blocks =
            parse("我以管理员身份管理此目录。 我使用个人 Microsoft\n帐户登录。\n请**重置** MFA。");
        assert_eq!(
            blocks[0]
                .inlines()
                .iter()
                .map(|i| i.text.as_str())
                .collect::<String>(),
            "我以管理员身份管理此目录。我使用个人 Microsoft 帐户登录。请重置 MFA。"
        );
        let english = parse("One. Two\nthree.");
        assert_eq!(
            english,
            vec![Block::Paragraph(vec![plain("One. Two three.")])]
        );
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
            "Two checks:\n\n1. First one\n   continues.\n2. Second.\n\n2026\\. A year is text.",
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

    #[test]
    fn commonmark_inline_elements() {
        let inl = parse_inline(
            r"**bold *and nested*** \*not\* ``a ` b`` [portal](https://x.y) <https://z>",
        );
        assert_eq!(
            inl,
            vec![
                Inline {
                    text: "bold and nested".into(),
                    emphasis: Emphasis::Bold
                },
                plain(" *not* "),
                Inline {
                    text: "a ` b".into(),
                    emphasis: Emphasis::Code
                },
                plain(" portal (https://x.y) https://z"),
            ]
        );
    }

    #[test]
    fn placeholders_and_entities_stay_text() {
        assert_eq!(
            plain_inline(&parse_inline(
                "Sign in as <admin>@<tenant> &amp; call 1&nbsp;800"
            )),
            "Sign in as <admin>@<tenant> & call 1\u{a0}800"
        );
    }

    #[test]
    fn a_line_that_looks_like_a_block_stays_text_inline() {
        for line in [
            "- not a list",
            "2026. a year",
            "# not a heading",
            "> quoted",
            "***",
        ] {
            assert_eq!(plain_inline(&parse_inline(line)), line);
        }
    }

    #[test]
    fn breaks_headings_and_nested_lists() {
        let blocks = parse("# Title\nline one  \nline two\n\n* a\n  - b\n3) c");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![Inline {
                    text: "Title".into(),
                    emphasis: Emphasis::Bold
                }]),
                Block::Paragraph(vec![plain("line one line two")]),
                Block::Bullet(vec![plain("a")]),
                Block::Bullet(vec![plain("b")]),
                Block::Numbered("3.".into(), vec![plain("c")]),
            ]
        );
    }
}
