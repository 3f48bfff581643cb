# Tuples: creation, indexing, slicing, immutability, packing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], () , (5,), tuple(), tuple([1, 2]), tuple("ab"))
print(type(()).__name__, (1) == 1, (1,) == 1)
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
print(t.count(None), t.index("two"), (1, 2) + (3,), (0,) * 3, 2 in x)
try:
    t.index("zz")
except ValueError as e:
    print("ValueError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
