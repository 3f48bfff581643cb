# Large sets: growth, removal, algebra and pop with 10_000 items.
n = 10000
a = set()
for i in range(n):
    a.add(i * 3 % n)
print(len(a), min(a), max(a))
b = set(range(0, n, 2))
print(len(a & b), len(a | b), len(a - b), len(a ^ b))
for i in range(0, n, 3):
    a.discard(i)
print(len(a), 3 in a, 4 in a)
c = a.copy()
c.difference_update(range(n // 2))
print(len(c), min(c))
popped = 0
while c:
    c.pop()
    popped += 1
print(popped, c)
d = set()
for i in range(n):
    d.add(str(i % 1234))
print(len(d), "0" in d, "1234" in d)
e = frozenset(range(5000))
f = e.union(range(4000, 6000))
print(len(f), type(f).__name__, e.issubset(f), f.issuperset(e), e.isdisjoint(range(6000, 7000)))
g = set(range(100))
g.intersection_update(range(50, 150), range(0, 75))
print(sorted(g) == list(range(50, 75)))
h = {i: i for i in range(3000)}
print(len(set(h) - set(range(1000))), len(set(h.items())))
