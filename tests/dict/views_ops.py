# dict views: len, iteration, membership, set operations and comparisons.
d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), list(k), list(v), list(it))
print(2 in k, 5 in k, "b" in v, "z" in v, (1, "a") in it, (1, "b") in it, 1 in it, (1,) in it)
d[4] = "d"
print(k, v, it)
print(k & {2, 3, 9}, k | [7, 8], k - {1}, k ^ {1, 10})
print({2, 3, 9} & k, [1, 5] | k if False else None, {1, 5} - k, {1, 10} ^ k)
print(k & range(3), k | (9,), k - [4, 3])
print(it & {(1, "a"), (2, "x")}, sorted(it - {(1, "a")}))
print(k == {1, 2, 3, 4}, k == {1, 2}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {9})
print({1, 2, 3, 4} == k, {1, 2} < k, k == [1, 2, 3, 4], it == {(1, "a"), (2, "b"), (3, "c"), (4, "d")})
e = {4: "d", 3: "c", 2: "b", 1: "a"}
print(k == e.keys(), it == e.items(), v == e.values(), v == v)
print(k.isdisjoint({5, 6}), k.isdisjoint([4]), it.isdisjoint([(1, "a")]), k.isdisjoint(k))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed(d)), sorted(k, reverse=True))
print(k.mapping == d, k.mapping[2])
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
try:
    k & 5
except TypeError as e:
    print("TypeError", e)
print({1: []}.items() == {1: []}.items(), ([], 1) in {1: []}.items() if False else (1, []) in {1: []}.items())
try:
    print([1] in k)
except TypeError as e:
    print("TypeError", e)
del d[1]
print(list(k), bool(k), bool({}.keys()), set(v) == {"b", "c", "d"})
print(type(k).__name__, type(v).__name__, type(it).__name__)
