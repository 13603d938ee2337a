//! Values whose shape gives them away without a name: sign-in tokens (JWTs), bearer
//! tokens, client secrets, cloud access keys, shared access signatures, private keys,
//! recovery keys and codes in groups, long hex or base64 blobs, and password-like words
//! ("Hunter2!", "Xk9#mQ2!"). E-mail addresses, GUIDs, dates, times, phone numbers and
//! ordinary URLs are never flagged.

use super::{Reason, class_switches, is_email, is_hard_symbol, trim_wrapping};

/// Why a word of `text` (or the text as a whole) is a secret by its shape, if one is.
pub(super) fn find(text: &str) -> Option<Reason> {
    if let Some(reason) = whole_text(text) {
        return Some(reason);
    }
    text.split_whitespace().map(trim_wrapping).find_map(token)
}

/// Shapes that span words: a PEM private key, "Bearer <token>", groups of digits.
fn whole_text(text: &str) -> Option<Reason> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("-----begin") && lower.contains("private key") {
        return Some("looks like a private key");
    }
    let words: Vec<&str> = text.split_whitespace().map(trim_wrapping).collect();
    for pair in words.windows(2) {
        if pair[0].eq_ignore_ascii_case("bearer")
            && pair[1].len() >= 16
            && pair[1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~+/=".contains(c))
        {
            return Some("looks like a bearer token");
        }
    }
    // A BitLocker key written with spaces: four or more groups of six digits.
    let run = words
        .iter()
        .fold((0, 0), |(best, cur), w| {
            let group = w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit());
            let cur = if group { cur + 1 } else { 0 };
            (best.max(cur), cur)
        })
        .0;
    (run >= 4).then_some("looks like a recovery key")
}

/// Why one word is a secret by its shape, if it is.
fn token(word: &str) -> Option<Reason> {
    let lower = word.to_ascii_lowercase();
    if lower.contains("sig=")
        || lower.contains("sharedaccesssignature")
        || lower.contains("sharedaccesskey=")
        || lower.contains("accountkey=")
    {
        return Some("looks like a shared access signature or storage key");
    }
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return None;
    }
    if is_email(word) {
        return None;
    }
    if is_jwt(word) {
        return Some("looks like a sign-in token (a JSON web token)");
    }
    if is_client_secret(word) {
        return Some("looks like an app's client secret");
    }
    if is_known_key(word) {
        return Some("looks like an access key or token");
    }
    if let Some(reason) = grouped(word) {
        return Some(reason);
    }
    if is_hex_blob(word) {
        return Some("looks like a key or token in hex");
    }
    if is_base64_blob(word) {
        return Some("looks like a key or token (a base64 blob)");
    }
    if is_password_like(word) {
        return Some("looks like a password or access pass");
    }
    None
}

fn is_base64url(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `eyJ...` segments joined by dots: a JSON web token.
fn is_jwt(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    word.starts_with("eyJ")
        && word.len() >= 20
        && (2..=3).contains(&parts.len())
        && parts.iter().take(2).all(|p| is_base64url(p))
}

/// An Entra app's client secret: about 40 characters with `Q~` near the start.
fn is_client_secret(word: &str) -> bool {
    word.len() >= 30
        && word.find("Q~").is_some_and(|i| i <= 6)
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"~._-".contains(&b))
}

/// Cloud and developer keys with a well-known prefix.
fn is_known_key(word: &str) -> bool {
    let aws = ["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA"]
        .iter()
        .any(|p| word.starts_with(p))
        && word.len() == 20
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let prefixed = [
        "ghp_",
        "gho_",
        "ghu_",
        "ghs_",
        "ghr_",
        "github_pat_",
        "xoxb-",
        "xoxp-",
        "sk-",
    ]
    .iter()
    .any(|p| word.starts_with(p))
        && word.len() >= 20;
    aws || prefixed
}

/// Recovery keys and codes in equal groups: BitLocker's eight groups of six digits,
/// `ABCDE-FGHIJ-KLMNO-PQRST-UVWXY`, `a1b2c-3d4e5`. GUIDs and dates have unequal groups.
fn grouped(word: &str) -> Option<Reason> {
    let groups: Vec<&str> = word.split('-').collect();
    let len = groups.first().map_or(0, |g| g.len());
    if groups.len() < 2
        || !(4..=8).contains(&len)
        || !groups
            .iter()
            .all(|g| g.len() == len && g.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    let all_digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let mixed = groups.iter().all(|g| {
        g.bytes().any(|b| b.is_ascii_digit()) && g.bytes().any(|b| b.is_ascii_alphabetic())
    });
    let upper = groups.len() >= 3
        && groups.iter().all(|g| {
            g.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
    if all_digits && groups.len() >= 4 {
        Some("looks like a recovery key")
    } else if mixed || upper {
        Some("looks like a recovery or backup code")
    } else {
        None
    }
}

/// 32 or more hexadecimal digits in one run, with letters and digits.
fn is_hex_blob(word: &str) -> bool {
    word.len() >= 32
        && word.bytes().all(|b| b.is_ascii_hexdigit())
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        || (word.len() >= 24 && word.bytes().all(|b| b.is_ascii_digit()))
}

/// A run of base64 that is too random to be a word or a name.
fn is_base64_blob(word: &str) -> bool {
    let body = word.trim_end_matches('=');
    let padded = body.len() < word.len();
    let charset = body
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/-_".contains(&b));
    if !charset || body.len() < 16 {
        return false;
    }
    let upper = body.bytes().any(|b| b.is_ascii_uppercase());
    let lower = body.bytes().any(|b| b.is_ascii_lowercase());
    let digit = body.bytes().any(|b| b.is_ascii_digit());
    let random = class_switches(body) * 3 >= body.len() || longest_letter_run(body) <= 4;
    let words = body.contains(['-', '_']) && !padded;
    (padded && body.len() >= 16 && upper && lower)
        || (body.len() >= 20 && upper && lower && digit && random && !words)
}

/// The longest run of letters of one case.
fn longest_letter_run(word: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut last = None;
    for c in word.chars() {
        let class = if c.is_ascii_lowercase() {
            Some(false)
        } else if c.is_ascii_uppercase() {
            Some(true)
        } else {
            None
        };
        run = if class.is_some() && class == last {
            run + 1
        } else {
            usize::from(class.is_some())
        };
        last = class;
        best = best.max(run);
    }
    best
}

/// A word that reads like a chosen password or a Temporary Access Pass: letters and digits
/// with a symbol inside ("Xk9#mQ2!", "Tr0ub4dor&3"), or upper case, lower case and digits
/// all with a symbol ("Hunter2!"), or upper, lower and digits switching at almost every
/// character ("pQ7xL2mZ").
fn is_password_like(word: &str) -> bool {
    let n = word.chars().count();
    if !(6..=64).contains(&n) {
        return false;
    }
    let letter = word.chars().any(|c| c.is_ascii_alphabetic());
    let digit = word.chars().any(|c| c.is_ascii_digit());
    let upper = word.chars().any(|c| c.is_ascii_uppercase());
    let lower = word.chars().any(|c| c.is_ascii_lowercase());
    let inner: Vec<char> = word.chars().skip(1).take(n.saturating_sub(2)).collect();
    let inner_symbol = inner.iter().any(|&c| is_hard_symbol(c));
    let symbol = word.chars().any(is_hard_symbol);
    let alnum = word.chars().all(|c| c.is_ascii_alphanumeric());
    (letter && digit && inner_symbol)
        || (upper && lower && digit && symbol)
        || (alnum && n >= 8 && upper && lower && digit && class_switches(word) > n / 2)
}
