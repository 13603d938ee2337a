#!/usr/bin/env python3
"""Start-up benchmark: breakglass's wizard against `dialog --menu`, in a pty at 80x24.

Both programs show the same question with the same options (the built-in playbook's first
question, read from `breakglass walk --json`). Each run is timed from just before the
process is started until the question's text has appeared on the pty; then the process is
killed. Runs alternate (breakglass, dialog, breakglass, ...) so that both see the same
machine load, and the ratio is taken pair by pair.

Prints both medians and the median of the paired ratios breakglass / dialog, then
breakglass's resident memory after three answers (the first option, three times).

Usage: scripts/startup-vs-dialog.py [--pairs N] [--bin PATH]
Installs dialog with apt-get when it is missing (as root). Python 3 standard library only.
"""

import argparse
import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROWS, COLS = 24, 80
TIMEOUT = 5.0
ESCAPES = re.compile(rb"\x1b(\[[0-9;?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78DEHMNOc])")


def ensure_dialog():
    if shutil.which("dialog"):
        return
    print("startup: installing dialog with apt-get", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "dialog"], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def first_question(binary, env):
    """The built-in playbook's first question and its options, from `walk --json`."""
    out = subprocess.run([binary, "walk", "--json"], env=env, capture_output=True, check=False)
    pending = json.loads(out.stdout)["pending"]
    return pending["question"], [(o["id"], o["label"]) for o in pending["options"]]


def needle(question):
    """A piece of the question that both programs draw in one run of characters: its
    first two words (a terminal program may move the cursor instead of writing runs of
    spaces, but not inside a short phrase)."""
    return " ".join(question.split()[:2]).encode()


def visible(raw):
    """The pty output with escape sequences removed."""
    return ESCAPES.sub(b"", raw)


def time_once(argv, env, want):
    """Seconds from starting `argv` in a fresh 80x24 pty until `want` appears on it."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True, close_fds=True)
    os.close(slave)
    seen = b""
    took = None
    deadline = start + TIMEOUT
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if want in visible(seen):
            took = time.perf_counter() - start
            break
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    os.close(master)
    if took is None:
        sys.exit(f"startup: {argv[0]} never showed {want!r}; it printed {visible(seen)[-400:]!r}")
    return took


def rss_after_answers(binary, env, want, answers=3):
    """breakglass's resident memory (kB) after answering the first option `answers` times."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    proc = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True, close_fds=True)
    os.close(slave)
    seen = b""
    deadline = time.perf_counter() + TIMEOUT
    while want not in visible(seen) and time.perf_counter() < deadline:
        if select.select([master], [], [], 0.2)[0]:
            seen += os.read(master, 65536)
    for _ in range(answers):
        os.write(master, b"1")
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            if select.select([master], [], [], 0.05)[0]:
                os.read(master, 65536)
    with open(f"/proc/{proc.pid}/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    os.close(master)
    return rss


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_bin = os.path.join(here, "..", "target", "release", "breakglass")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--bin", default=default_bin, help="the breakglass binary")
    args = parser.parse_args()
    ensure_dialog()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   BREAKGLASS_DATA_DIR=os.path.join(tmp, "data"),
                   BREAKGLASS_CONFIG_DIR=os.path.join(tmp, "config"))
        env.pop("NO_COLOR", None)
        question, options = first_question(args.bin, env)
        want = needle(question)
        ours = [args.bin]
        items = [part for tag_label in options for part in tag_label]
        theirs = ["dialog", "--menu", question, "0", "0", str(len(options)), *items]
        # One untimed run of each warms the page cache.
        time_once(ours, env, want)
        time_once(theirs, env, want)
        pairs = []
        for _ in range(args.pairs):
            a = time_once(ours, env, want)
            b = time_once(theirs, env, want)
            pairs.append((a, b))
        rss = rss_after_answers(args.bin, env, want)
    ms = lambda s: f"{s * 1000:.2f} ms"
    a_med = statistics.median(a for a, _ in pairs)
    b_med = statistics.median(b for _, b in pairs)
    ratio = statistics.median(a / b for a, b in pairs)
    print(f"question: {question!r} ({len(options)} options), {ROWS}x{COLS} pty, {len(pairs)} pairs")
    print(f"breakglass median: {ms(a_med)}")
    print(f"dialog --menu median: {ms(b_med)}")
    print(f"paired median ratio breakglass/dialog: {ratio:.2f}")
    print(f"breakglass resident memory after three answers: {rss / 1024:.1f} MB")


if __name__ == "__main__":
    main()
