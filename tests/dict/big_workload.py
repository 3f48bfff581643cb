# Large dicts: growth, deletion, popitem, views and copying with 10_000 items.
n = 10000
d = {}
for i in range(n):
    d[i] = i * i
print(len(d), d[n - 1], sum(d.values()) % 1000007)
for i in range(0, n, 2):
    del d[i]
print(len(d), list(d)[:5], (n - 1) in d, 0 in d)
for i in range(n, n + 3000):
    d[i] = -i
print(len(d), list(d.keys())[-3:], min(d.values()))
e = d.copy()
while len(e) > 5:
    e.popitem()
print(e)
s = {}
for i in range(n):
    s.setdefault(i % 97, []).append(i)
print(len(s), len(s[0]), s[96][:3])
words = {}
for i in range(n):
    w = "w" + str(i % 501)
    words[w] = words.get(w, 0) + 1
print(len(words), words["w0"], words["w500"])
k = d.keys() & set(range(0, 2 * n, 3))
print(len(k), min(k), max(k))
items = sorted(d.items())[:3]
print(items)
f = dict.fromkeys(range(n), 0)
f.update((i, 1) for i in range(0, n, 2))
print(sum(f.values()), len(f))
f.clear()
print(f, len(f))
