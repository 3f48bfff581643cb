# Importing modules that sit next to the test, and a module importing another.
import _mod_a
import _mod_b
from _mod_b import value
print(_mod_a.a(), _mod_b.value, value, _mod_a._mod_b is _mod_b)
print(sorted(n for n in dir(_mod_b) if not n.startswith("__")))
