# A Fraction class with full numeric protocol, used to invert a matrix exactly.
def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented
    def __add__(self, o):
        o = Frac.of(o)
        return o if o is NotImplemented else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __sub__(self, o):
        return self + -Frac.of(o)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return o if o is NotImplemented else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return self * Frac(o.d, o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __eq__(self, o):
        o = Frac.of(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __hash__(self):
        return hash((self.n, self.d))
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __bool__(self):
        return self.n != 0
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"
def invert(m):
    n = len(m)
    a = [[Frac(x) for x in row] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]
print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - 1, 2 - Frac(1, 3), Frac(2, 3) * 3, 1 / Frac(4, 6))
print(Frac(2, 4) == Frac(1, 2), Frac(1, 2) == 0.5, sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4)]))
print(sum([Frac(1, n) for n in range(1, 5)]), float(Frac(1, 8)), len({Frac(1, 2), Frac(2, 4)}))
print(invert([[2, 1], [1, 3]]))
print(invert([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
for bad in (lambda: invert([[1, 2], [2, 4]]), lambda: Frac(1, 0), lambda: Frac(1) / 0, lambda: Frac(1) + "x"):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
