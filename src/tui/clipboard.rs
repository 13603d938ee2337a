//! Copying text to the clipboard through the terminal (OSC 52, written by crossterm's
//! `CopyToClipboard`), which also works over SSH and in tmux with `set-clipboard on`, when
//! the terminal allows it. No display server is needed; the terminal decides.

use ratatui::crossterm::Command;
use ratatui::crossterm::clipboard::CopyToClipboard;

/// The escape sequence that asks the terminal to put `text` on the clipboard. The text is
/// made visible first: a paste must not carry a file's escape sequences into a shell.
pub fn osc52(text: &str) -> String {
    let text = crate::sanitize::visible(text);
    let mut out = String::new();
    // Writing to a String cannot fail; an empty sequence would only mean nothing is copied.
    let _ = CopyToClipboard::to_clipboard_from(text.as_bytes()).write_ansi(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_osc_52_with_standard_base64() {
        assert_eq!(osc52("tenant-42"), "\u{1b}]52;c;dGVuYW50LTQy\u{1b}\\");
        assert_eq!(osc52("fo"), "\u{1b}]52;c;Zm8=\u{1b}\\");
        assert_eq!(osc52("ü"), "\u{1b}]52;c;w7w=\u{1b}\\");
        assert_eq!(osc52(""), "\u{1b}]52;c;\u{1b}\\");
    }

    #[test]
    fn escape_sequences_in_the_text_are_made_visible_before_copying() {
        let seq = osc52("a\u{1b}[2Jb");
        let body = seq
            .strip_prefix("\u{1b}]52;c;")
            .and_then(|s| s.strip_suffix("\u{1b}\\"))
            .unwrap();
        assert!(!body.contains('\u{1b}'));
        assert_ne!(body, "YRtbMkpi", "the raw ESC was not copied");
    }
}
