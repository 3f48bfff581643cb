# The __dict__ of builtin types: a read-only mapping of what the type itself defines.
print(type(int.__dict__).__name__)
print("__add__" in int.__dict__, "append" in list.__dict__, "fromkeys" in dict.__dict__)
print("upper" in str.__dict__, "__len__" in str.__dict__, "append" in tuple.__dict__)
print(list.__dict__["__len__"]([1, 2]), list.__dict__["__hash__"], tuple.__dict__["__hash__"] is None)
print(type(str.__dict__["maketrans"]).__name__, dict.fromkeys("ab"))
print("__add__" in bool.__dict__, "__or__" in bool.__dict__, "__repr__" in object.__dict__)
print(sorted(k for k in list.__dict__ if not k.startswith("_")))
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
