# dir() on modules, builtin types and instances; vars() on modules and classes; __import__.
import sys
print("path" in dir(sys), "modules" in vars(sys), vars(sys)["modules"] is sys.modules)
print(all(n in dir([]) for n in ("append", "pop", "__len__")))
print(all(n in dir("") for n in ("upper", "split", "__add__")))
print(all(n in dir(dict) for n in ("keys", "items", "__getitem__")))
print(dir(5) == sorted(dir(5)), "bit_length" in dir(int))
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
names = [n for n in dir(B) if not n.startswith("__")]
print(names)
print(sorted(k for k in vars(B) if not k.startswith("__")))
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
m = __import__("sys")
print(m is sys, __import__("gc").__name__)
def f():
    a = 1
    return dir()
print(f())
print(sorted(set(dir()) & {"A", "B", "b", "f", "m", "sys", "names"}))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
