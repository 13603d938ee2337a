//! Facts: what a person's answers established, the conditions content carries, and `{fact}`
//! substitution. Pure values; the engine derives the current [`Facts`] from the answers on
//! its path, so nothing here is ever stored as separate state.

use serde::{Deserialize, Serialize};

/// A declared fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id.
    pub id: String,
    /// What it is about, for reports.
    pub title: Option<String>,
    /// Its values: (value id, phrase spoken for it), in file order.
    pub values: Vec<(String, String)>,
    /// The phrase spoken while it is not set.
    pub unknown: Option<String>,
}

impl Fact {
    /// The heading used in reports: the title, or the id.
    pub fn heading(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.id)
    }
}

/// The value of every declared fact (by index), `None` where not set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Facts(Vec<Option<usize>>);

impl Facts {
    /// No fact set, for `count` declared facts.
    pub fn unset(count: usize) -> Self {
        Self(vec![None; count])
    }

    /// The value of fact `fact`, if set.
    pub fn get(&self, fact: usize) -> Option<usize> {
        self.0.get(fact).copied().flatten()
    }

    /// Sets fact `fact` to `value`.
    pub fn set(&mut self, fact: usize, value: usize) {
        if let Some(slot) = self.0.get_mut(fact) {
            *slot = Some(value);
        }
    }

    /// Forgets fact `fact` (as if never set).
    pub fn forget(&mut self, fact: usize) {
        if let Some(slot) = self.0.get_mut(fact) {
            *slot = None;
        }
    }

    /// Applies what an answer sets.
    pub fn apply(&mut self, set: &[(usize, usize)]) {
        for &(f, v) in set {
            self.set(f, v);
        }
    }

    /// The facts that are set, as (fact index, value index), in declaration order.
    pub fn iter_set(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(f, v)| v.map(|v| (f, v)))
    }

    /// Every slot, set or not.
    pub fn slots(&self) -> &[Option<usize>] {
        &self.0
    }
}

/// One test of a condition: the fact (by index) has one of these values (`None` matches a
/// fact not set).
pub type Test = (usize, Vec<Option<usize>>);

/// A `when`/`unless` pair. The default shows always.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    /// Every test must match (empty: always).
    pub when: Vec<Test>,
    /// Hidden when every test matches (empty: never hidden).
    pub unless: Vec<Test>,
}

fn all_match(tests: &[Test], facts: &Facts) -> bool {
    tests.iter().all(|(f, vs)| vs.contains(&facts.get(*f)))
}

impl Condition {
    /// Whether the content is shown given these facts.
    pub fn matches(&self, facts: &Facts) -> bool {
        all_match(&self.when, facts) && (self.unless.is_empty() || !all_match(&self.unless, facts))
    }

    /// Whether the condition is always true.
    pub fn is_always(&self) -> bool {
        self.when.is_empty() && self.unless.is_empty()
    }
}

/// A condition in words for authors: `role=user|unknown, not others=none`.
pub fn describe(decl: &[Fact], cond: &Condition) -> String {
    let test = |(f, vs): &Test| {
        let fact = decl.get(*f);
        let values: Vec<&str> = vs
            .iter()
            .map(|v| match v {
                Some(v) => fact
                    .and_then(|f| f.values.get(*v))
                    .map_or("?", |(id, _)| id.as_str()),
                None => "unknown",
            })
            .collect();
        format!(
            "{}={}",
            fact.map_or("?", |f| f.id.as_str()),
            values.join("|")
        )
    };
    let mut parts: Vec<String> = cond.when.iter().map(test).collect();
    if !cond.unless.is_empty() {
        let unless: Vec<String> = cond.unless.iter().map(test).collect();
        parts.push(format!("not {}", unless.join(" and ")));
    }
    parts.join(", ")
}

/// The `{id}` references in `text`: (byte offset of `{`, id). Only ids in id syntax count;
/// other braces are plain text.
pub fn references(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('{') {
        let at = rest + open;
        let after = at + 1;
        match text[after..].find('}') {
            Some(close) => {
                let id = &text[after..after + close];
                if super::check::is_fact_ref(id) {
                    out.push((at, id));
                    rest = after + close + 1;
                } else {
                    rest = after;
                }
            }
            None => break,
        }
    }
    out
}

/// The phrase for fact `fact` given `facts`: its value's phrase, else its `unknown` phrase.
pub fn phrase<'a>(decl: &'a [Fact], fact: usize, facts: &Facts) -> Option<&'a str> {
    let f = decl.get(fact)?;
    match facts.get(fact) {
        Some(v) => f.values.get(v).map(|(_, p)| p.as_str()),
        None => f.unknown.as_deref(),
    }
}

/// `text` with every `{fact}` replaced by its phrase. A playbook without facts is returned
/// unchanged, braces and all; an unknown fact without an `unknown` phrase (which the
/// checker refuses) reads "(not known)".
pub fn speak(decl: &[Fact], facts: &Facts, text: &str) -> String {
    if decl.is_empty() || !text.contains('{') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, id) in references(text) {
        let Some(index) = decl.iter().position(|f| f.id == id) else {
            continue;
        };
        out.push_str(&text[last..at]);
        out.push_str(phrase(decl, index, facts).unwrap_or("(not known)"));
        last = at + id.len() + 2;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl() -> Vec<Fact> {
        vec![Fact {
            id: "others".into(),
            title: None,
            values: vec![("none".into(), "No one else.".into())],
            unknown: Some("I don't know.".into()),
        }]
    }

    #[test]
    fn speaks_values_and_unknowns() {
        let mut facts = Facts::unset(1);
        assert_eq!(
            speak(&decl(), &facts, "A {others} B {x} {"),
            "A I don't know. B {x} {"
        );
        facts.set(0, 0);
        assert_eq!(speak(&decl(), &facts, "{others}"), "No one else.");
        assert_eq!(speak(&[], &facts, "{others}"), "{others}");
    }

    #[test]
    fn conditions() {
        let mut facts = Facts::unset(1);
        let when_unknown = Condition {
            when: vec![(0, vec![None])],
            unless: Vec::new(),
        };
        let unless_none = Condition {
            when: Vec::new(),
            unless: vec![(0, vec![Some(0)])],
        };
        assert!(when_unknown.matches(&facts) && unless_none.matches(&facts));
        facts.set(0, 0);
        assert!(!when_unknown.matches(&facts) && !unless_none.matches(&facts));
        assert!(Condition::default().matches(&facts));
    }
}
