# Large lists: growth, sorting, removal and copying with 10_000 items.
n = 10000
a = []
for i in range(n):
    a.append((i * 7919) % n)
print(len(a), a[:5], a[-3:])
b = a.copy()
b.sort()
print(b[:5], b[-5:], b == list(range(n)))
a.sort(key=lambda x: -x)
print(a[:3], a[-3:])
a.reverse()
print(a[:3] == [0, 1, 2])
evens = [x for x in a if x % 2 == 0]
print(len(evens), sum(evens))
while len(evens) > 10:
    evens.pop()
print(evens)
c = list(range(2000))
for i in range(1000):
    c.pop(0)
print(len(c), c[0], c[-1])
for i in range(500):
    c.insert(0, -i)
print(len(c), c[:3], c.index(1000), c.count(-499))
d = [[i] * 3 for i in range(3000)]
d.sort(reverse=True)
print(d[0], d[-1], len(d))
e = [str(i) for i in range(3000)]
e.sort()
print(e[:5], e[-2:])
f = []
for i in range(5000):
    f.extend((i, -i))
print(len(f), f.count(0), sum(f))
f.clear()
print(f)
