# min/max with key and default; sum with start; any/all.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), max([1, 5, 3], key=lambda x: -x))
print(min([], default="empty"), max([], default=None), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.5]), sum([]), sum(range(1, 11)), sum([[1], [2]], []))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in [1, 3]), all("abc"))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
