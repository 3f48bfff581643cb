# The builtins module: names added to it are seen everywhere, monkey-patching, deletion, exec.
import builtins
import sys

print(builtins.__name__, builtins.len is len, "builtins" in sys.modules)
print(__builtins__ is builtins, type(__builtins__).__name__)
builtins.SHARED = "from builtins"


def reader():
    return SHARED


print(SHARED, reader())
SHARED = "global shadows"
print(SHARED, reader())
del SHARED
print(reader())
del builtins.SHARED
try:
    reader()
except NameError as e:
    print("NameError:", e, e.name)
original = builtins.len
builtins.len = lambda x: 42
print(len([1, 2]), len("abc"))
builtins.len = original
print(len([1, 2]))
saved_abs = builtins.abs
del builtins.abs
try:
    abs(-1)
except NameError as e:
    print("NameError:", e)
builtins.abs = saved_abs
print(abs(-3))
print(getattr(builtins, "IOError") is OSError, hasattr(builtins, "__build_class__"))
print(sorted(n for n in dir(builtins) if n.startswith("Zero") or n in ("print", "None")))
g = {}
exec("print(__name__)", g)
print(g["__builtins__"] is builtins.__dict__, sorted(k for k in g if k != "__builtins__"))
exec("class K:\n    def hi(self):\n        return 'hi from ' + type(self).__module__\nr = K().hi()", g)
print(g["r"], g["K"].__module__)
