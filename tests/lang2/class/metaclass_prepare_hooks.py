# Metaclass hooks: __prepare__ with a recording namespace, __instancecheck__/__subclasscheck__, keywords, conflicts.
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
        cls.field_order = list(ns.order)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Form(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
    beta = 3
print(Form.field_order, Form.options)
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Robot:
    def quack(self):
        return "beep"
print(isinstance(Robot(), Quacker), isinstance(5, Quacker), issubclass(Robot, Quacker), issubclass(int, Quacker))
class MetaA(type):
    pass
class MetaB(type):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MetaAB(MetaA, MetaB):
    pass
class D(A, B, metaclass=MetaAB):
    pass
print(type(D).__name__, [k.__name__ for k in type(D).__mro__])
class Sub(A):
    pass
print(type(Sub).__name__)
