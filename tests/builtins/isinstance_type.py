# isinstance/issubclass with builtin types and tuples; type() printing.
for v in [1, 2.0, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(1), len, lambda: 0]:
    print(type(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, object), isinstance("x", str))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(float, int))
print(type(1) is int, type(1) == type(2), type(type(1)), type(None).__name__)
print(int, str, list, dict, type, object)
