# Loading modules by name at runtime: importlib.import_module, relative names, caching, failures.
import plugins
import sys
for name in plugins.AVAILABLE:
    mod = plugins.load(name)
    print(name, mod.run(1), mod.__name__)
print(plugins.load("alpha") is sys.modules["plugins.alpha"])
try:
    plugins.load("gamma")
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
try:
    plugins.load("zeta")
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith("plugins")))
print(hasattr(plugins, "alpha"), hasattr(plugins, "gamma"))
mod = __import__("plugins.beta", fromlist=["run"])
print(mod.run(2))
pkg = __import__("plugins.beta")
print(pkg.__name__, pkg.beta.__name__)
