# User objects as keys, sort with __lt__, __eq__ in list methods.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
pts = [P(2, 1), P(1, 5), P(1, 2), P(2, 1)]
print(pts.count(P(2, 1)), pts.index(P(1, 2)), P(9, 9) in pts)
pts.remove(P(2, 1))
print(pts, sorted(pts), max(pts))
pts.sort(reverse=True)
print(pts)
d = {P(0, 0): "origin"}
d[P(0, 0)] = "again"
print(d, d.get(P(0, 0)), P(0, 1) in d)
s = {P(1, 1), P(1, 1), P(2, 2)}
print(len(s), P(2, 2) in s, sorted(s))
s.discard(P(1, 1))
print(s, s.pop(), s)
class Noisy:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        Noisy.calls += 1
        return self.v == getattr(o, "v", o)
    def __hash__(self):
        return 1
ns = set()
for i in range(6):
    ns.add(Noisy(i % 3))
print(len(ns), Noisy.calls > 0, sorted(n.v for n in ns))
a = [3, 1, 2]
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        a.append(0)
        return self.v < o.v
a = [Evil(3), Evil(1), Evil(2)]
try:
    a.sort()
except ValueError as e:
    print("ValueError", e)
print(len(a))
class Unorderable:
    pass
try:
    sorted([Unorderable(), Unorderable()])
except TypeError as e:
    print("TypeError", e)
