# Unary dunders and conversion dunders: __neg__ __pos__ __abs__ __invert__ __int__ __float__ __index__ __round__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v * 1)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~int(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, nd=None): return Num(round(self.v, nd)) if nd is not None else round(self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(-3.75)
print(-n, +n, abs(n), ~Num(5))
print(int(n), float(Num(2)), round(n), round(n, 1))
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
L = list(range(10))
print(L[Idx(3)], L[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(4))[-1], "abc" * Idx(2), [0] * Idx(3))
class NoNeg:
    pass
for f in (lambda: -NoNeg(), lambda: ~NoNeg(), lambda: abs(NoNeg()), lambda: int(NoNeg())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    L[Num(1)]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class Complexish:
    def __complex__(self): return complex(1, 2)
print(complex(Complexish()))
