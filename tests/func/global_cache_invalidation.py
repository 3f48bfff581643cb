# Global and builtin names read in loops (the VM remembers where a name was found) must see
# every rebinding, deletion and shadowing at once.
import builtins

counter = 0
def read():
    return counter

seen = []
for i in range(5):
    seen.append(read())
    counter += 10
print(seen)

# A global that shadows a builtin, then goes away again.
def use_len(x):
    return len(x)

r = []
for i in range(4):
    r.append(use_len("abc"))
    if i == 0:
        len = lambda x: "shadowed"
    if i == 1:
        del len
print(r)

# Monkey-patching and deleting a builtin.
orig = builtins.abs
vals = []
for i in range(4):
    vals.append(abs(-3))
    if i == 0:
        builtins.abs = lambda x: "patched"
    if i == 2:
        builtins.abs = orig
print(vals)

def uses_missing():
    return missing_name

try:
    uses_missing()
except NameError as e:
    print("NameError", e)
builtins.missing_name = "from builtins"
print(uses_missing())
missing_name = "from globals"
print(uses_missing())
del missing_name
print(uses_missing())
del builtins.missing_name
try:
    uses_missing()
except NameError as e:
    print("NameError", e)

# `del` of a global, then rebinding; many globals so the dict is rebuilt in between.
g = "first"
def read_g():
    return g
out = [read_g()]
del g
try:
    read_g()
except NameError as e:
    out.append(str(e))
for i in range(50):
    globals()["filler%d" % i] = i
g = "second"
out.append(read_g())
for i in range(50):
    del globals()["filler%d" % i]
g = "third"
out.append(read_g())
print(out)

# globals() mutated directly, and exec with its own globals dict.
def read_h():
    return h
globals()["h"] = 1
a = read_h()
globals()["h"] = 2
print(a, read_h())
ns = {"k": 1}
code = "def f():\n    return k\nr1 = f()\nk = 2\nr2 = f()\n"
exec(code, ns)
print(ns["r1"], ns["r2"])
exec(code, {"k": "other"})
print(ns["k"])

# Module-level loops use the same names through LOAD_NAME/STORE_NAME.
total = 0
for i in range(10):
    total = total + i
    if i == 5:
        globals()["total"] = 1000
print(total)
