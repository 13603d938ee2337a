//! The properties breakglass's untrusted-input readers must keep, written once and checked
//! twice: by the `cargo fuzz` targets in `fuzz/fuzz_targets/` (coverage-guided, nightly)
//! and by the stable proptest in `tests/integration/fuzz_props.rs` (which includes this
//! file with `#[path]`). Every check takes raw input, must never panic, and returns
//! `Err(what broke)` when a property fails; the callers turn that into a crash or a failed
//! case. Uses only breakglass's public library API, `serde_json` and `jiff`.
#![allow(dead_code)]

use std::sync::OnceLock;

use breakglass::drill::{self, DrillKind, DrillRun};
use breakglass::engine::{Session, StepError, pathcode};
use breakglass::markup::{self, Block, Emphasis};
use breakglass::playbook::{self, CheckOptions, Diagnostic, NodeBody, Playbook, Severity};
use breakglass::transcript::{self, FixedClock, Record, Transcript};
use breakglass::wrap::{self, Piece};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a failed property says.
pub type Verdict = Result<(), String>;

/// How many positions of one playbook get a path-code round trip (each builds a session).
const PATHCODE_CHECKS: usize = 64;
/// How many positions of one playbook get a save-and-resume round trip.
const RESUME_CHECKS: usize = 16;
/// How many diagnostics of one file are rendered. Each render lays out the whole source,
/// so rendering thousands (a file full of dangling references) would measure the
/// renderer's cost instead of finding bugs; the first ones cover every code path.
const RENDERED: usize = 24;

/// The built-in lockout playbook, loaded once.
pub fn builtin_playbook() -> Option<&'static Playbook> {
    static PB: OnceLock<Option<Playbook>> = OnceLock::new();
    PB.get_or_init(|| {
        let b = playbook::builtin::builtin(playbook::builtin::DEFAULT_ID)?;
        playbook::load_str(b.text).ok().map(|l| l.playbook)
    })
    .as_ref()
}

/// The same check options every run, so a finding reproduces on another day.
fn options() -> CheckOptions {
    CheckOptions {
        today: Some("2026-11-30".to_string()),
        max_age_days: None,
    }
}

/// A refusal must carry at least one error, and its diagnostics must render (with and
/// without colour) against the text they came from.
fn refused_properly(what: &str, text: &str, diags: &[Diagnostic]) -> Verdict {
    if !diags.iter().any(|d| d.severity == Severity::Error) {
        return Err(format!("{what} was refused without an error: {diags:#?}"));
    }
    let diags = &diags[..diags.len().min(RENDERED)];
    breakglass::diagnostics::render("fuzz.yaml", text, diags, false);
    breakglass::diagnostics::render("fuzz.yaml", text, diags, true);
    Ok(())
}

/// (a) Playbook loader and checker: the text loads or is refused with an error; a playbook
/// that loads can be walked from its start through every option of every node it reaches
/// (see [`walk_everywhere`]).
pub fn playbook_text(text: &str) -> Verdict {
    match playbook::load_str_with(text, &options()) {
        Err(diags) => refused_properly("a playbook", text, &diags),
        Ok(loaded) => {
            if loaded
                .warnings
                .iter()
                .any(|d| d.severity == Severity::Error)
            {
                return Err("a playbook loaded with an error among its warnings".into());
            }
            let shown = loaded.warnings.len().min(RENDERED);
            breakglass::diagnostics::render("fuzz.yaml", text, &loaded.warnings[..shown], false);
            walk_everywhere(&loaded.playbook)
        }
    }
}

/// Walks a checked playbook depth first with one [`Session`], taking every option of every
/// node reached from the start and going back after each, and checks on the way:
/// - every option and every info node's `next` can be taken, and leads where the tree says;
/// - `back` returns to the node before;
/// - an outcome can be reached from every node reached (the checker refuses dead ends);
/// - a final outcome (one with no ways on) refuses to advance, and an outcome's checklist
///   items can be ticked;
/// - at up to [`PATHCODE_CHECKS`] positions, the path code decodes to the same answers;
/// - at up to [`RESUME_CHECKS`] positions, the transcript so far, saved as JSON and read
///   back, resumes exactly where the walk is.
pub fn walk_everywhere(pb: &Playbook) -> Verdict {
    let mut s = Session::new(pb.clone());
    let mut t = Transcript::new(pb, &clock());
    let count = pb.node_count();
    let mut seen = vec![false; count];
    let mut budget = (PATHCODE_CHECKS, RESUME_CHECKS);
    seen[pb.start().index()] = true;
    visit(pb, &mut s, &mut t, &mut budget)?;
    // The next option to try at each node on the current path.
    let mut stack: Vec<usize> = vec![0];
    while let Some(top) = stack.last_mut() {
        let here = s.current();
        // The node as the person sees it: only the options its facts show, and an
        // outcome's ways on.
        let node = s.node().clone();
        let edges = match &node.body {
            NodeBody::Question(_) | NodeBody::Outcome(_) => s.choices().len(),
            NodeBody::Info(_) => 1,
        };
        if *top >= edges {
            stack.pop();
            if !stack.is_empty() && !s.back() {
                return Err(format!("back from `{}` did nothing", node.id));
            }
            continue;
        }
        let i = *top;
        *top += 1;
        let (taken, expected) = match &node.body {
            NodeBody::Question(_) | NodeBody::Outcome(_) => {
                // Where the tree says this answer leads, given the facts it sets.
                let choice = &s.choices()[i];
                let mut facts = s.facts();
                facts.apply(&choice.set);
                let expected = choice.route(&facts);
                (s.choose(i), expected)
            }
            NodeBody::Info(info) => (s.advance(), info.next),
        };
        let next = taken.map_err(|e| format!("step {i} from `{}` failed: {e}", node.id))?;
        if next != expected || s.current() != next {
            return Err(format!(
                "step {i} from `{}` went to the wrong node",
                node.id
            ));
        }
        if seen[next.index()] {
            if !s.back() || s.current() != here {
                return Err(format!("back to `{}` failed", node.id));
            }
        } else {
            seen[next.index()] = true;
            visit(pb, &mut s, &mut t, &mut budget)?;
            stack.push(0);
        }
    }
    if s.current() != pb.start() {
        return Err("the walk did not end back at the start".into());
    }
    Ok(())
}

/// The checks at a node reached for the first time.
fn visit(
    pb: &Playbook,
    s: &mut Session,
    t: &mut Transcript,
    budget: &mut (usize, usize),
) -> Verdict {
    let node = pb.node(s.current());
    if s.remaining().is_none() {
        return Err(format!("no outcome can be reached from `{}`", node.id));
    }
    if let NodeBody::Outcome(_) = &node.body {
        if s.choices().is_empty() {
            match s.advance() {
                Err(StepError::AtOutcome { .. }) => {}
                other => return Err(format!("outcome `{}` advanced: {other:?}", node.id)),
            }
        }
        for (list, item) in s.outcome_items() {
            if s.toggle(&list, &item).is_none() || s.toggle(&list, &item).is_none() {
                return Err(format!(
                    "outcome `{}` lists {list}/{item}, which is not",
                    node.id
                ));
            }
        }
    }
    t.record(s.drain_events().into_iter().map(Record::from), &clock());
    if budget.0 > 0 {
        budget.0 -= 1;
        match pathcode::encode(s) {
            Ok(code) => {
                let back = pathcode::decode(&code, pb)
                    .map_err(|e| format!("code {code} of a real position does not open: {e}"))?;
                if back != s.answers() {
                    return Err(format!("code {code} opens {back:?}, not {:?}", s.answers()));
                }
            }
            Err(pathcode::CodeError::TooLong(_)) => {}
            Err(e) => return Err(format!("no code for a real position: {e}")),
        }
    }
    if budget.1 > 0 {
        budget.1 -= 1;
        let json = serde_json::to_vec(&*t).map_err(|e| e.to_string())?;
        let read: Transcript = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
        let resumed = transcript::resume(&read, pb.clone());
        if resumed.note.is_some() || resumed.session.current() != s.current() {
            return Err(format!(
                "a saved transcript at `{}` resumes at `{}` (note {:?})",
                node.id,
                resumed.session.node().id,
                resumed.note
            ));
        }
        if resumed.session.answers() != s.answers() {
            return Err(format!("a saved transcript at `{}` lost answers", node.id));
        }
    }
    Ok(())
}

fn clock() -> FixedClock {
    FixedClock(jiff::Timestamp::UNIX_EPOCH)
}

/// The separator between a drill and the playbook it is checked against, in a drill seed.
pub const DRILL_PLAYBOOK_SEPARATOR: &str = "\n#---8<--- playbook\n";

/// (b) Drill loader, and its check against a playbook. The input is a drill file,
/// optionally followed by [`DRILL_PLAYBOOK_SEPARATOR`] and a playbook it may name (else
/// only the built-in playbooks resolve). A drill that loads must keep its word: its
/// expected path replays on the playbook and ends at the expected outcome, its node injects
/// name real nodes, and a run of it walked along that path scores and reports.
pub fn drill_text(input: &str) -> Verdict {
    let (text, extra) = match input.split_once(DRILL_PLAYBOOK_SEPARATOR) {
        Some((d, p)) => (d, playbook::load_str(p).ok().map(|l| l.playbook)),
        None => (input, None),
    };
    let resolve = |id: &str| -> Option<Playbook> {
        match &extra {
            Some(pb) if pb.id == id => Some(pb.clone()),
            _ => drill::builtin_playbooks(id),
        }
    };
    let loaded = match drill::load_str(text, &resolve, &options()) {
        Err(diags) => return refused_properly("a drill", text, &diags),
        Ok(l) => l,
    };
    let d = loaded.drill;
    let pb = match &d.kind {
        DrillKind::Validation(v) => {
            if v.tasks.is_empty() {
                return Err("a validation drill loaded without tasks".into());
            }
            None
        }
        DrillKind::Tabletop(tt) => {
            let pb = resolve(&tt.playbook)
                .ok_or_else(|| format!("drill names playbook `{}`, which is gone", tt.playbook))?;
            let outcome = pb
                .find(&tt.expect_outcome)
                .ok_or_else(|| format!("expected outcome `{}` is not a node", tt.expect_outcome))?;
            if pb.node(outcome).as_outcome().is_none() {
                return Err(format!("`{}` is not an outcome", tt.expect_outcome));
            }
            for inject in &tt.injects {
                if let drill::Trigger::AtNode(n) = &inject.trigger
                    && pb.find(n).is_none()
                {
                    return Err(format!("an inject names `{n}`, which is not a node"));
                }
            }
            Some(pb)
        }
    };
    let mut run = DrillRun::start(d.clone(), pb.clone(), Box::new(clock()));
    if let (Some(pb), Some(tt)) = (&pb, d.tabletop()) {
        let mut s = Session::new(pb.clone());
        run.observe(&s.drain_events());
        for a in &tt.expect_path {
            s.skip_info();
            s.answer(&a.node, &a.option)
                .map_err(|e| format!("the expected path does not replay: {e}"))?;
            run.observe(&s.drain_events());
        }
        s.skip_info();
        run.observe(&s.drain_events());
        if !tt.expect_path.is_empty() && s.node().id != tt.expect_outcome {
            return Err(format!(
                "the expected path ends at `{}`, not `{}`",
                s.node().id,
                tt.expect_outcome
            ));
        }
    }
    run.tick();
    let record = run.finish().clone();
    drill::report::to_markdown(&d, &record, pb.as_ref());
    drill::report::to_json(&d, &record, pb.as_ref());
    Ok(())
}

/// (c) Session transcript reader, and the drill-run reader beside it: bytes that parse as
/// a session (the same `serde_json` read and format check as the store) can be inspected
/// and resumed on the built-in playbook without a panic, and resume lands on a real node
/// from which an outcome is reachable; bytes that parse as a drill run can be scored and
/// reported against the built-in drill of that id.
pub fn session_bytes(bytes: &[u8]) -> Verdict {
    if let Ok(t) = serde_json::from_slice::<Transcript>(bytes)
        && t.format == transcript::FORMAT
    {
        let answers = t.answers();
        t.last_node();
        t.outcome();
        t.ticked();
        t.is_trivial();
        if let Some(pb) = builtin_playbook() {
            let resumed = transcript::resume(&t, pb.clone());
            let s = &resumed.session;
            if s.remaining().is_none() {
                return Err(format!("resumed at `{}`, a dead end", s.node().id));
            }
            if resumed.note.is_none() && s.answers().len() > answers.len() {
                return Err("an exact resume gave more answers than the transcript".into());
            }
            breakglass::export::report::to_markdown(
                &breakglass::export::report::ReportInput {
                    transcript: &t,
                    session: s,
                    note: resumed.note.as_deref(),
                },
                true,
            );
        }
    }
    if let Ok(r) = serde_json::from_slice::<drill::RunRecord>(bytes) {
        r.elapsed();
        r.answers();
        r.first_outcome();
        r.date();
        if let Some(b) = drill::builtin::builtin(&r.drill.id)
            && let Ok(loaded) = drill::load_str(b.text, &drill::builtin_playbooks, &options())
        {
            let pb = loaded
                .drill
                .tabletop()
                .and_then(|t| drill::builtin_playbooks(&t.playbook));
            drill::score::score(&loaded.drill, &r, pb.as_ref());
            drill::report::to_markdown(&loaded.drill, &r, pb.as_ref());
        }
        drill::history::history(std::slice::from_ref(&r));
    }
    Ok(())
}

/// (d) Path codes, any string: decoding never panics, and a code that opens gives answers
/// that replay on the playbook.
pub fn pathcode_string(code: &str, pb: &Playbook) -> Verdict {
    pathcode::fingerprint_of(code);
    if let Ok(answers) = pathcode::decode(code, pb) {
        let mut s = Session::new(pb.clone());
        s.replay(&answers)
            .map_err(|(i, e)| format!("code {code:?} opened answers that fail at {i}: {e}"))?;
    }
    Ok(())
}

/// (d) Path codes, round trip: walks `pb` taking option `choice % options` at each
/// question, and at every answer checks that the position's code opens the same answers,
/// also typed in lower case and without dashes, and that every single mistyped character
/// is caught.
pub fn pathcode_round_trip(choices: &[u8], pb: &Playbook) -> Verdict {
    let mut s = Session::new(pb.clone());
    for &c in choices {
        s.skip_info();
        let Some(q) = s.question() else { break };
        let n = q.options.len();
        s.choose(usize::from(c) % n.max(1))
            .map_err(|e| format!("choosing a real option failed: {e}"))?;
        let code = match pathcode::encode(&s) {
            Ok(code) => code,
            Err(pathcode::CodeError::TooLong(_)) => break,
            Err(e) => return Err(format!("no code for a real position: {e}")),
        };
        let want = s.answers();
        for variant in [
            code.clone(),
            code.to_lowercase(),
            code.replace('-', ""),
            format!(" {} ", code.replace('-', " ")),
        ] {
            let got = pathcode::decode(&variant, pb)
                .map_err(|e| format!("{variant:?} (code {code}) does not open: {e}"))?;
            if got != want {
                return Err(format!("{variant:?} opens {got:?}, not {want:?}"));
            }
        }
        mistypes_caught(&code, pb)?;
    }
    Ok(())
}

/// Every single-character substitution of `code` (to another symbol) is refused.
fn mistypes_caught(code: &str, pb: &Playbook) -> Verdict {
    const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (i, c) in code.char_indices() {
        if c == '-' {
            continue;
        }
        for a in ALPHABET.chars().filter(|&a| a != c) {
            let mut bad = code.to_string();
            bad.replace_range(i..i + c.len_utf8(), a.encode_utf8(&mut [0; 4]));
            if pathcode::decode(&bad, pb).is_ok() {
                return Err(format!("{bad} (a mistyped {code}) was accepted"));
            }
        }
    }
    Ok(())
}

/// The width of a wrapped line, as a terminal shows it.
fn line_width<T>(line: &[Piece<T>]) -> usize {
    line.iter().map(|p| p.text.width()).sum()
}

/// The characters a wrap must keep: everything but the whitespace it may break at.
fn kept(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .collect()
}

/// (e) Markup and wrapping at `width`: parsing never panics and loses no character but
/// markers and spacing; wrapping keeps every character but break spaces, in order, and no
/// line is wider than `width` columns (by display width) unless it holds a single
/// character wider than the whole line (and any zero-width characters next to it).
pub fn markup_wrap(text: &str, width: usize) -> Verdict {
    for block in markup::parse(text) {
        block.marker();
        let runs: Vec<Piece<Emphasis>> = block
            .inlines()
            .iter()
            .map(|i| Piece {
                text: i.text.clone(),
                tag: i.emphasis,
            })
            .collect();
        wrap_runs(&runs, width)?;
        let plain = markup::plain_inline(block.inlines());
        if let Block::Paragraph(_) = block {
            wrap_runs(
                &[Piece {
                    text: plain,
                    tag: (),
                }],
                width,
            )?;
        }
    }
    // The same text as one run, without markup.
    wrap_runs(
        &[Piece {
            text: text.to_string(),
            tag: (),
        }],
        width,
    )
}

fn wrap_runs<T: Clone + PartialEq + std::fmt::Debug>(runs: &[Piece<T>], width: usize) -> Verdict {
    let lines = wrap::wrap(runs, width);
    let limit = width.max(1);
    for line in &lines {
        let w = line_width(line);
        let text: String = line.iter().map(|p| p.text.as_str()).collect();
        // One exception: a character wider than the whole line (a 2-column one at
        // width 1) has a line of its own, with any zero-width characters around it.
        let visible: Vec<char> = text.chars().filter(|c| c.width() != Some(0)).collect();
        let single_wide = visible.len() == 1 && w <= visible[0].width().unwrap_or(1);
        // The other, by design: a web address is never split; wider than the line, it
        // stands on a line of its own and overflows it (src/wrap.rs).
        let lone_address = !text.contains(' ') && wrap::is_address(&text);
        if w > limit && !single_wide && !lone_address {
            return Err(format!(
                "a line is {w} columns wide at width {width}: {text:?} (input {runs:?})"
            ));
        }
        if text.starts_with(' ') || text.ends_with(' ') {
            return Err(format!("a line starts or ends with a space: {text:?}"));
        }
    }
    let before: String = runs.iter().map(|r| kept(&r.text)).collect();
    let after: String = lines
        .iter()
        .flat_map(|l| l.iter())
        .map(|p| kept(&p.text))
        .collect();
    if before != after {
        return Err(format!(
            "wrapping changed the text: {before:?} became {after:?}"
        ));
    }
    Ok(())
}
