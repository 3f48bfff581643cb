# Text files: write/read round trips, universal newlines, read(n) in characters, readline
# limits, iteration, writelines, print(file=), newline= modes, non-ASCII text.
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_open_text"


def clean():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.remove(D + "/" + n)
        os.rmdir(D)


clean()
os.mkdir(D)
p = D + "/t.txt"

f = open(p, "w")
print(f.closed, f.name == p, f.mode, f.readable(), f.writable(), f.seekable())
print(f.write("one\n"), f.write(""), f.write("zwei – ü\n"))
f.writelines(["a\n", "b\n"])
print("x", 1, 2.5, sep=",", end="!\n", file=f)
f.close()
print(f.closed)

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(3)), repr(f.read(7)), repr(f.read(0)), repr(f.read(1)))
    print(repr(f.readline()), repr(f.readline(1)), repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, encoding="utf-8") as f:
    print(f.readlines(5))

# universal newlines: \r\n and \r read as \n unless newline= says otherwise
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\r\ne")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(6)])
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.read(2)))
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read(3)))

# writing with newline translation
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

# appending and exclusive creation
with open(p, "w") as f:
    f.write("1\n")
with open(p, "a") as f:
    f.write("2\n")
    print(f.tell())
print(open(p).read().split())
try:
    open(p, "x")
except FileExistsError as e:
    print("x:", e.errno, e.strerror)
with open(D + "/new.txt", "x") as f:
    f.write("fresh")
print(open(D + "/new.txt").read())

# reading and writing one text file: seek between them (where CPython's read-ahead is defined)
with open(p, "w") as f:
    f.write("line1\nline2\nline3\n")
with open(p, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write("XX")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(p, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("tail\n")
    f.seek(0)
    print(f.readlines())
with open(p, "w+") as f:
    f.write("héllo\nwörld\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.read()))

# decode errors
with open(p, "wb") as f:
    f.write(b"ok\xff\n")
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
print(repr(open(p, errors="replace").read()), repr(open(p, errors="ignore").read()))
clean()
print(os.path.exists(D))
