# list operators: *, +, comparison, in, len, equality of nested lists.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 5, [] * 10, 2 * [a[0]], len(a * 3))
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a > [1, 2], [] < [0], [[1]] == [[1]])
print(2 in a, 7 in a, [1] in [[1], 2], 7 not in a)
print([1, [2, [3, [4]]]], max([3, 8, 1]), min([[2], [1, 5]]))
print(a.__len__(), list(), list((1, 2)), list("ab"), list({"k": 1}), list(range(3)))
try:
    a + (4,)
except TypeError as e:
    print("TypeError", e)
try:
    a[5]
except IndexError as e:
    print("IndexError", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
