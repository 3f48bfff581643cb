# __dict__ of instances and classes, vars(), dir() on user classes.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        return 0
t = Thing()
print(t.__dict__, vars(t) is t.__dict__)
t.__dict__["c"] = 3
print(t.c, sorted(vars(t)))
vars(t)["d"] = 4
print(t.d)
print(sorted(k for k in Thing.__dict__ if not k.startswith("__")))
print("base_attr" in Thing.__dict__, "base_attr" in dir(Thing), "a" in dir(t), "method" in dir(t))
print([n for n in dir(t) if not n.startswith("_")])
print("__init__" in dir(t), "__class__" in dir(t))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Custom()))
t.__dict__.clear()
print(hasattr(t, "a"), vars(t))
def f():
    x = 1
    y = 2
    return sorted(vars())
print(f())
print(type(Thing.__dict__).__name__)
try:
    Thing.__dict__["z"] = 5
except TypeError as e:
    print(type(e).__name__)
setattr(Thing, "z", 5)
print(Thing.z, t.z)
