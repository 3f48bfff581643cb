# Nested loops, break only leaves the inner one; flags for outer exit.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
total = 0
for row in grid:
    for v in row:
        if v % 2:
            continue
        total += v
print(total)
i = 0
while i < 3:
    for k in range(3):
        if k == i:
            continue
        print("pair", i, k)
    i += 1
