# The iterators of sized containers have __length_hint__ (items left), which
# operator.length_hint reads.
import operator

for src in ['[1, 2, 3]', '(1,)', "'abc'", "'héllo'", 'range(5)', 'range(0, 10, 3)', "b'ab'",
            "bytearray(b'xyz')", '{1: 2, 3: 4}', '{1, 2, 3}']:
    c = eval(src)
    it = iter(c)
    first = it.__length_hint__()
    next(it)
    print(src, type(it).__name__, first, it.__length_hint__(), operator.length_hint(it))
    list(it)
    print(' exhausted', it.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
d = {'a': 1, 'b': 2}
for name in ['keys', 'values', 'items']:
    it = iter(getattr(d, name)())
    print(name, it.__length_hint__())
print(reversed(d).__length_hint__(), operator.length_hint(iter(range(10**6))))
print(operator.length_hint(x for x in []), operator.length_hint(iter([]), 7))
