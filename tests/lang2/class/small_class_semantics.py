# __getattribute__ falling back to __getattr__, bound-method equality, __bases__/__base__/__doc__,
# super().__str__ in exceptions, property docs, and type() running the class-creation hooks.
class A:
    def __getattribute__(s, n): return object.__getattribute__(s, n)
    def __getattr__(s, n): return "fb"
print(A().missing)
class C:
    def m(self): pass
c = C()
print(c.m == c.m, c.m != C().m, len({c.m, c.m}))
class B: pass
print(B.__bases__, B.__base__, B.__doc__, type("E", (), {}).__bases__)
class E(Exception):
    def __str__(s): return "<" + super().__str__() + ">"
print(str(E("m")), Exception.__str__(ValueError("v")), repr(E("x")))
class P:
    @property
    def x(self):
        "the x"
        return 1
print(P.x.__doc__)
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__)
X = type("X", (Base,), {"d": D()})
try:
    type("X", 5, {})
except TypeError as e: print(e)
