# Class decorators: registering, adding methods, wrapping, decorators with arguments.
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.tag = name
        return cls
    return deco
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls
def add_init(cls):
    def __init__(self, *args):
        if len(args) != len(cls.fields):
            raise TypeError(f"expected {len(cls.fields)} args, got {len(args)}")
        for f, a in zip(cls.fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls
@register("point")
@add_repr
@add_init
class Point:
    fields = ("x", "y")
@register("person")
@add_repr
@add_init
class Person:
    fields = ("name", "age")
print(Point(1, 2), Person("Ann", 30))
print(sorted(registry), registry["point"] is Point, Point.tag)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)
