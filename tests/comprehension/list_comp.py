# List comprehensions with conditions and nesting.
print([x * x for x in range(8)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print([c.upper() if c in "aeiou" else c for c in "education"])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)], [v for row in m for v in row if v % 2])
print([len(w) for w in "a bb ccc".split()], [x for x in []], [i for i in "abc"][::-1])
