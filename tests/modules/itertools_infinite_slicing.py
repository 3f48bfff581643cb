# itertools: count, cycle, repeat, islice (every argument form and its errors), accumulate.
from itertools import count, cycle, repeat, islice, accumulate, takewhile
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(start=3, step=-2), 4)), repr(count()), repr(count(2.5)), repr(count(1, 2)))
c = count(7)
next(c)
print(repr(c), next(c), repr(count(5, 1)), repr(count(0, 1.0)))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)))
print(repr(repeat(1)), repr(repeat("a", 3)), list(map(pow, range(4), repeat(2))))
r = repeat(0, 2)
print(next(r), repr(r), next(r), next(r, "done"))
data = list(range(10))
print(list(islice(data, 3)), list(islice(data, 2, 5)), list(islice(data, 1, None, 3)))
print(list(islice(data, None)), list(islice(data, 0, 9, 4)), list(islice(data, 20)))
print(list(islice(data, 5, 3)), list(islice(data, None, 4, None)), list(islice(data, 3, None)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
for args in [(data,), (data, 1, 2, 3, 4), (data, -1), (data, -1, 2), (data, 1, -2),
             (data, 0, 2, 0), (data, 0, 2, -1), (data, "a"), (data, 1.0), (5, 2)]:
    try:
        islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: count("a"), lambda: count(1, "a"), lambda: count(1, 2, 3),
            lambda: repeat(), lambda: repeat(1, 2, 3), lambda: cycle(), lambda: cycle(5),
            lambda: accumulate()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=9)))
print(list(accumulate([1, 2], initial=100)), list(accumulate("abc")), list(accumulate([])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))
squares = (n * n for n in count(1))
print(list(takewhile(lambda v: v < 50, squares)))
balance = accumulate([100, -20, -50, 35], initial=0)
print(next(balance), list(balance))
