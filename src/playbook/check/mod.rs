//! The checker: turns a [`PlaybookFile`] into a checked [`Playbook`], collecting every
//! problem on the way instead of stopping at the first.
//!
//! One pass resolves references and records a [`Diagnostic`] for each that fails; the graph
//! checks (reachability, dead ends) then run on the resolved tree. The playbook is returned
//! only when there are no errors.

mod facts;
mod graph;
mod nodes;
pub(crate) mod secrets;
pub(crate) mod text;

use std::collections::{HashMap, HashSet};

use super::diagnostic::{Diagnostic, Severity};
use super::model::{PlaybookFile, Text};
use super::tree::{Checklist, ChecklistItem, NodeId, Playbook, Source, SourceId, SourceKind};
use super::yaml::Pos;

pub(crate) use facts::is_fact_ref;

/// The longest `say` line of a question or option, in characters.
pub const SAY_LINE_MAX: usize = 200;

/// The format marker this version reads.
pub const FORMAT_V1: &str = "breakglass/v1";

/// The result of checking a file: every problem, and the playbook if none is an error.
#[derive(Debug)]
pub struct Checked {
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// The checked playbook, when there are no errors.
    pub playbook: Option<Playbook>,
}

/// What the checks may know beyond the file itself.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Today's date (`YYYY-MM-DD`), to warn when `reviewed` is older than `max_age_days`.
    /// The checker never reads a clock itself.
    pub today: Option<String>,
    /// How old `reviewed` may be, in days (default 180).
    pub max_age_days: Option<u32>,
}

/// The default for [`CheckOptions::max_age_days`].
pub const DEFAULT_MAX_AGE_DAYS: u32 = 180;

/// Checks a parsed playbook file with no date checks.
pub fn check(file: &PlaybookFile) -> Checked {
    check_with(file, &CheckOptions::default())
}

/// Checks a parsed playbook file.
pub fn check_with(file: &PlaybookFile, options: &CheckOptions) -> Checked {
    let mut ctx = Ctx::new(file);
    ctx.header();
    ctx.review_age(options);
    let sources = ctx.sources();
    let declared = facts::declared(&mut ctx);
    let checklists = ctx.checklists();
    let nodes = nodes::build_all(&mut ctx);
    let start = ctx.node_ref(&file.start, "`start`");
    // The graph checks need every node reference resolved; other errors (sources, text,
    // kinds) do not change the graph, so they do not hide its problems.
    let graph_complete = !ctx.diags.iter().any(|d| {
        matches!(
            d.code,
            "playbook::dangling-next" | "playbook::info-without-next"
        )
    });
    if graph_complete {
        graph::check(&mut ctx, &nodes, start);
        facts::check_paths(&mut ctx, &nodes, &checklists, start, &declared);
    }
    facts::check_refs(&mut ctx, &declared);
    ctx.unused_sources();
    let mut diagnostics = ctx.diags;
    diagnostics.sort_by_key(|d| {
        (
            d.severity,
            d.pos.map_or(u64::MAX, |p| p.line),
            d.pos.map_or(0, |p| p.col),
        )
    });
    let playbook = (!diagnostics.iter().any(|d| d.severity == Severity::Error)).then(|| Playbook {
        id: file.id.value.clone(),
        title: file.title.value.clone(),
        version: file.version.value.clone(),
        reviewed: file.reviewed.value.clone(),
        description: file.description.as_ref().map(|d| d.value.clone()),
        hash: String::new(),
        start,
        index: nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), NodeId(i)))
            .collect(),
        nodes,
        sources,
        checklists,
        facts: declared,
        english_facts: None,
        lang: None,
    });
    Checked {
        diagnostics,
        playbook,
    }
}

/// State shared by the checks: the file, lookups by id, and the problems found so far.
pub(super) struct Ctx<'f> {
    pub file: &'f PlaybookFile,
    pub diags: Vec<Diagnostic>,
    node_ids: HashMap<&'f str, NodeId>,
    source_ids: HashMap<&'f str, SourceId>,
    checklist_ids: HashMap<&'f str, usize>,
    cited: HashSet<SourceId>,
    /// "Did you mean" searches share one budget, so thousands of misspelled references
    /// cannot make checking quadratic.
    suggest: text::Suggester,
    /// Each checklist's item ids, indexed when a `list/item` reference first needs them.
    item_ids: HashMap<usize, HashMap<&'f str, usize>>,
    /// Checklist items shown by outcomes so far, all outcomes together: each outcome keeps
    /// its own list, so a long checklist named by thousands of outcomes is bounded here.
    pub shown_items: usize,
}

impl<'f> Ctx<'f> {
    fn new(file: &'f PlaybookFile) -> Self {
        fn index<V, I: Copy>(
            map: &super::model::OrderedMap<V>,
            make: impl Fn(usize) -> I,
        ) -> HashMap<&str, I> {
            let mut out = HashMap::new();
            for (i, (key, _)) in map.iter().enumerate() {
                out.entry(key.value.as_str()).or_insert_with(|| make(i));
            }
            out
        }
        Self {
            file,
            diags: Vec::new(),
            node_ids: index(&file.nodes, NodeId),
            source_ids: index(&file.sources, SourceId),
            checklist_ids: index(&file.checklists, |i| i),
            cited: HashSet::new(),
            suggest: text::Suggester::with_budget(text::SUGGEST_BUDGET),
            item_ids: HashMap::new(),
            shown_items: 0,
        }
    }

    pub fn push(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    fn header(&mut self) {
        let file = self.file;
        if file.format.value != FORMAT_V1 {
            self.push(
                Diagnostic::error(
                    "playbook::format",
                    format!("unsupported format `{}`", file.format.value),
                    Some(file.format.pos),
                )
                .label("this version of breakglass reads breakglass/v1")
                .help(format!("write `format: {FORMAT_V1}`")),
            );
        }
        self.id(&file.id, "playbook id");
        self.text(&file.title, "the title");
        self.text(&file.version, "the version");
        if !text::is_valid_date(&file.reviewed.value) {
            self.push(
                Diagnostic::error(
                    "playbook::reviewed-date",
                    format!("`reviewed` is not a date: `{}`", file.reviewed.value),
                    Some(file.reviewed.pos),
                )
                .label("expected YYYY-MM-DD")
                .help("write the day the guidance was last checked, e.g. `reviewed: 2026-11-28`"),
            );
        }
        if let Some(d) = &file.description {
            self.text(d, "the description");
        }
    }

    fn review_age(&mut self, options: &CheckOptions) {
        let file = self.file;
        let Some(today) = options.today.as_deref() else {
            return;
        };
        let max = options.max_age_days.unwrap_or(DEFAULT_MAX_AGE_DAYS);
        let (Some(now), Some(then)) = (
            text::days_from_civil(today),
            text::days_from_civil(&file.reviewed.value),
        ) else {
            return;
        };
        let age = now - then;
        if age > i64::from(max) {
            self.push(
                Diagnostic::warning(
                    "playbook::stale-review",
                    format!("the guidance was last reviewed {age} days ago (limit {max})"),
                    Some(file.reviewed.pos),
                )
                .label("older than the limit")
                .help("check every source again, update the text, then set `reviewed` to today"),
            );
        } else if age < 0 {
            self.push(
                Diagnostic::warning(
                    "playbook::future-review",
                    format!("`reviewed` is {} days in the future", -age),
                    Some(file.reviewed.pos),
                )
                .label("after today")
                .help("set `reviewed` to the day the guidance was actually checked"),
            );
        }
    }

    fn sources(&mut self) -> Vec<Source> {
        let file = self.file;
        let mut out = Vec::new();
        for (key, def) in file.sources.iter() {
            self.id(key, "source id");
            let url = self.text(&def.url, "a source URL");
            if !url.starts_with("https://") && !url.starts_with("http://") {
                self.push(
                    Diagnostic::error(
                        "playbook::source-url",
                        format!("source `{}` has no web address", key.value),
                        Some(def.url.pos),
                    )
                    .label("expected a URL starting with https://")
                    .help("cite the page's full address so readers can check it"),
                );
            }
            out.push(Source {
                id: key.value.clone(),
                title: self.text(&def.title, "a source title"),
                url,
                kind: def.kind.as_ref().map_or(SourceKind::Doc, |k| k.value),
            });
        }
        out
    }

    fn checklists(&mut self) -> Vec<Checklist> {
        let file = self.file;
        let mut out = Vec::new();
        for (key, def) in file.checklists.iter() {
            self.id(key, "checklist id");
            let mut seen = HashSet::new();
            let mut items = Vec::new();
            for item in &def.items {
                self.id(&item.id, "checklist item id");
                if !seen.insert(item.id.value.as_str()) {
                    self.push(
                        Diagnostic::error(
                            "playbook::duplicate-item",
                            format!(
                                "checklist `{}` has two items with id `{}`",
                                key.value, item.id.value
                            ),
                            Some(item.id.pos),
                        )
                        .label("used before in this checklist")
                        .help("give every item its own id"),
                    );
                }
                items.push(ChecklistItem {
                    id: item.id.value.clone(),
                    text: self.text(&item.text, "a checklist item"),
                    why: self.opt_text(item.why.as_ref(), "a checklist item's `why`"),
                    sources: self.source_refs(&item.sources),
                    shown: facts::condition(self, item.when.as_ref(), item.unless.as_ref()),
                });
            }
            if items.is_empty() {
                self.push(
                    Diagnostic::error(
                        "playbook::empty-checklist",
                        format!("checklist `{}` has no items", key.value),
                        Some(key.pos),
                    )
                    .label("empty checklist")
                    .help("add items, or remove the checklist"),
                );
            }
            out.push(Checklist {
                id: key.value.clone(),
                title: self.text(&def.title, "a checklist title"),
                items,
            });
        }
        out
    }

    /// Checks the syntax of an id.
    pub fn id(&mut self, id: &Text, what: &str) {
        if !text::is_valid_id(&id.value) {
            self.push(
                Diagnostic::error(
                    "playbook::id-syntax",
                    format!("{what} `{}` is not a valid id", id.value),
                    Some(id.pos),
                )
                .label("use lowercase letters, digits and hyphens")
                .help("ids are stable names for transcripts and path codes, e.g. `tenant-lockout`"),
            );
        }
    }

    /// Like [`Ctx::text`] for a "say this" script, which must not ask anyone for a secret.
    pub fn script(&mut self, t: &Text) -> String {
        self.secret(t, true);
        self.text_inner(t, "a `say` script")
    }

    /// Like [`Ctx::script`] for the one-line "read this to them" version of a question or
    /// an option: one line, short enough to read aloud in one breath.
    pub fn say_line(&mut self, t: &Text) -> String {
        let value = self.script(t);
        let long = value.chars().count() > SAY_LINE_MAX;
        if value.trim_end().contains('\n') || long {
            self.push(
                Diagnostic::error(
                    "playbook::say-not-one-line",
                    if long {
                        format!(
                            "this `say` line has {} characters; the most is {SAY_LINE_MAX}",
                            value.chars().count()
                        )
                    } else {
                        "this `say` line has more than one line".to_string()
                    },
                    Some(t.pos),
                )
                .label("read aloud by a helper")
                .help(
                    "a question's or an option's `say` is one short sentence a helper reads to \
                     the person; put explanations in `help`",
                ),
            );
        }
        value.trim_end().to_string()
    }

    /// Returns the text, recording a problem if it is empty, could drive a terminal, or
    /// asks for a secret.
    pub fn text(&mut self, t: &Text, what: &str) -> String {
        self.secret(t, false);
        self.text_inner(t, what)
    }

    fn secret(&mut self, t: &Text, script: bool) {
        if let Some(reason) = secrets::asks_for_secret(&t.value, script) {
            self.push(
                Diagnostic::error(
                    "playbook::asks-for-secret",
                    format!("this text asks for a secret: {reason}"),
                    Some(t.pos),
                )
                .label("asks for a secret")
                .help(
                    "breakglass never asks for passwords, codes, recovery keys or tokens; say to \
                     type them only on Microsoft's own pages",
                ),
            );
        }
        if let Some(why) = crate::playbook::secret::find_secret(&t.value) {
            self.push(
                Diagnostic::error(
                    "playbook::secret-in-text",
                    format!("this text holds what looks like a secret: part of it {why}"),
                    Some(t.pos),
                )
                .label("looks like a secret")
                .help(
                    "a playbook is shared and shown on screen: describe a secret (\"the 8-digit \
                     code from the app\") instead of writing one, even as an example",
                ),
            );
        }
    }

    fn text_inner(&mut self, t: &Text, what: &str) -> String {
        if let Some(c) = text::forbidden_char(&t.value) {
            self.push(
                Diagnostic::error(
                    "playbook::control-char",
                    format!("{what} contains {}", text::describe_char(c)),
                    Some(t.pos),
                )
                .label("this text")
                .help("remove the character: it could drive a terminal, or hide or reorder text"),
            );
        } else if t.value.trim().is_empty() {
            self.push(
                Diagnostic::error(
                    "playbook::empty-text",
                    format!("{what} is empty"),
                    Some(t.pos),
                )
                .label("empty")
                .help("write the text, or remove the field if it is optional"),
            );
        }
        t.value.clone()
    }

    /// Like [`Ctx::text`] for optional fields.
    pub fn opt_text(&mut self, t: Option<&Text>, what: &str) -> Option<String> {
        t.map(|t| self.text(t, what))
    }

    /// Resolves a reference to a node.
    pub fn node_ref(&mut self, t: &Text, what: &str) -> NodeId {
        if let Some(id) = self.node_ids.get(t.value.as_str()) {
            return *id;
        }
        let file = self.file;
        let ids = file.nodes.iter().map(|(k, _)| k.value.as_str());
        let help = match self.suggest.did_you_mean(&t.value, ids) {
            Some(s) => format!("did you mean `{s}`? Or add a node with id `{}`", t.value),
            None => format!("add a node with id `{}`, or fix the id", t.value),
        };
        self.push(
            Diagnostic::error(
                "playbook::dangling-next",
                format!("{what} points to `{}`, but no node has that id", t.value),
                Some(t.pos),
            )
            .label("no node has this id")
            .help(help),
        );
        NodeId(0)
    }

    /// Resolves references to sources, recording each that names no source.
    pub fn source_refs(&mut self, refs: &[Text]) -> Vec<SourceId> {
        let mut out = Vec::new();
        let mut listed = HashSet::new();
        for r in refs {
            if let Some(id) = self.source_ids.get(r.value.as_str()).copied() {
                self.cited.insert(id);
                if listed.insert(id) {
                    out.push(id);
                }
                continue;
            }
            let file = self.file;
            let ids = file.sources.iter().map(|(k, _)| k.value.as_str());
            let help = match self.suggest.did_you_mean(&r.value, ids) {
                Some(s) => format!("did you mean `{s}`? Or add it under `sources:`"),
                None => format!("add a source `{}` under `sources:`", r.value),
            };
            self.push(
                Diagnostic::error(
                    "playbook::unknown-source",
                    format!("no source has the id `{}`", r.value),
                    Some(r.pos),
                )
                .label("unknown source")
                .help(help),
            );
        }
        out
    }

    /// The index of a checklist, recording a problem if it does not exist.
    pub fn checklist_index(&mut self, r: &Text, id: &str) -> Option<usize> {
        if let Some(i) = self.checklist_ids.get(id) {
            return Some(*i);
        }
        let file = self.file;
        let ids = file.checklists.iter().map(|(k, _)| k.value.as_str());
        let help = match self.suggest.did_you_mean(id, ids) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("add a checklist `{id}` under `checklists:`"),
        };
        self.push(
            Diagnostic::error(
                "playbook::unknown-checklist",
                format!("no checklist has the id `{id}`"),
                Some(r.pos),
            )
            .label("unknown checklist")
            .help(help),
        );
        None
    }

    /// The index of the item `item` in the checklist at `list` (the first with that id).
    pub fn checklist_item(&mut self, list: usize, item: &str) -> Option<usize> {
        let file = self.file;
        let ids = self.item_ids.entry(list).or_insert_with(|| {
            let mut ids = HashMap::new();
            if let Some((_, def)) = file.checklists.0.get(list) {
                for (i, it) in def.items.iter().enumerate() {
                    ids.entry(it.id.value.as_str()).or_insert(i);
                }
            }
            ids
        });
        ids.get(item).copied()
    }

    /// A "did you mean" suggestion for `wanted` among `candidates`, within the file's
    /// budget.
    pub fn suggest<'a>(
        &mut self,
        wanted: &str,
        candidates: impl Iterator<Item = &'a str>,
    ) -> Option<&'a str> {
        self.suggest.did_you_mean(wanted, candidates)
    }

    fn unused_sources(&mut self) {
        let file = self.file;
        for (i, (key, _)) in file.sources.iter().enumerate() {
            if !self.cited.contains(&SourceId(i)) {
                self.push(
                    Diagnostic::warning(
                        "playbook::unused-source",
                        format!("source `{}` is never cited", key.value),
                        Some(key.pos),
                    )
                    .label("nothing cites this")
                    .help("cite it from a step, an outcome or a checklist item, or remove it"),
                );
            }
        }
    }
}

/// The position of a node's key, for problems about the node as a whole.
pub(super) fn node_pos(file: &PlaybookFile, id: NodeId) -> Option<Pos> {
    file.nodes.0.get(id.0).map(|(k, _)| k.pos)
}
