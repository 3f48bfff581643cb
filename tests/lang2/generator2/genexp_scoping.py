# Generator expressions: lazy evaluation, first iterable evaluated eagerly, closures and exhaustion.
def noisy(n):
    print("building range", n)
    return range(n)
g = (x * 2 for x in noisy(3))
print("created")
print(next(g), list(g), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [(lambda i=i: i) for i in range(3)]
print([f() for f in fns])
x = 10
g = (x + y for y in range(3))
x = 20
print(list(g))
class C:
    base = 100
    vals = [i * 2 for i in range(base, base + 2)]
    try:
        bad = list(base + i for i in range(2))
    except NameError as e:
        err = type(e).__name__
print(C.vals, C.err)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bbb cc".split()))
print(sorted((y for y in "hello"), reverse=True), "".join(c.upper() for c in "abc"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = (i for i in range(3))
print(type(g).__name__, iter(g) is g, hasattr(g, "send"), hasattr(g, "close"))
