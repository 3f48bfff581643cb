# Big-number computations: 100!, 2**1000 digit sum, large fibonacci, binomials.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
print("digits:", len(str(f)), "digit sum:", sum(int(c) for c in str(f)))
print("2**1000 digit sum:", sum(int(c) for c in str(2 ** 1000)))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print("fib(500) =", a)
def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(comb(100, 50), comb(52, 5))
print(pow(3, 1000, 10 ** 20), (3 ** 1000) % 10 ** 20)
x = 2 ** 521 - 1
print(x % 1000000007, x.bit_length(), str(x)[:20], str(x)[-20:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(2 * 10 ** 100)
print(r, r * r <= 2 * 10 ** 100 < (r + 1) ** 2)
