# __getitem__/__setitem__/__delitem__ with ints, slices and tuples; __contains__ and __iter__ fallbacks.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells[r][c]
        if isinstance(key, slice):
            return [row[:] for row in self.cells[key]]
        return self.cells[key]
    def __setitem__(self, key, v):
        r, c = key
        self.cells[r][c] = v
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = 0
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g[0, 1], g[1], g[:1], g[::-1])
del g[0, 1]
print(g.cells)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s, [x for x in s])
a, b, *rest = s
print(a, b, rest)
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1:2], sl[::3], sl[1, 2:3], sl[...], sl["key"])
class Bag:
    def __contains__(self, x):
        print("contains", x)
        return x == "yes"
print("yes" in Bag(), "no" not in Bag())
try:
    Seq()[1] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Seq()[1]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NotSub:
    pass
try:
    NotSub()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in NotSub()
except TypeError as e:
    print(type(e).__name__, e)
