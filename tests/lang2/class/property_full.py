# @property with getter, setter and deleter; property() built by hand; read-only errors.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__)
print(Temperature.celsius.__doc__)
print(isinstance(Temperature.celsius, property))
class Manual:
    def _get(self):
        return self.__dict__.get("v", "unset")
    def _set(self, v):
        self.__dict__["v"] = v * 10
    v2 = property(_get, _set, None, "manual doc")
m = Manual()
print(m.v2)
m.v2 = 4
print(m.v2, Manual.v2.__doc__)
print(Manual.v2.fget is Manual._get, Manual.v2.fdel)
try:
    del m.v2
except AttributeError as e:
    print(type(e).__name__)
