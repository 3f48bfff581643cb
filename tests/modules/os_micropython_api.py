# MicroPython's os API where it goes beyond CPython's: ilistdir (name, type, inode[, size])
# with type 0x4000 for directories and 0x8000 for files, uname's named fields, the uos alias.
# Under CPython the same facts are computed from listdir/stat so the output matches.
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_os_micropython_api"
os.mkdir(D)
os.mkdir(D + "/sub")
with open(D + "/f.txt", "w") as f:
    f.write("12345")

if hasattr(os, "ilistdir"):
    entries = sorted(os.ilistdir(D))
    print(all(len(e) in (3, 4) for e in entries), all(isinstance(e[2], int) for e in entries))
    entries = [(e[0], e[1]) for e in entries]
else:
    print(True, True)
    entries = sorted((n, 0x4000 if os.path.isdir(D + "/" + n) else 0x8000) for n in os.listdir(D))
print(entries)

u = os.uname()
print(len(u), u[0] == u.sysname, u.machine == u[4], isinstance(u.release, str), type(u.nodename))

try:
    import uos
except ImportError:
    uos = os
print(uos.listdir is not None, sorted(uos.listdir(D)), uos.stat(D + "/f.txt")[6])

st = os.stat(D + "/f.txt")
print(len(st), st[0] == st.st_mode, st.st_size, tuple(st)[6], st[6:7])
print(st.st_mode & 0o170000 == 0o100000, os.stat(D).st_mode & 0o170000 == 0o040000)
print(repr(st).startswith("os.stat_result(st_mode="))
os.remove(D + "/f.txt")
os.rmdir(D + "/sub")
os.rmdir(D)
