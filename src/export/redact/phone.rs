//! Phone numbers in free text: `+44 20 7946 0000`, `(86) 400-089-0365`,
//! `1 800 865 9408`, `020-7946-0000`. Dates, times, versions, ids and long bare digit
//! runs (a support request number) are not phone numbers.

/// `text` with each phone number replaced by what `placeholder` returns for its digits
/// and the number as written.
pub(super) fn replace(text: &str, mut placeholder: impl FnMut(&str, &str) -> String) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = starts_phone(&chars, i)
            .then(|| phone_end(&chars, i))
            .flatten()
        {
            let span: String = chars[i..end].iter().collect();
            let digits: String = span.chars().filter(char::is_ascii_digit).collect();
            out.push_str(&placeholder(&digits, &span));
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '-' | '(' | ')')
}

/// Whether a phone number may start at `i`: a `+`, `(` or digit not glued to a word.
fn starts_phone(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let next_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
    let glued = i > 0
        && chars
            .get(i - 1)
            .is_some_and(|p| p.is_alphanumeric() || "._-/+:#@".contains(*p));
    !glued && (c.is_ascii_digit() || ((c == '+' || c == '(') && next_digit))
}

/// Where the phone number starting at `i` ends, if it is one.
fn phone_end(chars: &[char], i: usize) -> Option<usize> {
    let mut end = i + 1;
    let mut last_digit = i + usize::from(chars[i].is_ascii_digit());
    let mut count = usize::from(chars[i].is_ascii_digit());
    let mut j = i + 1;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_digit() {
            last_digit = j + 1;
            count += 1;
            if count > 15 {
                // Too long for a phone number; stopping here keeps the scan linear.
                return None;
            }
        } else if !is_separator(c)
            || (is_separator(chars[j - 1]) && c != '(' && chars[j - 1] != ')')
        {
            break;
        }
        j += 1;
    }
    end = end.max(last_digit);
    let span: String = chars[i..end].iter().collect();
    let digits = span.chars().filter(char::is_ascii_digit).count();
    let separated = span.chars().any(is_separator) || span.starts_with('+');
    // Glued to what follows: a letter, or `:`, `.`, `/`, `_` that goes on ("14:05", "1.2").
    let after = chars.get(end).copied();
    let goes_on = chars.get(end + 1).is_some_and(|c| c.is_alphanumeric());
    let glued_after = after.is_some_and(|c| c.is_alphanumeric() || (":./_".contains(c) && goes_on));
    let date = is_date_like(&span);
    ((7..=15).contains(&digits) && separated && !glued_after && !date).then_some(end)
}

/// `YYYY-MM-DD` at the start of the span (a date, perhaps followed by an hour).
fn is_date_like(span: &str) -> bool {
    let b = span.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}
