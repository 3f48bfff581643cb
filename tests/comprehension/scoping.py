# Comprehension loop variables do not leak; class-free scoping rules.
x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
total = [sum(row) for row in [[1, 2], [3]]]
print(total)
i = "kept"
g = (i for i in range(2))
print(list(g), i)
print([[i for i in range(j)] for j in range(3)], i)
