# The builtins module: names added to it become visible everywhere; shadowing by globals; __name__ fallback.
import builtins
import sys
print(builtins.__name__, builtins.len is len, "builtins" in sys.modules)
builtins.GREETING = "hello from builtins"
print(GREETING)
def inner():
    return GREETING.upper()
print(inner())
GREETING = "global shadows builtin"
print(GREETING, builtins.GREETING)
del GREETING
print(GREETING)
original_len = builtins.len
builtins.len = lambda x: 42
print(len([1, 2]))
builtins.len = original_len
print(len([1, 2]))
del builtins.GREETING
try:
    GREETING
except NameError as e:
    print(type(e).__name__, e)
exec("print(__name__)", {})
exec("print(__name__)", {"__name__": "custom"})
print(eval("__name__", {}), eval("abs(-3)", {}))
ns = {}
exec("x = 1", ns)
print(ns["__builtins__"] is builtins or ns["__builtins__"] is builtins.__dict__)
