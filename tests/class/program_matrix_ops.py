# An operator-overloaded matrix: arithmetic and reflected dunders, @, in-place ops, equality
# and hashing of a frozen variant, item access with tuples, class-level constructors, and the
# errors CPython raises for unsupported operands.
class Matrix:
    __slots__ = ("rows", "n", "m")
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    def __repr__(self):
        return f"{type(self).__name__}({self.rows})"
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __len__(self):
        return self.n
    def __iter__(self):
        return (tuple(r) for r in self.rows)
    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.n}x{self.m} vs {other.n}x{other.m}")
        return type(self)([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)
    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return type(self)([[a * k for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.m != other.n:
            raise ValueError("inner dimensions differ")
        cols = list(zip(*other.rows))
        return type(self)([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        for _ in range(k):
            result = result @ self
        return result
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def transpose(self):
        return type(self)(zip(*self.rows))
class Frozen(Matrix):
    __slots__ = ()
    def __setitem__(self, ij, v):
        raise TypeError("frozen matrix")
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    __eq__ = Matrix.__eq__
a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a + b, a - b, 2 * a, a * 0.5, -a)
print(a @ b == a, a @ a, a ** 3, a.transpose())
c = a
c += b
print(c is a, c, a)
a[0, 1] = 9
print(a[0, 1], len(a), list(a), dict(enumerate(a)))
f1, f2 = Frozen([[1, 0], [0, 1]]), Frozen.identity(2)
print(f1 == f2, hash(f1) == hash(f2), len({f1, f2}), type(f1 + f2).__name__)
try:
    hash(a)
except TypeError as e:
    print(e)
for expr in ("a + 1", "1 - a", "a @ 2", "a * 'x'", "Matrix([[1], [2, 3]])",
             "a + Matrix.zeros(3, 2)", "f1[0, 0] = 5", "a.extra = 1"):
    try:
        exec(expr)
        print(expr, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(expr, type(e).__name__, e)
