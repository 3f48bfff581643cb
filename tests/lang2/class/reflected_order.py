# Order of dunder calls: subclass reflected method first, __radd__ in sum(), __rsub__/__rtruediv__.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f"  {type(self).__name__}.__add__")
        return Base(self.v + (o.v if isinstance(o, Base) else o))
    def __radd__(self, o):
        print(f"  {type(self).__name__}.__radd__")
        return Base((o.v if isinstance(o, Base) else o) + self.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Derived(Base):
    def __radd__(self, o):
        print("  Derived.__radd__ wins")
        return Derived(-1)
print(Base(1) + Base(2))
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(5 + Base(1))
print(sum([Base(1), Base(2)]))
print(sum([Base(1)], Base(10)))
class R:
    def __rsub__(self, o):
        return f"{o} - R"
    def __rtruediv__(self, o):
        return f"{o} / R"
    def __rpow__(self, o):
        return f"{o} ** R"
    def __rmatmul__(self, o):
        return f"{o} @ R"
    def __rlshift__(self, o):
        return f"{o} << R"
    def __ror__(self, o):
        return f"{o} | R"
r = R()
print(1 - r, 2 / r, 3 ** r, [1] @ r if False else "skip", 4 << r, {1} | r)
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  lt {self.n} {o.n}")
        return self.n < o.n
print(Cmp(2) > Cmp(1))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c)[0].n)
