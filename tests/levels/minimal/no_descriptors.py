# The minimal level has no user-defined descriptors (MicroPython's MICROPY_PY_DESCRIPTORS is
# off in its small ports): an object with __get__/__set__/__delete__/__set_name__ in a class
# namespace is an ordinary class attribute. The builtin property, classmethod and staticmethod
# work as usual.


class Descriptor:
    def __set_name__(self, owner, name):
        print("set_name", name)

    def __get__(self, obj, owner=None):
        return "got"

    def __set__(self, obj, value):
        print("set", value)

    def __delete__(self, obj):
        print("delete")


class C:
    d = Descriptor()

    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 10

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def twice(n):
        return 2 * n


c = C()
print(type(c.d).__name__, type(C.d).__name__)
c.d = 5
print(c.d, type(C.d).__name__)
del c.d
print(type(c.d).__name__)
c.x = 4
print(c.x, C.make(), c.make(), C.twice(3), c.twice(4))
try:
    del c.x
except AttributeError as e:
    print("AttributeError")
