# Operator-overloaded Vector and Matrix classes: arithmetic, reflected ops, matmul, equality, errors.
class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vector{self.c}"
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def _check(self, o):
        if not isinstance(o, Vector):
            return False
        if len(o) != len(self):
            raise ValueError(f"dimension mismatch {len(self)} vs {len(o)}")
        return True
    def __add__(self, o):
        if not self._check(o):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return self + (-o) if isinstance(o, Vector) else NotImplemented
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        self._check(o)
        return sum(a * b for a, b in zip(self, o))
    def __abs__(self):
        return (self @ self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __matmul__(self, o):
        if isinstance(o, Vector):
            return Vector(*(Vector(*r) @ o for r in self.rows))
        if isinstance(o, Matrix):
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented
    def __rmatmul__(self, o):
        return "rmatmul with " + type(o).__name__
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result = result @ self
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, w - v, -v, v * 2, 3 * v, v @ w, abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), v != w, len({v, Vector(1, 2, 3), w}), bool(Vector(0, 0)), bool(v))
u = v
u += w
print(u, v, u is v)
m = Matrix([[1, 1], [1, 0]])
print(m @ Vector(1, 0), m @ m, m ** 10, (m ** 2) == (m @ m))
print("text" @ m)
for bad in (lambda: v + Vector(1), lambda: v + 1, lambda: v * "x", lambda: m @ 5, lambda: v @ Vector(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
