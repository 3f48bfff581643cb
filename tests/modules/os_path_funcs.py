# os.path: CPython's posixpath results for join, split, basename, dirname, splitext,
# normpath, isabs, abspath, commonprefix, and the file tests exists/isdir/isfile/getsize.
import os
import os.path
from os import path
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

print(path is os.path, os.path.sep)
cases = ["", "/", "//", "a", "a/", "/a", "/a/b", "a/b/", "a//b", "/a/b/c.txt", "../x", ".",
         "..", "a/./b/../c", "///a//b", ".hidden", "x.tar.gz", "dir.d/file", "a/b.", "..."]
for p in cases:
    print(repr(p), path.split(p), repr(path.basename(p)), repr(path.dirname(p)),
          path.splitext(p), repr(path.normpath(p)), path.isabs(p))
print(path.join("a"), path.join("a", "b", "c"), path.join("a/", "b"), path.join("a", "/b", "c"),
      path.join("", "x"), path.join("a", ""), path.join("/", "etc"))
print(path.join(b"a", b"b"), path.split(b"/x/y"), path.splitext(b"f.txt"), path.basename(b"q/r"))
try:
    path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
print(path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(path.commonprefix([])))
print(path.abspath("/a/../b"), path.abspath("x") == path.join(os.getcwd(), "x"))
print(path.abspath(".") == os.getcwd(), path.normpath(path.abspath("a/../b")) == path.abspath("b"))

me = "os_path_funcs.py"
print(path.exists(me), path.isfile(me), path.isdir(me), path.getsize(me) > 100)
print(path.exists("."), path.isdir("."), path.isfile("."), path.exists("no/such"))
print(path.isdir("no/such"), path.isfile(""), path.exists(""))
try:
    path.getsize("no/such")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
