# Generators used where the iterator protocol is expected: zip/map/enumerate/dict/sorted/unpacking, partial consumption.
def numbers(n):
    for i in range(n):
        yield i
g = numbers(10)
first, second, *rest = g
print(first, second, rest, list(g))
g = numbers(6)
print(list(zip(g, g)))
g = numbers(5)
print(next(g), list(map(lambda x: x * x, g)))
print(dict(enumerate(numbers(3), start=1)), sorted(numbers(4), reverse=True), set(numbers(3)) == {0, 1, 2})
print(max(numbers(7)), min(numbers(7), key=lambda v: -v), sum(numbers(101)), "-".join(str(v) for v in numbers(4)))
g = numbers(4)
print(4 in g, list(g))
g = numbers(10)
print(3 in g, next(g), list(g))
def pairs():
    yield "a", 1
    yield "b", 2
print(dict(pairs()), [k for k, _ in pairs()], list(zip(*pairs())))
g = numbers(3)
print(iter(g) is g, g.__iter__() is g, list(g.__iter__()))
print(any(v > 5 for v in numbers(100)), all(v < 5 for v in numbers(100)))
print(list(reversed(list(numbers(3)))), [x for x in numbers(5) if x % 2][::-1])
try:
    reversed(numbers(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(numbers(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    numbers(3)[0]
except TypeError as e:
    print(type(e).__name__, e)
