# Module-level __getattr__ and __dir__ (PEP 562) in a package, and star-import of a name served lazily.
import lazypkg
print(lazypkg.eager, lazypkg.computed)
try:
    lazypkg.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lazypkg, "also_nothing", "default"), hasattr(lazypkg, "computed"))
print(dir(lazypkg))
from lazypkg import computed
print(computed)
print("heavy loaded?", "lazypkg.heavy" in __import__("sys").modules)
from lazypkg import *
print(eager, heavy.WEIGHT)
print(sorted(set(lazypkg._calls)))
