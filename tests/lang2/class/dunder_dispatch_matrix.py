# Which user dunder each operation calls: a recorder class logs every special method call, for many operations.
class Rec:
    log = []
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R{self.v}"
def recorder(name, result=lambda self, *a: self):
    def method(self, *args):
        Rec.log.append(name)
        return result(self, *args)
    return method
for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"):
    setattr(Rec, f"__{name}__", recorder(f"__{name}__"))
    setattr(Rec, f"__r{name}__", recorder(f"__r{name}__"))
    setattr(Rec, f"__i{name}__", recorder(f"__i{name}__"))
for name in ("neg", "pos", "invert", "abs"):
    setattr(Rec, f"__{name}__", recorder(f"__{name}__"))
Rec.__lt__ = recorder("__lt__", lambda s, o: True)
Rec.__le__ = recorder("__le__", lambda s, o: True)
Rec.__gt__ = recorder("__gt__", lambda s, o: False)
Rec.__ge__ = recorder("__ge__", lambda s, o: False)
Rec.__eq__ = recorder("__eq__", lambda s, o: False)
Rec.__ne__ = recorder("__ne__", lambda s, o: True)
Rec.__bool__ = recorder("__bool__", lambda s: True)
Rec.__len__ = recorder("__len__", lambda s: 1)
Rec.__contains__ = recorder("__contains__", lambda s, x: True)
Rec.__getitem__ = recorder("__getitem__", lambda s, k: k)
Rec.__iter__ = recorder("__iter__", lambda s: iter([1]))
Rec.__hash__ = recorder("__hash__", lambda s: 7)
Rec.__int__ = recorder("__int__", lambda s: 3)
Rec.__float__ = recorder("__float__", lambda s: 1.5)
Rec.__index__ = recorder("__index__", lambda s: 2)
Rec.__str__ = recorder("__str__", lambda s: "str")
Rec.__format__ = recorder("__format__", lambda s, spec: "fmt:" + spec)
r = Rec(1)
ops = {
    "r + 1": lambda: r + 1, "1 + r": lambda: 1 + r, "r - r": lambda: r - r, "2 * r": lambda: 2 * r,
    "r / 2": lambda: r / 2, "3 // r": lambda: 3 // r, "r % 2": lambda: r % 2, "2 ** r": lambda: 2 ** r,
    "r << 1": lambda: r << 1, "1 >> r": lambda: 1 >> r, "r & 1": lambda: r & 1, "1 | r": lambda: 1 | r,
    "r ^ r": lambda: r ^ r, "r @ r": lambda: r @ r, "-r": lambda: -r, "+r": lambda: +r, "~r": lambda: ~r,
    "abs(r)": lambda: abs(r), "r < 1": lambda: r < 1, "1 < r": lambda: 1 < r, "r >= r": lambda: r >= r,
    "r == 1": lambda: r == 1, "1 != r": lambda: 1 != r, "bool(r)": lambda: bool(r), "len(r)": lambda: len(r),
    "5 in r": lambda: 5 in r, "r[0]": lambda: r[0], "[v for v in r]": lambda: [v for v in r], "hash(r)": lambda: hash(r),
    "int(r)": lambda: int(r), "float(r)": lambda: float(r), "[0,1,2][r]": lambda: [0, 1, 2][r],
    "hex(r)": lambda: hex(r), "str(r)": lambda: str(r), "f'{r:x}'": lambda: f"{r:x}", "f'{r}'": lambda: f"{r}",
    "not r": lambda: not r, "r if r else 0": lambda: r if r else 0, "round(2.5)": lambda: round(2.5),
}
for label, op in ops.items():
    Rec.log = []
    op()
    print(f"{label:>14}: {' '.join(Rec.log)}")
x = Rec(2)
for stmt in ("x += 1", "x -= 1", "x *= 1", "x /= 1", "x //= 1", "x %= 1", "x **= 1", "x <<= 1", "x >>= 1",
             "x &= 1", "x |= 1", "x ^= 1", "x @= x"):
    Rec.log = []
    exec(stmt)
    print(f"{stmt:>14}: {' '.join(Rec.log)}")
