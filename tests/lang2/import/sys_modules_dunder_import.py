# sys.modules manipulation, __import__ with fromlist, importlib.import_module, module attributes.
import sys
import geom.vector
m = __import__("geom.vector")
print(m.__name__)
m2 = __import__("geom.vector", fromlist=["Vec"])
print(m2.__name__, m2.Vec(1, 1))
import importlib
sq = importlib.import_module("geom.shapes.square")
print(sq.__name__, sq.Square(2).area())
rel = importlib.import_module(".tri", "geom.shapes")
print(rel.__name__)
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module.answer)
del sys.modules["fake_module"]
try:
    import fake_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import types
mod = types.ModuleType("made_up", "a docstring")
mod.x = 5
sys.modules["made_up"] = mod
from made_up import x
print(x, mod.__name__, mod.__doc__, type(mod).__name__)
print(type(sys).__name__, sys.__name__, geom.vector.__file__.endswith("vector.py"))
print(sorted(k for k in sys.modules if k.startswith("geom")))
