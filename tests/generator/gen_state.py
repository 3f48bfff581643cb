# Generators keep local state between resumptions; multiple independent instances.
def running_avg():
    total = 0
    n = 0
    for x in [10, 20, 30, 40]:
        total += x
        n += 1
        yield total / n
print(list(running_avg()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
a, b = countdown(3), countdown(2)
print(next(a), next(b), next(a), next(b), next(a), next(b, "b done"), next(a, "a done"))
def pairs(xs):
    it = iter(xs)
    for first in it:
        second = next(it, None)
        yield first, second
print(list(pairs([1, 2, 3, 4, 5])))
g = countdown(2)
print(iter(g) is g, list(g), list(g))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_finally():
    print(v)
