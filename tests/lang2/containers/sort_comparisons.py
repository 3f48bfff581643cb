# list.sort makes CPython's comparisons, in CPython's order, for short lists.
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return f"K({self.v})"
for data in [[3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [5, 1, 4, 2, 3, 2], [2, 2, 1, 1, 3, 3, 0]]:
    log.clear()
    ks = [K(v) for v in data]
    ks.sort()
    print([k.v for k in ks], log)
    log.clear()
    ks = [K(v) for v in data]
    ks.sort(reverse=True)
    print([k.v for k in ks], len(log))
log.clear()
print([k.v for k in sorted(K(v) for v in [9, 7, 8])], log)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ValueError("no 3")
        return self.v < o.v
    def __repr__(self):
        return f"B{self.v}"
b = [Bad(v) for v in [5, 4, 1, 3, 2, 0]]
try:
    b.sort()
except ValueError as e:
    print("ValueError", e)
print(b)
mixed = [3, 1, "a", 2]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e)
print(mixed)
