# Rich comparisons, reflected comparisons, NotImplemented fallbacks, __hash__ and __eq__.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a)
print(sorted([b, a, Version(0, 9)]), max(a, b), min(a, b))
print(len({a, b, c}), {a: 1, c: 2})
print(a == (1, 2), a != "x")
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq.__hash__)
try:
    hash(Eq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Eq(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Log:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print(f"gt({self.n},{getattr(o, 'n', o)})")
        return NotImplemented
    def __lt__(self, o):
        print(f"lt({self.n},{getattr(o, 'n', o)})")
        return True
print(Log(1) > Log(2))
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))
