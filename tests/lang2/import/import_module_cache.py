# Modules are executed once and cached in sys.modules.
import sys
sys.path.insert(0, "_lib")
import helpers
import helpers as h2
from helpers import bump, shout
print(helpers is h2, helpers.bump(), bump(), h2.counter, shout("hi"))
print("helpers" in sys.modules, sys.modules["helpers"] is helpers)
