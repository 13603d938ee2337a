//! Fact checks: declared facts and values, conditions, `set`, conditional `next`, `{fact}`
//! references, and the path-sensitive proof over every path with the facts it sets.
//!
//! The proof propagates, node by node, the set of fact assignments that can hold there
//! (a worklist over distinct (node, assignment) states, never over paths). On that state
//! graph it checks that every `{fact}` can be spoken, that every question shows at least
//! two options, and that every state can still reach an outcome.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use super::{Ctx, node_pos, text};
use crate::playbook::diagnostic::Diagnostic;
use crate::playbook::facts::{Condition, Fact, Facts, Test, references};
use crate::playbook::model::{Cond, NextDef, NodeDef, OrderedMap, Text};
use crate::playbook::tree::{Checklist, Node, NodeBody, NodeId};
use crate::playbook::yaml::{Pos, Spanned};

/// The value id that matches a fact not set; no fact may declare it.
pub const UNKNOWN: &str = "unknown";

/// The most (node, assignment) states the proof explores before giving up with a warning.
const MAX_STATES: usize = 200_000;

/// Whether `id` may name a fact in `{id}`.
pub(crate) fn is_fact_ref(id: &str) -> bool {
    text::is_valid_id(id)
}

/// Checks and builds the declared facts.
pub(super) fn declared(ctx: &mut Ctx<'_>) -> Vec<Fact> {
    let file = ctx.file;
    let mut out = Vec::new();
    for (key, def) in file.facts.iter() {
        ctx.id(key, "fact id");
        let mut values = Vec::new();
        for (v, phrase) in def.values.iter() {
            ctx.id(v, "fact value id");
            if v.value == UNKNOWN {
                ctx.push(
                    Diagnostic::error(
                        "playbook::reserved-value",
                        format!("fact `{}` declares a value named `unknown`", key.value),
                        Some(v.pos),
                    )
                    .label("reserved")
                    .help("`unknown` matches a fact not set; name the value differently"),
                );
            }
            values.push((v.value.clone(), ctx.script(phrase)));
        }
        if values.is_empty() {
            ctx.push(
                Diagnostic::error(
                    "playbook::fact-without-values",
                    format!("fact `{}` has no values", key.value),
                    Some(key.pos),
                )
                .label("no values")
                .help("list its values under `values:`, each with the phrase spoken for it"),
            );
        }
        out.push(Fact {
            id: key.value.clone(),
            title: def.title.as_ref().map(|t| ctx.text(t, "a fact's title")),
            values,
            unknown: def.unknown.as_ref().map(|t| ctx.script(t)),
        });
    }
    out
}

fn fact_index(ctx: &mut Ctx<'_>, id: &Text) -> Option<usize> {
    let file = ctx.file;
    if let Some(i) = file.facts.iter().position(|(k, _)| k.value == id.value) {
        return Some(i);
    }
    let ids = file.facts.iter().map(|(k, _)| k.value.as_str());
    let help = match text::did_you_mean(&id.value, ids) {
        Some(s) => format!("did you mean `{s}`? Or declare it under `facts:`"),
        None => format!("declare a fact `{}` under `facts:`", id.value),
    };
    ctx.push(
        Diagnostic::error(
            "playbook::unknown-fact",
            format!("no fact has the id `{}`", id.value),
            Some(id.pos),
        )
        .label("undeclared fact")
        .help(help),
    );
    None
}

/// The index of value `v` of fact `fact`; `Some(None)` for `unknown` when allowed.
#[allow(clippy::option_option)] // none: an error; Some(None): `unknown`
fn value_index(
    ctx: &mut Ctx<'_>,
    fact: usize,
    v: &Text,
    allow_unknown: bool,
) -> Option<Option<usize>> {
    if allow_unknown && v.value == UNKNOWN {
        return Some(None);
    }
    let file = ctx.file;
    let (key, def) = file.facts.0.get(fact)?;
    if let Some(i) = def.values.iter().position(|(k, _)| k.value == v.value) {
        return Some(Some(i));
    }
    let ids = def.values.iter().map(|(k, _)| k.value.as_str());
    let valid: Vec<&str> = def.values.iter().map(|(k, _)| k.value.as_str()).collect();
    let help = match text::did_you_mean(&v.value, ids) {
        Some(s) => format!("did you mean `{s}`?"),
        None if allow_unknown => format!("its values: {}, or `unknown`", valid.join(", ")),
        None => format!("its values: {}", valid.join(", ")),
    };
    ctx.push(
        Diagnostic::error(
            "playbook::unknown-fact-value",
            format!("fact `{}` has no value `{}`", key.value, v.value),
            Some(v.pos),
        )
        .label("undeclared value")
        .help(help),
    );
    None
}

fn tests(ctx: &mut Ctx<'_>, cond: &Cond) -> Vec<Test> {
    let mut out = Vec::new();
    for (fact, values) in cond.iter() {
        let Some(f) = fact_index(ctx, fact) else {
            continue;
        };
        let mut vs = Vec::new();
        for v in &values.value.0 {
            let placed = Text {
                value: v.value.clone(),
                pos: if v.pos.is_known() { v.pos } else { values.pos },
            };
            if let Some(i) = value_index(ctx, f, &placed, true) {
                vs.push(i);
            }
        }
        out.push((f, vs));
    }
    out
}

/// Resolves a `when`/`unless` pair.
pub(super) fn condition(
    ctx: &mut Ctx<'_>,
    when: Option<&Cond>,
    unless: Option<&Cond>,
) -> Condition {
    Condition {
        when: when.map(|c| tests(ctx, c)).unwrap_or_default(),
        unless: unless.map(|c| tests(ctx, c)).unwrap_or_default(),
    }
}

/// Resolves an option's `set`.
pub(super) fn sets(ctx: &mut Ctx<'_>, set: &OrderedMap<Text>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (fact, value) in set.iter() {
        let Some(f) = fact_index(ctx, fact) else {
            continue;
        };
        if let Some(Some(v)) = value_index(ctx, f, value, false) {
            out.push((f, v));
        }
    }
    out
}

/// Resolves an option's `next`: the default node and the conditional routes before it.
pub(super) fn next(
    ctx: &mut Ctx<'_>,
    next: &Spanned<NextDef>,
    option: &Text,
) -> (NodeId, Vec<(Condition, NodeId)>) {
    let what = format!("option `{}`", option.value);
    if let Some(to) = &next.value.to {
        let t = Text {
            value: to.clone(),
            pos: next.pos,
        };
        return (ctx.node_ref(&t, &what), Vec::new());
    }
    let mut routes = Vec::new();
    for r in &next.value.routes {
        let cond = condition(ctx, r.when.as_ref(), r.unless.as_ref());
        routes.push((cond, ctx.node_ref(&r.to, &what), r.to.pos));
    }
    let Some((last_cond, default, last_pos)) = routes.pop() else {
        ctx.push(
            Diagnostic::error(
                "playbook::route-without-default",
                format!("{what} has an empty `next` list"),
                Some(next.pos),
            )
            .label("leads nowhere")
            .help("write `next: <node id>`, or list routes ending in `- to: <node id>`"),
        );
        return (NodeId(0), Vec::new());
    };
    if !last_cond.is_always() {
        ctx.push(
            Diagnostic::error(
                "playbook::route-without-default",
                format!("the routes of {what} do not end in a default"),
                Some(last_pos),
            )
            .label("the last route has a condition")
            .help("end the list with `- to: <node id>` (no `when`/`unless`), taken when nothing else matches"),
        );
    }
    let routes = routes.into_iter().map(|(c, n, _)| (c, n)).collect();
    (default, routes)
}

/// A text that may say `{fact}`, with whether it is replaced there.
struct Spoken<'f> {
    text: &'f Text,
    replaced: bool,
}

fn node_texts(def: &NodeDef) -> Vec<Spoken<'_>> {
    fn add<'a>(out: &mut Vec<Spoken<'a>>, t: Option<&'a Text>, replaced: bool) {
        if let Some(text) = t {
            out.push(Spoken { text, replaced });
        }
    }
    let mut out = Vec::new();
    add(&mut out, def.question.as_ref(), false);
    add(&mut out, def.outcome.as_ref(), false);
    add(&mut out, def.info.as_ref(), false);
    add(&mut out, def.help.as_ref(), true);
    add(&mut out, def.say.as_ref(), true);
    add(&mut out, def.text.as_ref(), true);
    add(&mut out, def.who.as_ref(), true);
    add(&mut out, def.summary.as_ref(), true);
    add(&mut out, def.expect.as_ref(), true);
    add(&mut out, def.then.as_ref(), true);
    for s in &def.steps {
        add(&mut out, Some(&s.text), true);
        add(&mut out, s.detail.as_ref(), true);
        add(&mut out, s.say.as_ref(), true);
    }
    for o in def.options.iter().flat_map(|o| &o.value) {
        add(&mut out, Some(&o.label), false);
        add(&mut out, o.short.as_ref(), false);
        add(&mut out, o.report.as_ref(), false);
        add(&mut out, o.say.as_ref(), false);
    }
    out
}

/// The conditional texts (`prepare` items and cautions) of a node, placed, with whether each
/// is replaced: always.
fn cond_texts(def: &NodeDef) -> Vec<Text> {
    let mut out = Vec::new();
    for p in &def.prepare {
        out.push(Text {
            value: p.value.text.clone(),
            pos: p.value.text_pos.unwrap_or(p.pos),
        });
    }
    for s in &def.steps {
        if let Some(c) = &s.caution {
            out.push(Text {
                value: c.value.text.clone(),
                pos: c.value.text_pos.unwrap_or(c.pos),
            });
        }
    }
    out
}

/// Checks every `{id}` in the file: declared, and only where it is replaced. Does nothing
/// for a playbook without facts (braces are plain text there).
pub(super) fn check_refs(ctx: &mut Ctx<'_>, declared: &[Fact]) {
    if declared.is_empty() {
        return;
    }
    let file = ctx.file;
    let mut all: Vec<(Text, bool)> = Vec::new();
    for (_, def) in file.nodes.iter() {
        all.extend(
            node_texts(def)
                .into_iter()
                .map(|s| (s.text.clone(), s.replaced)),
        );
        all.extend(cond_texts(def).into_iter().map(|t| (t, true)));
    }
    for (_, list) in file.checklists.iter() {
        all.push((list.title.clone(), false));
        for item in &list.items {
            all.push((item.text.clone(), false));
            if let Some(w) = &item.why {
                all.push((w.clone(), false));
            }
        }
    }
    for (_, f) in file.facts.iter() {
        all.extend(f.values.iter().map(|(_, p)| (p.clone(), false)));
        if let Some(u) = &f.unknown {
            all.push((u.clone(), false));
        }
    }
    for (t, replaced) in all {
        for (_, id) in references(&t.value) {
            let placed = Text {
                value: id.to_string(),
                pos: t.pos,
            };
            if !declared.iter().any(|f| f.id == id) {
                fact_index(ctx, &placed);
            } else if !replaced {
                ctx.push(
                    Diagnostic::error(
                        "playbook::fact-not-spoken-here",
                        format!("`{{{id}}}` is not replaced in this text"),
                        Some(t.pos),
                    )
                    .label("shown as written")
                    .help(
                        "say facts in steps, `say` scripts, summaries, help, `prepare`, cautions \
                         and `then`; headings, labels, checklists and fact phrases are shown as \
                         written",
                    ),
                );
            }
        }
    }
}

fn describe(declared: &[Fact], facts: &Facts) -> String {
    let set: Vec<String> = facts
        .iter_set()
        .filter_map(|(f, v)| {
            let fact = declared.get(f)?;
            Some(format!("{}={}", fact.id, fact.values.get(v)?.0))
        })
        .collect();
    if set.is_empty() {
        "no facts set".to_string()
    } else {
        set.join(", ")
    }
}

/// A text with facts that have no `unknown` phrase, and the conditions under which it shows.
struct Needs {
    pos: Pos,
    facts: Vec<usize>,
    shown: Vec<Condition>,
}

fn needs(declared: &[Fact], def: &NodeDef, node: &Node) -> Vec<Needs> {
    let unspeakable = |t: &Text| -> Vec<usize> {
        references(&t.value)
            .into_iter()
            .filter_map(|(_, id)| declared.iter().position(|f| f.id == id))
            .filter(|&i| declared[i].unknown.is_none())
            .collect()
    };
    let mut out = Vec::new();
    let mut add = |t: &Text, shown: Vec<Condition>| {
        let facts = unspeakable(t);
        if !facts.is_empty() {
            out.push(Needs {
                pos: t.pos,
                facts,
                shown,
            });
        }
    };
    for s in node_texts(def).iter().filter(|s| s.replaced) {
        let steps = def
            .steps
            .iter()
            .zip(node.as_outcome().map_or(&[][..], |o| &o.steps));
        let mut shown = Vec::new();
        for (sd, st) in steps {
            let here = std::ptr::eq(std::ptr::from_ref(&sd.text), s.text)
                || sd.detail.as_ref().is_some_and(|d| std::ptr::eq(d, s.text))
                || sd.say.as_ref().is_some_and(|d| std::ptr::eq(d, s.text));
            if here {
                shown.push(st.shown.clone());
            }
        }
        add(s.text, shown);
    }
    if let Some(o) = node.as_outcome() {
        for (p, c) in def.prepare.iter().zip(&o.prepare_shown) {
            let t = Text {
                value: p.value.text.clone(),
                pos: p.value.text_pos.unwrap_or(p.pos),
            };
            add(&t, vec![c.clone()]);
        }
        for (sd, st) in def.steps.iter().zip(&o.steps) {
            if let Some(c) = &sd.caution {
                let t = Text {
                    value: c.value.text.clone(),
                    pos: c.value.text_pos.unwrap_or(c.pos),
                };
                add(&t, vec![st.shown.clone(), st.caution_shown.clone()]);
            }
        }
    }
    out
}

/// The path-sensitive proof (see the module comment). Every reference must resolve.
pub(super) fn check_paths(
    ctx: &mut Ctx<'_>,
    nodes: &[Node],
    checklists: &[Checklist],
    start: NodeId,
    declared: &[Fact],
) {
    let file = ctx.file;
    let needs: Vec<Vec<Needs>> = nodes
        .iter()
        .zip(file.nodes.iter())
        .map(|(n, (_, def))| needs(declared, def, n))
        .collect();
    let forget_dead = reducer(
        live_facts(nodes, &needs, checklists, declared.len()),
        same_values(nodes, checklists, declared),
    );
    let mut ids: HashMap<(usize, Key), usize, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut states: Vec<(usize, Facts)> = Vec::new();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut queue = VecDeque::new();
    let mut intern = |node: usize,
                      facts: Facts,
                      states: &mut Vec<(usize, Facts)>,
                      edges: &mut Vec<Vec<usize>>,
                      queue: &mut VecDeque<usize>| {
        *ids.entry((node, Key::of(&facts))).or_insert_with(|| {
            states.push((node, facts));
            edges.push(Vec::new());
            queue.push_back(states.len() - 1);
            states.len() - 1
        })
    };
    intern(
        start.0,
        forget_dead(start.0, Facts::unset(declared.len())),
        &mut states,
        &mut edges,
        &mut queue,
    );
    let mut few: HashMap<usize, (usize, Facts)> = HashMap::new();
    let mut unspoken: HashSet<(u64, u64, usize)> = HashSet::new();
    let mut unspoken_list: Vec<(Pos, usize, Facts)> = Vec::new();
    while let Some(s) = queue.pop_front() {
        if states.len() > MAX_STATES {
            ctx.push(
                Diagnostic::warning(
                    "playbook::facts-too-many",
                    format!(
                        "more than {MAX_STATES} combinations of facts: the facts were not \
                         checked on every path"
                    ),
                    None,
                )
                .label("too many combinations")
                .help("use fewer facts, or fewer values per fact"),
            );
            return;
        }
        let (node_index, facts) = states[s].clone();
        let node = &nodes[node_index];
        for need in &needs[node_index] {
            if need.shown.iter().all(|c| c.matches(&facts)) {
                for &f in &need.facts {
                    if facts.get(f).is_none() && unspoken.insert((need.pos.line, need.pos.col, f)) {
                        unspoken_list.push((need.pos, f, facts.clone()));
                    }
                }
            }
        }
        let mut targets = Vec::new();
        match &node.body {
            NodeBody::Info(i) => targets.push((i.next.0, forget_dead(i.next.0, facts.clone()))),
            NodeBody::Question(_) | NodeBody::Outcome(_) => {
                let visible: Vec<_> = node
                    .choices()
                    .iter()
                    .filter(|c| c.shown.matches(&facts))
                    .collect();
                if node.as_question().is_some() && node.choices().len() >= 2 && visible.len() < 2 {
                    few.entry(node_index)
                        .or_insert_with(|| (visible.len(), facts.clone()));
                }
                for c in visible {
                    let mut after = facts.clone();
                    after.apply(&c.set);
                    let to = c.route(&after).0;
                    targets.push((to, forget_dead(to, after)));
                }
            }
        }
        for (t, f) in targets {
            let to = intern(t, f, &mut states, &mut edges, &mut queue);
            edges[s].push(to);
        }
    }
    report(ctx, nodes, declared, unspoken_list, few);
    dead_ends(ctx, nodes, declared, &states, &edges);
}

/// A state's facts as a hash key: packed into one number when every value fits (the usual
/// case: up to 16 facts of up to 254 values), else the facts themselves.
#[derive(PartialEq, Eq, Hash)]
enum Key {
    Packed(u128),
    Full(Vec<Option<usize>>),
}

impl Key {
    fn of(facts: &Facts) -> Self {
        let slots = facts.slots();
        if slots.len() <= 16 && slots.iter().all(|v| v.is_none_or(|v| v < 255)) {
            let packed = slots
                .iter()
                .fold(0u128, |acc, v| (acc << 8) | v.map_or(0, |v| v as u128 + 1));
            Key::Packed(packed)
        } else {
            Key::Full(slots.to_vec())
        }
    }
}

/// A small, fast hasher for the proof's state table (keys are not attacker-chosen in a way
/// that matters: the table is bounded by `MAX_STATES`).
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// For each node, the facts that it or any node after it reads (in a condition or a
/// `{fact}`). A fact that nothing ahead reads cannot change what the proof finds, so its
/// states forget it: the same proof over far fewer (node, assignment) states.
fn live_facts(
    nodes: &[Node],
    needs: &[Vec<Needs>],
    checklists: &[Checklist],
    count: usize,
) -> Vec<Vec<bool>> {
    fn read(cond: &Condition, into: &mut [bool]) {
        for (f, _) in cond.when.iter().chain(&cond.unless) {
            if let Some(slot) = into.get_mut(*f) {
                *slot = true;
            }
        }
    }
    let mut live: Vec<Vec<bool>> = nodes
        .iter()
        .zip(needs)
        .map(|(node, needs)| {
            let mut own = vec![false; count];
            for need in needs {
                for &f in &need.facts {
                    if let Some(slot) = own.get_mut(f) {
                        *slot = true;
                    }
                }
                for c in &need.shown {
                    read(c, &mut own);
                }
            }
            for c in node.choices() {
                read(&c.shown, &mut own);
                for (cond, _) in &c.routes {
                    read(cond, &mut own);
                }
            }
            if let Some(o) = node.as_outcome() {
                for s in &o.steps {
                    read(&s.shown, &mut own);
                    read(&s.caution_shown, &mut own);
                }
                for c in &o.prepare_shown {
                    read(c, &mut own);
                }
                for r in &o.checklists {
                    read(&r.shown, &mut own);
                    if let Some(list) = checklists.get(r.checklist) {
                        for item in r.items.iter().filter_map(|&i| list.items.get(i)) {
                            read(&item.shown, &mut own);
                        }
                    }
                }
            }
            own
        })
        .collect();
    let successors: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| n.successors().iter().map(|s| s.0).collect())
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (n, next) in successors.iter().enumerate() {
            for &s in next {
                let ahead = live[s].clone();
                for (mine, theirs) in live[n].iter_mut().zip(ahead) {
                    if theirs && !*mine {
                        *mine = true;
                        changed = true;
                    }
                }
            }
        }
    }
    live
}

/// What a state keeps of its facts on entering a node: facts nothing ahead reads are
/// forgotten, and values no condition tells apart become one stand-in.
fn reducer(live: Vec<Vec<bool>>, same: Vec<Vec<usize>>) -> impl Fn(usize, Facts) -> Facts {
    move |node: usize, mut facts: Facts| {
        for (f, alive) in live[node].iter().enumerate() {
            if !alive {
                facts.forget(f);
            } else if let Some(&stand_in) = facts.get(f).and_then(|v| same.get(f)?.get(v)) {
                facts.set(f, stand_in);
            }
        }
        facts
    }
}

/// For each fact, each value's stand-in: the first value that every condition in the
/// playbook treats the same way (in the same tests). A path cannot tell such values apart,
/// so the proof explores one of them. Unset stays unset (texts speak it differently).
fn same_values(nodes: &[Node], checklists: &[Checklist], declared: &[Fact]) -> Vec<Vec<usize>> {
    let mut tests: Vec<&Test> = Vec::new();
    let mut conds: Vec<&Condition> = Vec::new();
    for node in nodes {
        for c in node.choices() {
            conds.push(&c.shown);
            conds.extend(c.routes.iter().map(|(c, _)| c));
        }
        if let Some(o) = node.as_outcome() {
            for st in &o.steps {
                conds.push(&st.shown);
                conds.push(&st.caution_shown);
            }
            conds.extend(&o.prepare_shown);
            conds.extend(o.checklists.iter().map(|r| &r.shown));
        }
    }
    for list in checklists {
        conds.extend(list.items.iter().map(|i| &i.shown));
    }
    for c in conds {
        tests.extend(c.when.iter().chain(&c.unless));
    }
    declared
        .iter()
        .enumerate()
        .map(|(f, fact)| {
            let mine: Vec<&Test> = tests.iter().copied().filter(|t| t.0 == f).collect();
            let signature =
                |v: usize| -> Vec<bool> { mine.iter().map(|t| t.1.contains(&Some(v))).collect() };
            let sigs: Vec<Vec<bool>> = (0..fact.values.len()).map(signature).collect();
            (0..fact.values.len())
                .map(|v| sigs.iter().position(|s| *s == sigs[v]).unwrap_or(v))
                .collect()
        })
        .collect()
}

/// Reports the texts that cannot be spoken and the questions with too few options.
fn report(
    ctx: &mut Ctx<'_>,
    nodes: &[Node],
    declared: &[Fact],
    unspoken_list: Vec<(Pos, usize, Facts)>,
    few: HashMap<usize, (usize, Facts)>,
) {
    let file = ctx.file;
    for (pos, f, facts) in unspoken_list {
        let id = &declared[f].id;
        ctx.push(
            Diagnostic::error(
                "playbook::fact-may-be-unset",
                format!("`{{{id}}}` may not be set here: a path reaches this text with {}", describe(declared, &facts)),
                Some(pos),
            )
            .label("cannot be spoken on every path")
            .help(format!(
                "give fact `{id}` an `unknown:` phrase, or show this text only `when: {{{id}: [...]}}`"
            )),
        );
    }
    let mut few: Vec<_> = few.into_iter().collect();
    few.sort_by_key(|(n, _)| *n);
    for (n, (count, facts)) in few {
        ctx.push(
            Diagnostic::error(
                "playbook::too-few-visible-options",
                format!(
                    "question `{}` shows {count} option(s) on a path with {}",
                    nodes[n].id,
                    describe(declared, &facts)
                ),
                node_pos(file, NodeId(n)),
            )
            .label("fewer than two options shown")
            .help("loosen the options' `when`/`unless`, so at least two show on every path"),
        );
    }
}

/// Reports the nodes where, with some facts, no outcome can be reached any more.
fn dead_ends(
    ctx: &mut Ctx<'_>,
    nodes: &[Node],
    declared: &[Fact],
    states: &[(usize, Facts)],
    edges: &[Vec<usize>],
) {
    let file = ctx.file;
    let mut live = vec![false; states.len()];
    let mut back: Vec<Vec<usize>> = vec![Vec::new(); states.len()];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            back[to].push(from);
        }
    }
    let mut queue: VecDeque<usize> = VecDeque::new();
    for (i, (n, _)) in states.iter().enumerate() {
        if nodes[*n].as_outcome().is_some() {
            live[i] = true;
            queue.push_back(i);
        }
    }
    while let Some(s) = queue.pop_front() {
        for &p in &back[s] {
            if !live[p] {
                live[p] = true;
                queue.push_back(p);
            }
        }
    }
    let structurally_live = structurally_live(nodes);
    let mut reported = HashSet::new();
    for (i, (n, facts)) in states.iter().enumerate() {
        if !live[i] && structurally_live[*n] && reported.insert(*n) {
            ctx.push(
                Diagnostic::error(
                    "playbook::dead-end",
                    format!(
                        "no outcome can be reached from node `{}` on a path with {}",
                        nodes[*n].id,
                        describe(declared, facts)
                    ),
                    node_pos(file, NodeId(*n)),
                )
                .label("with these facts, every way on loops or stops")
                .help("check the `when`/`unless` of its options and routes"),
            );
        }
    }
}

/// Whether each node can reach an outcome, ignoring conditions (the graph check reports
/// the nodes that cannot).
fn structurally_live(nodes: &[Node]) -> Vec<bool> {
    let mut live: Vec<bool> = nodes.iter().map(|n| n.as_outcome().is_some()).collect();
    let mut back: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        for s in n.successors() {
            back[s.0].push(i);
        }
    }
    let mut queue: VecDeque<usize> = (0..nodes.len()).filter(|&i| live[i]).collect();
    while let Some(s) = queue.pop_front() {
        for &p in &back[s] {
            if !live[p] {
                live[p] = true;
                queue.push_back(p);
            }
        }
    }
    live
}
