# Big integers: digits of pi with the unbounded spigot, plus a factorial.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(4000)
print("pi digit sum", sum(d), "last", "".join(str(v) for v in d[-10:]))
f = 1
for i in range(2, 3000):
    f *= i
print("3000! mod 1e9+7 =", f % 1000000007, "bits", f.bit_length())
