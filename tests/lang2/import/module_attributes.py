# Module objects: __name__, __file__, __dict__, setattr/delattr on modules, module-level __getattr__.
import app.config as cfg
import sys
print(type(cfg).__name__, cfg.__name__, cfg.__file__.endswith("config.py"), cfg.__package__)
cfg.NEW = "added"
print(cfg.NEW, "NEW" in cfg.__dict__, "NEW" in dir(cfg))
del cfg.NEW
try:
    cfg.NEW
except AttributeError as e:
    print(type(e).__name__, e)
this = sys.modules[__name__]
this.dynamic = 5
print(dynamic, this.__name__)
print(hasattr(cfg, "get"), callable(cfg.get), cfg.get("debug"), cfg.get("missing", "dflt"))
import types
lazy = types.ModuleType("lazy")
def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
lazy.__getattr__ = __getattr__
print(lazy.auto_value)
try:
    lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(types.ModuleType("m")).startswith("<module 'm'"))
