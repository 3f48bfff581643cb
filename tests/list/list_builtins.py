# Builtins over lists: sum, min, max, any, all, enumerate, zip, map, filter.
l = [4, -2, 7, 0, 3]
print(sum(l), min(l), max(l), any(l), all(l), len(l))
print(list(enumerate(l, 1)), list(zip(l, l[1:])))
print(list(map(abs, l)), list(filter(None, l)), list(filter(lambda x: x > 0, l)))
print(sorted(l, key=abs), [i for i, v in enumerate(l) if v > 2])
print(l.index(max(l)), sum([[1], [2, 3]], []), sum([0.5, 0.25], 1))
