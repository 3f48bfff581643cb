# Infinite generators combined with itertools: islice, takewhile, count, cycle, tee, chain, accumulate.
import itertools as it
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(list(it.islice(primes(), 10)))
print(list(it.takewhile(lambda p: p < 30, primes())))
print(list(it.islice(it.cycle("abc"), 7)), list(it.islice(it.count(10, 5), 3)))
a, b = it.tee(primes())
print(next(a), next(a), next(b))
def fib():
    x, y = 0, 1
    while True:
        yield x
        x, y = y, x + y
print(list(it.islice(fib(), 5, 10)), next(it.dropwhile(lambda f: f < 1000, fib())))
print(list(it.accumulate(it.islice(fib(), 8))), list(it.chain.from_iterable([[1], (2, 3)])))
pairs = zip(primes(), fib())
print([next(pairs) for _ in range(4)])
print(list(it.compress(range(6), it.cycle([1, 0]))), [k for k, _ in it.groupby("aabbbcdd")])
def window(iterable, n):
    items = iter(iterable)
    win = list(it.islice(items, n))
    if len(win) == n:
        yield tuple(win)
    for x in items:
        win = win[1:] + [x]
        yield tuple(win)
print(list(window(range(6), 3)), list(window("ab", 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1], fillvalue="-")))
