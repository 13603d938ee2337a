//! Greedy word wrapping by display width, for any kind of tagged text run (plain strings for
//! `walk`, styled spans for the wizard). Lines break at spaces and at the other places the
//! Unicode line breaking algorithm allows (between CJK ideographs, after a slash), found by
//! `textwrap`, which also fits the words into lines (first fit). Widths are measured here,
//! as lines are checked: `textwrap` counts a character and its variation selector, or an
//! escape sequence, differently from `unicode-width`'s measure of the whole text, and a
//! line could then overflow. Words wider than the line are split by character, except web
//! addresses: an address is never split, it starts a line of its own when it does not fit
//! and overflows the line when it is wider (a screen cuts it with "…", see
//! [`is_address`]; plain text keeps it whole, so a copy or a selection still works).

use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

/// Whether `c` is a place a line may break: whitespace, except the no-break spaces that
/// keep phone numbers and similar together.
fn breaks(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

/// A run of text carrying a tag (a style, or nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<T> {
    /// The text.
    pub text: String,
    /// What the caller attached (e.g. a style).
    pub tag: T,
}

/// A part of the text no line may break inside: a byte range of the joined runs, its
/// width, and the tag of the space after it, if a space follows.
#[derive(Debug)]
struct Part<T> {
    start: usize,
    end: usize,
    columns: usize,
    space: Option<T>,
}

impl<T: std::fmt::Debug> Fragment for Part<T> {
    #[allow(clippy::cast_precision_loss)]
    fn width(&self) -> f64 {
        self.columns as f64
    }

    fn whitespace_width(&self) -> f64 {
        if self.space.is_some() { 1.0 } else { 0.0 }
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps runs into lines of at most `width` columns (at least 1). Spaces between words
/// become single spaces; a run's tag stays with each of its words.
pub fn wrap<T: Clone + PartialEq + std::fmt::Debug>(
    runs: &[Piece<T>],
    width: usize,
) -> Vec<Vec<Piece<T>>> {
    let width = width.max(1);
    // The runs joined, and where each run starts in the joined text.
    let mut text = String::new();
    let mut starts = Vec::with_capacity(runs.len());
    for run in runs {
        starts.push(text.len());
        text.push_str(&run.text);
    }
    let tag_at = |i: usize| {
        let k = starts.partition_point(|&s| s <= i).saturating_sub(1);
        &runs[k].tag
    };
    // Where the style changes: each side is drawn (and measured) on its own there, and
    // some sequences (an emoji, a joiner, an emoji; lam and alef) are narrower joined.
    let bounds: Vec<usize> = (1..runs.len())
        .filter(|&k| runs[k].tag != runs[k - 1].tag)
        .map(|k| starts[k])
        .collect();
    let parts = parts(&text, width, &tag_at, &bounds);
    #[allow(clippy::cast_precision_loss)]
    let fitted = wrap_first_fit(&parts, &[width as f64]);
    let mut lines: Vec<Vec<Piece<T>>> = Vec::with_capacity(fitted.len().max(1));
    for fitted_line in fitted {
        let mut line = Vec::new();
        let mut space: Option<&T> = None;
        for part in fitted_line {
            if let Some(tag) = space.take() {
                push(&mut line, " ", tag);
            }
            // A part may span runs: each of its characters keeps its run's tag.
            let mut from = part.start;
            for (k, &s) in starts.iter().enumerate() {
                let run_end = s.saturating_add(runs[k].text.len());
                if run_end <= from || s >= part.end {
                    continue;
                }
                let to = run_end.min(part.end);
                push(&mut line, &text[from..to], &runs[k].tag);
                from = to;
            }
            space = part.space.as_ref();
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(Vec::new());
    }
    lines
}

/// Cuts the joined text into parts: the words between break spaces, each cut further by
/// [`cut_word`].
fn parts<'t, T: Clone + 't>(
    text: &str,
    width: usize,
    tag_at: &impl Fn(usize) -> &'t T,
    bounds: &[usize],
) -> Vec<Part<T>> {
    let mut out: Vec<Part<T>> = Vec::new();
    let mut pos = 0;
    let spaces = text.char_indices().filter(|&(_, c)| breaks(c));
    for (i, c) in spaces.chain(std::iter::once((text.len(), ' '))) {
        let mut at = pos;
        let inside: Vec<usize> = bounds
            .iter()
            .filter(|&&b| b > pos && b < i)
            .map(|&b| b - pos)
            .collect();
        for (chunk, columns) in cut_word(&text[pos..i], width, &inside) {
            out.push(Part {
                start: at,
                end: at + chunk.len(),
                columns,
                space: None,
            });
            at += chunk.len();
        }
        if i < text.len() {
            // The word before is followed by a single space, tagged with the run the
            // (last) space was written in, so a bold or code run never gains a styled blank.
            if let Some(last) = out.last_mut() {
                last.space = Some(tag_at(i).clone());
            }
            pos = i + c.len_utf8();
        }
    }
    out
}

/// Whether `c` is a CJK character (ideograph, kana, Hangul, full-width form), whose text
/// breaks without spaces. Not emoji: they are wide too, but their widths depend on what
/// joins them (ZWJ sequences, modifiers), so they are never measured apart.
fn wide(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        matches!(c,
            '\u{1100}'..='\u{115f}'
            | '\u{2e80}'..='\u{303e}'
            | '\u{3041}'..='\u{33ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{a000}'..='\u{a4cf}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{f900}'..='\u{faff}'
            | '\u{fe30}'..='\u{fe4f}'
            | '\u{ff00}'..='\u{ff60}'
            | '\u{ffe0}'..='\u{ffe6}'
            | '\u{20000}'..='\u{3fffd}')
    })
}

/// Cuts a word (no break spaces in it) into chunks no line may break inside, each with its
/// columns. A word that fits stays whole unless it holds wide characters, where it is cut
/// at the Unicode line break opportunities next to one (CJK text has no spaces; `[3][4]` or
/// `https://x.y/z` keep together). A word wider than the line is cut greedily at its
/// Unicode opportunities, and by character where none fits; a web address never is.
/// `bounds` are the byte offsets in the word where its style changes (see [`columns`]).
fn cut_word<'w>(word: &'w str, width: usize, bounds: &[usize]) -> Vec<(&'w str, usize)> {
    if word.is_empty() {
        return Vec::new();
    }
    let cols = |a: usize, b: usize| columns(word, a, b, bounds);
    let columns = cols(0, word.len());
    if is_address(word) {
        return vec![(word, columns)];
    }
    let has_wide = word.chars().any(|c| wide(Some(c)));
    if columns <= width && !has_wide {
        return vec![(word, columns)];
    }
    // The Unicode opportunities, as byte offsets into the word (not 0 or the end).
    let mut cuts = Vec::new();
    let mut at = 0;
    for w in WordSeparator::UnicodeBreakProperties.find_words(word) {
        at += w.word.len();
        if at < word.len()
            && (columns > width
                || wide(word[..at].chars().next_back())
                || wide(word[at..].chars().next()))
        {
            cuts.push(at);
        }
    }
    cuts.push(word.len());
    let mut out = Vec::new();
    if has_wide {
        // Each piece between two opportunities is a part of its own, so a line fills up to
        // its last column: merged pieces would move whole sentences to the next line.
        let mut start = 0;
        for cut in cuts {
            let piece = cols(start, cut);
            if piece <= width {
                out.push((&word[start..cut], piece));
            } else {
                out.extend(split_to_fit(word, start, cut, width, bounds));
            }
            start = cut;
        }
        return out;
    }
    let (mut start, mut end) = (0, 0);
    for cut in cuts {
        let joined = cols(start, cut);
        if joined <= width {
            end = cut;
            continue;
        }
        // A short chunk (`https://` before a long host name) would be left at the end of
        // the line before: the characters after it fill that line instead.
        if end > start && cols(start, end).saturating_mul(2) >= width {
            out.push((&word[start..end], cols(start, end)));
            start = end;
        }
        if cols(start, cut) <= width {
            end = cut;
        } else {
            out.extend(split_to_fit(word, start, cut, width, bounds));
            start = cut;
            end = cut;
        }
    }
    if end > start {
        out.push((&word[start..end], cols(start, end)));
    }
    out
}

/// The columns `word[a..b]` takes as drawn: measured apart on each side of a style change
/// (`bounds`, byte offsets in `word`), since each style is drawn as a span of its own.
fn columns(word: &str, a: usize, b: usize, bounds: &[usize]) -> usize {
    let mut total = 0;
    let mut from = a;
    for &x in bounds.iter().filter(|&&x| x > a && x < b) {
        total += word[from..x].width();
        from = x;
    }
    total + word[from..b].width()
}

/// Whether a word (no spaces in it) holds a web address (`https://…`, `http://…`, perhaps
/// inside brackets or quotes): such a word is never split across lines.
pub fn is_address(word: &str) -> bool {
    address_at(word).is_some()
}

/// Where the web address in `text` starts and ends (bytes), if it holds one: from its
/// scheme to the first space, without trailing punctuation that closes a sentence or a
/// bracket.
pub fn address_at(text: &str) -> Option<(usize, usize)> {
    let start = ["https://", "http://"]
        .iter()
        .filter_map(|s| text.find(s))
        .min()?;
    let rest = &text[start..];
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let trimmed =
        rest[..len].trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '\'', '»', '”', '’']);
    let scheme = rest.find("://").map_or(0, |i| i.saturating_add(3));
    (trimmed.len() > scheme).then(|| (start, start.saturating_add(trimmed.len())))
}

/// Appends text to the last piece when it has the same tag, else starts a new piece.
fn push<T: Clone + PartialEq>(line: &mut Vec<Piece<T>>, text: &str, tag: &T) {
    match line.last_mut() {
        Some(last) if last.tag == *tag => last.text.push_str(text),
        _ => line.push(Piece {
            text: text.to_string(),
            tag: tag.clone(),
        }),
    }
}

/// Splits a word wider than the line into chunks of at most `width` columns, each with the
/// columns it was measured to take. A chunk is not measured again on its own: a variation
/// selector split from its character would then count nothing.
/// `word[from..to]` is the part split; at a style change (`bounds`) characters are not
/// measured together.
fn split_to_fit<'w>(
    whole: &'w str,
    from: usize,
    to: usize,
    width: usize,
    bounds: &[usize],
) -> Vec<(&'w str, usize)> {
    let word = &whole[..to];
    let mut out = Vec::new();
    let mut start = from;
    let mut used = 0usize;
    let mut prev = None;
    for (i, c) in word[from..].char_indices().map(|(i, c)| (i + from, c)) {
        if bounds.contains(&i) {
            prev = None;
        }
        // Measured with the character before even across a split: the chunks are shown
        // one after another, so this is what they add up to.
        let cw = added_width(prev, c);
        if used > 0 && used.saturating_add(cw) > width {
            out.push((&word[start..i], used));
            start = i;
            used = 0;
        }
        used = used.saturating_add(cw);
        prev = Some(c);
    }
    out.push((&word[start..], used));
    out
}

/// The columns `c` adds after `prev`, measured as [`UnicodeWidthStr`] measures the text
/// (the measure lines are checked with): a control character counts 1, not 0, and a
/// variation selector can widen the character before it.
fn added_width(prev: Option<char>, c: char) -> usize {
    let mut buf = [0u8; 8];
    let Some(p) = prev else {
        return c.encode_utf8(&mut buf).width();
    };
    let alone = p.encode_utf8(&mut buf).width();
    let n = p.len_utf8();
    c.encode_utf8(&mut buf[n..]);
    let pair = std::str::from_utf8(&buf[..n + c.len_utf8()]).map_or(alone, UnicodeWidthStr::width);
    pair.saturating_sub(alone)
}

/// Wraps plain text (one paragraph) into lines of at most `width` columns.
pub fn wrap_plain(text: &str, width: usize) -> Vec<String> {
    let runs = [Piece {
        text: text.to_string(),
        tag: (),
    }];
    wrap(&runs, width)
        .into_iter()
        .map(|l| l.into_iter().map(|p| p.text).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_fills_each_line_instead_of_moving_whole_sentences_down() {
        let text = "现在就致电 Microsoft 企业支持，要求创建一个交给数据保护团队的服务请求。";
        let lines = wrap_plain(text, 30);
        // The first line holds more than "现在就致电 Microsoft" (20 columns).
        assert!(lines[0].width() >= 26, "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 30), "{lines:?}");
        // No line starts with a closing punctuation mark.
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with('，') && !l.starts_with('。'))
        );
    }

    #[test]
    fn text_is_measured_apart_where_its_style_changes() {
        // Joined, an emoji-joiner-emoji sequence or lam-alef is narrower than its two
        // styled halves drawn one after the other (fuzz seeds in fuzz/seeds/markup_wrap).
        for (a, b) in [("x👨", "\u{200d}👏 y"), ("각]ل", "ا<z")] {
            let runs = [
                Piece {
                    text: a.to_string(),
                    tag: 0,
                },
                Piece {
                    text: b.to_string(),
                    tag: 1,
                },
            ];
            for width in 1..12 {
                for line in wrap(&runs, width) {
                    let drawn: usize = line.iter().map(|p| p.text.width()).sum();
                    assert!(drawn <= width.max(2), "{line:?} at {width}");
                }
            }
        }
    }

    #[test]
    fn wraps_at_width() {
        assert_eq!(
            wrap_plain("the quick brown fox jumps over", 10),
            vec!["the quick", "brown fox", "jumps over"]
        );
    }

    #[test]
    fn long_words_are_split() {
        assert_eq!(wrap_plain("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn addresses_are_never_split() {
        // Wider than the line: alone on a line of its own, whole.
        assert_eq!(
            wrap_plain("ab https://x.y/zzzz cd", 6),
            vec!["ab", "https://x.y/zzzz", "cd"]
        );
        // Fits the line but not what is left of it: starts the next line.
        assert_eq!(
            wrap_plain("see the list at https://x.y/z today", 20),
            vec!["see the list at", "https://x.y/z today"]
        );
        assert_eq!(address_at("(https://x.y/z)."), Some((1, 14)));
        assert_eq!(address_at("no address"), None);
        assert_eq!(address_at("https://"), None);
    }

    #[test]
    fn no_break_spaces_hold_words_together() {
        assert_eq!(
            wrap_plain("call 1\u{a0}800\u{a0}865\u{a0}9408 now", 16),
            vec!["call", "1\u{a0}800\u{a0}865\u{a0}9408", "now"]
        );
    }

    #[test]
    fn cjk_after_latin_fills_the_line_before_breaking() {
        assert_eq!(
            wrap_plain("Press 复制此结果", 10),
            vec!["Press 复制", "此结果"]
        );
        assert_eq!(
            wrap_plain("按 e 生成报告。", 8),
            vec!["按 e 生", "成报告。"]
        );
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(wrap_plain("日本語 日本", 6), vec!["日本語", "日本"]);
    }

    #[test]
    fn cjk_breaks_between_ideographs_not_after_closing_punctuation() {
        assert_eq!(
            wrap_plain("打开安全信息页面，然后登录。", 10),
            vec!["打开安全信", "息页面，然", "后登录。"]
        );
        // A full-width comma never starts a line.
        assert_eq!(wrap_plain("登录，然后", 4), vec!["登", "录，", "然后"]);
    }

    #[test]
    fn latin_words_that_fit_are_never_cut() {
        assert_eq!(
            wrap_plain("team. [3][4][5]", 12),
            vec!["team.", "[3][4][5]"]
        );
        assert_eq!(
            wrap_plain("Security info, https://x.example/security-info.", 33),
            vec!["Security info,", "https://x.example/security-info."]
        );
    }

    #[test]
    fn over_wide_addresses_stay_whole_on_a_line_of_their_own() {
        // Issue 12: an address split across lines is broken when selected. It overflows
        // in plain text; the wizard cuts the line with "…" (`tui::doc::Doc::fit`).
        assert_eq!(
            wrap_plain(
                "see https://support.example.com/account-billing/back-up now",
                32
            ),
            vec![
                "see",
                "https://support.example.com/account-billing/back-up",
                "now"
            ]
        );
        assert_eq!(
            wrap_plain("see https://a-very-long-host-name.example", 20),
            vec!["see", "https://a-very-long-host-name.example"]
        );
    }

    #[test]
    fn hyphens_and_paths_stay_whole_when_they_fit() {
        assert_eq!(
            wrap_plain("use sign-in logs", 9),
            vec!["use", "sign-in", "logs"]
        );
    }

    #[test]
    fn tags_follow_words_and_spaces_between_runs_survive() {
        let runs = vec![
            Piece {
                text: "Open ".into(),
                tag: 0,
            },
            Piece {
                text: "Security info".into(),
                tag: 1,
            },
            Piece {
                text: " now".into(),
                tag: 0,
            },
        ];
        let lines = wrap(&runs, 80);
        let text: String = lines[0].iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "Open Security info now");
        assert_eq!(
            lines[0][1],
            Piece {
                text: "Security info".into(),
                tag: 1
            }
        );
    }

    #[test]
    fn no_space_between_adjacent_runs() {
        let runs = vec![
            Piece {
                text: "(".into(),
                tag: 0,
            },
            Piece {
                text: "code".into(),
                tag: 1,
            },
            Piece {
                text: ")".into(),
                tag: 0,
            },
        ];
        let text: String = wrap(&runs, 80)[0].iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "(code)");
    }

    /// Found by the `markup_wrap` fuzz target: a control character is 1 column wide for
    /// `UnicodeWidthStr` but was counted 0 when splitting, so a split word overflowed.
    #[test]
    fn split_words_are_measured_like_lines() {
        let width = |l: &String| l.as_str().width();
        for (text, w) in [
            ("esc\u{1b}[2Jx\ttab\rcr \u{9b}31m \u{202e}abc", 6),
            ("a\u{2764}\u{fe0f}b\u{2764}\u{fe0f}c", 3),
            ("x **\u{2764}\u{fe0f} y", 3),
            ("\u{1b}\u{1b}\u{1b}\u{1b}\u{1b}", 2),
        ] {
            let lines = wrap_plain(text, w);
            assert!(
                lines.iter().all(|l| width(l) <= w),
                "{text:?} at {w}: {lines:?}"
            );
        }
    }

    #[test]
    fn zero_width_and_empty_input_do_not_panic() {
        assert_eq!(wrap_plain("", 0), vec![""]);
        assert_eq!(wrap_plain("abc", 0), vec!["a", "b", "c"]);
    }
}
