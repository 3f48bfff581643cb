# Collatz sequences: lengths, peaks, and a cache.
def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count
def seq(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
print(seq(27)[:20], len(seq(27)), max(seq(27)))
cache = {1: 0}
def cached(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for m in reversed(path):
        base += 1
        cache[m] = base
    return cache[path[0]] if path else base
best = max(range(1, 10000), key=cached)
print(best, cached(best), steps(best))
print([steps(n) for n in range(1, 21)])
print(all(cached(n) == steps(n) for n in range(1, 500)))
print(steps(2 ** 100 + 1), steps(10 ** 30 - 1))
