//! A secret's name followed by its value: "PIN 4711", "the code is 492817", "password:
//! x", "pwd=Winter2025", "backup codes 8472 6104". The name alone is never enough ("the PIN
//! was reset", "the code was rejected"): what follows must have the value's shape.

use super::{Reason, is_hard_symbol, is_value_like, trim_wrapping};

/// What shape of value a name is followed by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A PIN: 4 to 8 digits.
    Pin,
    /// A one-time code: 4 to 8 digits (6 to 8 after a bare "code").
    Otp,
    /// A bare "code": 6 to 8 digits, unless it is an error, area or country code.
    Code,
    /// Backup and recovery codes and keys: digits or letter-and-digit groups.
    Recovery,
    /// A password, secret, key or token: after `:` or `=` anything but a status word;
    /// after "is" or a space, a value-like word.
    Password,
    /// Like [`Kind::Password`], but only in the `name=value` or `name: value` form.
    Field,
}

/// Names, lower case, in groups that share a value shape and a reason. Within the list,
/// a longer name comes before a shorter one it contains.
#[rustfmt::skip]
const NAMES: &[(&[&str], Kind, Reason)] = &[
    (&["temporary access pass"], Kind::Password, "looks like a Temporary Access Pass"),
    (&["bitlocker recovery key"], Kind::Recovery, "looks like a recovery key"),
    (&["one-time passcode", "one-time code", "one time code", "verification code",
       "security code", "authenticator code", "sms code", "mfa code", "2fa code", "otp",
       "verification"], Kind::Otp, "looks like a one-time code"),
    (&["backup codes", "backup code", "scratch codes"], Kind::Recovery, "looks like a backup code"),
    (&["recovery codes", "recovery code"], Kind::Recovery, "looks like a recovery code"),
    (&["recovery key", "bitlocker key"], Kind::Recovery, "looks like a recovery key"),
    (&["codes", "code"], Kind::Code, "looks like a one-time code"),
    (&["pin code", "pincode", "pin"], Kind::Pin, "looks like a PIN"),
    (&["passcode"], Kind::Pin, "looks like a passcode"),
    (&["password", "passwort", "kennwort", "passwd", "passphrase", "pwd"], Kind::Password,
       "looks like a password"),
    (&["pw", "pass"], Kind::Field, "looks like a password"),
    (&["client secret", "client_secret"], Kind::Password, "looks like an app's client secret"),
    (&["secret"], Kind::Password, "looks like a secret"),
    (&["api key", "api_key", "apikey"], Kind::Password, "looks like an API key"),
    (&["access key"], Kind::Password, "looks like an access key"),
    (&["account key"], Kind::Password, "looks like a storage account key"),
    (&["access token", "access_token", "refresh token"], Kind::Password,
       "looks like an access token"),
    (&["token"], Kind::Password, "looks like a token"),
    (&["tap"], Kind::Password, "looks like a Temporary Access Pass"),
    (&["sig"], Kind::Field, "looks like a shared access signature"),
    (&["key"], Kind::Field, "looks like a key"),
];

/// Words that say what happened to a secret rather than what it is ("password: reset").
#[rustfmt::skip]
const STATUS_WORDS: &[&str] = &[
    "reset", "changed", "expired", "rotated", "revoked", "removed", "deleted", "stored", "kept",
    "unknown", "unchanged", "none", "n/a", "na", "redacted", "hidden", "locked", "unlocked",
    "set", "required", "needed", "missing", "lost", "works", "worked", "failed", "valid",
    "invalid", "wrong", "correct", "accepted", "rejected", "ok", "okay", "done", "new", "old",
    "same", "sealed", "in", "see", "not", "no", "yes", "never", "issued", "used", "created",
    "sent", "received", "entered", "typed", "given", "shared", "ready", "pending", "blocked",
    "disabled", "enabled", "the", "a", "an", "from", "by", "on", "at", "was", "is", "for",
    "to", "of", "and", "or", "with", "without", "after", "before", "still", "also",
];

/// Words before "code" that make it something else than a one-time code.
#[rustfmt::skip]
const OTHER_CODES: &[&str] = &[
    "error", "area", "country", "zip", "postal", "post", "status", "response", "http", "exit",
    "return", "reason", "dial", "dialing", "dialling", "sort", "product", "source", "qr",
    "colour", "color", "conduct", "promo", "discount", "tracking", "result",
];

/// Why `text` names a secret and then gives its value, if it does.
pub(super) fn find(text: &str) -> Option<Reason> {
    // ASCII lower case keeps every byte offset the same as in `text`.
    let lower = text.to_ascii_lowercase();
    for &(names, kind, reason) in NAMES {
        for name in names {
            if named_with_value(text, &lower, name, kind) {
                return Some(reason);
            }
        }
    }
    None
}

/// Whether `name` occurs in `text` (`lower` is its ASCII lower case) with a value after it.
fn named_with_value(text: &str, lower: &str, name: &str, kind: Kind) -> bool {
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|rest| rest.find(name)) {
        let at = from + i;
        let end = at + name.len();
        from = end;
        if is_boundary(lower, at, end)
            && !(kind == Kind::Code && after_other_code(&lower[..at]))
            && value_follows(window(text, end), kind)
        {
            return true;
        }
    }
    false
}

/// Whether the match `at..end` is a name on its own: not inside a word, an identifier or
/// a URL (`reset-a-forgotten-password-eff4f067`), and followed by a space, `:`, `=` or
/// `(s)`.
fn is_boundary(lower: &str, at: usize, end: usize) -> bool {
    let before = lower[..at].chars().next_back();
    let after = lower[end..].chars().next();
    let alone = !before.is_some_and(|c| c.is_alphanumeric() || "-_./\\@#".contains(c))
        && after.is_none_or(|c| c.is_whitespace() || ":=(".contains(c));
    alone && !in_url(lower, at)
}

/// The text after a name that can hold its value: at most 160 bytes, so that a hostile
/// text with a name every few bytes and no spaces costs linear time, not quadratic.
fn window(text: &str, from: usize) -> &str {
    let mut to = (from + 160).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[from..to]
}

/// Whether the word around `at` is a web address. Looks back at most 256 bytes, so that a
/// hostile text without spaces costs linear time, not quadratic.
fn in_url(lower: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(256);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    let window = &lower[from..at];
    let word_start = window.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    window[word_start..].contains("://")
}

/// Whether the word before "code" names another kind of code ("error code 500121").
fn after_other_code(before: &str) -> bool {
    before
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| OTHER_CODES.contains(&w))
}

/// Whether what follows a secret's name is a value of its kind.
fn value_follows(rest: &str, kind: Kind) -> bool {
    let rest = rest.strip_prefix("(s)").unwrap_or(rest);
    let trimmed = rest.trim_start();
    let assigned = trimmed.starts_with('=');
    let field = assigned || trimmed.starts_with(':');
    if kind == Kind::Field && !(field && rest.len() - trimmed.len() <= 1) {
        return false;
    }
    let mut words = trimmed
        .trim_start_matches([':', '=', '-', '>'])
        .split_whitespace()
        .peekable();
    // "is", "was", "ist", "war", "lautet", "of", "were", "are", "=" as words.
    while words.peek().is_some_and(|w| {
        [
            "is", "was", "ist", "war", "lautet", "are", "were", "was:", "is:", "=",
        ]
        .contains(&w.to_ascii_lowercase().as_str())
    }) {
        words.next();
    }
    let Some(first) = words.next() else {
        return false;
    };
    let quoted = first.starts_with(['"', '\'', '“', '`']);
    let value = trim_wrapping(first);
    if !value.chars().any(char::is_alphanumeric) {
        return false;
    }
    let rest = words.map(trim_wrapping);
    match kind {
        Kind::Pin | Kind::Otp => digits_between(value, rest, 4, 8),
        Kind::Code => digits_between(value, rest, 6, 8),
        Kind::Recovery => {
            value.chars().filter(char::is_ascii_digit).count() >= 4
                && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        }
        Kind::Password | Kind::Field => {
            let status = STATUS_WORDS.contains(&value.to_ascii_lowercase().as_str());
            let any_value = assigned || (field && kind == Kind::Password);
            quoted
                || !status
                    && (any_value || is_value_like(value) || value.chars().any(is_hard_symbol))
        }
    }
}

/// Whether `value`, alone or with the digit groups after it ("492 817", "55 12 90"), is a
/// run of `min` to `max` digits, allowing a dash or dot inside.
fn digits_between<'a>(
    value: &str,
    next: impl Iterator<Item = &'a str>,
    min: usize,
    max: usize,
) -> bool {
    let digits = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '.')
            && s.starts_with(|c: char| c.is_ascii_digit())
    };
    let count = |s: &str| s.chars().filter(char::is_ascii_digit).count();
    if !digits(value) {
        return false;
    }
    let mut n = count(value);
    if (2..=4).contains(&n) {
        for group in next.take(3) {
            let g = count(group);
            if !digits(group) || !(2..=4).contains(&g) || n + g > max {
                break;
            }
            n += g;
        }
    }
    (min..=max).contains(&n)
}
