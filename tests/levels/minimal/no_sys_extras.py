# The minimal level's sys is MicroPython's: no intern, getdefaultencoding or
# get/set_int_max_str_digits (AttributeError); the rest works.
import sys

for name in ("intern", "getdefaultencoding", "get_int_max_str_digits", "set_int_max_str_digits"):
    print(name, hasattr(sys, name))
try:
    sys.intern("abc")
except AttributeError as e:
    print("AttributeError:", e)
print(sys.maxsize > 0, sys.byteorder, type(sys.argv).__name__, "sys" in sys.modules)
print(sys.getrecursionlimit() > 0, sys.exc_info(), sys.implementation.name)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
