# importlib.import_module (absolute, dotted, relative with package) and reload.
import importlib
import sys

m = importlib.import_module("_reload_target")
print(m.loads, m is sys.modules["_reload_target"], importlib.import_module("_reload_target") is m)
old_version = m.version
r = importlib.reload(m)
print(r is m, m.loads, m.version(), old_version is m.version)
importlib.reload(m)
print(m.loads)
tools = importlib.import_module("importlib_pkg.tools")
print(tools.helper(), tools is sys.modules["importlib_pkg.tools"])
rel = importlib.import_module(".tools", package="importlib_pkg")
print(rel is tools, importlib.import_module("..tools", "importlib_pkg.sub") is tools)
print(importlib.import_module("importlib_pkg").NAME, importlib.import_module("json").__name__)
plugins = {}
for name in ["json", "math"]:
    plugins[name] = importlib.import_module(name)
print(sorted(plugins), plugins["math"].sqrt(16))
print(importlib.invalidate_caches())
for args in [("no_such_module_xyz",), (".tools",), ("...x", "importlib_pkg"), ("",),
             ("importlib_pkg.missing",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [5, "json"]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError:", e)
import json
saved = sys.modules.pop("json")
try:
    importlib.reload(saved)
except ImportError as e:
    print("ImportError:", e, e.name)
sys.modules["json"] = saved
print(importlib.reload(json) is json, json.dumps([1]))
