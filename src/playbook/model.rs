//! The playbook file as written: serde types for format v1, with a position on every value.
//!
//! These types mirror the YAML one to one and are deliberately flat (no tagged enums, no
//! `flatten`), so every error keeps its exact line. Whether a node is a question, an outcome
//! or an info node is decided by the checker (`check.rs`), which turns this raw form into the
//! checked [`crate::playbook::Playbook`] the engine uses.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{MapAccess, Visitor};

use super::yaml::Spanned;

/// A piece of text with its position.
pub type Text = Spanned<String>;

/// The pattern every id matches (the checker also refuses `--` and a trailing `-`).
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// A whole playbook file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "breakglass playbook (format breakglass/v1)")]
pub struct PlaybookFile {
    /// The format marker; must be `breakglass/v1`.
    #[schemars(extend("const" = "breakglass/v1"))]
    pub format: Text,
    /// Stable id (lowercase letters, digits, hyphens).
    #[schemars(extend("pattern" = ID_PATTERN))]
    pub id: Text,
    /// Human title.
    pub title: Text,
    /// The playbook's own version (free text, e.g. `2026.11.1`).
    pub version: Text,
    /// When the guidance was last checked against its sources (`YYYY-MM-DD`).
    #[schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub reviewed: Text,
    /// The first node.
    pub start: Text,
    /// Optional one-paragraph description, shown in listings.
    #[serde(default)]
    pub description: Option<Text>,
    /// Sources cited by id.
    #[serde(default)]
    pub sources: OrderedMap<SourceDef>,
    /// Reusable checklists referenced by outcomes.
    #[serde(default)]
    pub checklists: OrderedMap<ChecklistDef>,
    /// Declared facts: what answers may set, conditions may test and text may speak.
    #[serde(default)]
    pub facts: OrderedMap<FactDef>,
    /// The nodes, keyed by id, in file order.
    pub nodes: OrderedMap<NodeDef>,
}

/// One node as written. Exactly one of `question`, `outcome` or `info` must be present.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["question"]}, {"required": ["outcome"]}, {"required": ["info"]}]))]
pub struct NodeDef {
    /// The question text (question nodes).
    #[serde(default)]
    pub question: Option<Text>,
    /// The outcome title (outcome nodes).
    #[serde(default)]
    pub outcome: Option<Text>,
    /// The heading of an info node.
    #[serde(default)]
    pub info: Option<Text>,
    /// Why we ask / how to tell (question and info nodes).
    #[serde(default)]
    pub help: Option<Text>,
    /// A one-line version of the question for a helper to read to the person (question
    /// nodes; shown in the presenter view).
    #[serde(default)]
    pub say: Option<Text>,
    /// The body of an info node.
    #[serde(default)]
    pub text: Option<Text>,
    /// The answers to a question, or the ways on from an outcome ("That didn't work").
    #[serde(default)]
    pub options: Option<Spanned<Vec<OptionDef>>>,
    /// The prompt shown above an outcome's options ("Did that work?").
    #[serde(default)]
    pub then: Option<Text>,
    /// Where an info node leads.
    #[serde(default)]
    pub next: Option<Text>,
    /// The kind of an outcome.
    #[serde(default)]
    pub kind: Option<Spanned<OutcomeKind>>,
    /// Who acts at an outcome ("You", "Another Global Administrator", ...).
    #[serde(default)]
    pub who: Option<Text>,
    /// What to do now, in a sentence or two (outcomes).
    #[serde(default)]
    pub summary: Option<Text>,
    /// The steps, in order (outcomes).
    #[serde(default)]
    pub steps: Vec<StepDef>,
    /// What to have ready (outcomes): text, or `{text, when, unless}`.
    #[serde(default)]
    pub prepare: Vec<Spanned<CondText>>,
    /// What to expect afterwards: timing, what happens next (outcomes).
    #[serde(default)]
    pub expect: Option<Text>,
    /// Checklists to show, by id (`list`) or single items (`list/item`), or
    /// `{checklist, when, unless}`.
    #[serde(default)]
    pub checklists: Vec<Spanned<CondRef>>,
    /// Sources for the node's facts, by id (any kind of node).
    #[serde(default)]
    pub sources: Vec<Text>,
}

/// One answer to a question.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    /// Stable id, unique within the question.
    pub id: Text,
    /// What the person reads.
    pub label: Text,
    /// A few words for the breadcrumb (defaults to the label).
    #[serde(default)]
    pub short: Option<Text>,
    /// A sentence stating what this answer tells Microsoft Support, for the case summary
    /// of a report ("No other sign-in method works.").
    #[serde(default)]
    pub report: Option<Text>,
    /// A one-line version of the option for a helper to read to the person (presenter
    /// view).
    #[serde(default)]
    pub say: Option<Text>,
    /// Facts this answer sets: fact id → value id.
    #[serde(default)]
    pub set: OrderedMap<Text>,
    /// Offer this option only when these facts match.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Hide this option when these facts match.
    #[serde(default)]
    pub unless: Option<Cond>,
    /// The node this answer leads to: an id, or a list of `{when|unless, to}` ending in
    /// an unconditional `{to}`.
    pub next: Spanned<NextDef>,
}

/// A condition as written: fact id → a value id or a list of value ids (`unknown` matches
/// a fact not set). All listed facts must match.
pub type Cond = OrderedMap<Spanned<ValueList>>;

/// One value id or a list of them.
#[derive(Debug, Clone, Default)]
pub struct ValueList(pub Vec<Text>);

/// Where an option leads: one node, or routes tried in order.
#[derive(Debug, Clone, Default)]
pub struct NextDef {
    /// The node, when written as a plain id.
    pub to: Option<String>,
    /// The routes, when written as a list.
    pub routes: Vec<RouteDef>,
}

/// One conditional route of an option's `next`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteDef {
    /// Take this route only when these facts match.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Skip this route when these facts match.
    #[serde(default)]
    pub unless: Option<Cond>,
    /// The node this route leads to.
    pub to: Text,
}

/// A text that may be conditional: a plain string, or `{text, when, unless}`.
#[derive(Debug, Clone, Default)]
pub struct CondText {
    /// The text.
    pub text: String,
    /// Where the text itself was written, when given as a mapping.
    pub text_pos: Option<super::yaml::Pos>,
    /// Shown only when these facts match.
    pub when: Option<Cond>,
    /// Hidden when these facts match.
    pub unless: Option<Cond>,
}

/// A checklist reference that may be conditional: `list`, `list/item`, or
/// `{checklist, when, unless}`.
#[derive(Debug, Clone, Default)]
pub struct CondRef {
    /// `list` or `list/item`.
    pub checklist: String,
    /// Where the reference itself was written, when given as a mapping.
    pub checklist_pos: Option<super::yaml::Pos>,
    /// Shown only when these facts match.
    pub when: Option<Cond>,
    /// Hidden when these facts match.
    pub unless: Option<Cond>,
}

/// A declared fact.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    /// What the fact is about, for reports ("Other admins").
    #[serde(default)]
    pub title: Option<Text>,
    /// Its values: value id → the phrase spoken for it.
    pub values: OrderedMap<Text>,
    /// The phrase spoken while the fact is not set.
    #[serde(default)]
    pub unknown: Option<Text>,
}

/// One step of an outcome.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    /// The step, in one or two sentences.
    pub text: Text,
    /// More detail: where to click, what you will see.
    #[serde(default)]
    pub detail: Option<Text>,
    /// A script to read out or paste.
    #[serde(default)]
    pub say: Option<Text>,
    /// A caution: what is uncertain, reported but not documented, or risky. Text, or
    /// `{text, when, unless}`.
    #[serde(default)]
    pub caution: Option<Spanned<CondText>>,
    /// Sources for this step, by id.
    #[serde(default)]
    pub sources: Vec<Text>,
    /// Show this step (with its `say`) only when these facts match.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Hide this step (with its `say`) when these facts match.
    #[serde(default)]
    pub unless: Option<Cond>,
}

/// A reusable checklist.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistDef {
    /// Heading shown above the items.
    pub title: Text,
    /// The items, in order.
    pub items: Vec<ChecklistItemDef>,
}

/// One checklist item.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItemDef {
    /// Stable id, unique within the checklist.
    pub id: Text,
    /// What to do.
    pub text: Text,
    /// Why it matters.
    #[serde(default)]
    pub why: Option<Text>,
    /// Sources, by id.
    #[serde(default)]
    pub sources: Vec<Text>,
    /// Show this item only when these facts match.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Hide this item when these facts match.
    #[serde(default)]
    pub unless: Option<Cond>,
}

/// A cited source.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// The page title.
    pub title: Text,
    /// Where it lives.
    pub url: Text,
    /// How authoritative it is (default: Microsoft documentation).
    #[serde(default)]
    pub kind: Option<Spanned<SourceKind>>,
}

/// The kind of an outcome: who can fix it and how.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    serde::Serialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// You can fix it yourself.
    SelfService,
    /// Another administrator (or a partner) can fix it.
    AskAdmin,
    /// Only Microsoft Support can fix it.
    Escalate,
    /// It is not an MFA lockout; something else is wrong.
    NotALockout,
    /// Not locked out: prepare so it never happens.
    Prevent,
}

impl OutcomeKind {
    /// All kinds, in display order.
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::SelfService,
        OutcomeKind::AskAdmin,
        OutcomeKind::Escalate,
        OutcomeKind::NotALockout,
        OutcomeKind::Prevent,
    ];

    /// The id as written in YAML.
    pub fn id(self) -> &'static str {
        match self {
            OutcomeKind::SelfService => "self-service",
            OutcomeKind::AskAdmin => "ask-admin",
            OutcomeKind::Escalate => "escalate",
            OutcomeKind::NotALockout => "not-a-lockout",
            OutcomeKind::Prevent => "prevent",
        }
    }

    /// The words shown beside the glyph.
    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::SelfService => "You can fix this yourself",
            OutcomeKind::AskAdmin => "Someone with admin rights can fix this",
            OutcomeKind::Escalate => "Escalate to Microsoft Support",
            OutcomeKind::NotALockout => "Not an MFA lockout",
            OutcomeKind::Prevent => "Prevention",
        }
    }

    /// A one-character glyph that, with the label, tells kinds apart without colour.
    pub fn glyph(self) -> &'static str {
        match self {
            OutcomeKind::SelfService => "✓",
            OutcomeKind::AskAdmin => "↻",
            OutcomeKind::Escalate => "▲",
            OutcomeKind::NotALockout => "○",
            OutcomeKind::Prevent => "◆",
        }
    }
}

/// How authoritative a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Microsoft Learn or support.microsoft.com documentation.
    Doc,
    /// A Microsoft Q&A answer by a human moderator: vendor-staffed, not documentation.
    Moderator,
    /// An AI-generated Microsoft Q&A answer: the shape of a process, not authoritative.
    AiAnswer,
    /// A third-party blog, community page or mirror.
    ThirdParty,
}

impl SourceKind {
    /// A short tag shown beside the source.
    pub fn tag(self) -> &'static str {
        match self {
            SourceKind::Doc => "Microsoft documentation",
            SourceKind::Moderator => "Microsoft Q&A moderator answer, not documentation",
            SourceKind::AiAnswer => "AI-generated Q&A answer, not documentation",
            SourceKind::ThirdParty => "third party, not Microsoft",
        }
    }
}

/// A YAML mapping that keeps its keys' positions and its order.
///
/// Duplicate keys never reach this type: the YAML layer rejects them with their line.
#[derive(Debug, Clone)]
pub struct OrderedMap<V>(pub Vec<(Text, V)>);

impl<V> Default for OrderedMap<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> OrderedMap<V> {
    /// The entry with this key.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k.value == key).map(|(_, v)| v)
    }

    /// Iterates over entries in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&Text, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: JsonSchema> JsonSchema for OrderedMap<V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Map_of_{}", V::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "propertyNames": { "pattern": ID_PATTERN },
            "additionalProperties": generator.subschema_for::<V>(),
        })
    }

    fn inline_schema() -> bool {
        true
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(std::marker::PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = OrderedMap<V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of ids to entries")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Text>()? {
                    let value = map.next_value::<V>()?;
                    entries.push((key, value));
                }
                Ok(OrderedMap(entries))
            }
        }

        deserializer.deserialize_map(MapVisitor(std::marker::PhantomData))
    }
}
