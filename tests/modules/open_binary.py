# Binary files: bytes in and out, read(n), readinto, seek/tell with every whence, r+b/w+b
# updates, line iteration, bytes-like writes, and a fixed-size record file built with struct.
import os
import struct
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_open_binary"


def clean():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(D + "/" + n)
        os.rmdir(D)


clean()
os.mkdir(D)
p = D + "/data.bin"

with open(p, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01abc\n"), f.write(bytearray(b"xyz\n")), f.write(memoryview(b"end")))
    print(f.tell())
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable())
    data = f.read()
    print(type(data).__name__, data, len(data))
    print(f.read(), f.read(5))
    print(f.seek(0), f.read(2), f.tell())
    print(f.seek(3, 1), f.read(1), f.seek(-3, 2), f.read(), f.tell())
    f.seek(0)
    print(list(f))
    f.seek(2)
    print(f.readline(), f.readline(2), f.readlines())
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(6))
    print(f.readinto(mv), bytes(mv))
    big = bytearray(100)
    print(f.readinto(big), bytes(big[:5]))
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)

# r+b: read and overwrite in place; w+b truncates then reads back
with open(p, "r+b") as f:
    print(f.read(2), f.write(b"AB"), f.tell())
    f.seek(0)
    print(f.read(6))
    f.seek(0, 2)
    f.write(b"!")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w+b") as f:
    print(f.read(), f.write(b"hello"), f.seek(1), f.read(3))
with open(p, "ab+") as f:
    print(f.tell(), f.write(b"++"), f.tell())
    f.seek(0)
    print(f.read())

# truncate: cut at a size or at the position; the position stays; errors
with open(p, "w+b") as f:
    f.write(b"hello world")
    print(f.truncate(5), f.tell(), f.seek(0), f.read())
    f.seek(2)
    print(f.truncate(), f.tell(), f.truncate(8), f.seek(0, 2))
    f.seek(0)
    print(f.read())
    try:
        f.truncate(-1)
    except OSError as e:
        print(type(e).__name__, e.errno)
with open(p, "rb") as f:
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
try:
    f.truncate()
except ValueError as e:
    print("ValueError", e)
with open(p, "w+") as f:
    f.write("text to cut")
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))

# a file of records: (id, temperature, name)
REC = struct.Struct("<Hf8s")
rows = [(1, 21.5, b"kitchen"), (2, -3.25, b"garden"), (3, 19.0, b"attic")]
with open(D + "/rec.bin", "wb") as f:
    for r in rows:
        f.write(REC.pack(*r))
print(os.stat(D + "/rec.bin").st_size, REC.size * len(rows))
with open(D + "/rec.bin", "rb") as f:
    f.seek(REC.size * 2)
    print(REC.unpack(f.read(REC.size)))
    f.seek(0)
    while True:
        chunk = f.read(REC.size)
        if not chunk:
            break
        i, t, name = REC.unpack(chunk)
        print(i, t, name.rstrip(b"\0").decode())
with open(D + "/rec.bin", "r+b") as f:
    f.seek(REC.size * 1)
    f.write(REC.pack(2, 4.5, b"garden"))
with open(D + "/rec.bin", "rb") as f:
    whole = f.read()
    print([REC.unpack_from(whole, k * REC.size)[1] for k in range(3)])
clean()
