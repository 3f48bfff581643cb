# The descriptor protocol called as methods: functions, property, staticmethod, classmethod.
import abc
def f(self, x=1):
    return ("f", type(self).__name__, x)
class C:
    @property
    def p(self):
        return 42
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        self._r = v * 2
    @r.deleter
    def r(self):
        print("deleting r")
c = C()
print(f.__get__(c)(5), f.__get__(c, C)(), f.__get__(None, C) is f)
print(C.p.__get__(c, C), C.p.__get__(None, C) is C.p)
C.r.__set__(c, 4)
print(c.r, C.r.__get__(c))
C.r.__delete__(c)
for bad in (lambda: C.p.__set__(c, 1), lambda: C.p.__delete__(c)):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)
try:
    C.p.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
sm, cm = staticmethod(f), classmethod(f)
print(sm.__get__(c)(c, 3), cm.__get__(c)(), cm.__get__(None, int)())
print(sm.__func__ is f, sm.__wrapped__ is f, cm.__wrapped__ is f)
print(property(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__)
f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, classmethod(f).__isabstractmethod__,
      property(None, f).__isabstractmethod__)
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        pass
print(Shape.area.__isabstractmethod__)
