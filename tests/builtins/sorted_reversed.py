# sorted with key/reverse, reversed.
data = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]), sorted(data, reverse=True), sorted([3, 1, 2], reverse=True))
print(sorted("Hello World"), sorted([1.5, -2, 0]), sorted([], key=len), sorted((3, 1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
