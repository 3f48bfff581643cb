# set operators and methods; print sorted to avoid hash order.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1, 2}, a.issubset(a | b), a.isdisjoint({7}))
c = set()
c.add(3); c.add(3); c.add("x")
print(len(c), 3 in c, "y" in c)
c.discard("y"); c.remove("x")
print(sorted(c))
try:
    c.remove("x")
except KeyError as e:
    print("KeyError", e)
c.update([5, 6], {7})
print(sorted(c), c.pop() in {3, 5, 6, 7}, len(c))
d = {1, 2, 3}
d |= {4}; d &= {2, 3, 4}; d -= {3}
print(sorted(d))
print(set(), set("aab") == {"a", "b"}, len({1, 1.0, True}))
