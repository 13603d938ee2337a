//! F1 and F10: bytes from hostile files (playbooks, drills, sessions, file names) never
//! reach the terminal raw, through any command, error path or output format.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::common::{Run, exe, tempdir};

/// The escape sequences of the finding: clear the screen, write the clipboard (OSC 52),
/// ring the bell; plus a C1 CSI and a right-to-left override.
const EVIL: &str = "\u{1b}[2J\u{1b}]52;c;cHduZWQ=\u{7}\u{9b}31m\u{202E}";

/// The same in YAML double-quoted escapes.
const EVIL_YAML: &str = r"\e[2J\e]52;c;cHduZWQ=\a\x9b31m\u202E";

/// Fails if `bytes` hold anything that could drive a terminal or reorder text. `sgr_ok`
/// allows plain colour sequences (`ESC [ digits ; m`), which our own coloured output uses.
fn assert_clean(what: &str, bytes: &[u8], sgr_ok: bool) {
    let text = String::from_utf8_lossy(bytes);
    let mut rest: &str = &text;
    while let Some(i) = rest.find(|c: char| unsafe_char(c) && !matches!(c, '\n' | '\t' | '\r')) {
        let tail = &rest[i..];
        let sgr_len = tail
            .strip_prefix("\u{1b}[")
            .and_then(|t| t.find(|c: char| !(c.is_ascii_digit() || c == ';')))
            .filter(|&n| tail[2 + n..].starts_with('m'))
            .map(|n| n + 3);
        match sgr_len {
            Some(n) if sgr_ok => rest = &tail[n..],
            _ => panic!(
                "{what}: raw {:?} reached the output at byte {i}:\n{}",
                tail.chars().next(),
                text.escape_debug()
            ),
        }
    }
    assert!(
        !text.replace("\r\n", "").contains('\r'),
        "{what}: a lone carriage return"
    );
}

/// Control characters, and the invisible or reordering ones a terminal may act on. Written
/// out here rather than taken from the code under test.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

fn run_in(dir: &Path, args: &[&str], input: &str) -> Run {
    use std::io::Write as _;
    let mut child = Command::new(exe())
        .args(["--config-dir", "cfg", "--data-dir", "data"])
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let what = format!("breakglass {}", args.join(" "));
    assert_clean(&format!("{what} (stdout)"), &out.stdout, false);
    assert_clean(&format!("{what} (stderr)"), &out.stderr, false);
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs through `script`, so stdout and stderr are a real pty and colour is on; returns
/// the raw bytes the terminal would have received.
fn run_in_pty(dir: &Path, args: &str) -> Vec<u8> {
    let cmd = format!(
        "{} --config-dir cfg --data-dir data {args} </dev/null",
        exe().display()
    );
    let out = Command::new("script")
        .args(["-qefc", &cmd, "/dev/null"])
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    out.stdout
}

/// A scratch folder with `cfg/playbooks`, `cfg/drills` and `data`.
fn scratch() -> PathBuf {
    let dir = tempdir();
    for d in ["cfg/playbooks", "cfg/drills", "data"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    dir
}

/// A playbook with hostile bytes in the start, a node key, an option id, a `next`
/// reference and text fields (all written as YAML escapes, so it parses and every check
/// runs).
fn evil_playbook(id: &str) -> String {
    format!(
        "format: breakglass/v1\n\
         id: {id}\n\
         title: \"Evil {EVIL_YAML}\"\n\
         version: \"1\"\n\
         reviewed: 2026-11-01\n\
         start: \"q1{EVIL_YAML}\"\n\
         nodes:\n  \
           q1:\n    \
             question: First?\n    \
             options:\n      \
               - id: \"a{EVIL_YAML}\"\n        \
                 label: A\n        \
                 next: \"n1{EVIL_YAML}\"\n      \
               - id: b\n        \
                 label: B\n        \
                 next: done\n  \
           \"k{EVIL_YAML}\":\n    \
             outcome: Bad key\n    \
             kind: self-service\n    \
             steps:\n      \
               - text: x\n  \
           done:\n    \
             outcome: Done\n    \
             kind: self-service\n    \
             steps:\n      \
               - text: \"Step {EVIL_YAML}\"\n"
    )
}

/// A playbook whose second line is a comment holding the raw bytes (a YAML error).
fn raw_comment_playbook() -> String {
    format!("format: breakglass/v1\n# comment with a raw OSC 52: {EVIL}\nid: raw\n")
}

#[test]
fn hostile_playbooks_never_reach_the_terminal_raw() {
    let dir = scratch();
    std::fs::write(dir.join("evil.yaml"), evil_playbook("evil")).unwrap();
    std::fs::write(dir.join("raw.yaml"), raw_comment_playbook()).unwrap();
    std::fs::write(dir.join("cfg/playbooks/raw.yaml"), raw_comment_playbook()).unwrap();
    // A user playbook whose file name holds an escape sequence, and a broken one.
    std::fs::write(
        dir.join(format!("cfg/playbooks/na{EVIL}me.yaml")),
        evil_playbook("named"),
    )
    .unwrap();

    let r = run_in(&dir, &["validate", "evil.yaml"], "");
    r.code(1);
    // The hostile bytes are shown, visibly, not hidden.
    assert!(r.stdout.contains(r"\u{1b}[2J"), "{}", r.stdout);
    assert!(r.stdout.contains("<U+202E>"), "{}", r.stdout);

    let r = run_in(&dir, &["validate", "--format", "json", "evil.yaml"], "");
    r.code(1);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let text = json.to_string();
    assert!(
        text.contains("<U+202E>") && text.contains(r"\\u{9b}"),
        "{text}"
    );

    let r = run_in(&dir, &["validate", "raw.yaml"], "");
    r.code(1);
    assert!(r.stdout.contains(r"\u{1b}]52;c;"), "{}", r.stdout);

    for args in [
        &["validate"][..],
        &["validate", "--format", "json", "raw.yaml"],
        &["validate", "--stats", "evil.yaml"],
        &["walk", "raw.yaml"],
        &["--plain", "run", "raw.yaml"],
        &["list"],
        &["walk", "evil.yaml"],
        &["walk", "evil.yaml", "--json"],
        &["walk", "evil.yaml", "--format", "md"],
        &["graph", "evil.yaml"],
        &["graph", "evil.yaml", "--format", "dot"],
        &["run", "evil.yaml"],
        &["--plain", "run", "evil.yaml"],
        &["run", "named"],
        &["drill"],
        &["status"],
    ] {
        run_in(&dir, args, "1\n1\nq\n");
    }
}

#[test]
fn hostile_playbooks_in_a_real_terminal_get_only_colour_codes() {
    let dir = scratch();
    std::fs::write(dir.join("evil.yaml"), evil_playbook("evil")).unwrap();
    std::fs::write(dir.join("raw.yaml"), raw_comment_playbook()).unwrap();
    std::fs::write(
        dir.join(format!("cfg/playbooks/na{EVIL}me.yaml")),
        evil_playbook("named"),
    )
    .unwrap();
    for args in [
        "validate evil.yaml",
        "validate raw.yaml",
        "validate",
        "list",
        "walk evil.yaml",
    ] {
        let raw = run_in_pty(&dir, args);
        assert!(!raw.is_empty(), "{args}: no output through script");
        assert_clean(&format!("pty: {args}"), &raw, true);
    }
}

#[test]
fn hostile_drills_never_reach_the_terminal_raw() {
    let dir = scratch();
    let drill = format!(
        "format: breakglass-drill/v1\n\
         # {EVIL}\n\
         id: \"d{EVIL_YAML}\"\n\
         title: \"Drill {EVIL_YAML}\"\n\
         kind: tabletop\n\
         playbook: \"p{EVIL_YAML}\"\n\
         expect:\n  outcome: \"o{EVIL_YAML}\"\n"
    );
    std::fs::write(dir.join("evil-drill.yaml"), &drill).unwrap();
    std::fs::write(dir.join("cfg/drills/evil-drill.yaml"), &drill).unwrap();
    std::fs::write(dir.join(format!("cfg/drills/x{EVIL}.yaml")), &drill).unwrap();
    for args in [
        &["validate", "evil-drill.yaml"][..],
        &["validate", "--format", "json", "evil-drill.yaml"],
        &["drill"],
        &["drill", "list"],
        &["drill", "run", "evil-drill.yaml"],
        &["drill", "history"],
        &["status"],
    ] {
        run_in(&dir, args, "q\n");
    }
}

/// A saved session of the small fixture, then tampered with: hostile bytes in its title,
/// a fact, an answer's option and a node id.
fn tampered_session(dir: &Path) -> String {
    let fixture = super::common::fixture_path("small.yaml");
    let r = run_in(
        dir,
        &["--plain", "run", fixture.to_str().unwrap()],
        "1\n1\n1\n",
    );
    r.code(0);
    let sessions = dir.join("data/sessions");
    let file = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let mut t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    t["playbook"]["title"] = format!("Title {EVIL}").into();
    t["facts"] = serde_json::json!({ "tenant": format!("contoso{EVIL}.com") });
    let events = t["events"].as_array_mut().unwrap();
    events[1]["option"] = format!("left{EVIL}").into();
    events.push(serde_json::json!({
        "at": "2026-11-30T17:51:01Z", "event": "shown", "node": format!("n{EVIL}")
    }));
    std::fs::write(&file, serde_json::to_string_pretty(&t).unwrap()).unwrap();
    t["id"].as_str().unwrap().to_string()
}

#[test]
fn tampered_sessions_never_reach_the_terminal_raw() {
    let dir = scratch();
    let id = tampered_session(&dir);
    for args in [
        &["sessions"][..],
        &["report", &id],
        &["report", &id, "--format", "json"],
        &["report", &id, "--redact"],
        &["--plain", "--resume", &id],
        &["--plain"],
    ] {
        run_in(&dir, args, "q\n");
    }
    // A report written to a file is clean too: it will be opened, printed and pasted.
    run_in(&dir, &["report", &id, "--out", "case.md"], "");
    if let Ok(bytes) = std::fs::read(dir.join("case.md")) {
        assert_clean("report --out case.md", &bytes, false);
    }
}

#[test]
fn a_tampered_session_in_the_wizard_sends_no_hostile_bytes_to_the_terminal() {
    use std::io::Write as _;
    use std::time::Duration;
    let dir = scratch();
    std::fs::copy(
        super::common::fixture_path("small.yaml"),
        dir.join("cfg/playbooks/small.yaml"),
    )
    .unwrap();
    let id = tampered_session(&dir);
    // `script` gives the wizard a real pty and copies every byte it writes to stdout.
    let cmd = format!(
        "stty cols 80 rows 24; {} --config-dir cfg --data-dir data --resume {id}",
        exe().display()
    );
    let mut child = Command::new("script")
        .args(["-qefc", &cmd, "/dev/null"])
        .current_dir(&dir)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Open the case facts (they hold the tampered tenant), close them, quit, confirm.
    for keys in ["f", "\u{1b}", "q", "y"] {
        std::thread::sleep(Duration::from_millis(700));
        let _ = stdin.write_all(keys.as_bytes());
        let _ = stdin.flush();
    }
    std::thread::sleep(Duration::from_millis(700));
    drop(stdin);
    let watchdog = {
        let pid = child.id();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(10));
            let _ = Command::new("kill").arg(pid.to_string()).status();
        })
    };
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    let raw = String::from_utf8_lossy(&out.stdout);
    assert!(
        raw.contains("Small test playbook"),
        "the wizard did not draw:\n{}",
        raw.escape_debug()
    );
    // The tenant fact is shown, visibly: the escape as text, not as an escape.
    assert!(raw.contains(r"contoso\u{1b}[2J"), "{}", raw.escape_debug());
    for bad in ["\u{1b}]52;c;cHduZWQ=", "\u{202E}", "\u{9b}", "\u{7}"] {
        assert!(
            !raw.contains(bad),
            "{bad:?} reached the terminal:\n{}",
            raw.escape_debug()
        );
    }
}
