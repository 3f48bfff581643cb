# Setting and deleting attributes of builtin objects: methods are read-only, data attributes
# not writable, other names absent.
for o, n in ((5, "real"), ([], "append"), ("s", "x"), (1.5, "imag"), (len, "__name__"),
             ({}, "keys"), (range(3), "start"), (None, "x"), (True, "real"), (b"", "hex")):
    try:
        setattr(o, n, 1)
    except AttributeError as e:
        print("set", e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print("del", e)
for o, n in ((1j, "real"), (slice(1), "start"), (staticmethod(len), "__func__"),
             (property(), "fget"), (memoryview(b""), "nbytes"), ((lambda: 0), "__closure__"),
             ({}.keys(), "mapping")):
    try:
        setattr(o, n, 1)
    except AttributeError as e:
        print("set", type(o).__name__, e)
