# Builtin types as callables and classes: int/str/list/dict/type used as factories and in isinstance.
factories = [int, float, str, list, tuple, dict, set, frozenset, bool, bytes, bytearray, complex, object, type(None)]
print([type(f()).__name__ for f in factories])
print([f.__name__ for f in (int, str, type, object, len)])
print(isinstance(int, type), isinstance(len, type), type(len).__name__, callable(type))
convert = {"int": int, "float": float, "upper": str.upper, "list": list}
for name, value in (("int", "42"), ("float", "2.5"), ("upper", "abc"), ("list", "xyz")):
    print(name, convert[name](value))
print(list(map(int, "123")), list(map(str, [1, 2])), sorted(["b", "A", "c"], key=str.lower))
print(int.__mro__[-1] is object, bool.__mro__[1] is int, [c.__name__ for c in bool.__mro__])
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int), type(True) is bool)
print(type(None)(), type(...)(), type(NotImplemented)())
class defaultdict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
groups = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    groups[w[0]].append(w)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
print(str(), repr(str()), int("  7 "), float(" -1.5e3 "), bool([]), bool([0]))
for bad in (lambda: int("4.5"), lambda: float("abc"), lambda: list(5), lambda: dict([1, 2]), lambda: type(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
