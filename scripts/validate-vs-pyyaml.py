#!/usr/bin/env python3
"""`breakglass validate` of a generated 1 MiB playbook against PyYAML's C loader.

The playbook is the benchmarks' generated tree (benches/generate.rs), written with
`cargo test --locked --bench speed -- --write-playbook FILE` unless --file names one.
breakglass is timed as a whole process (`validate FILE`: start, read, parse, check);
PyYAML's CSafeLoader only parses the same text, in this process, with nothing checked.
Runs alternate; prints both medians and the paired median ratio validate / PyYAML.

Usage: scripts/validate-vs-pyyaml.py [--runs N] [--bin PATH] [--file FILE]
Needs PyYAML built with libyaml (python3 -m pip install pyyaml).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import yaml


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bin", default=os.path.join(root, "target", "release", "breakglass"))
    parser.add_argument("--file", help="the playbook (default: generate one)")
    args = parser.parse_args()
    if not hasattr(yaml, "CSafeLoader"):
        sys.exit("validate-vs-pyyaml: this PyYAML has no libyaml (CSafeLoader)")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file or os.path.join(tmp, "generated.yaml")
        if not args.file:
            subprocess.run(["cargo", "test", "--locked", "--quiet", "--bench", "speed", "--",
                            "--write-playbook", path], cwd=root, check=True,
                           stdout=subprocess.DEVNULL)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        env = dict(os.environ, BREAKGLASS_CONFIG_DIR=os.path.join(tmp, "config"),
                   BREAKGLASS_DATA_DIR=os.path.join(tmp, "data"), NO_COLOR="1")
        pairs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            run = subprocess.run([args.bin, "validate", path], env=env, capture_output=True)
            ours = time.perf_counter() - start
            if run.returncode != 0:
                sys.exit(f"validate failed: {run.stderr.decode(errors='replace')[-2000:]}")
            start = time.perf_counter()
            yaml.load(text, Loader=yaml.CSafeLoader)
            theirs = time.perf_counter() - start
            pairs.append((ours, theirs))
    a = statistics.median(p[0] for p in pairs)
    b = statistics.median(p[1] for p in pairs)
    ratio = statistics.median(p[0] / p[1] for p in pairs)
    print(f"playbook: {len(text.encode())} bytes, {args.runs} pairs")
    print(f"breakglass validate median: {a * 1000:.1f} ms")
    print(f"PyYAML CSafeLoader parse median: {b * 1000:.1f} ms")
    print(f"paired median ratio validate/PyYAML: {ratio:.3f}")


if __name__ == "__main__":
    main()
