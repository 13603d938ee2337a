//! Copying text to the clipboard through the terminal (OSC 52), which also works over SSH
//! and in tmux with `set-clipboard on`, when the terminal allows it. No clipboard crate and
//! no display server are needed; the terminal decides.

/// The escape sequence that asks the terminal to put `text` on the clipboard. The text is
/// made visible first: a paste must not carry a file's escape sequences into a shell.
pub fn osc52(text: &str) -> String {
    let text = crate::sanitize::visible(text);
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3).saturating_mul(4));
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                let index = usize::try_from((n >> shift) & 63).unwrap_or(0);
                out.push(char::from(TABLE[index]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"tenant-42"), "dGVuYW50LTQy");
        assert_eq!(base64("ü".as_bytes()), "w7w=");
    }

    #[test]
    fn the_sequence_is_osc_52_with_bel() {
        assert_eq!(osc52("tenant-42"), "\u{1b}]52;c;dGVuYW50LTQy\u{7}");
    }
}
