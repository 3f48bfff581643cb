# object(), super objects, property objects and descriptors introspected as plain values.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), isinstance(int, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, issubclass(type, object), issubclass(object, type))
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__repr__", "__str__")))
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f"
b = B()
s = super(B, b)
print(s.f(), type(s).__name__, super(B, B).f(b))
p = property(lambda self: 1)
print(type(p).__name__, p.fget(None), p.fset, p.setter is not None)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None, p.fset)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls)
print(type(sm).__name__, sm.__func__ is len, type(cm).__name__)
class Z:
    s = sm
    c = cm
print(Z.s("abc"), Z.c() is Z, Z().c() is Z)
print(object() == object(), object() != object())
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__init__).__name__ in ("wrapper_descriptor", "slot wrapper", "function", "builtin_function_or_method"))
