# SPDX-License-Identifier: MIT
"""Drives the `pyrite` REPL through a pseudo-terminal, as a person at a terminal would.

Usage: python3 drive.py PYRITE_BINARY
Each session types lines one at a time (waiting for the prompt) and checks what the REPL
printed. Exits non-zero with a report on the first mismatch."""
import os
import pty
import select
import sys
import time

BIN = sys.argv[1]
# Never hang CI: the whole drive has two minutes.
import signal

signal.alarm(120)


def read_until(fd, markers, timeout=10.0):
    out = b""
    end = time.time() + timeout
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if any(out.endswith(m) for m in markers):
                return out.decode("utf-8", "replace")
    raise SystemExit(f"timed out waiting for {markers!r}; got {out!r}")


def session(lines, expected_fragments, args=()):
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(BIN, [BIN, *args])
    prompts = (b">>> ", b"... ")
    transcript = read_until(fd, prompts)
    for line in lines:
        os.write(fd, line.encode() + b"\n")
        transcript += read_until(fd, prompts)
    os.write(fd, b"\x04")
    try:
        while os.read(fd, 4096):
            pass
    except OSError:
        pass
    _, status = os.waitpid(pid, 0)
    text = transcript.replace("\r\n", "\n")
    for frag in expected_fragments:
        if frag not in text:
            raise SystemExit(f"missing {frag!r} in transcript:\n{text}")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"REPL exited with {status}:\n{text}")
    return text


session(
    ["1 + 2", "x = [1, 2]", "x", "'é' * 2", "None"],
    [">>> 1 + 2\n3\n", ">>> x\n[1, 2]\n", "'éé'\n"],
)
session(
    ["def f(n):", "    return n * 2", "", "f(21)"],
    ["... ", ">>> f(21)\n42\n"],
)
session(
    ["for i in range(3):", "    print(i)", "", "1/0", "print('still alive')"],
    ["0\n1\n2\n", "Traceback (most recent call last):", "ZeroDivisionError: division by zero\n", "still alive\n"],
)
session(
    ["x = (", "1 +", "2)", "x", "def g(x) x", "g"],
    [">>> x\n3\n", "SyntaxError: expected ':'", "NameError: name 'g' is not defined"],
)
session(
    ["def r(): return r()", "r()", "import gc", "gc.mem_free() > 0"],
    ["RecursionError: maximum recursion depth exceeded", ">>> gc.mem_free() > 0\nTrue\n"],
)
session(
    ["a = []", "while True: a.append('abc' * 10)", "", "a = None", "len([1] * 100)"],
    ["MemoryError", ">>> len([1] * 100)\n100\n"],
    args=("-X", "heapsize=32k"),
)
# Ctrl-C interrupts a running loop with KeyboardInterrupt and the REPL carries on.
pid, fd = pty.fork()
if pid == 0:
    os.execv(BIN, [BIN])
read_until(fd, (b">>> ",))
os.write(fd, b"while True: pass\n")
os.write(fd, b"\n")
time.sleep(0.5)
os.write(fd, b"\x03")
text = read_until(fd, (b">>> ",))
os.write(fd, b"print('after')\n")
text += read_until(fd, (b">>> ",))
os.write(fd, b"\x04")
os.waitpid(pid, 0)
if "KeyboardInterrupt" not in text or "after" not in text:
    raise SystemExit(f"Ctrl-C session failed:\n{text}")
print("repl: 7 passed, 0 failed")
