# Dispatching on builtin types with class patterns: int vs bool, str/bytes, list/tuple/dict/set, None.
def kind(v):
    match v:
        case bool():
            return "bool"
        case int() if v < 0:
            return "negative int"
        case int():
            return "int"
        case float(x) if x != x:
            return "nan"
        case float():
            return "float"
        case complex():
            return "complex"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str of {len(s)}"
        case bytes() | bytearray():
            return "binary"
        case tuple((a, b)):
            return f"pair tuple {a},{b}"
        case list([]) | tuple(()):
            return "empty sequence"
        case list([x, *_]):
            return f"list starting {x!r}"
        case dict({"id": i}):
            return f"dict with id {i}"
        case dict():
            return "dict"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "None"
        case type():
            return f"class {v.__name__}"
        case _:
            return f"other {type(v).__name__}"
for v in (True, -3, 3, float("nan"), 2.5, 1j, "", b"", "abc", b"x", bytearray(1), (1, 2), (), [],
          [9, 8], {"id": 7}, {}, {1, 2}, frozenset(), None, int, range(2), (1, 2, 3)):
    print(f"{v!r:>14} -> {kind(v)}")
