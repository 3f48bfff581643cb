# Errors from open() and file methods: OSError subclasses with errno/strerror/filename, bad
# modes and arguments, closed files, io.UnsupportedOperation.
import io
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_open_errors"
if os.path.isdir(D):
    for n in os.listdir(D):
        os.remove(D + "/" + n)
    os.rmdir(D)
os.mkdir(D)
p = D + "/f.txt"
with open(p, "w") as f:
    f.write("data\n")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
        return e


e = attempt("missing", lambda: open(D + "/nope.txt"))
print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
e = attempt("dir", lambda: open(D))
print(type(e).__name__, e.errno, e.filename)
attempt("dir w", lambda: open(D, "w"))
attempt("no parent", lambda: open(D + "/no/such/file", "w"))
attempt("exists", lambda: open(p, "x"))
for mode in ["z", "rw", "rr", "b", "rbt", "U", "rU", "r++", "", "wx", "w+a", "tb"]:
    attempt("mode " + repr(mode), lambda: open(p, mode))
attempt("mode int", lambda: open(p, 5))
attempt("path None", lambda: open(None))
attempt("path float", lambda: open(1.5))
attempt("enc binary", lambda: open(p, "rb", encoding="utf-8"))
attempt("errors binary", lambda: open(p, "rb", errors="strict"))
attempt("newline binary", lambda: open(p, "rb", newline=""))
attempt("newline bad", lambda: open(p, newline="x"))
attempt("newline type", lambda: open(p, newline=5))
attempt("unbuffered text", lambda: open(p, buffering=0))
attempt("encoding", lambda: open(p, encoding="no-such-codec"))
attempt("latin-1", lambda: open(p, encoding="latin-1").read())
raw = open(p, "rb", buffering=0)
print(type(raw).__name__, raw.read(2), raw.mode)
raw.close()

# wrong direction
r = open(p)
w = open(D + "/w.txt", "w")
rb = open(p, "rb")
wb = open(D + "/w.bin", "wb")
attempt("write to r", lambda: r.write("x"))
attempt("read from w", lambda: w.read())
attempt("readline from w", lambda: w.readline())
attempt("bytes to text", lambda: w.write(b"x"))
attempt("int to text", lambda: w.write(5))
attempt("str to binary", lambda: wb.write("x"))
attempt("write to rb", lambda: rb.write(b"x"))
attempt("read from wb", lambda: wb.read())
attempt("read float", lambda: r.read(1.5))
attempt("readline None", lambda: r.readline(None))
attempt("seek neg", lambda: r.seek(-1))
attempt("seek cur", lambda: r.seek(1, 1))
attempt("seek end", lambda: r.seek(1, 2))
attempt("seek whence", lambda: r.seek(0, 9))
attempt("seek float", lambda: rb.seek(1.5))
e = attempt("unsupported", lambda: r.write("x"))
print(isinstance(e, io.UnsupportedOperation), isinstance(e, OSError), isinstance(e, ValueError))

# closed files
for f in (r, w, rb, wb):
    f.close()
    f.close()
    print(f.closed)
for name, f in [("text", r), ("binary", rb), ("binary w", wb)]:
    attempt(name + " read", lambda: f.read())
    attempt(name + " readline", lambda: f.readline())
    attempt(name + " seek", lambda: f.seek(0))
    attempt(name + " tell", lambda: f.tell())
    attempt(name + " flush", lambda: f.flush())
    attempt(name + " iter", lambda: next(f))
    attempt(name + " with", lambda: f.__enter__())
    attempt(name + " readlines", lambda: f.readlines())

try:
    with open(p) as f:
        raise KeyError("inside")
except KeyError:
    print("closed after error:", f.closed)
for n in os.listdir(D):
    os.remove(D + "/" + n)
os.rmdir(D)
