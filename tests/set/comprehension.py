# Set comprehensions and dedup.
words = "the cat and the hat and the bat".split()
print(sorted({w for w in words}), len(set(words)))
print(sorted({len(w) for w in words}), sorted({x % 5 for x in range(100)}))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
print({1, 2, 3} == {3, 2, 1}, {1, 2} != {1, 2, 3})
