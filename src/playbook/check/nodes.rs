//! Node checks: each node is exactly one kind, carries only that kind's fields, and its
//! references resolve. Builds the checked [`Node`]s as it goes.

use std::collections::{HashMap, HashSet};

use super::{Ctx, facts};
use crate::playbook::diagnostic::Diagnostic;
use crate::playbook::model::{CondRef, NodeDef, OptionDef, OutcomeKind, StepDef, Text};
use crate::playbook::tree::{ChecklistRef, Choice, Info, Node, NodeBody, Outcome, Question, Step};
use crate::playbook::yaml::Pos;
use crate::playbook::yaml::Spanned;

/// The most checklist items all outcomes together may show. The built-in playbook shows
/// about a thousand; a file that would show more than this is refused rather than allowed
/// to take memory in proportion to outcomes × items.
pub const MAX_SHOWN_ITEMS: usize = 100_000;

/// Builds every node in file order.
pub(super) fn build_all(ctx: &mut Ctx<'_>) -> Vec<Node> {
    let file = ctx.file;
    file.nodes
        .iter()
        .map(|(key, def)| {
            ctx.id(key, "node id");
            let body = build(ctx, key, def);
            Node {
                id: key.value.clone(),
                body,
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Question,
    Outcome,
    Info,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Question => "a question",
            Kind::Outcome => "an outcome",
            Kind::Info => "an info node",
        }
    }
}

fn build(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef) -> NodeBody {
    let kinds: Vec<(Kind, &Text)> = [
        (Kind::Question, def.question.as_ref()),
        (Kind::Outcome, def.outcome.as_ref()),
        (Kind::Info, def.info.as_ref()),
    ]
    .into_iter()
    .filter_map(|(k, t)| t.map(|t| (k, t)))
    .collect();
    let Some(&(kind, heading)) = kinds.first() else {
        ctx.push(
            Diagnostic::error(
                "playbook::node-kind",
                format!(
                    "node `{}` is neither a question, an outcome nor an info node",
                    key.value
                ),
                Some(key.pos),
            )
            .label("no `question:`, `outcome:` or `info:`")
            .help("give the node exactly one of `question:`, `outcome:` or `info:`"),
        );
        return placeholder();
    };
    if let Some((second, t)) = kinds.get(1) {
        ctx.push(
            Diagnostic::error(
                "playbook::node-kind",
                format!(
                    "node `{}` is {} and {} at once",
                    key.value,
                    kind.name(),
                    second.name()
                ),
                Some(t.pos),
            )
            .label("second kind")
            .help("split it into two nodes, one of each kind"),
        );
    }
    misplaced_fields(ctx, key, def, kind);
    match kind {
        Kind::Question => NodeBody::Question(question(ctx, key, def, heading)),
        Kind::Outcome => NodeBody::Outcome(outcome(ctx, key, def, heading)),
        Kind::Info => NodeBody::Info(info(ctx, key, def, heading)),
    }
}

fn placeholder() -> NodeBody {
    NodeBody::Outcome(Outcome {
        title: String::new(),
        kind: OutcomeKind::Escalate,
        who: None,
        summary: None,
        steps: Vec::new(),
        prepare: Vec::new(),
        expect: None,
        checklists: Vec::new(),
        sources: Vec::new(),
        prepare_shown: Vec::new(),
        then: None,
        options: Vec::new(),
    })
}

/// Reports fields that belong to another kind of node.
fn misplaced_fields(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef, kind: Kind) {
    let first = |v: &[Text]| v.first().map(|t| t.pos);
    let fields: [(&str, Option<Pos>, &[Kind]); 14] = [
        ("say", def.say.as_ref().map(|t| t.pos), &[Kind::Question]),
        (
            "help",
            def.help.as_ref().map(|t| t.pos),
            &[Kind::Question, Kind::Info],
        ),
        (
            "options",
            def.options.as_ref().map(|t| t.pos),
            &[Kind::Question, Kind::Outcome],
        ),
        ("then", def.then.as_ref().map(|t| t.pos), &[Kind::Outcome]),
        ("text", def.text.as_ref().map(|t| t.pos), &[Kind::Info]),
        ("next", def.next.as_ref().map(|t| t.pos), &[Kind::Info]),
        ("kind", def.kind.as_ref().map(|t| t.pos), &[Kind::Outcome]),
        ("who", def.who.as_ref().map(|t| t.pos), &[Kind::Outcome]),
        (
            "summary",
            def.summary.as_ref().map(|t| t.pos),
            &[Kind::Outcome],
        ),
        (
            "steps",
            def.steps.first().map(|s| s.text.pos),
            &[Kind::Outcome],
        ),
        (
            "prepare",
            def.prepare.first().map(|p| p.pos),
            &[Kind::Outcome],
        ),
        (
            "expect",
            def.expect.as_ref().map(|t| t.pos),
            &[Kind::Outcome],
        ),
        (
            "checklists",
            def.checklists.first().map(|c| c.pos),
            &[Kind::Outcome],
        ),
        (
            "sources",
            first(&def.sources),
            &[Kind::Question, Kind::Outcome, Kind::Info],
        ),
    ];
    for (name, pos, allowed) in fields {
        if let Some(pos) = pos
            && !allowed.contains(&kind)
        {
            let owners: Vec<&str> = allowed.iter().map(|k| k.name()).collect();
            ctx.push(
                Diagnostic::error(
                    "playbook::misplaced-field",
                    format!(
                        "`{name}` does not belong in {} (node `{}`)",
                        kind.name(),
                        key.value
                    ),
                    Some(pos),
                )
                .label(format!("`{name}` is for {}", owners.join(" or ")))
                .help(format!("remove `{name}`, or change the kind of the node")),
            );
        }
    }
}

fn question(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef, heading: &Text) -> Question {
    let text = ctx.text(heading, "a question");
    let help = ctx.opt_text(def.help.as_ref(), "a question's help");
    let defs = def.options.as_ref().map_or(&[][..], |o| o.value.as_slice());
    if defs.len() < 2 {
        let pos = def.options.as_ref().map_or(heading.pos, |o| o.pos);
        ctx.push(
            Diagnostic::error(
                "playbook::too-few-options",
                format!(
                    "question `{}` has {} option(s); a question needs at least two",
                    key.value,
                    defs.len()
                ),
                Some(pos),
            )
            .label("fewer than two options")
            .help("add the other answers, including an honest \"I'm not sure\"; or make it an `info:` node with `next:`"),
        );
    }
    let options = choices(ctx, key, defs, "question");
    Question {
        text,
        help,
        say: def.say.as_ref().map(|t| ctx.say_line(t)),
        options,
        sources: ctx.source_refs(&def.sources),
    }
}

/// Builds the options of a question or the ways on from an outcome.
fn choices(ctx: &mut Ctx<'_>, key: &Text, defs: &[OptionDef], what: &str) -> Vec<Choice> {
    let mut seen = HashSet::new();
    let mut options = Vec::new();
    for (index, o) in defs.iter().enumerate() {
        ctx.id(&o.id, "option id");
        if !seen.insert(o.id.value.as_str()) {
            ctx.push(
                Diagnostic::error(
                    "playbook::duplicate-option",
                    format!(
                        "{what} `{}` has two options with id `{}`",
                        key.value, o.id.value
                    ),
                    Some(o.id.pos),
                )
                .label(format!("used before in this {what}"))
                .help(format!("give every option of a {what} its own id")),
            );
        }
        let label = ctx.text(&o.label, "an option label");
        let short = match &o.short {
            Some(s) => ctx.text(s, "an option's `short`"),
            None => label.clone(),
        };
        let (next, routes) = facts::next(ctx, &o.next, &o.id);
        options.push(Choice {
            id: o.id.value.clone(),
            label,
            short,
            report: ctx.opt_text(o.report.as_ref(), "an option's `report`"),
            say: o.say.as_ref().map(|t| ctx.say_line(t)),
            next,
            routes,
            set: facts::sets(ctx, &o.set),
            shown: facts::condition(ctx, o.when.as_ref(), o.unless.as_ref()),
            index,
        });
    }
    options
}

fn info(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef, heading: &Text) -> Info {
    let title = ctx.text(heading, "an info heading");
    let next = if let Some(n) = &def.next {
        ctx.node_ref(n, &format!("info node `{}`", key.value))
    } else {
        ctx.push(
            Diagnostic::error(
                "playbook::info-without-next",
                format!("info node `{}` has no `next`", key.value),
                Some(heading.pos),
            )
            .label("where does it lead?")
            .help("add `next: <node id>`"),
        );
        crate::playbook::tree::NodeId(0)
    };
    Info {
        title,
        text: ctx.opt_text(def.text.as_ref(), "an info node's text"),
        help: ctx.opt_text(def.help.as_ref(), "an info node's help"),
        next,
        sources: ctx.source_refs(&def.sources),
    }
}

fn outcome(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef, heading: &Text) -> Outcome {
    let title = ctx.text(heading, "an outcome title");
    let kind = def.kind.as_ref().map_or_else(
        || {
            ctx.push(
                Diagnostic::error(
                    "playbook::outcome-kind",
                    format!("outcome `{}` has no `kind`", key.value),
                    Some(heading.pos),
                )
                .label("which kind of outcome?")
                .help("add `kind:` with one of self-service, ask-admin, escalate, not-a-lockout, prevent"),
            );
            OutcomeKind::Escalate
        },
        |k| k.value,
    );
    let steps: Vec<Step> = def.steps.iter().map(|s| step(ctx, s)).collect();
    if steps.is_empty() {
        ctx.push(
            Diagnostic::error(
                "playbook::no-steps",
                format!("outcome `{}` has no steps", key.value),
                Some(heading.pos),
            )
            .label("nothing to do?")
            .help("add `steps:`, each with `text:`; an outcome must say what to do"),
        );
    }
    let mut prepare = Vec::new();
    let mut prepare_shown = Vec::new();
    for p in &def.prepare {
        let t = Text {
            value: p.value.text.clone(),
            pos: p.value.text_pos.unwrap_or(p.pos),
        };
        prepare.push(ctx.text(&t, "a `prepare` item"));
        prepare_shown.push(facts::condition(
            ctx,
            p.value.when.as_ref(),
            p.value.unless.as_ref(),
        ));
    }
    // References to the same checklist under the same condition merge, each item once, in
    // first-mention order.
    let mut checklists: Vec<ChecklistRef> = Vec::new();
    let mut at: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut shown: HashMap<usize, HashSet<usize>> = HashMap::new();
    for r in def.checklists.iter().filter_map(|r| checklist_ref(ctx, r)) {
        let same = at.get(&r.checklist).and_then(|list| {
            list.iter()
                .copied()
                .find(|&i| checklists[i].shown == r.shown)
        });
        let Some(i) = same else {
            at.entry(r.checklist).or_default().push(checklists.len());
            checklists.push(r);
            continue;
        };
        let c = &mut checklists[i];
        let seen = shown
            .entry(i)
            .or_insert_with(|| c.items.iter().copied().collect());
        for item in r.items {
            if seen.insert(item) {
                c.items.push(item);
            }
        }
    }
    let sources = ctx.source_refs(&def.sources);
    let (then, options) = ways_on(ctx, key, def);
    let outcome = Outcome {
        title,
        kind,
        who: ctx.opt_text(def.who.as_ref(), "`who`"),
        summary: ctx.opt_text(def.summary.as_ref(), "a summary"),
        steps,
        prepare,
        expect: ctx.opt_text(def.expect.as_ref(), "`expect`"),
        checklists,
        sources,
        prepare_shown,
        then,
        options,
    };
    // Count what the author wrote, resolved or not: an unknown id is already an error.
    let cites = !def.sources.is_empty() || def.steps.iter().any(|s| !s.sources.is_empty());
    if !cites {
        ctx.push(
            Diagnostic::warning(
                "playbook::outcome-without-source",
                format!("outcome `{}` cites no source", key.value),
                Some(heading.pos),
            )
            .label("no `sources:` here or in its steps")
            .help("cite where the guidance comes from, so readers can check it"),
        );
    }
    outcome
}

/// The prompt and the ways on from an outcome.
fn ways_on(ctx: &mut Ctx<'_>, key: &Text, def: &NodeDef) -> (Option<String>, Vec<Choice>) {
    let options = def
        .options
        .as_ref()
        .map(|o| choices(ctx, key, &o.value, "outcome"))
        .unwrap_or_default();
    if let (Some(then), true) = (&def.then, options.is_empty()) {
        ctx.push(
            Diagnostic::error(
                "playbook::then-without-options",
                format!("outcome `{}` has `then` but no `options`", key.value),
                Some(then.pos),
            )
            .label("a prompt for nothing")
            .help("add `options:` (the ways on, e.g. \"That didn't work\"), or remove `then`"),
        );
    }
    let then = def.then.as_ref().map(|t| ctx.text(t, "`then`"));
    (then, options)
}

fn step(ctx: &mut Ctx<'_>, s: &StepDef) -> Step {
    Step {
        text: ctx.text(&s.text, "a step"),
        detail: ctx.opt_text(s.detail.as_ref(), "a step's detail"),
        say: s.say.as_ref().map(|t| ctx.script(t)),
        say_english: None,
        caution: s.caution.as_ref().map(|c| {
            let t = Text {
                value: c.value.text.clone(),
                pos: c.value.text_pos.unwrap_or(c.pos),
            };
            ctx.text(&t, "a caution")
        }),
        sources: ctx.source_refs(&s.sources),
        shown: facts::condition(ctx, s.when.as_ref(), s.unless.as_ref()),
        caution_shown: s.caution.as_ref().map_or_else(Default::default, |c| {
            facts::condition(ctx, c.value.when.as_ref(), c.value.unless.as_ref())
        }),
    }
}

/// Resolves `list` or `list/item` to the checklist and the items shown.
fn checklist_ref(ctx: &mut Ctx<'_>, c: &Spanned<CondRef>) -> Option<ChecklistRef> {
    let shown = facts::condition(ctx, c.value.when.as_ref(), c.value.unless.as_ref());
    let text = Text {
        value: c.value.checklist.clone(),
        pos: c.value.checklist_pos.unwrap_or(c.pos),
    };
    let r = &text;
    let (list_id, item_id) = match r.value.split_once('/') {
        Some((l, i)) => (l, Some(i)),
        None => (r.value.as_str(), None),
    };
    let index = ctx.checklist_index(r, list_id)?;
    let file = ctx.file;
    let list = file.checklists.0.get(index).map(|(_, l)| l)?;
    let items = match item_id.map(|item| (item, ctx.checklist_item(index, item))) {
        None => (0..list.items.len()).collect(),
        Some((_, Some(i))) => vec![i],
        Some((item, None)) => {
            let ids = list.items.iter().map(|i| i.id.value.as_str());
            let help = match ctx.suggest(item, ids) {
                Some(s) => format!("did you mean `{list_id}/{s}`?"),
                None => format!("checklist `{list_id}` has no item `{item}`"),
            };
            ctx.push(
                Diagnostic::error(
                    "playbook::unknown-checklist-item",
                    format!("checklist `{list_id}` has no item with the id `{item}`"),
                    Some(r.pos),
                )
                .label("unknown item")
                .help(help),
            );
            return None;
        }
    };
    let before = ctx.shown_items;
    ctx.shown_items = before.saturating_add(items.len());
    if ctx.shown_items > MAX_SHOWN_ITEMS {
        if before <= MAX_SHOWN_ITEMS {
            ctx.push(
                Diagnostic::error(
                    "playbook::too-many-checklist-items",
                    format!("the outcomes show more than {MAX_SHOWN_ITEMS} checklist items in all"),
                    Some(r.pos),
                )
                .label("the limit is passed here")
                .help("name fewer or shorter checklists from each outcome, or fewer outcomes"),
            );
        }
        return None;
    }
    Some(ChecklistRef {
        checklist: index,
        items,
        shown,
    })
}
