# The minimal level does not call a class's own __setattr__, __delattr__ or __getattribute__
# (MicroPython's MICROPY_PY_DELATTR_SETATTR is off in its small ports, and it never calls
# __getattribute__); object.__setattr__ and friends are not defined. __getattr__ works.


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name)

    def __delattr__(self, name):
        print("delattr", name)

    def __getattribute__(self, name):
        return "hooked"

    def __getattr__(self, name):
        return "missing " + name


o = Logged()
o.a = 1
print(o.a, o.b)
del o.a
print(o.b)
Logged.__setattr__(o, "c", 3)
for name in ("__setattr__", "__delattr__", "__getattribute__"):
    print(name, hasattr(object, name), hasattr(type, name))
try:
    object.__setattr__(o, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)


class K(metaclass=Meta):
    pass


K.y = 2
print(getattr(K, "y", "not set"))
