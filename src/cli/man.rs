//! `breakglass man`: the manual page, in roff, generated from the same clap definition as
//! `--help` (clap_mangen), plus what clap does not know: exit codes, environment and files.

use std::io::Write as _;
use std::process::ExitCode;

use clap::CommandFactory as _;
use roff::{Roff, bold, italic, roman};

use super::args::Cli;
use super::output::{FAILURE, error};

/// Prints the page to stdout.
pub fn run() -> ExitCode {
    let mut buf = Vec::new();
    if let Err(e) = render(&mut buf) {
        error(&format!("could not write the manual page: {e}"));
        return ExitCode::from(FAILURE);
    }
    match std::io::stdout().write_all(&buf) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            error(&format!("could not write the manual page: {e}"));
            ExitCode::from(FAILURE)
        }
    }
}

/// The whole page.
pub fn render(w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("breakglass {}", env!("CARGO_PKG_VERSION")))
        .manual("User Commands");
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    man.render_options_section(w)?;
    commands(cmd).to_writer(w)?;
    extra().to_writer(w)?;
    man.render_version_section(w)
}

/// A tagged paragraph: `tag` in bold, then `text`.
fn item(roff: &mut Roff, tag: &str, text: &str) {
    roff.control("TP", []).text([bold(tag)]).text([roman(text)]);
}

/// Every command and sub-command: its usage line, what it does, and its arguments.
fn commands(mut cmd: clap::Command) -> Roff {
    cmd.build();
    let mut r = Roff::new();
    r.control("SH", ["COMMANDS"]);
    command_items(&mut r, &cmd);
    r
}

fn command_items(r: &mut Roff, cmd: &clap::Command) {
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let usage = sub.clone().render_usage().to_string();
        let usage = usage
            .strip_prefix("Usage: ")
            .unwrap_or(&usage)
            .trim()
            .to_string();
        let about = sub
            .get_long_about()
            .or_else(|| sub.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        r.control("TP", []).text([bold(usage)]);
        for (i, para) in about.split("\n\n").enumerate() {
            if i > 0 {
                r.control("IP", []);
            }
            r.text([roman(para.replace('\n', " "))]);
        }
        let args: Vec<&clap::Arg> = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set() && a.get_id() != "help")
            .collect();
        for a in args {
            let name = match (a.get_short(), a.get_long()) {
                (_, Some(long)) if a.get_action().takes_values() => {
                    let choices: Vec<String> = a
                        .get_possible_values()
                        .iter()
                        .filter(|v| !v.is_hide_set())
                        .map(|v| v.get_name().to_string())
                        .collect();
                    let value = if choices.is_empty() {
                        a.get_value_names().and_then(|v| v.first()).map_or_else(
                            || a.get_id().to_string().to_uppercase(),
                            ToString::to_string,
                        )
                    } else {
                        choices.join("|")
                    };
                    format!("--{long} {value}")
                }
                (_, Some(long)) => format!("--{long}"),
                (Some(short), None) => format!("-{short}"),
                (None, None) => a.get_value_names().and_then(|v| v.first()).map_or_else(
                    || a.get_id().to_string().to_uppercase(),
                    ToString::to_string,
                ),
            };
            let help = a.get_help().map(ToString::to_string).unwrap_or_default();
            r.control("IP", [])
                .text([italic(name), roman(format!(": {help}"))]);
        }
        command_items(r, sub);
    }
}

fn extra() -> Roff {
    let mut r = Roff::new();
    r.control("SH", ["EXIT STATUS"]);
    for (code, text) in [
        (
            "0",
            "Done: an outcome was reached, or the command did what it was asked.",
        ),
        (
            "1",
            "An error: a playbook or drill with errors, or a file that could not be read or written.",
        ),
        (
            "2",
            "Usage: the command line was wrong, or walk was given an unknown node or option.",
        ),
        (
            "3",
            "walk (or plain mode reading answers from a pipe) stopped at a question with no answer.",
        ),
        (
            "4",
            "status --strict found a drill overdue, never run, or last failed.",
        ),
        (
            "128+N",
            "Ended by signal N (130 for Ctrl+C); the session was saved first.",
        ),
    ] {
        item(&mut r, code, text);
    }
    r.control("SH", ["ENVIRONMENT"]);
    for (var, text) in [
        (
            "BREAKGLASS_CONFIG_DIR",
            "Where your own playbooks (in its playbooks/ folder) and drills (drills/) are read from, instead of the platform config directory. --config-dir wins over it.",
        ),
        (
            "BREAKGLASS_DATA_DIR",
            "Where sessions, reports and drill runs are saved, instead of the platform data directory. --data-dir wins over it.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colours (as --no-color).",
        ),
        (
            "TERM",
            "When dumb, breakglass uses the line-by-line plain mode instead of the full-screen wizard.",
        ),
        (
            "BREAKGLASS_COMPLETE",
            "Set by the scripts of breakglass completions when they ask the binary what to complete; not for use by hand.",
        ),
    ] {
        item(&mut r, var, text);
    }
    r.control("SH", ["FILES"]);
    r.text([roman(
        "The directories come from the platform conventions for the application name breakglass; \
         on Linux they follow the XDG base directory specification.",
    )]);
    for (path, text) in [
        (
            "$XDG_CONFIG_HOME/breakglass/playbooks/*.yaml",
            "Your own playbooks (default ~/.config/breakglass; macOS ~/Library/Application Support/breakglass; Windows %APPDATA%\\breakglass\\config).",
        ),
        (
            "$XDG_CONFIG_HOME/breakglass/drills/*.yaml",
            "Your own drills.",
        ),
        (
            "$XDG_DATA_HOME/breakglass/sessions/ID.json",
            "Saved sessions, one file each, mode 0600 (default ~/.local/share/breakglass; macOS ~/Library/Application Support/breakglass; Windows %LOCALAPPDATA%\\breakglass\\data).",
        ),
        (
            "$XDG_DATA_HOME/breakglass/reports/",
            "Reports written by the wizard.",
        ),
        (
            "$XDG_DATA_HOME/breakglass/drills/RUN.json",
            "Drill runs, for history and after-action reports.",
        ),
    ] {
        item(&mut r, path, text);
    }
    r.control("SH", ["EXAMPLES"]);
    for (example, text) in [
        (
            "breakglass",
            "Start the wizard on the built-in MFA lockout playbook.",
        ),
        (
            "breakglass walk --answer which-service=azure-admin",
            "Follow answers without the wizard.",
        ),
        (
            "breakglass validate my-playbook.yaml",
            "Check a playbook of your own.",
        ),
        (
            "source <(breakglass completions bash)",
            "Turn on completion in bash.",
        ),
        ("breakglass man | man -l -", "Read this page."),
    ] {
        item(&mut r, example, text);
    }
    r.control("SH", ["SEE ALSO"]);
    r.text([
        roman("The README and docs/ in the source repository; "),
        italic("breakglass --help"),
        roman(" and "),
        italic("breakglass COMMAND --help"),
        roman("."),
    ]);
    r
}
