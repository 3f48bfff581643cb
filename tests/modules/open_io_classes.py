# The file classes as the io module names them: io.open is open, the type of each mode's
# object, its layers (buffer, raw), isinstance against io's bases, reprs, fileno, and a
# FileIO opened directly.
import io
import os

try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_open_io_classes"
os.mkdir(D)
p = D + "/f.txt"
print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
with open(p, "w") as f:
    print(type(f) is io.TextIOWrapper, isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    print(type(f.buffer) is io.BufferedWriter, type(f.buffer.raw) is io.FileIO)
    print(isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
    print(f.buffer.name == p, f.buffer.mode, f.buffer.raw.mode, f.line_buffering, f.errors)
    print(repr(f).replace(p, "P").replace("'utf-8'", "'UTF-8'"))
    print(repr(f.buffer).replace(p, "P"), repr(f.buffer.raw).replace(p, "P"))
    print(isinstance(f.fileno(), int), f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    print(f.isatty())
    f.write("abc\n")
    f.buffer.write(b"xyz\n")
for mode, t in [("rb", io.BufferedReader), ("r+b", io.BufferedRandom), ("ab", io.BufferedWriter),
                ("w+", io.TextIOWrapper)]:
    with open(p, mode) as f:
        print(mode, type(f) is t, f.readable(), f.writable(), f.seekable())
raw = io.FileIO(p, "w")
print(raw.write(b"raw\n"), raw.mode, raw.closed)
raw.close()
print(raw.closed, repr(raw))
with io.FileIO(p) as raw:
    print(raw.read(), raw.readall(), raw.mode)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readline())
os.remove(p)
os.rmdir(D)
