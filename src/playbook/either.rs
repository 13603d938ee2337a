//! Reading the fields that may be written two ways (a scalar, or a list or mapping): an
//! option's `next`, a condition's values, conditional texts and checklist references.
//!
//! No serde `untagged`: each visitor accepts exactly the two shapes, the mapping shape goes
//! through a derived struct with `deny_unknown_fields`, and positions come from the
//! [`Spanned`](super::yaml::Spanned) wrapper the field is read into.

use std::fmt;

use schemars::JsonSchema;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{Error as _, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::model::{Cond, CondRef, CondText, NextDef, RouteDef, Text, ValueList};

/// A visitor that turns any plain scalar into text, and hands lists and mappings on.
struct Either<F> {
    expecting: &'static str,
    scalar: F,
}

macro_rules! scalar_visits {
    () => {
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok((self.0.scalar)(v.to_string()))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok((self.0.scalar)(v.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok((self.0.scalar)(v.to_string()))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok((self.0.scalar)(v.to_string()))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok((self.0.scalar)(v.to_string()))
        }
    };
}

impl<'de> Deserialize<'de> for ValueList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V(Either<fn(String) -> ValueList>);
        impl<'de> Visitor<'de> for V {
            type Value = ValueList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(self.0.expecting)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ValueList, E> {
                Ok((self.0.scalar)(v.to_string()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<ValueList, E> {
                Ok((self.0.scalar)(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ValueList, E> {
                Ok((self.0.scalar)(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ValueList, A::Error> {
                let items = Vec::<Text>::deserialize(SeqAccessDeserializer::new(seq))?;
                if items.is_empty() {
                    return Err(A::Error::custom("a condition's list of values is empty"));
                }
                Ok(ValueList(items))
            }
        }
        d.deserialize_any(V(Either {
            expecting: "a value id or a list of value ids",
            scalar: |s| ValueList(vec![Text::unplaced(s)]),
        }))
    }
}

impl<'de> Deserialize<'de> for NextDef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V(Either<fn(String) -> NextDef>);
        impl<'de> Visitor<'de> for V {
            type Value = NextDef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(self.0.expecting)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NextDef, E> {
                Ok((self.0.scalar)(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<NextDef, E> {
                Ok((self.0.scalar)(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<NextDef, A::Error> {
                let routes = Vec::<RouteDef>::deserialize(SeqAccessDeserializer::new(seq))?;
                Ok(NextDef { to: None, routes })
            }
        }
        d.deserialize_any(V(Either {
            expecting: "a node id, or a list of `{when|unless, to}` routes",
            scalar: |s| NextDef {
                to: Some(s),
                routes: Vec::new(),
            },
        }))
    }
}

/// The mapping shape of a [`CondText`].
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct CondTextMap {
    /// The text.
    text: Text,
    /// Shown only when these facts match.
    #[serde(default)]
    when: Option<Cond>,
    /// Hidden when these facts match.
    #[serde(default)]
    unless: Option<Cond>,
}

/// The mapping shape of a [`CondRef`].
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct CondRefMap {
    /// `list` or `list/item`.
    checklist: Text,
    /// Shown only when these facts match.
    #[serde(default)]
    when: Option<Cond>,
    /// Hidden when these facts match.
    #[serde(default)]
    unless: Option<Cond>,
}

impl<'de> Deserialize<'de> for CondText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V(Either<fn(String) -> CondText>);
        impl<'de> Visitor<'de> for V {
            type Value = CondText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(self.0.expecting)
            }
            scalar_visits!();
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CondText, A::Error> {
                let m = CondTextMap::deserialize(MapAccessDeserializer::new(map))?;
                Ok(CondText {
                    text: m.text.value,
                    text_pos: Some(m.text.pos),
                    when: m.when,
                    unless: m.unless,
                })
            }
        }
        d.deserialize_any(V(Either {
            expecting: "a text, or a mapping with `text` and `when`/`unless`",
            scalar: |s| CondText {
                text: s,
                ..CondText::default()
            },
        }))
    }
}

impl<'de> Deserialize<'de> for CondRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V(Either<fn(String) -> CondRef>);
        impl<'de> Visitor<'de> for V {
            type Value = CondRef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(self.0.expecting)
            }
            scalar_visits!();
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CondRef, A::Error> {
                let m = CondRefMap::deserialize(MapAccessDeserializer::new(map))?;
                Ok(CondRef {
                    checklist: m.checklist.value,
                    checklist_pos: Some(m.checklist.pos),
                    when: m.when,
                    unless: m.unless,
                })
            }
        }
        d.deserialize_any(V(Either {
            expecting: "a checklist id (`list` or `list/item`), or a mapping with `checklist` \
                        and `when`/`unless`",
            scalar: |s| CondRef {
                checklist: s,
                ..CondRef::default()
            },
        }))
    }
}

fn scalar_schema() -> schemars::Schema {
    schemars::json_schema!({ "type": ["string", "number", "boolean"] })
}

impl JsonSchema for ValueList {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ValueList".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A value id, or a list of value ids (`unknown` matches a fact not set).",
            "oneOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" }, "minItems": 1 }
            ]
        })
    }
}

impl JsonSchema for NextDef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Next".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A node id, or a list of `{when|unless, to}` routes ending in an unconditional `{to}`.",
            "oneOf": [
                scalar_schema(),
                { "type": "array", "items": g.subschema_for::<RouteDef>(), "minItems": 1 }
            ]
        })
    }
}

impl JsonSchema for CondText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CondText".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "oneOf": [scalar_schema(), g.subschema_for::<CondTextMap>()]
        })
    }
}

impl JsonSchema for CondRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CondRef".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "oneOf": [scalar_schema(), g.subschema_for::<CondRefMap>()]
        })
    }
}
