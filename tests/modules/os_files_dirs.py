# os: directories and files (mkdir, listdir, stat, rename, remove, rmdir, chdir, getcwd) and
# their OSError subclasses with errno, strerror and file names.
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit
d = "_tmp_os_files_dirs"
os.mkdir(d)
print(os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("hello\n")
os.mkdir(os.path.join(d, "sub"))
print(sorted(os.listdir(d)))
st = os.stat(d + "/a.txt")
print(st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__)
print(os.path.isdir(d), os.path.isfile(d), os.path.exists(d + "/nope"), os.path.isfile(d + "/a.txt"))
for fn, args in [(os.mkdir, (d,)), (os.rmdir, (d,)), (os.remove, (d,)), (os.rmdir, (d + "/a.txt",)), (os.stat, ("nope",)), (os.listdir, ("nope",)), (os.rename, ("nope", "nope2")), (os.remove, ("nope",)), (os.chdir, ("nope",))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e, e.args)
os.rename(d + "/a.txt", d + "/b.txt")
print(sorted(os.listdir(d)))
cwd = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), os.getcwd() == os.path.join(cwd, d))
os.chdir("..")
os.remove(d + "/b.txt")
os.unlink  # exists
os.rmdir(d + "/sub")
os.rmdir(d)
print(os.path.exists(d))
print(os.sep, os.curdir, os.pardir, repr(os.linesep), len(os.urandom(8)), os.urandom(0))
a, b = os.urandom(16), os.urandom(16)
print(a != b, type(a).__name__)
print(sorted(n for n in os.listdir(".") if n.startswith("os_files")))
print(sorted(n for n in os.listdir(b".") if n.startswith(b"os_files")))
print(os.path.split("/a/b/c.txt"), os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.basename("a/b/"), os.path.dirname("/a"), os.path.join("a", "b", "/c", "d"))
print(os.path.normpath("a//b/../c/./d"), os.path.normpath("/../a"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", 5))
for bad in [None, 1.5, [1]]:
    try:
        os.stat(bad)
    except TypeError as e:
        print("TypeError")
import os.path
from os import path
print(path is os.path)
import os
for f in (lambda: open("a\0b"), lambda: os.stat("a\0b"), lambda: os.listdir("a\0"), lambda: os.mkdir("x\0")):
    try: f()
    except ValueError as e: print("ValueError", e)
