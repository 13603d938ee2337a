#!/usr/bin/env python3
"""Writes the hostile seed files into fuzz/seeds/<target>/ (names start with `hostile-`).

Run from the repository root: `python3 fuzz/hostile_seeds.py`. The files are committed;
this script says exactly which bytes they hold (real ESC, BEL, C1 and bidi characters,
invalid UTF-8) and regenerates them. It reads the built-in playbook, the `small.yaml`
fixture and the session seeds made by `breakglass --plain run` (plain-run-*.json).
"""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"
SMALL = (ROOT / "tests/fixtures/small.yaml").read_text()
SEP = "\n#---8<--- playbook\n"  # breakglass_fuzz::DRILL_PLAYBOOK_SEPARATOR

ESC, BEL, CSI_C1, RLO = "\x1b", "\x07", "\u009b", "\u202e"
# Clears the screen, then writes "pwned" to the clipboard with OSC 52.
EVIL = f"n1{ESC}[2J{ESC}]52;c;cHduZWQ={BEL}"


def write(target, name, data):
    path = SEEDS / target / f"hostile-{name}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def playbooks():
    # F1: escapes in `next`, written as YAML escapes and as raw bytes.
    write("playbook", "esc-in-next-yaml-escape.yaml",
          SMALL.replace("next: q3\n  done-left:",
                        'next: "n1\\e[2J\\e]52;c;cHduZWQ=\\a"\n  done-left:', 1))
    write("playbook", "esc-in-next-raw.yaml",
          SMALL.replace("next: q3\n  done-left:", f'next: "{EVIL}"\n  done-left:', 1))
    # Raw escapes in a node key, `start`, an option id and a comment (line 2).
    write("playbook", "esc-in-ids.yaml",
          SMALL.replace("start: q1", f"start: q1{ESC}[2J")
          .replace("  q2:\n", f"  q2{ESC}]8;;http://x{BEL}:\n", 1)
          .replace("id: left", f"id: left{ESC}[31m"))
    write("playbook", "osc52-in-comment.yaml",
          SMALL.replace("\n", f"\n# {ESC}]52;c;cHduZWQ={BEL}\n", 1))
    # Bidi override and the 8-bit CSI, in ids, references and text.
    write("playbook", "rlo-u202e.yaml",
          SMALL.replace("next: done-right", f"next: done-{RLO}thgir", 1)
          .replace("question: First?", f"question: First {RLO}?dessap"))
    write("playbook", "csi-u009b.yaml",
          SMALL.replace("next: q2", f"next: q2{CSI_C1}2J", 1)
          .replace("title: Small test playbook", f"title: Small {CSI_C1}31m"))
    write("playbook", "zero-width-and-lrm.yaml",
          SMALL.replace("question: Second?", "question: Sec\u200bond\u200e?"))
    write("playbook", "bom-crlf.yaml", "\ufeff" + SMALL.replace("\n", "\r\n"))
    write("playbook", "include-tag.yaml",
          SMALL.replace("help: Why we ask the first question.", "help: !include /etc/passwd"))
    # Anchors and merge keys, and a billion-laughs alias bomb.
    write("playbook", "anchors-merge.yaml",
          SMALL.replace("  q2:\n    question: Second?", "  q2: &q\n    question: Second?")
          .replace("  q3:\n", "  q9:\n    <<: *q\n  q3:\n", 1))
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(ord("b"), ord("j") + 1):
        prev = chr(i - 1)
        bomb.append(f"{chr(i)}: &{chr(i)} [" + ",".join([f"*{prev}"] * 9) + "]")
    write("playbook", "alias-bomb.yaml", "format: breakglass/v1\n" + "\n".join(bomb) + "\n")
    write("playbook", "deep-nesting-flow.yaml", "format: breakglass/v1\nnodes: " + "[" * 5000 + "]" * 5000 + "\n")
    write("playbook", "deep-nesting-block.yaml",
          "format: breakglass/v1\nnodes:\n" + "".join(" " * i + "a:\n" for i in range(1, 300)))
    # Invalid UTF-8 in a comment and in a value; NUL and other C0 bytes.
    write("playbook", "invalid-utf8.yaml", SMALL.encode().replace(b"\n", b"\n# \xff\xfe\xc3\x28\n", 1)
          .replace(b"title: Source one", b"title: Source \xed\xa0\x80one"))
    write("playbook", "nul-and-c0.yaml", SMALL.replace("Do A", "Do\x00A\x08\x0b\x7f"))
    # F4: thousands of dangling `next` references (700 questions x 3 options).
    lines = ["format: breakglass/v1", "id: dangling", "title: Dangling", 'version: "1"',
             "reviewed: 2026-01-01", "start: q0", "nodes:"]
    for i in range(700):
        lines.append(f"  q{i}:\n    question: Q{i}?\n    options:")
        for o in range(3):
            lines.append(f"      - {{id: o{o}, label: L, next: gone-{i}-{o}}}")
    write("playbook", "dangling-next-2100.yaml", "\n".join(lines) + "\n")
    # F4: a long valid chain (300 questions), for the walk and the distances.
    lines = ["format: breakglass/v1", "id: chain", "title: Chain", 'version: "1"',
             "reviewed: 2026-01-01", "start: q0", "sources:", "  s:", "    title: S",
             "    url: https://example.com/s", "nodes:"]
    for i in range(300):
        nxt = f"q{i + 1}" if i < 299 else "end"
        lines.append(f"  q{i}:\n    question: Q{i}?\n    options:\n"
                     f"      - {{id: a, label: A, next: {nxt}}}\n      - {{id: b, label: B, next: end}}")
    lines.append("  end:\n    outcome: End\n    kind: prevent\n    steps:\n      - text: Done.\n        sources: [s]")
    write("playbook", "chain-300.yaml", "\n".join(lines) + "\n")


SMALL_DRILL = """format: breakglass-drill/v1
id: small-drill
title: Small drill
kind: tabletop
reviewed: 2026-11-28
playbook: small
scenario: Someone is locked out.
expect:
  outcome: done-left
  path:
    - q1=left
    - q2=down
target_minutes: 5
injects:
  - at: q2
    message: A second call comes in.
  - after_seconds: 30
    message: Time passes.
"""


def drills():
    write("drill", "small-with-playbook.yaml", SMALL_DRILL + SEP + SMALL)
    write("drill", "esc-in-refs.yaml",
          SMALL_DRILL.replace("outcome: done-left", f'outcome: "{EVIL}"')
          .replace("at: q2", f"at: q2{ESC}[2J").replace("q1=left", f"q1=left{ESC}]52;c;eA=={BEL}")
          + SEP + SMALL)
    write("drill", "rlo-and-c1.yaml",
          SMALL_DRILL.replace("id: small-drill", f"id: small-{RLO}llird")
          .replace("title: Small drill", f"title: Small {CSI_C1}2J drill") + SEP + SMALL)
    write("drill", "alias-bomb.yaml",
          "format: breakglass-drill/v1\n" + "\n".join(
              ['a: &a ["x","x","x","x","x","x","x","x"]'] +
              [f"{chr(i)}: &{chr(i)} [" + ",".join([f"*{chr(i - 1)}"] * 8) + "]"
               for i in range(ord("b"), ord("j") + 1)]) + "\n")
    write("drill", "invalid-utf8.yaml", SMALL_DRILL.encode().replace(b"Time passes.", b"Time \xff passes."))
    write("drill", "huge-numbers.yaml",
          SMALL_DRILL.replace("target_minutes: 5", "target_minutes: 4294967295")
          .replace("after_seconds: 30", "after_seconds: 18446744073709551615") + SEP + SMALL)


def sessions():
    plain = json.loads((SEEDS / "session/plain-run-1.json").read_text())
    # F2: an id that climbs out of the data dir, and an absolute one.
    for name, sid in [("id-dotdot", "../../outside/x"), ("id-absolute", "/tmp/breakglass-outside/x")]:
        s = dict(plain, id=sid)
        write("session", f"{name}.json", json.dumps(s, indent=2))
    # F10: escapes in the title, a fact, an option, a node.
    s = json.loads(json.dumps(plain))
    s["playbook"]["title"] = f"Title {ESC}[2J{ESC}]52;c;cHduZWQ={BEL}"
    s["facts"] = {"sign-in": f"admin{RLO}moc.osotnoc@", "tenant": f"contoso{CSI_C1}31m"}
    for e in s["events"]:
        if e.get("event") == "answered":
            e["option"] += f"{ESC}[1A"
            break
    s["events"].append({"at": "2026-11-30T17:50:18Z", "event": "shown", "node": f"x{ESC}]8;;http://evil{BEL}"})
    write("session", "escapes.json", json.dumps(s, indent=2, ensure_ascii=False))
    # Replay storms and nonsense: many Backs, unknown nodes, bad times.
    s = json.loads(json.dumps(plain))
    s["events"] += [{"at": "not a time", "event": "back", "from": "nowhere"}] * 200
    s["events"] += [{"at": "9999-99-99T99:99:99Z", "event": "answered", "node": "q", "option": "o"},
                    {"at": "2026-11-30T17:50:18Z", "event": "ticked", "checklist": "c", "item": "i", "done": True},
                    {"at": "2026-11-30T17:50:18Z", "event": "restarted"}]
    s["updated"] = "1970-01-01T00:00:00Z"
    write("session", "replay-storm.json", json.dumps(s))
    write("session", "deep-nesting.json", "[" * 10000 + "]" * 10000)
    write("session", "invalid-utf8.json",
          (SEEDS / "session/plain-run-1.json").read_bytes().replace(b"breakglass ", b"breakglass \xff\xfe ", 1))
    run = json.loads((SEEDS / "session/drill-run-1.json").read_text())
    run["drill"]["title"] = f"Drill {ESC}[2J"
    run["target_secs"] = 18446744073709551615
    for entry in run.get("timeline", []):
        entry["secs"] = 18446744073709551615
    write("session", "drill-run-overflow.json", json.dumps(run, indent=2))


def pathcodes():
    for i, code in enumerate(["GJ45", "gj45", "GJ4S", "0000-0000-0000-0000-0000-0000-0000",
                              "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "4G2K-X7", "OIL0-ilo1",
                              "\uff14G\uff12K", f"GJ{ESC}[2J45", "\u0131\u017f\u212a", "", "----"]):
        write("pathcode", f"code-{i}.txt", code)
    write("pathcode", "choices.bin", bytes(range(0, 64)))


def wraps():
    cases = [
        (10, "the quick brown fox jumps over the lazy dog"),
        (1, "日本語 日本 a"),
        (0, "abc def"),
        (5, "**bold** `code` text\n\n- list item\n1. numbered\n  continues"),
        (3, "\U0001F468\u200D\U0001F469\u200D\U0001F467 \u2764\uFE0F \U0001F1E9\U0001F1EA"),
        (4, "e\u0301e\u0301e\u0301e\u0301e\u0301 a\u0308"),
        (6, f"esc{ESC}[2Jx\ttab\rcr {CSI_C1}31m {RLO}abc"),
        (8, "call 1\u00a0800\u00a0865\u00a09408 now\u202fplease"),
        (2, "soft\u00adhyphen \u1100\u1161\u11a8 \u0644\u0627 \u200b\u200b\u200b"),
        (7, "\r\n\u2028\u2029\u0085 mixed\u3000breaks"),
    ]
    for i, (width, text) in enumerate(cases):
        write("markup_wrap", f"case-{i}.bin", bytes([width]) + text.encode())


playbooks()
drills()
sessions()
pathcodes()
wraps()
