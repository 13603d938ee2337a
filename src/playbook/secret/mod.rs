//! The one secret detector: whether a piece of text holds a secret *value* (a password, a
//! PIN, a one-time code, a recovery key, a token, a client secret, a storage key).
//!
//! Drill notes, case facts and playbook text all ask it. It judges shapes, not words alone:
//! "PIN 4711" and "the code is 492817" are refused, while "the PIN was reset", "the code was
//! rejected", a support case number, a phone number, a GUID or a date pass. Two kinds of
//! evidence are used: a secret's name followed by a value of the right shape (the `named`
//! module), and values whose shape gives them away on their own (`shapes`). Pure: no I/O.

#[cfg(test)]
mod cases;
mod named;
mod shapes;

/// Why a text looks like it holds a secret, written to follow "the note " or "the value ",
/// e.g. "looks like a one-time code".
pub type Reason = &'static str;

/// Why `text` looks like it holds a secret, if it does.
pub fn find_secret(text: &str) -> Option<Reason> {
    named::find(text).or_else(|| shapes::find(text))
}

/// Whether `c` is a symbol that passwords use and ordinary words do not.
fn is_hard_symbol(c: char) -> bool {
    matches!(
        c,
        '!' | '#' | '$' | '%' | '&' | '*' | '?' | '^' | '~' | '|' | '\\'
    )
}

/// How often a token switches between lower case, upper case, digits and other characters.
fn class_switches(token: &str) -> usize {
    let class = |c: char| {
        if c.is_ascii_lowercase() {
            0
        } else if c.is_ascii_uppercase() {
            1
        } else if c.is_ascii_digit() {
            2
        } else {
            3
        }
    };
    let classes: Vec<u8> = token.chars().map(class).collect();
    classes.windows(2).filter(|w| w[0] != w[1]).count()
}

/// A token that reads like a chosen or generated secret rather than a word: it mixes digits
/// or symbols into letters, or upper and lower case inside the word.
fn is_value_like(token: &str) -> bool {
    let letters = token.chars().any(char::is_alphabetic);
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let symbol = token.chars().any(is_hard_symbol);
    let inner_upper = token.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && token.chars().any(|c| c.is_ascii_lowercase());
    token.chars().count() >= 4
        && (digits >= 2 || (letters && (digits > 0 || symbol || inner_upper)))
}

/// Whether `token` is an e-mail address or sign-in name (`local@domain.tld`).
fn is_email(token: &str) -> bool {
    token.rsplit_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    })
}

/// A word with the punctuation that wraps it in a sentence removed (quotes, brackets, a
/// trailing full stop or comma, Markdown emphasis), keeping the characters a secret may end in (`!`, `=`).
fn trim_wrapping(token: &str) -> &str {
    token
        .trim_start_matches(['"', '\'', '(', '[', '{', '<', '“', '‘', '`', '*'])
        .trim_end_matches([
            '"', '\'', ')', ']', '}', '>', '”', '’', '.', ',', ';', ':', '`', '*',
        ])
}
