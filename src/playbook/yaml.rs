//! The YAML boundary: the only file in the crate that names `serde_saphyr`.
//!
//! Everything above it sees our own [`Spanned`], [`Pos`] and [`YamlError`]. Options are
//! fixed here: YAML 1.2 booleans only, duplicate keys are errors, application tags
//! (`!include`, `!env`, ...) are errors rather than silently dropped, no includes or
//! interpolation, and tight budgets so a hostile file cannot exhaust memory or time.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_saphyr::MessageFormatter as _;

/// The largest YAML document the loader accepts, in bytes.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// A position in the source text: 1-based line and column, plus the byte span when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line (0 when unknown).
    pub line: u64,
    /// 1-based column, counted in characters (0 when unknown).
    pub col: u64,
    /// Byte offset of the start of the span, when known.
    pub byte: Option<usize>,
    /// Length of the span in bytes, when known.
    pub len: Option<usize>,
}

impl Pos {
    /// Whether this position points somewhere real.
    pub fn is_known(&self) -> bool {
        self.line > 0
    }
}

/// A value together with where it was written.
///
/// Equality and ordering ignore the position: two `Spanned` values are equal when their
/// values are equal.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    from = "serde_saphyr::Spanned<T>",
    bound(deserialize = "T: Deserialize<'de>")
)]
pub struct Spanned<T> {
    /// The value itself.
    pub value: T,
    /// Where the value was written (for an alias: where it was used).
    pub pos: Pos,
}

impl<T> Spanned<T> {
    /// Wraps a value with no known position (for values built in code).
    pub fn unplaced(value: T) -> Self {
        Self {
            value,
            pos: Pos::default(),
        }
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // The loader reads any plain scalar into a text field (`version: 1`, `label: 1.10`),
        // so the schema accepts them too.
        if T::schema_name() == "string" {
            return schemars::json_schema!({ "type": ["string", "number", "boolean"] });
        }
        T::json_schema(generator)
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T> From<serde_saphyr::Spanned<T>> for Spanned<T> {
    fn from(s: serde_saphyr::Spanned<T>) -> Self {
        Self {
            value: s.value,
            pos: to_pos(s.referenced),
        }
    }
}

fn to_pos(loc: serde_saphyr::Location) -> Pos {
    let span = loc.span();
    Pos {
        line: loc.line(),
        col: loc.column(),
        byte: span.byte_offset().and_then(|b| usize::try_from(b).ok()),
        len: span.byte_len().and_then(|b| usize::try_from(b).ok()),
    }
}

/// A YAML syntax or shape error (unknown field, wrong type, duplicate key, ...).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    /// What went wrong, without the position.
    pub message: String,
    /// Where, when the parser knows.
    pub pos: Option<Pos>,
}

/// Parses `text` as YAML into `T` with the crate's fixed, strict options.
///
/// Refuses input over [`MAX_INPUT_BYTES`] before parsing it.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    parse_with(text, serde_saphyr::DuplicateKeyPolicy::Error)
}

/// Like [`from_str`], but a key written twice keeps its first value instead of failing,
/// so the rest of a file with duplicate keys can still be checked. Use only after
/// [`duplicate_keys`] has reported every duplicate.
pub fn from_str_first_wins<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    parse_with(text, serde_saphyr::DuplicateKeyPolicy::FirstWins)
}

/// Every key written twice in one mapping, anywhere in the document, in file order:
/// (the key, where it is written the second time). Empty when the text does not parse.
pub fn duplicate_keys(text: &str) -> Vec<(String, Pos)> {
    parse_with::<KeyScan>(text, serde_saphyr::DuplicateKeyPolicy::PassThrough)
        .map(|k| k.0)
        .unwrap_or_default()
}

/// The duplicates found under one YAML node.
struct KeyScan(Vec<(String, Pos)>);

/// A mapping key as text, whatever scalar it is.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText("~".into()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for KeyScan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = KeyScan;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any YAML")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<KeyScan, A::Error> {
                let mut seen: Vec<String> = Vec::new();
                let mut found = Vec::new();
                while let Some(key) = map.next_key::<Spanned<KeyText>>()? {
                    let inner = map.next_value::<KeyScan>()?;
                    if seen.contains(&key.value.0) {
                        found.push((key.value.0, key.pos));
                    } else {
                        seen.push(key.value.0);
                    }
                    found.extend(inner.0);
                }
                Ok(KeyScan(found))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<KeyScan, A::Error> {
                let mut found = Vec::new();
                while let Some(inner) = seq.next_element::<KeyScan>()? {
                    found.extend(inner.0);
                }
                Ok(KeyScan(found))
            }
            fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<KeyScan, E> {
                Ok(KeyScan(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

fn parse_with<T: DeserializeOwned>(
    text: &str,
    duplicates: serde_saphyr::DuplicateKeyPolicy,
) -> Result<T, YamlError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(YamlError {
            message: format!(
                "the file is {} bytes; the limit is {MAX_INPUT_BYTES} bytes (1 MiB)",
                text.len()
            ),
            pos: None,
        });
    }
    let options = serde_saphyr::options! {
        strict_booleans: true,
        duplicate_keys: duplicates,
        with_snippet: false,
        // `!include`, `!secret`, `!env` and every other application tag would otherwise be
        // dropped without a word: refuse them, on values and on keys alike.
        reject_unsupported_tags: true,
        reject_tagged_field_names: true,
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_nodes: 200_000,
            max_aliases: 1_000,
            max_reader_input_bytes: Some(MAX_INPUT_BYTES),
        },
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        let message = serde_saphyr::UserMessageFormatter
            .format_message(&e)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        YamlError {
            message,
            pos: e.location().map(to_pos).filter(Pos::is_known),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: Spanned<String>,
        #[serde(default)]
        flag: Option<bool>,
        #[serde(default)]
        map: BTreeMap<String, String>,
    }

    #[test]
    fn spans_point_at_the_value() {
        let doc: Doc = from_str("name: hello\n").unwrap();
        assert_eq!(doc.name.value, "hello");
        assert_eq!((doc.name.pos.line, doc.name.pos.col), (1, 7));
        assert_eq!(doc.name.pos.byte, Some(6));
    }

    #[test]
    fn unknown_field_has_line_and_column() {
        let err = from_str::<Doc>("name: a\nnmae: b\n").unwrap_err();
        assert!(err.message.contains("nmae"), "{}", err.message);
        let pos = err.pos.unwrap();
        assert_eq!((pos.line, pos.col), (2, 1));
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let err = from_str::<Doc>("name: a\nmap:\n  k: 1\n  k: 2\n").unwrap_err();
        assert!(err.message.contains("duplicate"), "{}", err.message);
        assert_eq!(err.pos.unwrap().line, 4);
    }

    #[test]
    fn yaml_1_1_booleans_are_refused() {
        assert!(from_str::<Doc>("name: a\nflag: yes\n").is_err());
        let doc: Doc = from_str("name: no\nflag: true\nmap:\n  k: v\n").unwrap();
        assert_eq!(doc.name.value, "no");
        assert_eq!(doc.flag, Some(true));
        assert_eq!(doc.map.get("k").map(String::as_str), Some("v"));
    }

    #[test]
    fn numbers_stay_text_in_string_fields() {
        let doc: Doc = from_str("name: 1.10\n").unwrap();
        assert_eq!(doc.name.value, "1.10");
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let text = "x".repeat(MAX_INPUT_BYTES + 1);
        let err = from_str::<Doc>(&text).unwrap_err();
        assert!(err.message.contains("1 MiB"));
        assert_eq!(err.pos, None);
    }

    #[test]
    fn application_tags_are_errors_with_a_position() {
        // The position is the tagged value's (after the tag).
        for (text, line, col) in [
            ("name: !include other.yaml\n", 1, 16),
            ("name: a\nmap:\n  k: !env HOME\n", 3, 11),
            ("name: a\nmap: !include\n  k: v\n", 3, 3),
            ("!secret name: a\n", 1, 9),
        ] {
            let err = from_str::<Doc>(text).unwrap_err();
            assert!(
                err.message.contains("tag") || err.message.contains("!include"),
                "{text:?}: {}",
                err.message
            );
            let pos = err.pos.unwrap_or_default();
            assert_eq!(
                (pos.line, pos.col),
                (line, col),
                "{text:?}: {}",
                err.message
            );
        }
        // Standard tags keep working.
        let doc: Doc = from_str("name: !!str 1.10\n").unwrap();
        assert_eq!(doc.name.value, "1.10");
    }

    #[test]
    fn alias_bombs_hit_the_budget() {
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n\
                    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n\
                    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
        assert!(from_str::<serde_json::Value>(bomb).is_err());
    }
}
