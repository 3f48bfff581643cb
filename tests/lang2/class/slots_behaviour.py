# __slots__: no __dict__, inheritance of slots, slots plus __dict__, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
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
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(P):
    pass
l = Loose(1, 2)
l.anything = 5
print(l.anything, sorted(l.__dict__))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only)
print(type(P.x).__name__)
try:
    class Clash:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
