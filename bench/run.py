#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Pyrite benchmarks: time each bench/*.py under pyrite and CPython and write bench/RESULTS.md.

Usage (from the repository root):

    cargo build --release
    python3 bench/run.py                       # 5 runs each, pyrite = target/release/pyrite
    python3 bench/run.py --quick               # 1 run each
    python3 bench/run.py --pyrite PATH -n 9    # another binary, 9 runs each
    python3 bench/run.py fib loops             # only programs whose name contains a word

For every program the median wall time of N runs is taken for `pyrite` and `python3`. Both must
print the same output (each program prints a checksum): a mismatch is reported as WRONG and is
not timed. A program that fails or times out in pyrite is listed as FAILED with the first error
line. The table, the date, the machine (`uname -m`, core count) and the exact command are written
to bench/RESULTS.md and printed.
"""

import argparse
import datetime
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120  # seconds per run; a slower run counts as a failure


def run_once(cmd, path):
    """Runs `cmd path`; returns (seconds, stdout, stderr, returncode)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd + [path], cwd=HERE, capture_output=True, text=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %d s" % TIMEOUT, -1
    except OSError as e:
        return None, "", str(e), -1
    return time.perf_counter() - start, p.stdout, p.stderr, p.returncode


def first_error_line(stderr, code):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    if lines:
        return lines[-1].strip()
    return "exit status %d" % code


def bench(name, pyrite, python, runs):
    """Returns a result row: (name, status, pyrite_s, python_s, note)."""
    path = os.path.join(HERE, name)
    py_times, py_out = [], None
    for _ in range(runs):
        t, out, err, code = run_once([python], path)
        if code != 0:
            return (name, "ORACLE FAILED", None, None, first_error_line(err, code))
        py_times.append(t)
        py_out = out
    pr_times = []
    for _ in range(runs):
        t, out, err, code = run_once([pyrite], path)
        if code != 0 or t is None:
            return (name, "FAILED", None, statistics.median(py_times), first_error_line(err, code))
        if out != py_out:
            got = (out.strip().splitlines() or ["<no output>"])[0]
            return (name, "WRONG", None, statistics.median(py_times), "printed " + got[:60])
        pr_times.append(t)
    return (name, "ok", statistics.median(pr_times), statistics.median(py_times), "")


def fmt(t):
    return "-" if t is None else "%.3f" % t


# Scripts in this folder that are tools, not benchmark programs.
TOOLS = ("run.py", "size.py")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyrite", default="target/release/pyrite", help="the pyrite binary")
    ap.add_argument("--python", default="python3", help="the CPython to compare with")
    ap.add_argument("-n", "--runs", type=int, default=5, help="runs per program (median)")
    ap.add_argument("--quick", action="store_true", help="one run per program")
    ap.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"), help="report file")
    ap.add_argument("only", nargs="*", help="substrings selecting programs")
    args = ap.parse_args()
    runs = 1 if args.quick else max(1, args.runs)
    pyrite = os.path.abspath(args.pyrite) if os.sep in args.pyrite else args.pyrite

    names = sorted(f for f in os.listdir(HERE)
                   if f.endswith(".py") and f not in TOOLS and not f.startswith("_"))
    if args.only:
        names = [n for n in names if any(o in n for o in args.only)]

    rows = []
    for name in names:
        row = bench(name, pyrite, args.python, runs)
        rows.append(row)
        print("%-22s %-8s pyrite %8s s  python3 %8s s  %s"
              % (row[0], row[1], fmt(row[2]), fmt(row[3]), row[4]), flush=True)

    machine = "%s, %d cores" % (platform.machine() or os.uname().machine, os.cpu_count() or 0)
    command = "python3 " + " ".join(shlex.quote(a) for a in sys.argv)
    try:
        py_version = subprocess.run([args.python, "--version"], capture_output=True,
                                    text=True).stdout.strip()
    except OSError:
        py_version = args.python
    lines = [
        "# Benchmark results",
        "",
        "- date: " + datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "- machine: " + machine,
        "- command: `" + command + "`",
        "- pyrite: `%s`; oracle: `%s` (%s)" % (args.pyrite, args.python, py_version),
        "- median of %d run(s) each, wall time in seconds; ratio = pyrite / python3" % runs,
        "",
        "| program | pyrite median s | python3 median s | ratio |",
        "|---|---:|---:|---:|",
    ]
    for name, status, pt, ct, note in rows:
        if status == "ok":
            ratio = "%.2f" % (pt / ct) if ct else "-"
            lines.append("| %s | %s | %s | %s |" % (name, fmt(pt), fmt(ct), ratio))
        else:
            lines.append("| %s | %s: %s | %s | - |"
                         % (name, status, note.replace("|", "\\|"), fmt(ct)))
    ok = [r for r in rows if r[1] == "ok"]
    if ok:
        ratios = [r[2] / r[3] for r in ok if r[3]]
        geo = 1.0
        for r in ratios:
            geo *= r
        lines += ["", "Geometric mean ratio over %d passing program(s): %.2f"
                  % (len(ratios), geo ** (1 / len(ratios)) if ratios else 0)]
    lines.append("")
    # Sections other scripts own (bench/size.py) follow a marker line and are kept.
    kept = ""
    if os.path.exists(args.out):
        with open(args.out) as f:
            old = f.read()
        marker = "<!-- other sections -->"
        if marker in old:
            kept = "\n" + old[old.index(marker):]
    with open(args.out, "w") as f:
        f.write("\n".join(lines) + kept)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
