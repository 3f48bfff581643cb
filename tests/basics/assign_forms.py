# Assignment forms: simple, chained, tuple, list targets, swaps.
a = 1
print(a)
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
u, = [9]
print(u)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 7
print(i, lst)
d = {}
d["k"] = d2 = {"n": 1}
print(d, d2)
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
t = (1, 2)
t2 = t
t2 += (3,)
print(t, t2, t is t2)
