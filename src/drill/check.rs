//! The drill checker: turns a [`DrillFile`] into a checked [`Drill`], collecting every
//! problem (with its line and column) instead of stopping at the first. A tabletop drill is
//! checked against its playbook: the expected outcome and path must exist and agree, and
//! every inject must name a real node.

use std::collections::HashSet;

use super::model::{DrillFile, InjectDef, TaskDef};
use super::{Drill, DrillKind, Inject, Tabletop, Task, Trigger, Validation};
use crate::engine::{Answer, Session};
use crate::playbook::check::{secrets, text};
use crate::playbook::model::Text;
use crate::playbook::yaml::Pos;
use crate::playbook::{CheckOptions, Diagnostic, NodeBody, Playbook, Severity};

/// The format marker drills carry.
pub const DRILL_FORMAT: &str = "breakglass-drill/v1";

/// How often a validation drill should run when the file does not say, in days (Microsoft
/// advises testing emergency-access accounts at least every 90 days).
pub const DEFAULT_EVERY_DAYS: u32 = 90;

/// Finds a playbook by id for the checker (the catalog, in the real program).
pub type Resolve<'a> = &'a dyn Fn(&str) -> Option<Playbook>;

struct Ctx {
    diags: Vec<Diagnostic>,
    /// "Did you mean" searches share one budget, as in the playbook checker.
    suggest: text::Suggester,
}

impl Ctx {
    fn error(&mut self, code: &'static str, message: String, pos: Pos, label: &str, help: &str) {
        self.diags.push(
            Diagnostic::error(code, message, Some(pos))
                .label(label)
                .help(help),
        );
    }

    fn text(&mut self, t: &Text, what: &str) -> String {
        if let Some(reason) = secrets::asks_for_secret(&t.value, false) {
            self.error(
                "drill::asks-for-secret",
                format!("{what} asks for a secret: {reason}"),
                t.pos,
                "asks for a secret",
                "a drill never asks anyone to type or say a password, code, recovery key or token",
            );
        }
        if let Some(why) = crate::playbook::secret::find_secret(&t.value) {
            self.error(
                "drill::secret-in-text",
                format!("{what} holds what looks like a secret: part of it {why}"),
                t.pos,
                "looks like a secret",
                "a drill is shared and shown on screen: describe a secret instead of writing one",
            );
        }
        if let Some(c) = text::forbidden_char(&t.value) {
            self.error(
                "drill::control-char",
                format!("{what} contains {}", text::describe_char(c)),
                t.pos,
                "this text",
                "remove the character: it could drive a terminal, or hide or reorder text",
            );
        } else if t.value.trim().is_empty() {
            self.error(
                "drill::empty-text",
                format!("{what} is empty"),
                t.pos,
                "empty",
                "write the text, or remove the field if it is optional",
            );
        }
        t.value.trim_end().to_string()
    }

    fn id(&mut self, t: &Text, what: &str) {
        if !text::is_valid_id(&t.value) {
            self.error(
                "drill::id-syntax",
                format!("{what} `{}` is not a valid id", t.value),
                t.pos,
                "use lowercase letters, digits and hyphens",
                "ids name drills in commands and history, e.g. `quarterly-break-glass`",
            );
        }
    }

    /// Reports a field that belongs to the other kind of drill.
    fn misplaced(&mut self, field: &str, pos: Option<Pos>, kind: &str) {
        if let Some(pos) = pos {
            self.error(
                "drill::misplaced-field",
                format!("`{field}` has no meaning in a {kind} drill"),
                pos,
                "not for this kind",
                "remove it, or change `kind`",
            );
        }
    }
}

/// Checks a parsed drill file. Returns every problem, and the drill when none is an error.
pub fn check(
    file: &DrillFile,
    resolve: Resolve<'_>,
    options: &CheckOptions,
) -> (Vec<Diagnostic>, Option<Drill>) {
    let mut ctx = Ctx {
        diags: Vec::new(),
        suggest: text::Suggester::with_budget(text::SUGGEST_BUDGET),
    };
    if file.format.value != DRILL_FORMAT {
        ctx.error(
            "drill::format",
            format!("unsupported format `{}`", file.format.value),
            file.format.pos,
            "this version of breakglass reads breakglass-drill/v1",
            &format!("write `format: {DRILL_FORMAT}`"),
        );
    }
    ctx.id(&file.id, "drill id");
    let title = ctx.text(&file.title, "the title");
    let description = file
        .description
        .as_ref()
        .map(|d| ctx.text(d, "the description"));
    reviewed(&mut ctx, &file.reviewed, options);
    if let Some(e) = &file.every_days
        && e.value == 0
    {
        ctx.error(
            "drill::every-days",
            "`every_days` is 0".into(),
            e.pos,
            "must be at least 1",
            "say how many days may pass between runs, e.g. `every_days: 90`",
        );
    }
    let kind = match file.kind.value.as_str() {
        "tabletop" => tabletop(&mut ctx, file, resolve).map(DrillKind::Tabletop),
        "validation" => Some(DrillKind::Validation(validation(&mut ctx, file))),
        other => {
            ctx.error(
                "drill::kind",
                format!("unknown drill kind `{other}`"),
                file.kind.pos,
                "expected tabletop or validation",
                "`tabletop` walks a scenario through a playbook; `validation` lists real tasks to do",
            );
            None
        }
    };
    ctx.diags.sort_by_key(|d| {
        (
            d.severity != Severity::Error,
            d.pos.map_or(0, |p| p.line),
            d.pos.map_or(0, |p| p.col),
        )
    });
    let failed = ctx.diags.iter().any(|d| d.severity == Severity::Error);
    let drill = match (failed, kind) {
        (false, Some(kind)) => Some(Drill {
            id: file.id.value.clone(),
            title,
            reviewed: file.reviewed.value.clone(),
            description,
            every_days: file.every_days.as_ref().map(|e| e.value),
            kind,
            hash: String::new(),
        }),
        _ => None,
    };
    (ctx.diags, drill)
}

fn reviewed(ctx: &mut Ctx, reviewed: &Text, options: &CheckOptions) {
    if !text::is_valid_date(&reviewed.value) {
        ctx.error(
            "drill::reviewed-date",
            format!("`reviewed` is not a date: `{}`", reviewed.value),
            reviewed.pos,
            "expected YYYY-MM-DD",
            "write the day the drill was last checked, e.g. `reviewed: 2026-11-28`",
        );
        return;
    }
    let Some(today) = options.today.as_deref() else {
        return;
    };
    let max = options
        .max_age_days
        .unwrap_or(crate::playbook::check::DEFAULT_MAX_AGE_DAYS);
    if let (Some(now), Some(then)) = (
        text::days_from_civil(today),
        text::days_from_civil(&reviewed.value),
    ) && now - then > i64::from(max)
    {
        ctx.diags.push(
            Diagnostic::warning(
                "drill::stale-review",
                format!(
                    "the drill was last reviewed {} days ago (limit {max})",
                    now - then
                ),
                Some(reviewed.pos),
            )
            .label("older than the limit")
            .help("check the scenario and tasks against today's guidance, then set `reviewed`"),
        );
    }
}

fn tabletop(ctx: &mut Ctx, file: &DrillFile, resolve: Resolve<'_>) -> Option<Tabletop> {
    ctx.misplaced("tasks", file.tasks.first().map(|t| t.id.pos), "tabletop");
    let Some(pb_ref) = &file.playbook else {
        ctx.error(
            "drill::missing-field",
            "a tabletop drill needs `playbook`".into(),
            file.kind.pos,
            "tabletop",
            "name the playbook to walk, e.g. `playbook: entra-mfa-lockout`",
        );
        return None;
    };
    let scenario = if let Some(s) = &file.scenario {
        ctx.text(s, "the scenario")
    } else {
        ctx.error(
            "drill::missing-field",
            "a tabletop drill needs `scenario`".into(),
            file.kind.pos,
            "tabletop",
            "write the situation as the participant hears it",
        );
        String::new()
    };
    let Some(playbook) = resolve(&pb_ref.value) else {
        ctx.error(
            "drill::unknown-playbook",
            format!("no playbook is called `{}`", pb_ref.value),
            pb_ref.pos,
            "unknown playbook",
            "use an id `breakglass list` shows; a user playbook must load without errors",
        );
        return None;
    };
    let Some(expect) = &file.expect else {
        ctx.error(
            "drill::missing-field",
            "a tabletop drill needs `expect` with the expected `outcome`".into(),
            file.kind.pos,
            "tabletop",
            "add `expect: {outcome: <outcome id>}`",
        );
        return None;
    };
    let expect_outcome = outcome_ref(ctx, &playbook, &expect.outcome);
    let expect_path = path(ctx, &playbook, &expect.path, &expect.outcome);
    let target_secs = file.target_minutes.as_ref().and_then(|t| {
        if t.value == 0 {
            ctx.error(
                "drill::target",
                "`target_minutes` is 0".into(),
                t.pos,
                "must be at least 1",
                "give the time to beat in whole minutes",
            );
            None
        } else {
            Some(u64::from(t.value) * 60)
        }
    });
    let injects = file
        .injects
        .iter()
        .filter_map(|i| inject(ctx, &playbook, i))
        .collect();
    Some(Tabletop {
        playbook: playbook.id.clone(),
        playbook_version: playbook.version.clone(),
        scenario,
        expect_outcome: expect_outcome?,
        expect_path: expect_path?,
        target_secs,
        injects,
    })
}

/// The id of an outcome node, or an error at the reference.
fn outcome_ref(ctx: &mut Ctx, pb: &Playbook, t: &Text) -> Option<String> {
    match pb.find(&t.value).map(|id| &pb.node(id).body) {
        Some(NodeBody::Outcome(_)) => Some(t.value.clone()),
        Some(_) => {
            ctx.error(
                "drill::not-an-outcome",
                format!("`{}` is a question or note, not an outcome", t.value),
                t.pos,
                "not an outcome",
                "name the outcome node a good walk ends at",
            );
            None
        }
        None => {
            let outcomes = pb
                .nodes()
                .filter(|(_, n)| n.as_outcome().is_some())
                .map(|(_, n)| n.id.as_str());
            let hint = ctx
                .suggest
                .did_you_mean(&t.value, outcomes)
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            ctx.error(
                "drill::unknown-node",
                format!("playbook `{}` has no node `{}`{hint}", pb.id, t.value),
                t.pos,
                "unknown node",
                "`breakglass graph` shows every node id",
            );
            None
        }
    }
}

/// The expected answers, checked by walking them: each must be the next question's answer,
/// and together they must reach the expected outcome.
fn path(ctx: &mut Ctx, pb: &Playbook, raw: &[Text], outcome: &Text) -> Option<Vec<Answer>> {
    let mut session = Session::new(pb.clone());
    let mut answers = Vec::new();
    for t in raw {
        session.skip_info();
        let Some((node, option)) = t.value.split_once('=') else {
            ctx.error(
                "drill::path-syntax",
                format!("`{}` is not an answer", t.value),
                t.pos,
                "expected NODE=OPTION",
                "write each answer as NODE=OPTION, e.g. `who-else=nobody`",
            );
            return None;
        };
        let here = session.node().id.clone();
        if here != node {
            ctx.error(
                "drill::path-mismatch",
                format!("the path reaches `{here}` here, not `{node}`"),
                t.pos,
                "not the next question",
                "list the answers in the order the playbook asks them",
            );
            return None;
        }
        if session.answer(node, option).is_err() {
            let options: Vec<&str> = session
                .question()
                .map(|q| q.options.iter().map(|o| o.id.as_str()).collect())
                .unwrap_or_default();
            ctx.error(
                "drill::unknown-option",
                format!("question `{node}` has no option `{option}`"),
                t.pos,
                "unknown option",
                &format!("its options: {}", options.join(", ")),
            );
            return None;
        }
        answers.push(Answer {
            node: node.to_string(),
            option: option.to_string(),
        });
    }
    session.skip_info();
    if !raw.is_empty() && session.node().id != outcome.value {
        let pos = raw.last().map_or(outcome.pos, |t| t.pos);
        ctx.error(
            "drill::path-mismatch",
            format!(
                "the path ends at `{}`, not at the expected outcome `{}`",
                session.node().id,
                outcome.value
            ),
            pos,
            "the last answer",
            "complete the path, or correct `expect.outcome`",
        );
        return None;
    }
    Some(answers)
}

fn inject(ctx: &mut Ctx, pb: &Playbook, i: &InjectDef) -> Option<Inject> {
    let message = ctx.text(&i.message, "an inject's message");
    let trigger = match (&i.at, &i.after_seconds) {
        (Some(at), None) => {
            if pb.find(&at.value).is_none() {
                let hint = ctx
                    .suggest
                    .did_you_mean(&at.value, pb.nodes().map(|(_, n)| n.id.as_str()))
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                ctx.error(
                    "drill::unknown-node",
                    format!("playbook `{}` has no node `{}`{hint}", pb.id, at.value),
                    at.pos,
                    "unknown node",
                    "`breakglass graph` shows every node id",
                );
                return None;
            }
            Trigger::AtNode(at.value.clone())
        }
        (None, Some(after)) => Trigger::AfterSeconds(u64::from(after.value)),
        (Some(at), Some(_)) => {
            ctx.error(
                "drill::inject-trigger",
                "an inject has both `at` and `after_seconds`".into(),
                at.pos,
                "two triggers",
                "keep one: `at: <node>` or `after_seconds: <n>`",
            );
            return None;
        }
        (None, None) => {
            ctx.error(
                "drill::inject-trigger",
                "an inject needs `at` (a node) or `after_seconds`".into(),
                i.message.pos,
                "no trigger",
                "add `at: <node id>` or `after_seconds: 120`",
            );
            return None;
        }
    };
    Some(Inject { trigger, message })
}

fn validation(ctx: &mut Ctx, file: &DrillFile) -> Validation {
    ctx.misplaced(
        "playbook",
        file.playbook.as_ref().map(|t| t.pos),
        "validation",
    );
    ctx.misplaced(
        "scenario",
        file.scenario.as_ref().map(|t| t.pos),
        "validation",
    );
    ctx.misplaced(
        "expect",
        file.expect.as_ref().map(|e| e.outcome.pos),
        "validation",
    );
    ctx.misplaced(
        "target_minutes",
        file.target_minutes.as_ref().map(|t| t.pos),
        "validation",
    );
    ctx.misplaced(
        "injects",
        file.injects.first().map(|i| i.message.pos),
        "validation",
    );
    if file.tasks.is_empty() {
        ctx.error(
            "drill::no-tasks",
            "a validation drill needs at least one task".into(),
            file.kind.pos,
            "validation",
            "list the tasks under `tasks:`, each with `id`, `title` and `pass`",
        );
    }
    let mut seen = HashSet::new();
    let tasks = file.tasks.iter().map(|t| task(ctx, t, &mut seen)).collect();
    Validation { tasks }
}

fn task(ctx: &mut Ctx, t: &TaskDef, seen: &mut HashSet<String>) -> Task {
    ctx.id(&t.id, "task id");
    if !seen.insert(t.id.value.clone()) {
        ctx.error(
            "drill::duplicate-task",
            format!("two tasks are called `{}`", t.id.value),
            t.id.pos,
            "written twice",
            "give every task its own id",
        );
    }
    for rule in &t.audit {
        if !crate::audit::ids::RULE_IDS.contains(&rule.value.as_str()) {
            ctx.error(
                "drill::unknown-audit-rule",
                format!("no audit rule is called `{}`", rule.value),
                rule.pos,
                "not an audit rule",
                "`breakglass audit --format json` lists the rule ids",
            );
        }
    }
    Task {
        id: t.id.value.clone(),
        audit: t.audit.iter().map(|a| a.value.clone()).collect(),
        title: ctx.text(&t.title, "a task's title"),
        how: t.how.as_ref().map(|h| ctx.text(h, "a task's `how`")),
        pass: ctx.text(&t.pass, "a task's `pass`"),
        fix: t.fix.as_ref().map(|f| ctx.text(f, "a task's `fix`")),
    }
}
