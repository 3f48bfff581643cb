# Lists of lists and aliasing.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b)
c = a[:]
c.append(4)
print(a, c, a is c, a == c[:3])
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([7])
print(nested, shallow)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
x = [1]
print(mutate(x), x)
l = [1, 2]
l.append(l)
print(len(l), l[2] is l)
