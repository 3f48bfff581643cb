# File objects nobody closes: the one-liner idioms see their data, a collected file is closed
# (its writes kept), and opening many files without closing them does not run out of handles.
import gc
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_open_lifetime"
if os.path.isdir(D):
    for n in os.listdir(D):
        os.remove(D + "/" + n)
    os.rmdir(D)
os.mkdir(D)
p = D + "/f.txt"

print(open(p, "w").write("abc"))
print(open(p).read())
print(os.stat(p).st_size, os.path.getsize(p))


def append(text):
    f = open(p, "a")
    f.write(text)


append("def")
gc.collect()
print(open(p).read())
total = 0
for i in range(2000):
    total += len(open(p).read())
print(total)
for i in range(50):
    f = open(D + "/n%d.txt" % i, "w")
    f.write(str(i))
f = None
gc.collect()
print(sum(int(open(D + "/" + n).read()) for n in os.listdir(D) if n.startswith("n")))
for n in os.listdir(D):
    os.remove(D + "/" + n)
os.rmdir(D)
print(os.path.exists(D))
