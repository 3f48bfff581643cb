# A module's top-level code runs once per process however it is imported; state lives on the module object.
import sys
import app.config as first
from app import config as second
import app.config
from app.config import SETTINGS, get
print(first is second is app.config, SETTINGS is first.SETTINGS)
print(sys.modules["app"].LOADED.count("app.config"), sys.modules["app"].LOADED.count("app"))
SETTINGS["mode"] = "test"
print(get("mode"), second.get("mode"), first.SETTINGS["mode"])
first.NEW_GLOBAL = 1
from app.config import NEW_GLOBAL
print(NEW_GLOBAL)
del sys.modules["app.config"]
import app.config as reloaded
print(reloaded is first, sys.modules["app"].LOADED.count("app.config"), reloaded.get("mode"))
print(app.config is reloaded, first.get("mode"))
