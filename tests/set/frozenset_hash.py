# frozenset is hashable and usable in sets and as dict keys.
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), f | {4} == {1, 2, 3, 4}, type(f | {4}).__name__)
d = {f: "fs"}
print(d[g])
s = {frozenset(), frozenset([1]), frozenset([1])}
print(len(s))
print(sorted(sorted(x) for x in s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(frozenset() == set(), {1, 2} == frozenset({1, 2}), sorted(frozenset("hello")))
