# set algebra with methods, several arguments and mixed iterables.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a.union(b), a.union([9, 8], (0,), range(10, 12)), a.union())
print(a.intersection(b), a.intersection([1, 2, 9], (2, 3, 1)), a.intersection())
print(a.difference(b), a.difference([1], (2,)), a.difference())
print(a.symmetric_difference(b), a.symmetric_difference([5, 6, 5]))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union({1: "x", 20: "y"}), a.intersection({2: 0, 3: 0}), a.difference({1: 0}))
print(a.union("ab") - set("ab"))
c = set(a)
c.update([10, 11], {12}, range(13, 15))
print(c)
c.intersection_update(range(0, 20, 2))
print(c)
c.difference_update([2], {4})
print(c)
c.symmetric_difference_update([10, 12, 16])
print(c)
d = {1, 2, 3}
d |= {4}
d &= {1, 2, 4, 8}
d -= {1}
d ^= {2, 9}
print(d)
print(a.issubset(range(10)), a.issubset([1, 2]), {1}.issuperset([1, 1]), a.issuperset(b))
print(a.isdisjoint(b), a.isdisjoint([9, 10]), set().isdisjoint(a), a.isdisjoint(iter([6, 5])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > {9}, a == {5, 4, 3, 2, 1}, a != b)
f = frozenset([3, 4])
print(f | {1}, {1} | f, f & a, a & f, f - a, f ^ a)
print(type(f | {1}).__name__, type({1} | f).__name__, f == {3, 4}, {3, 4} == f)
print(f.intersection([3]), f.difference([3]), f.symmetric_difference([3, 9]), f.issubset(a))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
try:
    a.update(1)
except TypeError as e:
    print("TypeError", e)
g = {1, 2}
g.update(g)
g.intersection_update(g)
print(g, g.union(g), g.difference(g), g.symmetric_difference(g))
g.difference_update(g)
print(g)
h = {1, 2}
h.symmetric_difference_update(h)
print(h)
