//! Redaction for sharing a report. Everywhere in it (Markdown or JSON, every string):
//! each case fact's value becomes its kind's placeholder (`[tenant]`, `[sign-in name]`,
//! ...); e-mail addresses, GUIDs, domain names and phone numbers become numbered
//! placeholders (`[email 1]`, `[guid 1]`, `[domain 1]`, `[phone 1]`). The same value gets
//! the same placeholder throughout one report.
//!
//! Kept: Microsoft's own public domains, and any phone number, address, GUID or domain
//! that the playbook itself prints (Microsoft's support numbers, its sources' links), since
//! they say nothing about the case. A case fact's value is replaced even there.

mod phone;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::playbook::{NodeBody, Playbook};

use crate::transcript::FactKind;
use crate::transcript::facts::is_guid;

/// Microsoft's public domains, kept so links to its guidance still work. A subdomain of
/// one of them is kept too, except tenant domains under `onmicrosoft.com`.
const PUBLIC_DOMAINS: &[&str] = &[
    "microsoft.com",
    "microsoftonline.com",
    "microsoft365.com",
    "office.com",
    "office365.com",
    "azure.com",
    "azure.net",
    "windowsazure.com",
    "windows.net",
    "live.com",
    "aka.ms",
    "microsoftonline.us",
    "azure.us",
    "chinacloudapi.cn",
    "partner.microsoft.com",
];

/// File extensions that make `name.ext` a file, not a domain.
const FILE_EXTENSIONS: &[&str] = &[
    "md", "yaml", "yml", "json", "txt", "csv", "log", "html", "pdf", "png", "ps1", "sh", "exe",
];

/// The kinds of numbered placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Email,
    Guid,
    Domain,
    Phone,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Guid => "guid",
            Kind::Domain => "domain",
            Kind::Phone => "phone",
        }
    }
}

/// Replaces what identifies a person or a tenant, numbering each kind in order of first
/// appearance. One redactor serves one report, so its numbers are stable across it.
#[derive(Debug)]
pub struct Redactor<'a> {
    facts: &'a BTreeMap<FactKind, String>,
    seen: HashMap<(Kind, String), usize>,
    counts: HashMap<Kind, usize>,
    public: HashSet<(Kind, String)>,
}

impl<'a> Redactor<'a> {
    /// A redactor for a report with these case facts.
    pub fn new(facts: &'a BTreeMap<FactKind, String>) -> Self {
        Self {
            facts,
            seen: HashMap::new(),
            counts: HashMap::new(),
            public: HashSet::new(),
        }
    }

    /// Keeps what `playbook`'s own text prints (Microsoft's support numbers, its sources'
    /// addresses): it is public guidance, not part of the case.
    #[must_use]
    pub fn keeping(mut self, playbook: &Playbook) -> Self {
        let none = BTreeMap::new();
        let mut scan = Redactor::new(&none);
        for text in playbook_texts(playbook) {
            scan.text(text);
        }
        self.public = scan.seen.into_keys().collect();
        self
    }

    /// The text with facts, e-mail addresses, GUIDs, domains and phone numbers replaced.
    pub fn text(&mut self, text: &str) -> String {
        let out = self.words(text);
        let out = self.fact_values(&out);
        phone::replace(&out, |digits, span| {
            self.numbered(Kind::Phone, digits, span)
        })
    }

    /// A JSON value with every string redacted.
    pub fn json(&mut self, value: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::String(s) => Value::String(self.text(&s)),
            Value::Array(a) => Value::Array(a.into_iter().map(|v| self.json(v)).collect()),
            Value::Object(o) => {
                Value::Object(o.into_iter().map(|(k, v)| (k, self.json(v))).collect())
            }
            other => other,
        }
    }

    /// `[kind n]`, the same `n` for the same `key`; `original` itself if it is public.
    fn numbered(&mut self, kind: Kind, key: &str, original: &str) -> String {
        if self.public.contains(&(kind, key.to_lowercase())) {
            return original.to_string();
        }
        let next = self.counts.get(&kind).copied().unwrap_or(0) + 1;
        let n = *self
            .seen
            .entry((kind, key.to_lowercase()))
            .or_insert_with(|| {
                self.counts.insert(kind, next);
                next
            });
        format!("[{} {n}]", kind.name())
    }

    /// Fact values that span words (a time with a space or colons), longest first so a
    /// value inside another is not half replaced.
    fn fact_values(&self, text: &str) -> String {
        let mut out = text.to_string();
        let mut values: Vec<(&FactKind, &String)> = self.facts.iter().collect();
        values.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
        for (kind, value) in values {
            if !value.is_empty() {
                out = out.replace(value.as_str(), kind.placeholder());
            }
        }
        out
    }

    /// Replaces fact values, e-mail addresses, GUIDs and domains word by word (words split
    /// at spaces and at punctuation that cannot be part of any of them).
    fn words(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        for c in text.chars() {
            if c.is_alphanumeric() || "@._-#+".contains(c) {
                word.push(c);
            } else {
                self.flush(&mut word, &mut out);
                out.push(c);
            }
        }
        self.flush(&mut word, &mut out);
        out
    }

    fn flush(&mut self, word: &mut String, out: &mut String) {
        if !word.is_empty() {
            let replaced = self.replace_word(word);
            out.push_str(&replaced);
            word.clear();
        }
    }

    fn replace_word(&mut self, word: &str) -> String {
        let trimmed = word.trim_end_matches(['.', '-', '_']);
        let tail = &word[trimmed.len()..];
        let fact = self
            .facts
            .iter()
            .find(|(_, v)| !v.is_empty() && v.eq_ignore_ascii_case(trimmed));
        let placeholder = if let Some((kind, _)) = fact {
            kind.placeholder().to_string()
        } else if is_guid(trimmed) {
            self.numbered(Kind::Guid, trimmed, trimmed)
        } else if is_email(trimmed) {
            self.numbered(Kind::Email, trimmed, trimmed)
        } else if is_private_domain(trimmed) {
            self.numbered(Kind::Domain, trimmed, trimmed)
        } else {
            return word.to_string();
        };
        format!("{placeholder}{tail}")
    }
}

/// Every text a playbook can print: questions, options, notes, outcomes, checklists and
/// sources.
fn playbook_texts(pb: &Playbook) -> Vec<&str> {
    let mut out: Vec<&str> = vec![&pb.title];
    out.extend(pb.description.as_deref());
    for node in &pb.nodes {
        match &node.body {
            NodeBody::Question(q) => {
                out.extend(
                    [q.text.as_str()]
                        .into_iter()
                        .chain(q.help.as_deref())
                        .chain(q.say.as_deref()),
                );
                for o in &q.options {
                    out.extend([o.label.as_str(), o.short.as_str()]);
                    out.extend(o.report.as_deref().into_iter().chain(o.say.as_deref()));
                }
            }
            NodeBody::Info(i) => {
                out.push(&i.title);
                out.extend(i.text.as_deref().into_iter().chain(i.help.as_deref()));
            }
            NodeBody::Outcome(o) => {
                out.push(&o.title);
                out.extend(
                    o.who
                        .as_deref()
                        .into_iter()
                        .chain(o.summary.as_deref())
                        .chain(o.expect.as_deref()),
                );
                out.extend(o.prepare.iter().map(String::as_str));
                for step in &o.steps {
                    out.push(&step.text);
                    out.extend(
                        step.detail
                            .as_deref()
                            .into_iter()
                            .chain(step.say.as_deref())
                            .chain(step.caution.as_deref()),
                    );
                }
            }
        }
    }
    for c in &pb.checklists {
        out.push(&c.title);
        for item in &c.items {
            out.push(&item.text);
            out.extend(item.why.as_deref());
        }
    }
    for source in &pb.sources {
        out.extend([source.title.as_str(), source.url.as_str()]);
    }
    out
}

/// The text with facts, e-mail addresses, GUIDs, domains and phone numbers replaced.
pub fn redact(text: &str, facts: &BTreeMap<FactKind, String>) -> String {
    Redactor::new(facts).text(text)
}

/// A JSON value with every string redacted, numbered consistently across the document.
pub fn redact_json(
    value: serde_json::Value,
    facts: &BTreeMap<FactKind, String>,
) -> serde_json::Value {
    Redactor::new(facts).json(value)
}

fn is_email(word: &str) -> bool {
    word.rsplit_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
    })
}

/// A domain name (two or more labels, a lower-case top label of letters) that is not one
/// of Microsoft's public ones and not a file name.
fn is_private_domain(word: &str) -> bool {
    let labels: Vec<&str> = word.split('.').collect();
    let Some(top) = labels.last() else {
        return false;
    };
    let domain = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && (2..=24).contains(&top.len())
        && top.chars().all(|c| c.is_ascii_lowercase());
    if !domain || FILE_EXTENSIONS.contains(top) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let public = PUBLIC_DOMAINS
        .iter()
        .any(|d| lower == *d || lower.ends_with(&format!(".{d}")));
    !public
}

#[cfg(test)]
mod tests;
