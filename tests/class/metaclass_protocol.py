# Metaclasses: __prepare__, the body namespace given to __init__, __setattr__/__delattr__ on
# classes, __instancecheck__/__subclasscheck__, conflicts, keywords.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = list(ns.order)
        cls.added = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init sees", sorted(k for k in ns if not k.startswith("__")), type(ns).__name__)
        super().__init__(name, bases, ns)
class Form(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
print(Form.order, Form.added, type(Form).__name__)
class Guard(type):
    def __setattr__(cls, k, v):
        if k.isupper():
            raise AttributeError("constant " + k)
        print("meta setattr", k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print("meta delattr", k)
        super().__delattr__(k)
class Conf(metaclass=Guard):
    LIMIT = 3
Conf.x = 1
del Conf.x
try:
    Conf.LIMIT = 4
except AttributeError as e:
    print(e, Conf.LIMIT)
setattr(Conf, "y", 2)
print(Conf.y, hasattr(Conf, "x"))
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker))
print(isinstance(Mallard(), (int, Quacker)), isinstance(Quacker(), Quacker))
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(e)
class M3(M1):
    pass
class C(A, metaclass=M3):
    pass
class D(C, A):
    pass
print(type(D).__name__)
def factory(name, bases, ns, **kw):
    return (name, sorted(k for k in ns if not k.startswith("__")), kw)
class NotAClass(metaclass=factory, flag=1):
    x = 1
print(NotAClass)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrep):
        pass
except TypeError as e:
    print(e)
T = type("T", (), {"v": 1})
print(T, T.__module__, T.v, T.__doc__)
