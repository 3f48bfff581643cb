# Metaclasses: __new__ through super(), __call__ (singletons), class-level __len__/__iter__/
# __getitem__, methods on the metaclass, inheritance of the metaclass, and Meta(name, bases, ns).
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, key):
        return key * 2
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x

class Child(Base):
    pass

c = Child(5)
print(c.x, type(Child).__name__, isinstance(Child, Meta), isinstance(Child, type), Meta.registry)
print(len(Child), list(Child), Child[21], Child.describe(), Child.__name__, Child.__mro__)
print(type(Base) is Meta, Child.__class__ is Meta)

class Simple(type):
    pass
class K(metaclass=Simple):
    pass
print(type(K).__name__, K.__bases__, isinstance(K(), K))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): print("init once")
print(Config() is Config())
X = Meta("X", (), {"v": 1})
print(X.v, type(X).__name__, Meta.registry[-1])
