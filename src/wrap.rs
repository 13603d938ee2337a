//! Greedy word wrapping by display width, for any kind of tagged text run (plain strings for
//! `walk`, styled spans for the wizard). Words wider than the line are split by character.

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

/// Wraps runs into lines of at most `width` columns (at least 1). Spaces between words
/// become single spaces; a run's tag stays with each of its words.
pub fn wrap<T: Clone + PartialEq>(runs: &[Piece<T>], width: usize) -> Vec<Vec<Piece<T>>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Piece<T>>> = Vec::new();
    let mut line: Vec<Piece<T>> = Vec::new();
    let mut used = 0usize;
    // The whitespace between the last word placed and the next one, tagged with the run
    // it was written in (so a bold or code run never gains a styled blank).
    let mut space: Option<T> = None;
    for run in runs {
        if run.text.starts_with(breaks) {
            space = Some(run.tag.clone());
        }
        for (k, word) in run.text.split(breaks).filter(|w| !w.is_empty()).enumerate() {
            if k > 0 {
                space = Some(run.tag.clone());
            }
            let gap = usize::from(space.is_some() && used > 0);
            if used > 0 && used.saturating_add(gap).saturating_add(word.width()) > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if let Some(tag) = space.take().filter(|_| used > 0) {
                push(&mut line, " ", &tag);
                used = used.saturating_add(1);
            }
            for (chunk, columns) in split_to_fit(word, width, width.saturating_sub(used)) {
                if used > 0 && used.saturating_add(columns) > width {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                used = used.saturating_add(columns);
                push(&mut line, chunk, &run.tag);
            }
        }
        if run.text.ends_with(breaks) {
            space = Some(run.tag.clone());
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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

/// Splits a word into chunks, each with the columns it was measured to take: the first
/// fits in `first` columns (or the whole line when nothing fits there), the rest in
/// `width`. A chunk is not measured again on its own: a variation selector split from its
/// character would then count nothing.
fn split_to_fit(word: &str, width: usize, first: usize) -> Vec<(&str, usize)> {
    let whole = word.width();
    if whole <= width {
        return vec![(word, whole)];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0usize;
    let mut limit = if first > 0 { first } else { width };
    let mut prev = None;
    for (i, c) in word.char_indices() {
        // Measured with the character before even across a split: the chunks are shown
        // one after another, so this is what they add up to.
        let cw = added_width(prev, c);
        if used > 0 && used.saturating_add(cw) > limit {
            out.push((&word[start..i], used));
            start = i;
            used = 0;
            limit = width;
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
    fn wraps_at_width() {
        assert_eq!(
            wrap_plain("the quick brown fox jumps over", 10),
            vec!["the quick", "brown fox", "jumps over"]
        );
    }

    #[test]
    fn long_words_are_split() {
        assert_eq!(wrap_plain("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(
            wrap_plain("ab https://x.y/zzzz", 6),
            vec!["ab", "https:", "//x.y/", "zzzz"]
        );
    }

    #[test]
    fn no_break_spaces_hold_words_together() {
        assert_eq!(
            wrap_plain("call 1\u{a0}800\u{a0}865\u{a0}9408 now", 16),
            vec!["call", "1\u{a0}800\u{a0}865\u{a0}9408", "now"]
        );
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(wrap_plain("日本語 日本", 6), vec!["日本語", "日本"]);
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
