# A plugin loader built on __import__ and sys.modules: relative imports, registries, failures.
import sys

import plugkit
import plugkit.plugins


def load(name):
    full = "plugkit.plugins." + name
    if full in sys.modules:
        return sys.modules[full], "cached"
    try:
        __import__(full)
    except Exception as e:
        return None, type(e).__name__ + ": " + str(e)
    return sys.modules[full], "loaded"


for name in plugkit.plugins.AVAILABLE + ["upper", "missing"]:
    mod, how = load(name)
    print(name, how, mod.__name__ if mod else None)
print(sorted(plugkit.REGISTRY), plugkit.REGISTRY["reverse"]("abc"))
print("plugkit.plugins.broken" in sys.modules, hasattr(plugkit.plugins, "broken"))
print(plugkit.plugins.upper.LOADS, plugkit.plugins.upper.__package__)
top = __import__("plugkit.plugins.upper")
leaf = __import__("plugkit.plugins.upper", fromlist=["run"])
print(top.__name__, leaf.__name__, leaf.run("x"))
old = sys.modules.pop("plugkit.plugins.upper")
import plugkit.plugins.upper as fresh
print(fresh is old, plugkit.plugins.upper is fresh, fresh.LOADS)
try:
    from plugkit import nothing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], e.name)
try:
    import plugkit.plugins.upper.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from sys import nothing
except ImportError as e:
    print(e)
print(__name__, __package__, __spec__, __doc__)
