# functools.partial and functools.reduce: attributes, repr, nesting, keywords, errors.
from functools import partial, reduce
import functools


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), cube(2, exp=4))
p = partial(power, 3, mod=5)
print(p(), p(4), p.func is power, p.args, p.keywords)
nested = partial(p, 2)
print(nested.func is power, nested.args, nested.keywords, nested())
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(partial(int, base=2), "101")))
print(partial(int, base=2)("1111"))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    p.func = max
except AttributeError as e:
    print("AttributeError:", e)
p.extra = "ok"
print(p.extra)


class Greeter(partial):
    pass


g = Greeter(print, "hello")
g("world")
print(repr(g).startswith("Greeter(<built-in function print>"))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"))
print(reduce(max, [3], 0), reduce(max, [7]))
print(reduce(lambda acc, w: acc + [len(w)], "the quick fox".split(), []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(functools.partial(power, mod=1000), [2, 3, 2]))
for args in [(), (max,), (max, [1], 0, 9)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(max, [1], initial=0)
except TypeError as e:
    print("TypeError:", e)
