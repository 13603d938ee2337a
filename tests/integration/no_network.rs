//! breakglass never uses the network: every command runs under `strace -f -e
//! trace=network`, and not one network system call (socket, connect, send, ...) may appear.
//!
//! Needs strace (`.ci/run` installs it).

use std::process::{Command, Stdio};

use super::common::{FOUNDING, exe, fixture_path, tempdir};

/// Runs breakglass with `args` and `input` under strace; returns the network calls seen.
fn network_calls(dir: &std::path::Path, args: &[&str], input: &str) -> Vec<String> {
    use std::io::Write as _;
    let trace = dir.join(format!("trace-{}.txt", args.join("-").replace('/', "_")));
    let mut child = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network", "-o"])
        .arg(&trace)
        .arg(exe())
        .args(["--config-dir", "cfg", "--data-dir", "data"])
        .args(args)
        .current_dir(dir)
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("these tests need strace on PATH (.ci/run installs it)");
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    let status = child.wait().unwrap();
    let text = std::fs::read_to_string(&trace).unwrap_or_else(|e| {
        panic!("strace wrote no trace for {args:?} ({status}): {e}");
    });
    text.lines()
        .filter(|l| {
            !l.contains("+++ exited") && !l.contains("+++ killed") && !l.contains("--- SIG")
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn no_command_makes_a_network_call() {
    let dir = tempdir();
    std::fs::create_dir_all(dir.join("cfg/playbooks")).unwrap();
    std::fs::copy(
        fixture_path("small.yaml"),
        dir.join("cfg/playbooks/small.yaml"),
    )
    .unwrap();
    let mut founding: Vec<&str> = vec!["walk"];
    for a in FOUNDING {
        founding.extend(["--answer", a]);
    }
    let runs: Vec<(Vec<&str>, &str)> = vec![
        (founding.clone(), ""),
        (vec!["--plain"], "1\n1\n1\n2\n2\n3\n5\n1\ne\nq\n"),
        (vec!["validate"], ""),
        (vec!["list"], ""),
        (vec!["graph"], ""),
        (vec!["schema"], ""),
        (vec!["sessions"], ""),
        (vec!["drill"], ""),
        (
            vec!["--plain", "drill", "run", "founding-case"],
            "\n1\n1\n1\n2\n2\n3\n5\n1\nq\n",
        ),
        (vec!["status"], ""),
    ];
    for (args, input) in &runs {
        let calls = network_calls(&dir, args, input);
        assert!(
            calls.is_empty(),
            "{args:?} made network calls:\n{}",
            calls.join("\n")
        );
    }
    // The plain run saved a session: its report, too.
    let id = std::fs::read_dir(dir.join("data/sessions"))
        .unwrap()
        .find_map(|e| e.ok()?.path().file_stem()?.to_str().map(String::from))
        .expect("the plain run saved a session");
    for args in [
        vec!["report", id.as_str()],
        vec!["report", &id, "--format", "json"],
    ] {
        let calls = network_calls(&dir, &args, "");
        assert!(
            calls.is_empty(),
            "{args:?} made network calls:\n{}",
            calls.join("\n")
        );
    }
}
