# list methods: edge cases and return values.
a = []
print(a.append(1), a.extend([2, 3]), a.insert(0, 0), a)
a.insert(100, 99)
a.insert(-100, -99)
a.insert(-1, "x")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.extend(a)
print(a, a.count(1), a.count("x"), a.count(7))
a.extend("ab")
a.extend(range(3))
a.extend((9,))
a.extend({5: 6})
print(a)
a.remove(1)
print(a, a.index(1), a.index("a"), a.index(0, 5))
b = a.copy()
b.reverse()
print(b, a is b, a == b[::-1])
b.clear()
print(b, len(b), a)
c = [[1], [2]]
d = c.copy()
d[0].append(5)
d.append([3])
print(c, d)
print([1, 1.0, True].count(1), [0, False, 0.0].count(False))
e = [3, 1, 2]
print(e.sort(), e)
print(e.sort(reverse=True), e)
print(e.sort(key=lambda x: -x, reverse=True), e)
f = list(range(10))
del f[::2]
print(f, f.index(9), f.pop(2))
nan = float("nan")
g = [nan]
print(g.count(nan), g.index(nan), nan in g)
h = [1, 2, 3]
h[1:2] = []
h += [4]
h *= 2
print(h, h.index(4, 2), h.count(4))
