# list.sort: keys, reverse and stability.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig", "Apple"]
w = words[:]
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w = words[:]
w.sort(key=lambda s: (s[0] > "Z", s))
print(w)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (1, "x")]
p = pairs[:]
p.sort(key=lambda t: t[0])
print(p)
p.sort(key=lambda t: t[0], reverse=True)
print(p)
p = pairs[:]
p.sort(reverse=True)
print(p)
# Stability under reverse: equal keys keep their order.
recs = [(i % 3, i) for i in range(12)]
recs.sort(key=lambda r: r[0], reverse=True)
print(recs)
nums = [5, -3, 2.5, 10, -7, 0, 2]
nums.sort(key=abs)
print(nums)
nums.sort(key=None)
print(nums)
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:8], big[-3:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
big.sort(reverse=True)
print(big[:5])
nested = [[3, 1], [1, 2], [3, 0], [1, 1]]
nested.sort()
print(nested)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
bools = [True, False, 1, 0, 2]
bools.sort()
print(bools)
