# Builtin iterators: CPython's type names, __next__/__iter__ as attributes, reversed() and
# iter(callable, sentinel) errors.
for x in ["", "é", [], (), {}, set(), frozenset(), b"", bytearray(), range(3), {}.keys(),
          {}.values(), {}.items()]:
    print(type(iter(x)).__name__)
for x in [[], (), "ab", range(2), {}, {}.keys(), {}.values(), {}.items(), b"x"]:
    print(type(reversed(x)).__name__, list(reversed(x)))
for x in [enumerate([]), zip(), map(abs, []), filter(None, []), iter(int, 1)]:
    print(type(x).__name__, hasattr(x, "__next__"), x.__iter__() is x)
it = iter([1, 2])
print(it.__next__(), next(it), hasattr(iter("a"), "__next__"))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
m = map(lambda v: v * 2, [1, 2])
f = filter(None, [0, 3])
print(m.__next__(), f.__next__(), list(m), list(f))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
for bad in (lambda: reversed(1), lambda: reversed({1}), lambda: reversed(iter([])),
            lambda: reversed(), lambda: iter(5, 0), lambda: iter(5), lambda: next([]),
            lambda: bytes(object()), lambda: bytearray(2.5)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as e:
        print("TypeError", e)
print(list(iter([3, 2, 1].pop, 1)))
for bad in (lambda: zip([1], 5), lambda: zip(None), lambda: enumerate(3), lambda: map(abs, 1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
