# Default __eq__/__ne__ behaviour, __ne__ derived from __eq__, identity for 'in', and comparison chains.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  A.__eq__({self.v}, {getattr(o, 'v', o)})")
        return isinstance(o, A) and self.v == o.v
a1, a2, a3 = A(1), A(1), A(2)
print(a1 == a2, a1 != a2, a1 != a3)
print("in list:", a2 in [a3, a1])
print("identity shortcut:", a1 in [a1])
print([a1, a3].count(A(1)), [a3, a1].index(A(1)))
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
x, y, z = Chain(1), Chain(2), Chain(0)
print(x < y < z)
print(x < z < y)
print(None == None, None != 0, [] == [], [] is [], (1, A(1)) == (1, A(1)))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), [1, 2].count(AlwaysEq()), AlwaysEq() in [1])
try:
    {1: 2}.get(AlwaysEq())
except TypeError as e:
    print(type(e).__name__, e)
