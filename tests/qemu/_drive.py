#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Pyrite on ARM Cortex-M under QEMU: builds the staticlib (zephyr/rust) for the board's target
and links it into the bare-metal harness (tests/qemu/harness.c), boots the board with its UART
on QEMU's standard input/output, then

1. types a REPL session at the friendly prompt and checks every answer (definitions over several
   lines with auto-indent, a traceback, gc.mem_free(), a caught MemoryError, Ctrl-C interrupting
   an endless loop, paste mode, the raw REPL, a soft reboot);
2. runs the Python corpus (tests/**/*.py, the rules of tests/python_corpus.rs, including
   --filter for PYRITE_TEST_FILTER) through the raw
   REPL's raw-paste mode, as mpremote does, comparing with CPython (or a .exp file) and with the
   host `pyrite`: `corpus: N passed, M failed, K skipped`. A program that runs out of the board's
   heap counts as skipped (SKIP, with the reason); a failure that also fails on the host is a VM
   gap, not an ARM problem, and is listed but does not fail the run.

    tests/qemu/_drive.py                      # all boards' sessions, then the corpus on mps2-an385
    tests/qemu/_drive.py --boards lm3s6965evb --no-corpus
    tests/qemu/_drive.py --interactive mps2-an385   # a REPL in your terminal (Ctrl-A x quits)

Exits non-zero if a session check fails, or a corpus program passes on the host but not on ARM.
Every wait has a timeout; QEMU is killed at the end. Needs qemu-system-arm, arm-none-eabi-gcc
(with newlib) and the Rust targets (scripts/qemu-test installs them).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "qemu"
TARGET_DIR = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))

# Each configuration: the QEMU machine, the Rust target, gcc's CPU, the harness's UART driver,
# the linker script (memory map), the Python heap in KiB and the feature level (default `full`).
# lm3s6965evb (256 KiB of flash, 64 KiB of RAM) runs the `minimal` level's session; that level's
# VM fills its flash almost exactly (bench/RESULTS.md), so code added at `minimal` must be paid
# for there. microbit's 256 KiB do not hold the thumbv6m build yet (it is linked to report by
# how much it overflows), so the 16 KiB RAM budget is checked on mps2-an385 with its RAM cut
# down (the `-16k` linker script).
BOARDS = {
    "mps2-an385": dict(machine="mps2-an385", triple="thumbv7m-none-eabi", cpu="cortex-m3",
                       define="BOARD_MPS2_AN385", ld="mps2-an385", heap_kb=2048),
    "mps2-an386": dict(machine="mps2-an386", triple="thumbv7em-none-eabihf", cpu="cortex-m4",
                       cflags=["-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"],
                       define="BOARD_MPS2_AN385", ld="mps2-an385", heap_kb=2048),
    "mps2-an385-64k": dict(machine="mps2-an385", triple="thumbv7m-none-eabi", cpu="cortex-m3",
                           define="BOARD_MPS2_AN385", ld="mps2-an385-64k", heap_kb=16),
    "mps2-an385-m0-16k": dict(machine="mps2-an385", triple="thumbv6m-none-eabi",
                              cpu="cortex-m0", define="BOARD_MPS2_AN385",
                              ld="mps2-an385-16k", heap_kb=3, stack=7168),
    # The `minimal` level with lm3s6965evb's RAM, on a board with room for more code (for trying
    # a change at `minimal` that does not fit lm3s6965evb's flash yet).
    "mps2-an385-64k-minimal": dict(machine="mps2-an385", triple="thumbv7m-none-eabi",
                                   cpu="cortex-m3", define="BOARD_MPS2_AN385",
                                   ld="mps2-an385-64k", heap_kb=16, features="minimal"),
    "mps2-an385-m0": dict(machine="mps2-an385", triple="thumbv6m-none-eabi", cpu="cortex-m0",
                          define="BOARD_MPS2_AN385", ld="mps2-an385", heap_kb=2048),
    "lm3s6965evb": dict(machine="lm3s6965evb", triple="thumbv7m-none-eabi", cpu="cortex-m3",
                        define="BOARD_LM3S6965EVB", ld="lm3s6965evb", heap_kb=16,
                        features="minimal"),
    "microbit": dict(machine="microbit", triple="thumbv6m-none-eabi", cpu="cortex-m0",
                     define="BOARD_MICROBIT", ld="microbit", heap_kb=4, features="minimal"),
}

# Programs that pass on the host and are known to differ on ARM, each with the reason. They run
# and are reported, but do not fail the run (like tests/wishlist/); fix the cause, then remove.
KNOWN_ARM_DIFFERENCES = {
    "range/huge_ranges.py":
        "len() of a range is limited to the platform's Py_ssize_t, 2**31 - 1 on 32-bit ARM "
        "(as on a 32-bit CPython)",
    "float/pow_last_digit.py":
        "float ** float uses libm::pow without std (not correctly rounded: the last digit of "
        "one result differs) and the platform's pow with std (src/objects/float_math.rs)",
    "modules/struct_native.py":
        "native sizes are the target's: a C long is 4 bytes on 32-bit ARM, 8 on x86-64",
    "modules/time_clock.py":
        "the bare-metal harness has no wall clock: time.time() counts from boot, not 1970",
    "modules/time_gmtime.py":
        "the bare-metal harness has no wall clock: gmtime() of now is in 1970",
    "lang2/dynamic/eval_calculator_repl.py":
        "programs pasted into the raw REPL have no script name: sys.argv is [] on the board",
    "lang2/errors/keyboard_interrupt_raised.py":
        "the host command dies by SIGINT (status 130) as CPython does; a board has no process "
        "to kill and reports the traceback with status 1",
    "lang2/errors/sys_exit_list.py":
        "SystemExit over the raw REPL soft-resets the board as in MicroPython: its message and "
        "status are not printed",
    "lang2/errors/sys_exit_message.py":
        "SystemExit over the raw REPL soft-resets the board as in MicroPython: its message and "
        "status are not printed",
    "errors/keyboard_interrupt_uncaught.py":
        "the host command dies by SIGINT (status 130) as CPython does; a board has no process "
        "to kill and reports the traceback with status 1",
    "exceptions/traceback_introspection.py":
        "programs pasted into the raw REPL are compiled as <stdin>: co_filename has no .py",
    "modules/select_select.py":
        "programs pasted into the raw REPL have no __file__ (the board has no files)",
    "modules/traceback_format.py":
        "programs pasted into the raw REPL have no __file__ (the board has no files)",
    "modules/traceback_stack.py":
        "programs pasted into the raw REPL have no __file__ (the board has no files)",
    "modules/importlib_modules.py":
        "imports and reloads a module from a file next to it (the board has no files)",
    "modules/re_pathological.py":
        "a device's regular-expression limits are smaller (5 million steps, 4,096 backtrack "
        "entries: docs/differences.md), so a different pattern hits them first",
    "modules/re_syntax.py":
        "a device's native recursion bound (24 levels) stops deeply nested groups earlier "
        "with RecursionError",
    "lang2/with/with_open_files.py":
        "the bare-metal harness has no filesystem: open() raises OSError(19, 'No such device')",
    "modules/os_path_more.py":
        "the bare-metal harness has no filesystem: os.getcwd() raises OSError(19, 'No such "
        "device')",
    "modules/datetime_basics.py":
        "the bare-metal harness has no wall clock: datetime.now() is in 1970",
    "modules/warnings_basics.py":
        "programs pasted into the raw REPL have no file name: a warning's filename is <stdin>",
    "modules/unittest_basics.py":
        "unittest reports to stderr, which the raw REPL interleaves with stdout on the UART",
    "modules/unittest_runner.py":
        "unittest reports to stderr, which the raw REPL interleaves with stdout on the UART",
    "errors/unittest_failures.py":
        "unittest reports to stderr, which the raw REPL interleaves with stdout on the UART",
}

BOOT_TIMEOUT = 20
STEP_TIMEOUT = 20
PROGRAM_TIMEOUT = 30


def log(*a):
    print(*a, flush=True)


def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run(cmd, **kw)


# ---- building ---------------------------------------------------------------------------------

def build_lib(triple, features="full"):
    """The staticlib; by default with the host's features (the `full` level: complex numbers and
    every built-in module), so the corpus expects the same answers. Each feature set gets its own
    target directory."""
    tdir = TARGET_DIR if features == "full" else TARGET_DIR / f"embed-{features or 'none'}"
    run(["cargo", "build", "--locked", "-q", "-p", "pyrite-embed", "--features", features,
         "--target", triple, "--profile", "embedded", "--target-dir", str(tdir)], cwd=ROOT)
    return tdir / triple / "embedded" / "libpyrite.a"


class LinkError(Exception):
    pass


# The C library's memcpy, memmove and memset (their ARM EABI entry points), linked ahead of the
# staticlib so that they, not the weak copies in Rust's compiler_builtins (unrolled for speed),
# serve the VM, as on Zephyr, where the platform's libc provides them: 2.9 KiB less flash.
LIBC_FIRST = [*(f"-Wl,-u,__aeabi_{f}{n}" for f in ("memcpy", "memmove", "memset", "memclr")
                 for n in ("", "4", "8")), "-lc"]


def build_elf(board, heap_kb=None, heap_bytes=None, stack=None, features="full"):
    """Links the harness for a configuration; LinkError with the linker's complaint if the
    program does not fit the board's memory."""
    b = BOARDS[board]
    lib = build_lib(b["triple"], features)
    out = TARGET_DIR / "qemu"
    out.mkdir(parents=True, exist_ok=True)
    heap = heap_kb if heap_kb is not None else b["heap_kb"]
    heap_bytes = heap_bytes if heap_bytes is not None else heap * 1024
    extra = list(b.get("cflags", []))
    stack = stack if stack is not None else b.get("stack")
    if stack is not None:
        extra.append(f"-Wl,--defsym=STACK_OVERRIDE={stack}")
    elf = out / f"{board}-{heap_bytes}-{stack}-{features or 'none'}.elf"
    name = f"{b['machine']} ({b['cpu']}, {b['ld']})"
    p = run(["arm-none-eabi-gcc", f"-mcpu={b['cpu']}", "-mthumb", "-Os", "-g", "-std=gnu11",
             *extra, "-Wall", "-Wextra", "-Werror", f"-D{b['define']}",
             f"-DPY_HEAP_BYTES={heap_bytes}u",
             f"-DBOARD_NAME=\"{name}\"",
             f"-I{ROOT / 'zephyr' / 'include'}", "-nostartfiles", "--specs=nano.specs",
             f"-L{HERE}", "-T", str(HERE / f"{b['ld']}.ld"), "-Wl,--gc-sections",
             "-Wl,--no-warn-rwx-segments", "-Wl,-z,noexecstack",
             str(HERE / "harness.c"), *LIBC_FIRST, str(lib), "-lgcc", "-o", str(elf)],
            check=False, capture_output=True, text=True)
    if p.returncode != 0:
        raise LinkError(" ".join(l.split("ld: ")[-1] for l in p.stderr.splitlines()
                                 if "overflowed" in l or "error" in l.lower()))
    return elf


def qemu_cmd(board, elf):
    return ["qemu-system-arm", "-M", BOARDS[board]["machine"], "-display", "none", "-monitor", "none",
            "-serial", "stdio", "-kernel", str(elf)]


# ---- talking to the board ---------------------------------------------------------------------

class Timeout(Exception):
    pass


class Board:
    """QEMU running the harness, its UART on our pipes."""

    def __init__(self, board, elf):
        self.name = board
        self.proc = subprocess.Popen(qemu_cmd(board, elf), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.buf = bytearray()
        self.pos = 0
        self.cond = threading.Condition()
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        fd = self.proc.stdout.fileno()
        while True:
            try:
                data = os.read(fd, 4096)
            except OSError:
                data = b""
            with self.cond:
                if not data:
                    self.buf += b"\0<EOF>"
                    self.cond.notify_all()
                    return
                self.buf += data
                self.cond.notify_all()

    def send(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def expect(self, pattern, timeout=STEP_TIMEOUT):
        """Waits for `pattern` (bytes) after what was already consumed; returns everything up
        to and including it."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                i = self.buf.find(pattern, self.pos)
                if i >= 0:
                    end = i + len(pattern)
                    got = bytes(self.buf[self.pos:end])
                    self.pos = end
                    return got
                if self.buf.endswith(b"\0<EOF>"):
                    raise Timeout(f"QEMU exited; output: {bytes(self.buf[self.pos:])!r}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Timeout(f"waiting for {pattern!r}; got {bytes(self.buf[self.pos:])!r}")
                self.cond.wait(left)

    def read_byte(self, timeout=STEP_TIMEOUT):
        deadline = time.monotonic() + timeout
        with self.cond:
            while len(self.buf) <= self.pos:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Timeout("waiting for a byte")
                self.cond.wait(left)
            b = self.buf[self.pos]
            self.pos += 1
            return b

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


def text(b):
    return b.decode("utf-8", "replace").replace("\r\n", "\n")


# ---- the REPL session ---------------------------------------------------------------------

def session_steps(heap_bytes, features="full"):
    """(what, bytes to type, what must follow up to the next prompt). Expected text uses \\n for
    the board's \\r\\n. At the `minimal` level ints are 64-bit and there are no frozen
    modules, so those steps differ."""
    minimal = features == "minimal"
    bs4 = "\x08 \x08" * 4
    return [
        ("an expression", b"1 + 2\r", "1 + 2\n3\n>>> "),
        ("a definition over several lines (auto-indent, backspace dedents)",
         b"def fact(n):\rif n <= 1:\rreturn 1\r\x08return n * fact(n - 1)\r\r",
         "def fact(n):\n...     if n <= 1:\n...         return 1\n...         " + bs4 +
         "return n * fact(n - 1)\n...     \n>>> "),
        *([("calling it (64-bit ints)", b"fact(20)\r", "fact(20)\n2432902008176640000\n>>> "),
           ("beyond 64 bits: OverflowError, not a wrong answer", b"fact(21)\r",
            re.compile(r"fact\(21\)\nTraceback \(most recent call last\):\n(.*\n)+"
                       r"OverflowError: [^\n]+\n>>> "))]
          if minimal else
          [("calling it (big integers)", b"fact(25)\r",
            "fact(25)\n15511210043330985984000000\n>>> ")]),
        ("an exception and its traceback", b"def bad(d):\rreturn 10 // d\r\r",
         "def bad(d):\n...     return 10 // d\n...     \n>>> "),
        ("the traceback", b"bad(0)\r",
         "bad(0)\nTraceback (most recent call last):\n"
         "  File \"<stdin>\", line 1, in <module>\n"
         "  File \"<stdin>\", line 2, in bad\n"
         "ZeroDivisionError: integer division or modulo by zero\n>>> "),
        ("import gc", b"import gc\r", "import gc\n>>> "),
        ("gc.mem_free() and gc.mem_alloc() cover the heap",
         b"gc.mem_free() > 0, gc.mem_free() + gc.mem_alloc()\r",
         f"gc.mem_free() > 0, gc.mem_free() + gc.mem_alloc()\n(True, {heap_bytes})\n>>> "),
        ("a MemoryError that is caught",
         b"try:\rbig = [0] * 100000000\r\x08except MemoryError:\rprint('caught MemoryError')\r\r",
         "try:\n...     big = [0] * 100000000\n...     " + bs4 +
         "except MemoryError:\n...     print('caught MemoryError')\n...     \n"
         "caught MemoryError\n>>> "),
        ("the heap still works", b"len([i * i for i in range(100)])\r",
         "len([i * i for i in range(100)])\n100\n>>> "),
        ("Ctrl-C interrupts an endless loop", b"while True: pass\r", None),
        # Frozen modules are bytecode in flash: importing one runs no compiler. json and
        # collections need more than a 16 KiB heap for their objects; abc and classes using it
        # fit (about 2 KiB in use at the prompt, 13 KiB after `import abc`).
        *([("frozen modules import from bytecode (no compiler run)",
            b"import json, collections\rjson.dumps(collections.OrderedDict(a=[1, 2]))\r",
            "import json, collections\n>>> "),
           ("and work", None,
            "json.dumps(collections.OrderedDict(a=[1, 2]))\n'{\"a\": [1, 2]}'\n>>> ")]
          if heap_bytes >= 64 * 1024 and not minimal else
          [("a class at the prompt", b"class P:\rdef __init__(self, x):\rself.x = x\r\r",
            "class P:\n...     def __init__(self, x):\n...         self.x = x\n...         \n>>> "),
           ("and its instances", b"sorted([P(3), P(1)], key=lambda p: p.x)[0].x\r",
            "sorted([P(3), P(1)], key=lambda p: p.x)[0].x\n1\n>>> "),
           *too_long_steps()]
          if minimal else
          [("a frozen module imports from bytecode (no compiler run)",
            b"import abc\r", "import abc\n>>> "),
           ("a class at the prompt uses it",
            b"class Shape(abc.ABC):\r@abc.abstractmethod\rdef area(self): ...\r\r",
            "class Shape(abc.ABC):\n...     @abc.abstractmethod\n...     def area(self): ...\n"
            "...     \n>>> "),
           ("a subclass", b"class Sq(Shape):\rdef area(self):\rreturn 4\r\r",
            "class Sq(Shape):\n...     def area(self):\n...         return 4\n...         \n>>> "),
           ("and its instance", b"Sq().area(), Shape.__abstractmethods__\r",
            "Sq().area(), Shape.__abstractmethods__\n(4, frozenset({'area'}))\n>>> "),
           *too_long_steps()]),
        ("input() reads the UART", b"input('name? ')\rbob\r", "input('name? ')\nname? bob\n'bob'\n>>> "),
        ("paste mode", b"\x05", "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== "),
        ("paste mode runs on Ctrl-D", b"def g():\r    return 'pasted'\rprint(g())\r\x04",
         "def g():\n===     return 'pasted'\n=== print(g())\n=== \npasted\n>>> "),
        ("the raw REPL", b"\x01", "\nraw REPL; CTRL-B to exit\n>"),
        ("raw REPL runs on Ctrl-D", b"print(6 * 7)\x04", "OK42\n\x04\x04>"),
        ("Ctrl-B back to friendly", b"\x02", None),
        ("Ctrl-D soft reboot", b"\x04", None),
    ]


# A line that the compiler's Rust memory on a 64 KiB board cannot hold (it aborted the VM
# before `rust_memory`). The echo stops where the line editor's buffer could not grow.
TOO_LONG = b"x = [" + b"(1, a.b, 'c')," * 1500 + b"]\r"
TOO_LONG_ANSWER = re.compile(r"x = \[[^\n]*\nMemoryError\n>>> ")


def too_long_steps():
    return [("a line too long for the memory: MemoryError, not a crash", TOO_LONG,
             TOO_LONG_ANSWER),
            ("and the REPL goes on", b"len([(1, 'c')] * 3)\r", "len([(1, 'c')] * 3)\n3\n>>> ")]


def run_session(board, elf, heap_kb):
    """Types the session; returns the number of failed checks."""
    log(f"== {board}: REPL session ({heap_kb} KiB heap)")
    b = Board(board, elf)
    failed = 0
    try:
        banner = text(b.expect(b">>> ", BOOT_TIMEOUT))
        ok = banner.startswith("Pyrite ") and f" on {BOARDS[board]['machine']} " in banner
        log(("ok  " if ok else "FAIL") + f" boot banner: {banner.splitlines()[0]!r}")
        failed += not ok
        for what, typed, want in session_steps(heap_kb * 1024,
                                               BOARDS[board].get("features", "full")):
            try:
                if typed == b"while True: pass\r":
                    b.send(typed)
                    b.expect(b"while True: pass\r\n")
                    time.sleep(0.5)
                    b.send(b"\x03")
                    got = text(b.expect(b">>> "))
                    want = ("Traceback (most recent call last):\n"
                            "  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> ")
                elif typed is None:
                    # The answer to input typed with the previous step.
                    raw = want.replace("\n", "\r\n").encode()
                    got = text(b.expect(raw[-4:]))
                elif want is None:
                    b.send(typed)
                    got = text(b.expect(b">>> "))
                    want = got if "Pyrite " in got else "a banner and a prompt"
                elif isinstance(want, re.Pattern):
                    b.send(typed)
                    got = text(b.expect(b">>> "))
                else:
                    b.send(typed)
                    raw = want.replace("\n", "\r\n").encode()
                    last = b">>> " if want.endswith(">>> ") else raw[-4:]
                    got = text(b.expect(last))
            except Timeout as e:
                got = f"<timeout: {e}>"
            ok = want.fullmatch(got) is not None if isinstance(want, re.Pattern) else got == want
            failed += not ok
            log(("ok  " if ok else "FAIL") + f" {what}")
            if not ok:
                log(f"     want {want!r}\n     got  {got!r}")
    except Timeout as e:
        log(f"FAIL boot: {e}")
        failed += 1
    finally:
        b.close()
    return failed


# ---- the corpus ---------------------------------------------------------------------------

def collect(d, root, out):
    for p in sorted(d.iterdir()):
        name = p.name
        if p.is_dir():
            rel = p.relative_to(root)
            skip = (name == "_lib" or name.startswith(".") or name == "__pycache__"
                    or (p / "__init__.py").exists() or str(rel) in ("wishlist", "levels"))
            if not skip:
                collect(p, root, out)
        elif name.endswith(".py") and not name.startswith("_"):
            out.append(p)


def last_line(s):
    lines = [l.rstrip() for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def expected(path, host_bin):
    """(stdout, status, last stderr line or None) per tests/python_corpus.rs."""
    exp = path.with_name(path.name[:-3] + ".exp")
    if exp.exists():
        status, err = 0, None
        st = Path(str(exp) + ".status")
        if st.exists():
            lines = st.read_text().splitlines()
            status = int(lines[0].strip()) if lines else 0
            err = lines[1].strip() if len(lines) > 1 else None
        return exp.read_text(), status, err
    return run_program(["python3"], path)


def run_program(cmd, path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run(cmd + [path.name], cwd=path.parent, env=env, capture_output=True,
                           timeout=10, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, None, None
    out = p.stdout.decode("utf-8", "replace")
    return out, p.returncode, last_line(p.stderr.decode("utf-8", "replace"))


def matches(got, want):
    out, status, err = got
    w_out, w_status, w_err = want
    if out != w_out or status != w_status:
        return False
    return status == 0 or w_err is None or err == w_err


class RawPaste:
    """The raw REPL's raw-paste mode (what mpremote uses), with a soft reboot per program."""

    def __init__(self, board, elf):
        self.board_name, self.elf = board, elf
        self.b = None
        self.restart()

    def restart(self):
        if self.b:
            self.b.close()
        self.b = Board(self.board_name, self.elf)
        self.b.expect(b">>> ", BOOT_TIMEOUT)
        self.b.send(b"\x01")
        self.b.expect(b"raw REPL; CTRL-B to exit\r\n>")

    def fresh(self):
        """A new VM: Ctrl-D on empty raw input soft-reboots to the friendly prompt; back to raw.
        Returns the stack high-water mark of what ran since the last one (bytes), or None."""
        self.b.send(b"\x04")
        got = self.b.expect(b"soft reboot\r\n")
        m = re.search(rb"stack high-water: (\d+) bytes", got)
        self.b.expect(b">>> ")
        self.b.send(b"\x01")
        self.b.expect(b"raw REPL; CTRL-B to exit\r\n>")
        return int(m.group(1)) if m else None

    def exec(self, code, timeout):
        """Returns (stdout, status, last stderr line); status None if SystemExit rebooted."""
        b = self.b
        b.send(b"\x05A\x01")
        if b.expect(b"R", STEP_TIMEOUT) and b.read_byte() != 1:
            raise Timeout("raw-paste refused")
        window = b.read_byte() | (b.read_byte() << 8)
        remain = window
        i = 0
        while i < len(code):
            while remain == 0:
                c = b.read_byte()
                if c == 1:
                    remain += window
                elif c == 4:
                    raise Timeout("the board ended the transfer")
            n = min(remain, len(code) - i)
            b.send(code[i:i + n])
            i += n
            remain -= n
        b.send(b"\x04")
        b.expect(b"\x04")  # the end of the transfer (flow-control bytes before it are skipped)
        out = b.expect(b"\x04", timeout)[:-1]
        err = b.expect(b"\x04", timeout)[:-1]
        tail = b.expect(b">", STEP_TIMEOUT)
        if b"soft reboot" in tail or b">>>" in tail:
            return text(out), None, last_line(text(err))
        status = 1 if err.strip() else 0
        return text(out), status, last_line(text(err))

    def interrupt(self):
        try:
            self.b.send(b"\x03")
            self.b.expect(b"\x04", 5)
            self.b.expect(b"\x04", 5)
            self.b.expect(b">", 5)
        except Timeout:
            self.restart()

    def close(self):
        self.b.close()


def first_difference(got, want):
    """The first differing stdout line, or the differing status and error line."""
    g_lines, w_lines = (got[0] or "").splitlines(), (want[0] or "").splitlines()
    for i, (g, w) in enumerate(zip(g_lines, w_lines)):
        if g != w:
            return f"line {i + 1}: want {w!r:.300}\n          got  {g!r:.300}"
    if len(g_lines) != len(w_lines):
        return f"want {len(w_lines)} lines, got {len(g_lines)}; error {got[2]!r}"
    return f"want status {want[1]} {want[2]!r}, got {got[1]} {got[2]!r}"


def file_imports(path):
    """A module the program imports from its own folder (the board has no file system)."""
    src = path.read_text(encoding="utf-8", errors="replace")
    for name in re.findall(r"^\s*(?:import|from)\s+([A-Za-z_]\w*)", src, re.M):
        for d in (path.parent, path.parent / "_lib"):
            if (d / f"{name}.py").exists() or (d / name / "__init__.py").exists():
                return name
    return None


def run_corpus(board, elf, heap_kb, host_bin, filt):
    log(f"== {board}: the Python corpus through the raw REPL ({heap_kb} KiB heap)")
    files = []
    collect(ROOT / "tests", ROOT / "tests", files)
    if filt:
        files = [f for f in files if filt in str(f.relative_to(ROOT / "tests"))]
    rp = RawPaste(board, elf)
    passed, failed, skipped = 0, [], []
    gaps, known = [], []
    stack, prev = {}, None  # stack high-water mark per program (reported at the next reboot)
    try:
        for f in files:
            rel = str(f.relative_to(ROOT / "tests"))
            local = file_imports(f)
            if local:
                skipped.append((rel, f"SKIP: imports {local} from files (the board has none)"))
                continue
            want = expected(f, host_bin)
            host = run_program([host_bin], f)
            host_ok = matches(host, want)
            try:
                hw = rp.fresh()
                if prev and hw is not None:
                    stack[prev] = hw
                prev = rel
                got = rp.exec(f.read_bytes(), PROGRAM_TIMEOUT)
            except Timeout as e:
                rp.interrupt()
                got = (f"<timeout: {e}>", None, "")
                prev = None
            out, status, err = got
            if status is None and out == want[0]:
                status = want[1]  # SystemExit: the status is not visible over the raw REPL
                got = (out, status, err)
            if out.startswith("SKIP"):
                skipped.append((rel, out.splitlines()[0]))
            elif not matches(got, want) and err.startswith("MemoryError") and \
                    not (want[2] or "").startswith("MemoryError"):
                skipped.append((rel, f"SKIP: MemoryError in a {heap_kb} KiB heap"))
            elif matches(got, want):
                passed += 1

            elif not host_ok:
                gaps.append(rel)
            elif rel in KNOWN_ARM_DIFFERENCES:
                known.append((rel, got, want))
            else:
                failed.append((rel, got, want))
        if prev:
            hw = rp.fresh()
            if hw is not None:
                stack[prev] = hw
    finally:
        rp.close()
    for rel, why in skipped:
        log(f"skip {rel}: {why}")
    for rel in gaps:
        log(f"gap  {rel}: fails on the host too (a VM gap, not an ARM problem)")
    for rel, got, want in known:
        log(f"known {rel}: {KNOWN_ARM_DIFFERENCES[rel]}")
        log("     " + first_difference(got, want))
    for rel, got, want in failed:
        log(f"FAIL {rel}: passes on the host, fails on {board}")
        log("     " + first_difference(got, want))
    deepest = sorted(stack.items(), key=lambda kv: -kv[1])[:8]
    if deepest:
        log(f"stack high-water on {board}: " +
            ", ".join(f"{rel} {hw}" for rel, hw in deepest) +
            f" bytes; median {sorted(stack.values())[len(stack) // 2]} bytes")
    n_failed = len(failed) + len(gaps) + len(known)
    log(f"corpus on {board}: {passed} passed, {n_failed} failed, {len(skipped)} skipped "
        f"({len(gaps)} failing on the host too, {len(known)} known ARM differences, "
        f"{len(failed)} new ARM failures)")
    return len(failed)


def interactive(board):
    elf = build_elf(board, features=BOARDS[board].get("features", "full"))
    log(f"Pyrite on QEMU {board}: Ctrl-A x quits QEMU, Ctrl-A a sends Ctrl-A (raw REPL)")
    os.execvp("qemu-system-arm", [
        "qemu-system-arm", "-M", BOARDS[board]["machine"], "-display", "none",
        "-chardev", "stdio,id=con,mux=on,signal=off", "-serial", "chardev:con",
        "-mon", "chardev=con", "-kernel", str(elf)])


def host_pyrite():
    run(["cargo", "build", "--locked", "-q", "--bin", "pyrite"], cwd=ROOT)
    return str(TARGET_DIR / "debug" / "pyrite")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--boards",
                    default="mps2-an385,mps2-an386,mps2-an385-64k,mps2-an385-m0-16k,"
                            "lm3s6965evb,microbit",
                    help="comma-separated configurations (see BOARDS) for the REPL session")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus run")
    ap.add_argument("--filter", default="", help="only corpus programs whose path contains this")
    ap.add_argument("--corpus-board", default="mps2-an385",
                    help="the configuration the corpus runs on (e.g. mps2-an385-m0)")
    ap.add_argument("--interactive", metavar="BOARD", help="open the REPL in this terminal")
    args = ap.parse_args()
    if args.interactive:
        interactive(args.interactive)
    for tool in ("qemu-system-arm", "arm-none-eabi-gcc"):
        if not shutil.which(tool):
            sys.exit(f"tests/qemu/_drive.py: {tool} is missing (scripts/qemu-test installs it)")
    failures = 0
    for board in [x for x in args.boards.split(",") if x]:
        heap_kb = BOARDS[board]["heap_kb"]
        try:
            elf = build_elf(board, features=BOARDS[board].get("features", "full"))
        except LinkError as e:
            if "overflowed" in str(e) and board == "microbit":
                log(f"== {board}: does not fit, not run: {e}")
                continue
            log(f"FAIL {board}: link: {e}")
            failures += 1
            continue
        if board.endswith("-16k"):
            # 16 KiB of RAM: does the REPL start and run print('hello')?
            failures += run_small(board, elf, heap_kb)
            continue
        failures += run_session(board, elf, heap_kb)
    if not args.no_corpus:
        cb = args.corpus_board
        failures += run_corpus(cb, build_elf(cb), BOARDS[cb]["heap_kb"], host_pyrite(),
                               args.filter)
    log("== qemu: " + ("all passed" if failures == 0 else f"{failures} failure(s)"))
    sys.exit(1 if failures else 0)


def run_small(board, elf, heap_kb):
    """Boots a small board and runs print('hello') (a check: it used to overflow the stack, a
    HARDFAULT); then reports what `import gc; gc.mem_free()` says."""
    log(f"== {board}: boot and print('hello') ({heap_kb} KiB heap)")
    b = Board(board, elf)
    failed = 0
    try:
        b.expect(b">>> ", BOOT_TIMEOUT)
        b.send(b"print('hello')\r")
        got = text(b.expect(b">>> "))
        ok = got == "print('hello')\nhello\n>>> "
        failed += not ok
        log(("ok  " if ok else "FAIL") + f" print('hello'): {got!r}")
        b.send(b"import gc\rgc.mem_free()\r")
        got = text(b.expect(b">>> "))
        got += text(b.expect(b">>> "))
        log(f"note gc.mem_free(): {got!r}")
        for what, typed, want in too_long_steps():
            b.send(typed)
            got = text(b.expect(b">>> "))
            ok = want.fullmatch(got) is not None if isinstance(want, re.Pattern) else got == want
            failed += not ok
            log(("ok  " if ok else "FAIL") + f" {what}" + ("" if ok else f": {got[-200:]!r}"))
    except Timeout as e:
        log(f"FAIL {board} did not run the REPL: {e}")
        failed += 1
    finally:
        b.close()
    return failed


if __name__ == "__main__":
    main()
