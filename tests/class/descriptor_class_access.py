# Descriptors: __get__(None, owner) on class access, __set__/__delete__ on instances, one-sided
# data descriptors, properties without setter/deleter.
class Show:
    def __get__(self, obj, owner=None):
        return ("class" if obj is None else "instance", owner.__name__)
class classproperty:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return self.f(owner)
class C:
    s = Show()
    count = 3
    @classproperty
    def doubled(cls):
        return cls.count * 2
print(C.s, C().s, C.doubled)
class Sub(C):
    count = 10
print(Sub.doubled, Sub().doubled)
class Field:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.key, "unset")
    def __set__(self, obj, value):
        print("set", self.key, value)
        obj.__dict__[self.key] = value
    def __delete__(self, obj):
        print("delete", self.key)
        del obj.__dict__[self.key]
class Rec:
    f = Field()
r = Rec()
print(r.f, type(Rec.f).__name__)
r.f = 4
print(r.f, r.__dict__)
del r.f
print(r.f)
try:
    del r.f
except KeyError as e:
    print("KeyError", e)
class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "value"
    def __delete__(self, obj):
        print("deleted")
class SetOnly:
    def __get__(self, obj, owner=None):
        return "value"
    def __set__(self, obj, v):
        print("set", v)
class H:
    d = DeleteOnly()
    s = SetOnly()
h = H()
for action in ("h.d = 1", "del h.d", "h.s = 2", "del h.s"):
    try:
        exec(action)
        print(action, "ok")
    except AttributeError as e:
        print(action, "AttributeError", e)
h.__dict__["d"] = "shadow"
print(h.d)
class P:
    @property
    def x(self):
        return 1
p = P()
for action in ("p.x = 5", "del p.x"):
    try:
        exec(action)
    except AttributeError as e:
        print(e)
