# Nested lists, aliasing and self-reference.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, b[0] is b[1])
c = b.copy()
c[0].append(4)
print(b, c, c is b, c[0] is b[0])
d = [1, 2, 3]
d.append(d)
print(d, len(d), d[3] is d)
e = [d, [d]]
print(e)
f = [1, 2, 3]
f.extend(f)
f += f[:2]
print(f)
g = [1, 2, 3]
g[1:2] = g
print(g)
h = [[1, 2], [3, 4]]
h2 = [x[:] for x in h]
h2[0][0] = 99
print(h, h2)
lst = [3, [2, 1], [0]]
lst[1].sort()
lst.remove([0])
print(lst, [[2, 1]] < [[2, 2]], [1, [2]] == [1, [2]])
x = [[]] * 2
x[0].append(x)
print(len(x[1]), x[1][0] is x)
m = {"k": [1]}
n = [m, m]
m["k"].append(2)
print(n, n.count(m), n.index({"k": [1, 2]}))
t = ([1], [2])
t[0].append(5)
print(t, t.count([1, 5]))
