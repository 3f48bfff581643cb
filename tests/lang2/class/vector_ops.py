# Operator overloading on a vector class.
class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return "Vec" + repr(self.xs)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.xs, o.xs)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return Vec(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, o):
        return self.xs == o.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __iadd__(self, o):
        self.xs = (self + o).xs
        return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 2 * v, v * w, -v, abs(w), v == Vec(1, 2), len(v), v[1], list(w))
print(bool(Vec(0, 0)), bool(v), sum(Vec(1, 2, 3)))
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except AttributeError as e:
    print("AttributeError", e)
