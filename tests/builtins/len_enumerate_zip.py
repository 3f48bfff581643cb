# len, enumerate with start, zip with unequal lengths.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(7)), len(b"xy"))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(range(3), range(10))))
names = ["a", "b", "c"]
ages = [1, 2, 3]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
