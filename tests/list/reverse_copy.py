# reverse, reversed, copy, list comprehensions of lists.
l = [1, 2, 3, 4]
l.reverse(); print(l)
print(list(reversed(l)), l[::-1] == list(reversed(l)))
r = []
for x in reversed(range(3)):
    r.append(x)
print(r)
m = [[i * j for j in range(3)] for i in range(3)]
print(m, [row[1] for row in m], [list(c) for c in zip(*m)])
flat = [v for row in m for v in row]
print(flat, sum(flat))
