# __slots__: restricted attributes, inheritance of slots, slots plus __dict__, errors.
# (Pyrite keeps slot values in a dict: docs/differences.md; this test only checks the rules.)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 9
print(p.x)
class P3(P):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class Loose(P):
    pass
l = Loose(1, 2)
l.anything = 5
print(l.anything, l.x)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only)
try:
    class Clash:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
