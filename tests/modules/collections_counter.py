# collections.Counter: counting, most_common, elements, update/subtract, arithmetic,
# comparisons and CPython's repr order (by count, ties in first-seen order).
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(x=2, y=1).elements()))
print(Counter(), Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8), Counter([1, 1, 2]))
c.update("aaz")
c.update({"b": 10}, q=1)
print(c)
c.subtract("aaaaa")
c.subtract({"z": 3}, q=1)
print(c)
del c["nothing"]
del c["q"]
print("q" in c, c.get("q"), c["q"])
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
x = Counter(a=3)
x += Counter(a=-1, b=2)
print(x)
x -= Counter(b=5)
print(x)
x |= Counter(a=9, c=-1)
print(x)
x &= Counter(a=4)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
print(Counter(a=3) >= Counter(a=1), Counter(a=1) > Counter(), Counter(a=1) == {"a": 1})
print(Counter(a=1).copy(), dict(Counter("ab")), isinstance(Counter(), dict))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter() + 1
except TypeError as e:
    print("TypeError:", e)
words = "the cat and the hat and the bat".split()
freq = Counter(words)
for word, n in freq.most_common(3):
    print(f"{word}: {n}")
print(Counter({1: "x"}) if False else Counter({"b": 1, "a": 1, "c": 2}))


class Tally(Counter):
    pass


print(Tally("aab"), Tally())
