# The minimal level has MicroPython's exception classes: no OSError subclasses and no warning
# categories (their names are not defined); OSError(errno, text) stays a plain OSError with its
# errno, and the rest of the hierarchy is CPython's.

for name in ("FileNotFoundError", "PermissionError", "ConnectionError", "TimeoutError",
             "BlockingIOError", "Warning", "UserWarning", "DeprecationWarning"):
    try:
        eval(name)
        print(name, "defined")
    except NameError as e:
        print("NameError:", e)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e, isinstance(e, OSError))
try:
    raise OSError(13, "denied")
except OSError as err:
    print("caught", type(err).__name__, err.args)
print(IOError is OSError, EnvironmentError is OSError, issubclass(OSError, Exception))
print(ModuleNotFoundError.__mro__)
print([c.__name__ for c in (KeyError, IndexError, UnicodeDecodeError, RecursionError)])
