# The minimal level has metaclasses but not the rest of the class-creation protocol, as
# MicroPython's small ports: no __prepare__, __mro_entries__, __class_getitem__ or
# __init_subclass__ (which stay ordinary methods nobody calls), and class keywords other than
# `metaclass` are a TypeError. Builtin types are not generic without the frozen modules.


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns):
        print("meta new", name, "injected" in ns)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)

    def __class_getitem__(cls, item):
        return "alias"


class B(A):
    pass


print(type(B).__name__, B.__mro__[1].__name__)
try:
    print(A[int])
except TypeError as e:
    print("TypeError:", e)


class Entries:
    def __mro_entries__(self, bases):
        return (A,)


try:
    class C(Entries()):
        pass
    print("C made")
except TypeError as e:
    print("TypeError")
try:
    class D(A, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
for expr in ("list[int]", "dict[str, int]", "int | None"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
print(isinstance(B(), A), issubclass(B, A), type(A) is Meta)
