# Binary, reflected and in-place arithmetic dunders, with NotImplemented fallbacks.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def _wrap(op):
        def f(self, o):
            if isinstance(o, N):
                o = o.v
            if not isinstance(o, int):
                return NotImplemented
            return N(op(self.v, o))
        return f
    def _rwrap(op):
        def f(self, o):
            if not isinstance(o, int):
                return NotImplemented
            return N(op(o, self.v))
        return f
    __add__ = _wrap(lambda a, b: a + b)
    __sub__ = _wrap(lambda a, b: a - b)
    __mul__ = _wrap(lambda a, b: a * b)
    __truediv__ = _wrap(lambda a, b: a / b)
    __floordiv__ = _wrap(lambda a, b: a // b)
    __mod__ = _wrap(lambda a, b: a % b)
    __pow__ = _wrap(lambda a, b: a ** b)
    __lshift__ = _wrap(lambda a, b: a << b)
    __rshift__ = _wrap(lambda a, b: a >> b)
    __and__ = _wrap(lambda a, b: a & b)
    __or__ = _wrap(lambda a, b: a | b)
    __xor__ = _wrap(lambda a, b: a ^ b)
    __radd__ = _rwrap(lambda a, b: a + b)
    __rsub__ = _rwrap(lambda a, b: a - b)
    __rmul__ = _rwrap(lambda a, b: a * b)
    __rfloordiv__ = _rwrap(lambda a, b: a // b)
    __rpow__ = _rwrap(lambda a, b: a ** b)
    __rmod__ = _rwrap(lambda a, b: a % b)
    def __divmod__(self, o):
        return divmod(self.v, o)
    def __rdivmod__(self, o):
        return ("r", divmod(o, self.v))
a, b = N(7), N(3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(10 + a, 10 - a, 10 * a, 100 // a, 2 ** b, 20 % a)
print(divmod(a, 2), divmod(20, a))
for expr in ("a + 'x'", "'x' - a", "a @ b", "1.5 / a"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
x = N(1)
y = x
x += 5
print(x, y, x is y)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
acc = Acc()
same = acc
acc += 1
acc += 2
acc *= 2
print(acc.items, acc is same)
class NoAdd:
    pass
n = NoAdd()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
