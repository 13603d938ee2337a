//! The command-line contract (clap derive). Subcommands, flags and their help texts.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};

use super::complete;

/// Offline help for Microsoft Azure / Entra ID / Microsoft 365 MFA lockouts.
///
/// Run with no command to start the wizard on the built-in lockout playbook. breakglass
/// never asks for a password, code, recovery key or token, and never uses the network.
#[derive(Debug, Parser)]
#[command(name = "breakglass", version = super::version::LINE.as_str(), about, long_about)]
// Each flag is a switch the user types; clap maps them to bools, not to a state machine.
#[allow(clippy::struct_excessive_bools)]
pub struct Cli {
    /// What to do (default: the wizard).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Use no colours (also when NO_COLOR is set).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Print web addresses as plain text, not as clickable OSC 8 hyperlinks (also when
    /// TERM=dumb).
    #[arg(long, global = true)]
    pub no_links: bool,
    /// Where your own playbooks live (default: the platform config dir, or
    /// BREAKGLASS_CONFIG_DIR); playbooks are read from its `playbooks/` folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    /// Where sessions and reports are saved (default: the platform's local data dir, or
    /// BREAKGLASS_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Resume the saved session with this id in the wizard (see `breakglass sessions`).
    #[arg(long, value_name = "ID", conflicts_with = "at", add = ArgValueCandidates::new(complete::sessions))]
    pub resume: Option<String>,
    /// Open the position a path code names (a helper reads it to you, e.g. 4G2K-XP).
    #[arg(long, value_name = "CODE")]
    pub at: Option<String>,
    /// The language of playbook text, e.g. zh-CN (default: BREAKGLASS_LANG, then the
    /// system locale, then English). Shown when the playbook has a translation.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Line-by-line mode for screen readers, pipes and dumb terminals (also chosen when
    /// stdin or stdout is not a terminal, or TERM=dumb).
    #[arg(long, global = true)]
    pub plain: bool,
    /// Start the wizard in the presenter view, for a helper on a call.
    #[arg(long)]
    pub present: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the wizard on a playbook: an id (see `list`) or a path to a YAML file.
    Run {
        /// Playbook id or path (default: entra-mfa-lockout).
        #[arg(add = ArgValueCompleter::new(complete::playbooks))]
        playbook: Option<String>,
    },
    /// Follow answers through a playbook without the wizard and print where they lead.
    ///
    /// Exits 0 at an outcome, 3 at a question with no answer given (printing it with its
    /// option ids), 2 if an answer names an unknown node or option.
    Walk {
        /// Playbook id or path (default: entra-mfa-lockout).
        #[arg(add = ArgValueCompleter::new(complete::playbooks))]
        playbook: Option<String>,
        /// An answer, as NODE=OPTION; repeat for each question.
        #[arg(short, long = "answer", value_name = "NODE=OPTION")]
        answers: Vec<String>,
        /// Start from the position a path code names (then apply any --answer).
        #[arg(long, value_name = "CODE")]
        at: Option<String>,
        /// Print JSON instead of text (same as --format json).
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Output format: text, json, or md (Markdown to send to someone without the tool).
        #[arg(long, value_enum)]
        format: Option<WalkFormat>,
    },
    /// Check playbooks and report every problem with its file, line and column.
    ///
    /// Exits 1 if any file has an error (or a warning, with --deny-warnings), else 0.
    Validate {
        /// Playbook files or ids (default: every playbook `list` shows).
        #[arg(add = ArgValueCompleter::new(complete::playbooks))]
        targets: Vec<String>,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
        /// Warn when `reviewed` is older than this many days.
        #[arg(long, value_name = "DAYS", default_value_t = 180)]
        max_age: u32,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Also print node, question and outcome counts and path lengths.
        #[arg(long)]
        stats: bool,
    },
    /// Print the decision tree as a Mermaid or Graphviz (DOT) graph.
    Graph {
        /// Playbook id or path (default: entra-mfa-lockout).
        #[arg(add = ArgValueCompleter::new(complete::playbooks))]
        playbook: Option<String>,
        /// Graph language.
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    /// Print the JSON Schema of the playbook format (or, with --drill, of drill files).
    Schema {
        /// The drill file schema instead.
        #[arg(long)]
        drill: bool,
    },
    /// Drills: list them, run one against the clock, see past runs and reports.
    ///
    /// With no subcommand, lists the drills.
    Drill {
        /// What to do (default: list).
        #[command(subcommand)]
        action: Option<DrillCommand>,
    },
    /// When each drill last ran and which are due or overdue, and when the tenant was last
    /// audited: the first screen a security lead should see.
    ///
    /// Exits 0; with --strict, exits 4 when a drill is overdue, never run, or last failed,
    /// or the last audit is more than 90 days old.
    Status {
        /// Exit 4 when something needs attention (for a scheduled job).
        #[arg(long)]
        strict: bool,
    },
    /// Check a tenant's break-glass readiness from an offline Microsoft Graph export.
    ///
    /// `--export-commands` prints the read-only commands that make the export (breakglass
    /// never runs them and never uses the network); `audit DIR` reads it and reports each
    /// rule, worst first, with its evidence, its Microsoft source and the playbook outcome
    /// or checklist item that fixes it. Emergency accounts are named in
    /// `<config>/emergency-accounts.yaml` or with --emergency, else guessed by name. The
    /// result is recorded for `breakglass status`. Exits 0; 1 if an export file could not
    /// be used; with --strict, 4 when a rule fails.
    Audit {
        /// The export folder (what the export commands wrote).
        #[arg(value_name = "DIR", required_unless_present = "export_commands")]
        dir: Option<PathBuf>,
        /// Print the read-only commands that make an export, and exit.
        #[arg(long, conflicts_with = "dir")]
        export_commands: bool,
        /// The shell for --export-commands: PowerShell (Microsoft Graph) or bash (az rest).
        #[arg(long, value_enum, default_value_t = AuditShell::Pwsh)]
        shell: AuditShell,
        /// Output format.
        #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
        format: AuditFormat,
        /// Replace names, sign-in names, ids and domains with placeholders, for sharing.
        #[arg(long)]
        redact: bool,
        /// An emergency-access account, by object id or sign-in name; repeat for each.
        /// Replaces `<config>/emergency-accounts.yaml`.
        #[arg(long = "emergency", value_name = "ID_OR_UPN")]
        emergency: Vec<String>,
        /// Do not record the result for `breakglass status`.
        #[arg(long)]
        no_record: bool,
        /// Exit 4 when a rule fails (for a scheduled job).
        #[arg(long)]
        strict: bool,
        /// Write the report to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List the built-in playbooks and your own, with where each comes from.
    List {
        /// Print JSON (id, title, version, reviewed, format, origin), for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a translation skeleton for a playbook or a drill (`<file>.<lang>.yaml` beside
    /// it), or update one: new strings added, stale ones marked, nothing lost.
    ///
    /// Needs --lang. A built-in's translation is written to your playbook (or drill)
    /// folder.
    Translate {
        /// Playbook or drill: id or path.
        #[arg(add = ArgValueCompleter::new(complete::playbooks))]
        playbook: String,
        /// Write here instead of beside the playbook.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List saved sessions, or delete some.
    Sessions {
        /// Delete the session with this id.
        #[arg(long, value_name = "ID", conflicts_with = "older_than", add = ArgValueCandidates::new(complete::sessions))]
        delete: Option<String>,
        /// Delete every session last changed more than this many days ago.
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
    },
    /// Write the report of a saved session: Markdown for a ticket, or JSON.
    Report {
        /// The session id (see `breakglass sessions`).
        #[arg(add = ArgValueCandidates::new(complete::sessions))]
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SessionFormat::Md)]
        format: SessionFormat,
        /// Write to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace case facts, e-mail addresses and GUIDs with placeholders, for sharing.
        #[arg(long)]
        redact: bool,
    },
    /// Print a shell completion script (completes commands, options, and playbook, drill
    /// and session ids).
    ///
    /// bash: `source <(breakglass completions bash)` in ~/.bashrc. zsh: `source
    /// <(breakglass completions zsh)` in ~/.zshrc. fish: `breakglass completions fish |
    /// source` in ~/.config/fish/config.fish. The script runs `breakglass` from PATH.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), e.g. `breakglass man | man -l -`.
    Man,
}

/// The `drill` subcommands.
#[derive(Debug, Subcommand)]
pub enum DrillCommand {
    /// List the built-in drills and your own, with when each is due.
    List,
    /// Run a drill: tabletop drills walk their playbook against the clock with injects;
    /// validation drills list real tasks to mark pass, fail or skipped.
    Run {
        /// Drill id (see `breakglass drill`) or a path to a drill file.
        #[arg(add = ArgValueCandidates::new(complete::drills))]
        id: String,
        /// Also show the expected path and the inject schedule (for the facilitator).
        #[arg(long)]
        facilitator: bool,
    },
    /// List past runs with their scores, and the trend per drill.
    History {
        /// Only this drill.
        #[arg(add = ArgValueCandidates::new(complete::drills))]
        id: Option<String>,
    },
    /// Write the after-action report of a run: Markdown for an auditor, or JSON.
    Report {
        /// The run id (see `breakglass drill history`).
        #[arg(add = ArgValueCandidates::new(complete::runs))]
        run: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SessionFormat::Md)]
        format: SessionFormat,
        /// Write to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// How `walk` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WalkFormat {
    /// Text for a terminal.
    Text,
    /// JSON (breakglass-walk/1).
    Json,
    /// Markdown, to send to someone without the tool.
    Md,
}

/// How `audit` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    /// A table for a terminal, worst first.
    Text,
    /// Markdown, for a ticket or a change request.
    Md,
    /// JSON (breakglass-audit/1).
    Json,
}

/// The shell `audit --export-commands` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditShell {
    /// PowerShell 7 with Microsoft Graph PowerShell (Invoke-MgGraphRequest).
    Pwsh,
    /// bash with the Azure CLI (az rest) and jq.
    Bash,
}

/// How `report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SessionFormat {
    /// Markdown, for tickets, chats and paper.
    Md,
    /// JSON (breakglass-report/1).
    Json,
}

/// How `validate` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Rendered diagnostics with snippets, for people.
    Text,
    /// One JSON document, for editors and CI.
    Json,
}

/// Which graph language `graph` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Mermaid flowchart (renders on GitHub in a ```mermaid block).
    Mermaid,
    /// Graphviz DOT (`dot -Tsvg`).
    Dot,
}

/// The shells `completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// GNU bash.
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// elvish.
    Elvish,
}

impl Shell {
    /// The name clap_complete knows the shell by.
    pub fn name(self) -> &'static str {
        match self {
            Self::Bash => "bash",
            Self::Zsh => "zsh",
            Self::Fish => "fish",
            Self::Powershell => "powershell",
            Self::Elvish => "elvish",
        }
    }
}
