# __new__/__init__: __init__ of the type __new__ returned (when an instance of the class),
# object.__new__ checks, singletons and caches.
class Base:
    registry = {}
    def __new__(cls, kind, *args):
        target = cls.registry.get(kind, cls) if cls is Base else cls
        return super().__new__(target)
    def __init__(self, kind, *args):
        self.kind = kind
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Base.registry[key] = cls
class Circle(Base, key="circle"):
    def __init__(self, kind, r):
        super().__init__(kind)
        self.r = r
class Square(Base, key="square"):
    def __init__(self, kind, side):
        super().__init__(kind)
        self.side = side
c = Base("circle", 2)
s = Base("square", 3)
print(type(c).__name__, c.r, type(s).__name__, s.side, type(Base("other")).__name__)
class Unrelated:
    def __init__(self, *a):
        print("never")
class Foreign:
    def __new__(cls, *a):
        return Unrelated.__new__(Unrelated)
    def __init__(self, *a):
        print("never either")
print(type(Foreign(1)).__name__)
class Single:
    _it = None
    def __new__(cls):
        if cls._it is None:
            cls._it = super().__new__(cls)
        return cls._it
    def __init__(self):
        self.n = getattr(self, "n", 0) + 1
a, b = Single(), Single()
print(a is b, a.n)
for src in ("object.__new__(5)", "object.__new__(Single)", "Single(1)", "Unrelated.__init__(Single())"):
    try:
        r = eval(src)
        print(src, type(r).__name__)
    except TypeError as e:
        print(src, "TypeError", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    class Bad(Base, colour="red"):
        pass
except TypeError as e:
    print(e)
