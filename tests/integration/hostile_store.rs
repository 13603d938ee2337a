//! Hostile files in the data directory and hard cases of saving, through the real binary
//! (issue 15): a session's file name, never its `id` field, decides where it is saved
//! (F2); `--out` never changes a folder breakglass did not create (F3); FIFOs, links to
//! devices and huge files are refused without hanging (F5); two processes never write one
//! session (F9); leftover temporary files are swept (F12). Every run has a watchdog, so a
//! hang fails the test instead of blocking it.
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::tmux::Tmux;

use crate::common::{Run, builtin_playbook, empty_config, exe, tempdir};
use breakglass::engine::Session;
use breakglass::journal::Journal;
use breakglass::store::Store;
use breakglass::transcript::FixedClock;

/// How long any one run may take before the test calls it a hang (generous: a loaded
/// 2-core CI machine is slow, and a real hang never ends).
const WATCHDOG: Duration = Duration::from_secs(30);

fn command(args: &[&str], data: &Path) -> Command {
    let mut c = Command::new(exe());
    c.args(args)
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .env("TERM", "xterm-256color")
        .env("BREAKGLASS_CONFIG_DIR", empty_config())
        .env("BREAKGLASS_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Waits for `child` with the watchdog: killed and failed after [`WATCHDOG`].
fn finish(mut child: Child, what: &str) -> Run {
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`{what}` hung for more than {WATCHDOG:?} and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
    }
}

/// Runs the binary with `input` on stdin, in `cwd` if given, under the watchdog.
fn run_in(args: &[&str], input: &str, data: &Path, cwd: Option<&Path>) -> Run {
    let mut c = command(args, data);
    if let Some(d) = cwd {
        c.current_dir(d);
    }
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    finish(child, &args.join(" "))
}

fn run(args: &[&str], input: &str, data: &Path) -> Run {
    run_in(args, input, data, None)
}

/// Saves a session that answered the first `n` questions of the built-in playbook, last
/// changed at `at`; returns its id.
fn saved(data: &Path, n: usize, at: &str) -> String {
    let pb = builtin_playbook();
    let mut session = Session::new(pb.clone());
    let clock = Box::new(FixedClock(at.parse().unwrap()));
    let mut journal = Journal::start(&pb, Some(Store::at(data)), clock);
    journal.record(session.drain_events()).unwrap();
    for a in crate::common::FOUNDING.iter().take(n) {
        let (node, option) = a.split_once('=').unwrap();
        session.answer(node, option).unwrap();
        journal.record(session.drain_events()).unwrap();
    }
    journal.transcript().id.clone()
}

fn session_file(data: &Path, id: &str) -> PathBuf {
    data.join("sessions").join(format!("{id}.json"))
}

/// Rewrites one top-level field of a saved session (or run) file.
fn tamper(file: &Path, field: &str, value: &str) {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    v[field] = serde_json::Value::String(value.to_string());
    std::fs::write(file, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

/// Every file under `dir`, recursively (links not followed).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries {
        let path = e.unwrap().path();
        if std::fs::symlink_metadata(&path).unwrap().is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

// F2 -------------------------------------------------------------------------------------

#[test]
fn a_session_whose_id_points_outside_is_saved_under_its_own_file_name() {
    for evil in ["../../outside/x", "/tmp/breakglass-evil-absolute/x"] {
        let base = tempdir();
        let data = base.join("data");
        let id = saved(&data, 2, "2026-11-28T14:00:00Z");
        tamper(&session_file(&data, &id), "id", evil);
        let r = run(&["--plain", "--resume", &id], "1\n", &data);
        r.code(3);
        assert!(!base.join("outside").exists(), "written outside: {evil}");
        assert!(!Path::new("/tmp/breakglass-evil-absolute").exists());
        let files = files_under(&data.join("sessions"));
        assert_eq!(files, vec![session_file(&data, &id)], "{evil}");
        let t = Store::at(&data).load(&id).unwrap();
        assert_eq!(t.answers().len(), 3, "the resumed step was saved in place");
        let raw = std::fs::read_to_string(session_file(&data, &id)).unwrap();
        assert!(raw.contains(&format!("\"id\": \"{id}\"")), "{raw}");
    }
}

#[test]
fn resuming_a_session_that_claims_another_ones_id_leaves_the_other_alone() {
    let data = tempdir();
    let a = saved(&data, 2, "2026-11-28T14:00:00Z");
    let b = saved(&data, 3, "2026-11-28T15:00:00Z");
    let b_before = std::fs::read(session_file(&data, &b)).unwrap();
    tamper(&session_file(&data, &a), "id", &b);
    run(&["--plain", "--resume", &a], "1\n", &data).code(3);
    assert_eq!(
        std::fs::read(session_file(&data, &b)).unwrap(),
        b_before,
        "the other session was overwritten"
    );
    assert_eq!(Store::at(&data).load(&a).unwrap().answers().len(), 3);
    let list = run(&["sessions"], "", &data);
    list.code(0).stdout_has(&a).stdout_has(&b);
}

#[test]
fn older_than_deletes_by_file_name_only() {
    let data = tempdir();
    let old = saved(&data, 2, "2020-01-01T00:00:00Z");
    let recent = saved(&data, 2, "2099-01-01T00:00:00Z");
    // The old one claims to be the recent one.
    tamper(&session_file(&data, &old), "id", &recent);
    // Not a session name: never read, never deleted.
    let stray = data.join("sessions").join("notes.json");
    std::fs::write(&stray, "{}").unwrap();
    run(&["sessions", "--older-than", "30"], "", &data)
        .code(0)
        .stdout_has("Deleted 1 session(s)");
    assert!(!session_file(&data, &old).exists(), "the old one is gone");
    assert!(
        session_file(&data, &recent).exists(),
        "the recent one was deleted"
    );
    assert!(stray.exists());
}

#[test]
fn parallel_starts_never_share_an_id_and_ids_carry_64_random_bits() {
    let data = tempdir();
    let n = 200;
    let children: Vec<Child> = (0..n)
        .map(|_| {
            let mut child = command(&["--plain"], &data).spawn().unwrap();
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(b"1\n").unwrap();
            child
        })
        .collect();
    for child in children {
        finish(child, "--plain").code(3);
    }
    let (sessions, broken) = Store::at(&data).list();
    assert!(broken.is_empty(), "{broken:?}");
    assert_eq!(sessions.len(), n, "a session was overwritten by another");
    for t in &sessions {
        let random = t.id.rsplit('-').next().unwrap();
        assert_eq!(random.len(), 16, "{}", t.id);
        assert!(random.bytes().all(|b| b.is_ascii_hexdigit()), "{}", t.id);
    }
}

#[test]
fn a_new_id_never_takes_the_place_of_an_existing_file() {
    let data = tempdir();
    let store = Store::at(&data);
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    let before = std::fs::read(session_file(&data, &id)).unwrap();
    let mut other = store.load(&id).unwrap();
    other.events.clear();
    let err = store.save_new(&other).unwrap_err();
    assert_eq!(err.kind, std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read(session_file(&data, &id)).unwrap(), before);
}

// F3 -------------------------------------------------------------------------------------

#[test]
fn out_never_changes_the_mode_of_a_folder_breakglass_did_not_create() {
    let data = tempdir();
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    // A shared temp folder: 1777 with the sticky bit.
    let shared = tempdir();
    chmod(&shared, 0o1777);
    run(
        &[
            "report",
            &id,
            "--out",
            shared.join("case.md").to_str().unwrap(),
        ],
        "",
        &data,
    )
    .code(0);
    assert!(shared.join("case.md").exists());
    assert_eq!(mode(&shared), 0o1777, "the shared folder lost its mode");
    assert_eq!(mode(&shared.join("case.md")), 0o600);
    // `--out case.md` in the current folder.
    let cwd = tempdir();
    chmod(&cwd, 0o755);
    run_in(&["report", &id, "--out", "case.md"], "", &data, Some(&cwd)).code(0);
    assert!(cwd.join("case.md").exists());
    assert_eq!(mode(&cwd), 0o755, "the current folder was changed");
    // A folder `--out` creates is breakglass's own: private.
    run_in(
        &["report", &id, "--out", "new/dir/case.md"],
        "",
        &data,
        Some(&cwd),
    )
    .code(0);
    assert_eq!(mode(&cwd.join("new")), 0o700);
    assert_eq!(mode(&cwd.join("new/dir")), 0o700);
    // The same for a drill run's report.
    run(
        &["drill", "run", "founding-case", "--plain"],
        "\n1\n",
        &data,
    )
    .code(0);
    let run_id = Store::at(&data).list_runs().0[0].id.clone();
    let out = shared.join("drill.md");
    run(
        &["drill", "report", &run_id, "--out", out.to_str().unwrap()],
        "",
        &data,
    )
    .code(0);
    assert!(out.exists());
    assert_eq!(
        mode(&shared),
        0o1777,
        "drill report changed the shared folder"
    );
}

#[test]
fn symlinked_sessions_and_reports_folders_keep_their_mode() {
    let base = tempdir();
    let data = base.join("data");
    std::fs::create_dir(&data).unwrap();
    chmod(&data, 0o755);
    let sessions = base.join("elsewhere-sessions");
    let reports = base.join("elsewhere-reports");
    for d in [&sessions, &reports] {
        std::fs::create_dir(d).unwrap();
        chmod(d, 0o755);
    }
    std::os::unix::fs::symlink(&sessions, data.join("sessions")).unwrap();
    std::os::unix::fs::symlink(&reports, data.join("reports")).unwrap();
    // Answer one question, write the report (e), quit.
    run(&["--plain"], "1\ne\nq\n", &data).code(0);
    assert_eq!(
        files_under(&sessions).len(),
        1,
        "the session was saved there"
    );
    assert_eq!(
        files_under(&reports).len(),
        1,
        "the report was written there"
    );
    assert_eq!(mode(&sessions), 0o755);
    assert_eq!(mode(&reports), 0o755);
    assert_eq!(
        mode(&data),
        0o755,
        "the data folder existed: not ours to change"
    );
}

// F5 -------------------------------------------------------------------------------------

/// A FIFO and a link to /dev/zero named like sessions and runs, and a file over the cap.
fn hostile_data() -> (PathBuf, String) {
    let data = tempdir();
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    for dir in ["sessions", "drills"] {
        let d = data.join(dir);
        std::fs::create_dir_all(&d).unwrap();
        mkfifo(&d.join("20261128T140000Z-f1f0.json"));
        std::os::unix::fs::symlink("/dev/zero", d.join("20261128T140000Z-2e50.json")).unwrap();
        let big = std::fs::File::create(d.join("20261128T140000Z-b16.json")).unwrap();
        big.set_len(5 * 1024 * 1024).unwrap();
    }
    (data, id)
}

#[test]
fn fifos_device_links_and_huge_files_are_skipped_without_hanging() {
    let (data, id) = hostile_data();
    let r = run(&["sessions"], "", &data);
    r.code(0)
        .stdout_has(&id)
        .stdout_has("20261128T140000Z-f1f0.json: it is a FIFO (named pipe)")
        .stdout_has("20261128T140000Z-2e50.json: it is a symbolic link")
        .stdout_has("more than the 4 MiB");
    let fifo = "20261128T140000Z-f1f0";
    let zero = "20261128T140000Z-2e50";
    for bad in [fifo, zero, "20261128T140000Z-b16"] {
        let r = run(&["report", bad], "", &data);
        r.code(1).stderr_has("skipped");
        let r = run(&["--plain", "--resume", bad], "", &data);
        r.code(1).stderr_has("skipped");
        let r = run(&["drill", "report", bad], "", &data);
        r.code(1).stderr_has("skipped");
    }
    // Start-up (which looks for a session to offer) and the drill commands.
    run(&["--plain"], "1\n", &data).code(3);
    run(&["drill", "history"], "", &data)
        .code(0)
        .stderr_has("it is a FIFO (named pipe)")
        .stderr_has("it is a symbolic link");
    run(&["drill"], "", &data).code(0);
    run(&["status", "--strict"], "", &data)
        .code(4)
        .stderr_has("it is a FIFO (named pipe)");
    // Nothing was read from the link.
    assert!(
        std::fs::symlink_metadata(data.join("sessions").join(format!("{zero}.json")))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_broken_drill_run_is_called_a_drill_run() {
    let data = tempdir();
    std::fs::create_dir_all(data.join("drills")).unwrap();
    std::fs::write(data.join("drills/20261128T140000Z-abcd.json"), "{ not json").unwrap();
    run(&["drill", "history"], "", &data)
        .code(0)
        .stderr_has("is not a breakglass drill run")
        .stderr_lacks("breakglass session");
}

// F9 -------------------------------------------------------------------------------------

#[test]
fn a_second_process_cannot_write_a_session_open_in_another() {
    let data = tempdir();
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    // The first one resumes and waits for input, its stdin held open.
    let mut first = command(&["--plain", "--resume", &id], &data)
        .spawn()
        .unwrap();
    let lock = data.join("locks").join(format!("{id}.lock"));
    let start = Instant::now();
    while !std::fs::read_to_string(&lock).is_ok_and(|s| s.trim() == first.id().to_string()) {
        assert!(start.elapsed() < WATCHDOG, "the first process never locked");
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = run(&["--plain", "--resume", &id], "1\n", &data);
    second.code(1).stderr_has(&format!(
        "session {id} is open in another breakglass (process {}): finish there, or start a new session",
        first.id()
    ));
    // Not offered to a fresh start either, and `sessions --delete` keeps it.
    let fresh = run(&["--plain"], "1\n", &data);
    fresh.code(3);
    assert!(
        !fresh.stdout.contains("unfinished session"),
        "{}",
        fresh.stdout
    );
    run(&["sessions", "--delete", &id], "", &data)
        .code(1)
        .stderr_has("is open in another breakglass");
    // The first one goes on and loses nothing.
    let mut stdin = first.stdin.take().unwrap();
    stdin.write_all(b"1\n").unwrap();
    drop(stdin);
    finish(first, "first --resume").code(3);
    assert_eq!(Store::at(&data).load(&id).unwrap().answers().len(), 3);
    assert!(
        !lock.exists(),
        "the lock file is removed when the session closes"
    );
    // Now the second one may.
    run(&["--plain", "--resume", &id], "1\n", &data).code(0);
    assert_eq!(Store::at(&data).load(&id).unwrap().answers().len(), 4);
}

// F12 ------------------------------------------------------------------------------------

fn age(path: &Path, ago: &str) {
    let ok = Command::new("touch")
        .args(["-h", "-d", ago])
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

#[test]
fn stale_temporary_files_are_swept_at_start_up_and_nothing_else() {
    let data = tempdir();
    let sessions = data.join("sessions");
    let drills = data.join("drills");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::create_dir_all(&drills).unwrap();
    let stale = [sessions.join(".tmp-a1B2c3"), drills.join(".tmp-Zz9y8X")];
    let fresh = sessions.join(".tmp-q1w2e3");
    let other_name = sessions.join(".tmp-notours.json");
    let link_target = tempdir().join("keep");
    std::fs::write(&link_target, "keep").unwrap();
    let link = sessions.join(".tmp-l1n2k3");
    std::os::unix::fs::symlink(&link_target, &link).unwrap();
    let folder = sessions.join(".tmp-d1r2x3");
    std::fs::create_dir(&folder).unwrap();
    // A lock left by a killed breakglass, which no process holds any more.
    let locks = data.join("locks");
    std::fs::create_dir_all(&locks).unwrap();
    let dead_lock = locks.join("20261128T140000Z-abcd.lock");
    std::fs::write(&dead_lock, "999999\n").unwrap();
    age(&dead_lock, "2 hours ago");
    for f in stale.iter().chain([&fresh, &other_name]) {
        std::fs::write(f, "half a sess").unwrap();
    }
    for f in stale.iter().chain([&other_name, &link, &folder]) {
        age(f, "2 hours ago");
    }
    run(&["sessions"], "", &data).code(0);
    for f in &stale {
        assert!(!f.exists(), "{} was not swept", f.display());
    }
    for f in [&fresh, &other_name, &folder, &link_target] {
        assert!(f.exists(), "{} was removed", f.display());
    }
    assert!(
        std::fs::symlink_metadata(&link).is_ok(),
        "the link was removed"
    );
    assert!(!dead_lock.exists(), "the dead lock file was not swept");
}

// F2 in the wizard: declining the resume offer -----------------------------------------

/// Runs the wizard in a detached tmux pane (80×24); the server ends when it is dropped.
fn start_wizard(data: &Path) -> Tmux {
    let script = format!(
        "{}; printf '\\r\\nEND-OF-RUN\\r\\n'; sleep 60",
        exe().display()
    );
    let t = Tmux::new("bg-store");
    let config = format!("BREAKGLASS_CONFIG_DIR={}", empty_config().display());
    let data = format!("BREAKGLASS_DATA_DIR={}", data.display());
    t.start((80, 24), &[&config, &data], &["sh", "-c", &script]);
    t
}

#[test]
fn declining_the_offer_in_the_wizard_marks_the_file_by_its_name() {
    if crate::tmux::skip_without_tmux() {
        return;
    }
    let base = tempdir();
    let data = base.join("data");
    // The folder an escaping id points into exists, as it would in real life.
    std::fs::create_dir(base.join("outside")).unwrap();
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    let other = saved(&data, 3, "2026-11-28T13:00:00Z");
    let other_before = std::fs::read(session_file(&data, &other)).unwrap();
    for (evil, what) in [("../../outside/x", "outside"), (other.as_str(), "other")] {
        tamper(&session_file(&data, &id), "id", evil);
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(session_file(&data, &id)).unwrap())
                .unwrap();
        v["dismissed"] = serde_json::Value::Bool(false);
        std::fs::write(session_file(&data, &id), v.to_string()).unwrap();
        let t = start_wizard(&data);
        t.wait_for("You have an unfinished session");
        t.keys(&["n"]);
        t.wait_for("Starting afresh");
        t.keys(&["q"]);
        t.wait_for("Leave breakglass now?");
        t.keys(&["y"]);
        t.wait_for("END-OF-RUN");
        drop(t);
        assert!(
            files_under(&base.join("outside")).is_empty(),
            "written outside ({what})"
        );
        assert_eq!(
            std::fs::read(session_file(&data, &other)).unwrap(),
            other_before,
            "the other session was overwritten ({what})"
        );
        assert!(
            Store::at(&data).load(&id).unwrap().dismissed,
            "the declined session is marked in its own file ({what})"
        );
    }
}

// A session's playbook (a run's drill) is looked up by id, never read from a path --------

fn tamper_nested(file: &Path, outer: &str, field: &str, value: &str) {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    v[outer][field] = serde_json::Value::String(value.to_string());
    std::fs::write(file, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

#[test]
fn a_playbook_or_drill_named_by_a_path_in_a_file_is_never_read() {
    let data = tempdir();
    let fifo = tempdir().join("pipe.yaml");
    mkfifo(&fifo);
    let id = saved(&data, 2, "2026-11-28T14:00:00Z");
    tamper_nested(
        &session_file(&data, &id),
        "playbook",
        "id",
        fifo.to_str().unwrap(),
    );
    run(&["sessions"], "", &data).code(0).stdout_has(&id);
    run(&["report", &id], "", &data)
        .code(0)
        .stderr_has("is not installed here");
    run(&["--plain", "--resume", &id], "", &data)
        .code(1)
        .stderr_has("which is not installed here, so it cannot be resumed");
    run(
        &["drill", "run", "founding-case", "--plain"],
        "\n1\n",
        &data,
    )
    .code(0);
    let run_id = Store::at(&data).list_runs().0[0].id.clone();
    let run_file = data.join("drills").join(format!("{run_id}.json"));
    tamper_nested(&run_file, "drill", "id", fifo.to_str().unwrap());
    run(&["drill", "report", &run_id], "", &data)
        .code(1)
        .stderr_has("is not a drill id");
}

#[test]
fn a_session_whose_playbook_is_gone_is_reported_from_the_transcript_alone() {
    let data = tempdir();
    let id = saved(&data, 3, "2026-11-28T14:00:00Z");
    tamper_nested(
        &session_file(&data, &id),
        "playbook",
        "id",
        "retired-playbook",
    );
    let md = run(&["report", &id], "", &data);
    md.code(0)
        .stderr_has("The playbook `retired-playbook`")
        .stdout_has("(from the session file alone)")
        .stdout_has("| `which-service` | `azure-admin` |")
        .stdout_has("| `account-kind` | `personal` |")
        .stdout_has("Where it ended: unfinished, at `which-check`");
    let json = run(&["report", &id, "--format", "json"], "", &data);
    json.code(0);
    let v = json.json();
    assert_eq!(v["format"], "breakglass-transcript-report/1");
    assert_eq!(v["answers"].as_array().unwrap().len(), 3);
    assert_eq!(v["playbook"]["id"], "retired-playbook");
}

#[test]
fn fifos_and_devices_among_your_playbooks_and_drills_are_never_read() {
    let base = tempdir();
    let data = base.join("data");
    for d in ["cfg/playbooks", "cfg/drills"] {
        let dir = base.join(d);
        std::fs::create_dir_all(&dir).unwrap();
        mkfifo(&dir.join("pipe.yaml"));
        std::os::unix::fs::symlink("/dev/zero", dir.join("zero.yaml")).unwrap();
    }
    let cfg = base.join("cfg");
    let cfg = cfg.to_str().unwrap();
    // Found in the folders: passed over (the watchdog fails a hang).
    for args in [
        &["--config-dir", cfg, "list"][..],
        &["--config-dir", cfg, "validate"],
        &["--config-dir", cfg, "drill"],
        &["--config-dir", cfg, "status"],
        &["--config-dir", cfg, "walk"],
    ] {
        run(args, "", &data);
    }
    let r = run(&["--config-dir", cfg, "list"], "", &data);
    r.code(0);
    assert!(r.stdout.contains("entra-mfa-lockout"), "{}", r.stdout);
    // Named on the command line: refused with the reason, at once.
    for (name, what) in [
        ("pipe.yaml", "a FIFO (named pipe)"),
        ("zero.yaml", "a device"),
    ] {
        let path = base.join("cfg/playbooks").join(name);
        let path = path.to_str().unwrap();
        for args in [
            &["validate", path][..],
            &["walk", path],
            &["--plain", "run", path],
        ] {
            let r = run(args, "", &data);
            assert_ne!(r.code, 0, "{args:?}");
            assert!(
                // miette wraps the message at any space, behind a `│`.
                format!("{}{}", r.stdout, r.stderr)
                    .split_whitespace()
                    .filter(|w| *w != "│")
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(&format!("it is {what}, not a regular file")),
                "{args:?}:\n{}\n{}",
                r.stdout,
                r.stderr
            );
        }
    }
}
