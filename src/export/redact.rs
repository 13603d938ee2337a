//! Redaction for sharing a report: case facts become placeholders, and e-mail addresses and
//! GUIDs anywhere in the text become `<e-mail>` and `<GUID>`.

use std::collections::BTreeMap;

use crate::transcript::FactKind;
use crate::transcript::facts::is_guid;

/// The text with facts, e-mail addresses and GUIDs replaced.
pub fn redact(text: &str, facts: &BTreeMap<FactKind, String>) -> String {
    let mut out = text.to_string();
    // Longest values first, so a value inside another is not half replaced.
    let mut values: Vec<(&FactKind, &String)> = facts.iter().collect();
    values.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
    for (kind, value) in values {
        if !value.is_empty() {
            out = out.replace(value.as_str(), kind.placeholder());
        }
    }
    words(&out)
}

/// A JSON value with every string redacted.
pub fn redact_json(
    value: serde_json::Value,
    facts: &BTreeMap<FactKind, String>,
) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(redact(&s, facts)),
        Value::Array(a) => Value::Array(a.into_iter().map(|v| redact_json(v, facts)).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| (k, redact_json(v, facts)))
                .collect(),
        ),
        other => other,
    }
}

/// Replaces e-mail addresses and GUIDs, word by word (words split at spaces and common
/// punctuation that cannot be part of either).
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push_str(&replace_word(word));
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() || "@._-#+".contains(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn replace_word(word: &str) -> String {
    let trimmed = word.trim_end_matches(['.', '-', '_']);
    let tail = &word[trimmed.len()..];
    if is_guid(trimmed) {
        return format!("<GUID>{tail}");
    }
    if let Some((local, domain)) = trimmed.split_once('@')
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
    {
        return format!("<e-mail>{tail}");
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_emails_and_guids_are_replaced() {
        let mut facts = BTreeMap::new();
        facts.insert(FactKind::Tenant, "contoso.onmicrosoft.com".to_string());
        facts.insert(FactKind::RequestNumber, "2611280040001234".to_string());
        let text = "Tenant contoso.onmicrosoft.com, SR 2611280040001234. Mail alex@contoso.com or \
                    alex_outlook.com#EXT#@x.onmicrosoft.com; id 5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d.";
        assert_eq!(
            redact(text, &facts),
            "Tenant <tenant>, SR <request number>. Mail <e-mail> or <e-mail>; id <GUID>."
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let facts = BTreeMap::new();
        let text = "Call 1\u{a0}800\u{a0}865\u{a0}9408 (AADSTS50076) at 14:05; see `https://learn.microsoft.com/x`.";
        assert_eq!(redact(text, &facts), text);
    }
}
