# Tuples as dict keys and set members.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
seen = set()
for p in [(1, 2), (2, 1), (1, 2), (0, 0)]:
    seen.add(p)
print(sorted(seen))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
t = ([1], 2)
t[0].append(3)
print(t)
