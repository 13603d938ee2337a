//! Structured problems found in a playbook: what, where, and what to do about it.
//!
//! The library only builds these; front ends render them (the binary uses miette).

use std::fmt::Write as _;

use super::yaml::Pos;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The playbook cannot be used.
    Error,
    /// The playbook works, but something should be fixed.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem in a playbook file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable machine code, e.g. `playbook::dangling-next`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// One sentence: what is wrong.
    pub message: String,
    /// Where it is, when known.
    pub pos: Option<Pos>,
    /// A few words shown under the offending text.
    pub label: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A new error at `pos`.
    pub fn error(code: &'static str, message: impl Into<String>, pos: Option<Pos>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message: message.into(),
            pos,
            label: String::new(),
            help: None,
        }
    }

    /// A new warning at `pos`.
    pub fn warning(code: &'static str, message: impl Into<String>, pos: Option<Pos>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message, pos)
        }
    }

    /// Sets the label shown under the offending text.
    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Sets the help line.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `line:col`, or an empty string when the position is unknown.
    pub fn line_col(&self) -> String {
        match self.pos {
            Some(p) if p.is_known() => format!("{}:{}", p.line, p.col),
            _ => String::new(),
        }
    }

    /// One line in the compilers' style: `file:line:col: error[code]: message (label);
    /// help: ...`. The build script prints built-in playbooks' problems this way.
    pub fn to_line(&self, file: &str) -> String {
        let place = match self.line_col() {
            lc if lc.is_empty() => file.to_string(),
            lc => format!("{file}:{lc}"),
        };
        let mut line = format!(
            "{place}: {}[{}]: {}",
            self.severity.as_str(),
            self.code,
            self.message
        );
        if !self.label.is_empty() {
            let _ = write!(line, " ({})", self.label);
        }
        if let Some(help) = &self.help {
            let _ = write!(line, "; help: {help}");
        }
        line
    }
}
