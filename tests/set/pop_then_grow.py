# pop() then more work on the same set: heap keys (tuples, frozensets, strs) must survive.
s = set(range(10))
popped = [s.pop() for _ in range(4)]
print(popped, s)
for i in range(12):
    s.add((i, i + 1))
    s.add(frozenset({i}))
    s.add(str(i) + "x")
print(len(s), (3, 4) in s, frozenset({5}) in s, "7x" in s)
print(sorted(k for k in s if isinstance(k, tuple))[:4])
print(sorted(len(k) for k in s if isinstance(k, frozenset)))
print(sorted(k for k in s if isinstance(k, str))[:5])
t = {(1, 2), (3, 4)}
t.pop()
t |= {(i, -i) for i in range(20)}
print(len(t), sorted(t)[:3])
u = frozenset([(1,), (2,)])
v = set(u)
v.pop()
v.update([("a", i) for i in range(15)])
v.intersection_update(v | {("b", 1)})
print(len(v), ("a", 14) in v)
w = {(i, i) for i in range(30)}
while len(w) > 5:
    w.pop()
w.update((i, i, i) for i in range(30))
print(len(w), sorted(w)[:3])
