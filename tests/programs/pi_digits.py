# Digits of pi with integer arithmetic (Machin's formula).
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(n):
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10
p = str(pi_digits(300))
print(p[0] + "." + p[1:])
for i in range(1, len(p), 50):
    print(p[i:i + 50])
print("count of each digit:", [p.count(str(d)) for d in range(10)])
def spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = ""
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out += str(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
s = spigot(60)
print(s, s == p[:60])
