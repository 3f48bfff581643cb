# tuple.count and tuple.index, with start/stop and errors.
t = (1, 2, 3, 2, 1, "a", (1, 2), 2.0)
print(t.count(2), t.count(1), t.count("a"), t.count((1, 2)), t.count(99))
print(t.index(2), t.index(2, 2), t.index(2, -5), t.index((1, 2)), t.index(1, 1, 5))
for args in [(99,), (2, 4, 6), (1, 5, 100), ("a", -1), ()]:
    try:
        print(args, t.index(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
print(().count(1), (None,).index(None), (True, 1, 1.0).count(1))
nested = ((1, [2]), (1, [2]), [2])
print(nested.count((1, [2])), nested.index([2]))
print(t.__len__(), t.__contains__("a"), t.__getitem__(-1), list(t.__iter__())[:3])
big = tuple(range(1000)) * 3
print(big.count(500), big.index(999), big.index(0, 1), big.index(5, -10 - 1000))
