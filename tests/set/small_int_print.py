# Sets of small ints print sorted by hash in CPython; copy, clear, min/max.
s = {3, 1, 2}
print(s, len(s), min(s), max(s), sum(s))
t = s.copy()
t.add(0)
print(sorted(s), sorted(t))
t.clear()
print(t, set([1, 2, 2, 1]), {0})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
