# A complete numeric type (fixed-point decimal): all arithmetic, comparison, conversion and formatting dunders.
class Fixed:
    SCALE = 100
    __slots__ = ("raw",)
    def __init__(self, value=0):
        if isinstance(value, Fixed):
            self.raw = value.raw
        elif isinstance(value, int):
            self.raw = value * self.SCALE
        elif isinstance(value, float):
            self.raw = round(value * self.SCALE)
        elif isinstance(value, str):
            whole, _, frac = value.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.raw = int(whole) * self.SCALE + sign * int((frac + "00")[:2])
        else:
            raise TypeError(f"cannot make Fixed from {type(value).__name__}")
    @classmethod
    def _raw(cls, raw):
        f = cls()
        f.raw = raw
        return f
    def _other(self, o):
        if isinstance(o, Fixed):
            return o
        if isinstance(o, (int, float)):
            return Fixed(o)
        return None
    def __add__(self, o):
        o = self._other(o)
        return NotImplemented if o is None else Fixed._raw(self.raw + o.raw)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._other(o)
        return NotImplemented if o is None else Fixed._raw(self.raw - o.raw)
    def __rsub__(self, o):
        return Fixed(o) - self
    def __mul__(self, o):
        o = self._other(o)
        return NotImplemented if o is None else Fixed._raw(self.raw * o.raw // self.SCALE)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        if o.raw == 0:
            raise ZeroDivisionError("Fixed division by zero")
        return Fixed._raw(self.raw * self.SCALE // o.raw)
    def __neg__(self): return Fixed._raw(-self.raw)
    def __abs__(self): return Fixed._raw(abs(self.raw))
    def __eq__(self, o):
        o = self._other(o)
        return o is not None and self.raw == o.raw
    def __lt__(self, o): return self.raw < self._other(o).raw
    def __le__(self, o): return self.raw <= self._other(o).raw
    def __hash__(self): return hash(self.raw)
    def __bool__(self): return self.raw != 0
    def __int__(self): return int(self.raw / self.SCALE)
    def __float__(self): return self.raw / self.SCALE
    def __round__(self, n=0): return Fixed(round(float(self), n))
    def __str__(self):
        sign = "-" if self.raw < 0 else ""
        return f"{sign}{abs(self.raw) // 100}.{abs(self.raw) % 100:02d}"
    def __repr__(self): return f"Fixed('{self}')"
    def __format__(self, spec): return format(str(self), spec) if spec else str(self)
a, b = Fixed("12.34"), Fixed(3)
print(a, b, repr(a), a + b, a - b, b - a, a * b, a / b, -a, abs(-a), 1 + a, 10 - a, 2 * a, 0.5 + a)
print(a == Fixed(12.34), a == 12.34, a != b, a > b, b <= 3, sorted([a, b, Fixed("-1.5")]), max(a, b))
print(int(a), float(a), round(a, 1), bool(Fixed()), bool(a), hash(Fixed(1)) == hash(Fixed("1.00")))
print(f"[{a:>10}] [{b:<8}] [{Fixed('-0.05')}]", sum([Fixed("0.10")] * 10), len({a, Fixed("12.34")}))
for bad in (lambda: a / 0, lambda: a + "x", lambda: Fixed([1]), lambda: a < "x"):
    try:
        bad()
    except (ZeroDivisionError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
