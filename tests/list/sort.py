# sort and sorted with key and reverse; stability.
l = [5, 2, 9, 1, 5, 6, -3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Pie", "apple", "fig", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs), sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([3.5, 1, 2 ** 70, -1.5]), sorted("hello"), sorted({"b": 1, "a": 2}))
l = list(range(20, 0, -1))
l.sort(key=lambda x: x % 3)
print(l)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
print(l.sort() is None)
