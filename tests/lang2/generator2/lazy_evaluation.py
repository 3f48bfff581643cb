# Lazy infinite generators combined with yield from and send.
def naturals(start=0):
    while True:
        yield start
        start += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def primes():
    seen = []
    for n in naturals(2):
        if all(n % p for p in seen):
            seen.append(n)
            yield n
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(take(15, primes())))
print(list(interleave(iter("abc"), iter([1, 2]), take(4, naturals(100)))))
