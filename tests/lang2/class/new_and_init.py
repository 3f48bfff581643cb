# __new__: immutable subclass, caching instances, returning a different type skips __init__.
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print("cached", key)
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("init", key)
        self.key = key
a = Interned("a")
b = Interned("a")
print(a is b)
class Weird:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, v):
        print("Weird init", v)
        self.v = v
print(Weird(3).v)
print(Weird(-1))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
