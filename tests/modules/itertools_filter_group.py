# itertools: chain, compress, dropwhile, takewhile, filterfalse, groupby, starmap, tee,
# zip_longest, pairwise.
from itertools import (chain, compress, dropwhile, takewhile, filterfalse, groupby, starmap,
                       tee, zip_longest, pairwise)

print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(chain.from_iterable([[1], [], [2, 3]])), type(chain()).__name__)
ch = chain([1], [2])
print(next(ch), iter(ch) is ch, list(ch))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(compress(data=[1, 2, 3], selectors=[True, False, True])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
for key, grp in groupby("AAAABBBCCDAABBB"):
    print(key, list(grp), end="; ")
print()
print([k for k, g in groupby("AAAABBBCCD")], [list(g) for k, g in groupby([])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for first, group in groupby(words, key=lambda w: w[0]):
    print(first, list(group))
groups = list(groupby("aabbb"))
print([(k, list(g)) for k, g in groups])
g = groupby([1, 1, 2, 3, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
it = groupby([("a", 1), ("a", 2), ("b", 3)], key=lambda p: p[0])
print([(k, [v for _, v in grp]) for k, grp in it])
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("xyz"), 3)
print(list(x), list(z), list(y), tee([], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(zip_longest(range(3), "ab", [True])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
for bad in [lambda: dropwhile(len), lambda: takewhile(len), lambda: filterfalse(None),
            lambda: starmap(len), lambda: tee(5), lambda: zip_longest(1), lambda: pairwise(1),
            lambda: chain.from_iterable(), lambda: compress(1), lambda: groupby(),
            lambda: next(starmap(len, [1])), lambda: tee([], -1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
