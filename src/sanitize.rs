//! The one output sanitiser: text that came from a file (playbook, drill, session, file
//! name) passes through here before it reaches a terminal, a report, JSON or a clipboard.
//!
//! Nothing is dropped and nothing is emitted raw: a control character is shown as `\u{1b}`
//! and an invisible or direction-changing character as `<U+202E>`, so a reader sees that
//! the file holds something odd, and the terminal never acts on it.

use std::borrow::Cow;
use std::io::{self, Write};

/// How a character must be shown, if it cannot be shown as itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// As itself.
    Itself,
    /// As a Rust-style escape, `\u{1b}`: control characters (C0, DEL, C1).
    Escape,
    /// As `<U+XXXX>`: invisible characters and those that reorder text.
    Named,
}

/// Whether `c` reorders text or is invisible: bidirectional embeddings, overrides,
/// isolates and marks; zero-width spaces and joiners that hide text; line and paragraph
/// separators; the byte-order mark; interlinear annotation; Unicode tag characters.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Whether `c` must never reach a terminal as itself (line breaks and tabs aside).
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

fn shown(c: char, next: Option<char>, multiline: bool) -> Shown {
    match c {
        '\n' | '\t' if multiline => Shown::Itself,
        // A carriage return is harmless only as half of a CRLF line break.
        '\r' if multiline && next == Some('\n') => Shown::Itself,
        c if c.is_control() => Shown::Escape,
        c if is_invisible(c) => Shown::Named,
        _ => Shown::Itself,
    }
}

fn push_shown(out: &mut String, c: char, how: Shown) {
    use std::fmt::Write as _;
    let _ = match how {
        Shown::Itself => {
            out.push(c);
            Ok(())
        }
        Shown::Escape => write!(out, "\\u{{{:x}}}", u32::from(c)),
        Shown::Named => write!(out, "<U+{:04X}>", u32::from(c)),
    };
}

fn clean(text: &str, multiline: bool) -> Cow<'_, str> {
    let needs = |(i, c): (usize, char)| {
        shown(c, text[i + c.len_utf8()..].chars().next(), multiline) != Shown::Itself
    };
    let Some(first) = text.char_indices().find(|&ic| needs(ic)).map(|(i, _)| i) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    let mut chars = text[first..].chars().peekable();
    while let Some(c) = chars.next() {
        push_shown(&mut out, c, shown(c, chars.peek().copied(), multiline));
    }
    Cow::Owned(out)
}

/// `text` with every control character (but line breaks and tabs) and every invisible or
/// reordering character made visible. Borrowed when nothing had to change.
pub fn visible(text: &str) -> Cow<'_, str> {
    clean(text, true)
}

/// Like [`visible`], for text that must stay on one line (ids, file names, values): line
/// breaks and tabs are shown as escapes too.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    clean(text, false)
}

/// [`visible`] for a path, shown on one line; bytes that are not UTF-8 are shown as `\xNN`.
pub fn visible_path(path: &std::path::Path) -> String {
    visible_bytes(path.as_os_str().as_encoded_bytes(), false)
}

/// Text made visible from bytes that may not be UTF-8: invalid bytes are shown as `\xNN`.
fn visible_bytes(bytes: &[u8], multiline: bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(&clean(chunk.valid(), multiline));
        for b in chunk.invalid() {
            use std::fmt::Write as _;
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

/// [`visible`] text together with a way to find where a byte offset of the original moved.
///
/// Diagnostics point into a file by byte offset; once the file's text is made visible for
/// the source snippet, their offsets are mapped through [`Mapped::offset`].
#[derive(Debug, Clone)]
pub struct Mapped {
    /// The visible text.
    pub text: String,
    /// `(end of a changed character in the original, bytes added up to there)`, in order.
    shifts: Vec<(usize, usize)>,
}

impl Mapped {
    /// Makes `text` visible and remembers how far each changed character moved the rest.
    pub fn new(text: &str) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut shifts = Vec::new();
        let mut added = 0usize;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let how = shown(c, chars.peek().map(|&(_, n)| n), true);
            let before = out.len();
            push_shown(&mut out, c, how);
            if how != Shown::Itself {
                added += (out.len() - before).saturating_sub(c.len_utf8());
                shifts.push((i + c.len_utf8(), added));
            }
        }
        Self { text: out, shifts }
    }

    /// Where byte `offset` of the original text is in the visible text.
    pub fn offset(&self, offset: usize) -> usize {
        let n = self.shifts.partition_point(|&(end, _)| end <= offset);
        let added = n.checked_sub(1).map_or(0, |i| self.shifts[i].1);
        offset.saturating_add(added).min(self.text.len())
    }
}

/// A writer that makes everything written through it visible (line breaks and tabs kept).
///
/// Text may arrive in pieces: a UTF-8 sequence split between two writes is held back until
/// it is whole; bytes that can never be UTF-8 are shown as `\xNN`.
#[derive(Debug)]
pub struct Writer<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Writer<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    /// The wrapped writer.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }

    fn emit(&mut self, bytes: &[u8], last: bool) -> io::Result<()> {
        let mut buf = std::mem::take(&mut self.pending);
        buf.extend_from_slice(bytes);
        // Hold back an incomplete sequence at the end: the next write may complete it.
        let keep = if last { 0 } else { incomplete_tail(&buf) };
        let cut = buf.len() - keep;
        let text = visible_bytes(&buf[..cut], true);
        self.pending = buf[cut..].to_vec();
        self.inner.write_all(text.as_bytes())
    }
}

/// How many bytes at the end of `buf` begin a UTF-8 sequence that is not yet complete.
fn incomplete_tail(buf: &[u8]) -> usize {
    let start = buf.len().saturating_sub(3);
    for i in (start..buf.len()).rev() {
        let b = buf[i];
        if b & 0xC0 != 0x80 {
            let need = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => return 0,
            };
            return if buf.len() - i < need {
                buf.len() - i
            } else {
                0
            };
        }
    }
    0
}

impl<W: Write> Write for Writer<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.emit(buf, false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() && incomplete_tail(&self.pending) == 0 {
            self.emit(&[], true)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Writer<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.emit(&[], true);
        }
    }
}

/// Makes every string in a JSON value visible, keys included, before it is serialised.
pub fn json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if let Cow::Owned(v) = visible(s) {
                *s = v;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(json),
        Value::Object(map) => {
            let entries = std::mem::take(map);
            for (k, mut v) in entries {
                json(&mut v);
                map.insert(visible_line(&k).into_owned(), v);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(visible("Hello, 世界\n\tok"), Cow::Borrowed(_)));
    }

    #[test]
    fn controls_and_bidi_are_shown() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("x\u{9b}y"), "x\\u{9b}y");
        assert_eq!(visible("abc\u{202E}cba"), "abc<U+202E>cba");
        assert_eq!(visible("zero\u{200B}width"), "zero<U+200B>width");
        assert_eq!(visible("bell\u{7}"), "bell\\u{7}");
        assert_eq!(visible("tag\u{E0041}"), "tag<U+E0041>");
    }

    #[test]
    fn line_breaks_are_kept_only_where_asked() {
        assert_eq!(visible("a\r\nb\rc"), "a\r\nb\\u{d}c");
        assert_eq!(visible_line("a\nb\tc"), "a\\u{a}b\\u{9}c");
    }

    #[test]
    fn paths_with_invalid_bytes_are_shown() {
        use std::os::unix::ffi::OsStrExt;
        let p = std::path::Path::new(std::ffi::OsStr::from_bytes(b"ev\x1bil\xff.yaml"));
        assert_eq!(visible_path(p), "ev\\u{1b}il\\xff.yaml");
    }

    #[test]
    fn mapped_offsets_follow_the_text() {
        let text = "a\u{1b}b\u{202E}c\nd";
        let m = Mapped::new(text);
        assert_eq!(m.text, "a\\u{1b}b<U+202E>c\nd");
        for (i, c) in text.char_indices() {
            if !is_unsafe(c) || c == '\n' {
                assert_eq!(m.text[m.offset(i)..].chars().next(), Some(c), "at {i}");
            }
        }
        assert_eq!(m.offset(text.len()), m.text.len());
    }

    #[test]
    fn the_writer_handles_split_sequences() {
        let mut w = Writer::new(Vec::new());
        let bytes = "é\u{202E}\u{1b}".as_bytes();
        for b in bytes {
            w.write_all(&[*b]).unwrap();
        }
        w.write_all(b"\xff!").unwrap();
        w.flush().unwrap();
        assert_eq!(
            String::from_utf8(w.inner.clone()).unwrap(),
            "é<U+202E>\\u{1b}\\xff!"
        );
    }

    #[test]
    fn json_strings_and_keys_are_cleaned() {
        let mut v = serde_json::json!({"k\u{1b}": ["\u{9b}x", {"a": "\u{202E}"}], "n": 1});
        json(&mut v);
        let text = serde_json::to_string(&v).unwrap();
        assert!(!text.chars().any(is_unsafe), "{text}");
        assert!(text.contains("<U+202E>"));
    }
}
