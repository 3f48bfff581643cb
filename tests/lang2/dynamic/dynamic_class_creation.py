# __build_class__, type() and exec building classes and functions at runtime.
import builtins
Built = builtins.__build_class__(lambda: None, "Built")
print(Built.__name__, type(Built).__name__, Built.__bases__ == (object,))
print(__build_class__ is builtins.__build_class__)
class Base:
    def who(self):
        return "base"
Child = __build_class__(lambda: None, "Child", Base)
print(Child().who(), Child.__bases__[0].__name__)
src = """
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
"""
ns = {}
exec(src, ns)
s = ns["Stack"]().push(1).push(2)
print(s.items, ns["Stack"].__module__ if "__name__" in ns else "no module name")
methods = {}
for op in ("add", "mul"):
    exec(f"def {op}(self, o):\n    return self.v {'+' if op == 'add' else '*'} o", {}, methods)
Num = type("Num", (), {"__init__": lambda self, v: setattr(self, "v", v), **methods})
print(Num(3).add(4), Num(3).mul(4))
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
