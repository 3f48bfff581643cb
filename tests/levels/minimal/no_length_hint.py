# The minimal level's builtin iterators have no __length_hint__ (MicroPython's have none):
# asking for it is an AttributeError. Iterating, len() of the containers, list(iterator) and
# the other iterator methods work.
its = [iter([1, 2, 3]), iter((1,)), iter("abc"), iter(range(5)), iter({1: 2}), iter({1: 2}.items()),
       reversed([1, 2]), iter({1: 2}.values()), iter(b"xy")]
for it in its:
    try:
        print(type(it).__name__, it.__length_hint__())
    except AttributeError as e:
        print(type(it).__name__, "AttributeError:", e)
it = iter([1, 2, 3])
next(it)
print(list(it), len([1, 2]), hasattr(iter([]), "__length_hint__"), hasattr(iter([]), "__next__"))
print(list(reversed(range(3))), sorted(iter({3: 0, 1: 0, 2: 0})), [x * 2 for x in iter((1, 2))])
