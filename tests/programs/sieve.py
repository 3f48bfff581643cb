# Sieve of Eratosthenes and prime statistics.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[:6])
def factorize(n):
    out = []
    for p in ps:
        while n % p == 0:
            out.append(p)
            n //= p
        if p * p > n:
            break
    if n > 1:
        out.append(n)
    return out
for n in (360, 97, 1001, 65536, 999999, 2 ** 31 - 1):
    print(n, factorize(n))
