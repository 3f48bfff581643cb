# __new__ and __init__ interplay in patterns: singletons, flyweights, and subclass-aware factories.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Sub(Singleton):
    _instance = None
c = Sub(3)
print(c is a, type(c).__name__, a.value, c.value)
class Shape:
    registry = {}
    def __init_subclass__(cls, key, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[key] = cls
    def __new__(cls, key=None, *args):
        if cls is Shape:
            if key not in Shape.registry:
                raise ValueError(f"unknown shape {key!r}")
            cls = Shape.registry[key]
        return super().__new__(cls)
class Circle(Shape, key="circle"):
    def __init__(self, key, r):
        self.r = r
class Square(Shape, key="square"):
    def __init__(self, key, s):
        self.s = s
shapes = [Shape("circle", 2), Shape("square", 3)]
print([type(s).__name__ for s in shapes], shapes[0].r, shapes[1].s)
try:
    Shape("hexagon", 1)
except ValueError as e:
    print(type(e).__name__, e)
class Flyweight:
    _pool = {}
    def __new__(cls, ch):
        obj = cls._pool.get(ch)
        if obj is None:
            obj = cls._pool[ch] = super().__new__(cls)
            obj.ch = ch
        return obj
glyphs = [Flyweight(c) for c in "hello world"]
print(len(glyphs), len(Flyweight._pool), glyphs[2] is glyphs[3], "".join(g.ch for g in glyphs))
