//! Web addresses as OSC 8 hyperlinks, so a terminal that supports them can open one with a
//! click, while the address stays printed in full (or cut with "…" when wider than the
//! window). A link is drawn as one cell holding the whole escape sequence and its text,
//! with the columns it covers forced, so ratatui's diff writes it once.
//!
//! Only addresses that are safe to send are linked: printable ASCII, no quotes, no escape.
//! [`super::guard`] lets exactly this shape through and nothing else.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;

use super::doc::Link;

/// Opens a hyperlink to `url`.
const OPEN: &str = "\u{1b}]8;;";
/// Ends the address in an OSC 8 sequence (ST).
const END: &str = "\u{1b}\\";
/// Closes the hyperlink.
const CLOSE: &str = "\u{1b}]8;;\u{1b}\\";

/// Whether `url` may go into a hyperlink: a web address of printable ASCII only.
fn linkable(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\\' | b'<' | b'>' | b'`'))
}

/// The symbol of a linked run: the escape that opens the link, the text, the close.
fn symbol(url: &str, text: &str) -> String {
    format!("{OPEN}{url}{END}{text}{CLOSE}")
}

/// Whether `symbol` is exactly a link this module made around safe text: what the guard
/// lets through.
pub fn is_ours(symbol: &str) -> bool {
    let Some(rest) = symbol.strip_prefix(OPEN) else {
        return false;
    };
    let Some((url, rest)) = rest.split_once(END) else {
        return false;
    };
    let Some(text) = rest.strip_suffix(CLOSE) else {
        return false;
    };
    linkable(url) && !text.chars().any(crate::sanitize::is_unsafe)
}

/// Turns `links` (lines of a document scrolled by `scroll`, drawn in `area`) into
/// hyperlinks in `buf`.
pub fn apply(buf: &mut Buffer, area: Rect, links: &[Link], scroll: usize) {
    for link in links {
        let Some(row) = link.line.checked_sub(scroll) else {
            continue;
        };
        let (Ok(row), Ok(column), Ok(width)) = (
            u16::try_from(row),
            u16::try_from(link.column),
            u16::try_from(link.width),
        ) else {
            continue;
        };
        if row >= area.height || !linkable(&link.url) {
            continue;
        }
        let y = area.y.saturating_add(row);
        let x = area.x.saturating_add(column);
        let width = width.min(area.right().saturating_sub(x));
        let Some(forced) = NonZeroU16::new(width) else {
            continue;
        };
        let text: String = (x..x.saturating_add(width))
            .filter_map(|cx| buf.cell((cx, y)).map(|c| c.symbol().to_string()))
            .collect();
        if text.chars().any(crate::sanitize::is_unsafe) {
            continue;
        }
        if let Some(cell) = buf.cell_mut((x, y)) {
            cell.set_symbol(&symbol(&link.url, &text));
            cell.set_diff_option(CellDiffOption::ForcedWidth(forced));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_one_cell_with_its_text_and_forced_width() {
        let mut b = Buffer::empty(Rect::new(0, 0, 20, 1));
        b.set_string(0, 0, "go https://a.b/c x", ratatui::style::Style::new());
        let link = Link {
            line: 0,
            column: 3,
            width: 13,
            url: "https://a.b/c".into(),
        };
        apply(&mut b, Rect::new(0, 0, 20, 1), &[link], 0);
        let cell = &b[(3, 0)];
        assert_eq!(
            cell.symbol(),
            "\u{1b}]8;;https://a.b/c\u{1b}\\https://a.b/c\u{1b}]8;;\u{1b}\\"
        );
        assert!(is_ours(cell.symbol()));
        assert_eq!(
            cell.diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(13).unwrap())
        );
    }

    #[test]
    fn only_our_exact_shape_with_a_safe_address_counts_as_ours() {
        assert!(is_ours(&symbol("https://a.b/c", "a.b")));
        assert!(!is_ours(&symbol("https://a.b/\u{1b}[2J", "x")));
        assert!(!is_ours(&symbol("javascript:alert(1)", "x")));
        assert!(!is_ours(&symbol("https://a.b/c", "x\u{1b}[2J")));
        assert!(!is_ours("\u{1b}]8;;https://a.b/c\u{1b}\\x"));
        assert!(!is_ours("\u{1b}]52;c;AAAA\u{1b}\\"));
    }
}
