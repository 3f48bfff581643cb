# big-number arithmetic, pow with modulus, printing and parsing round trips
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1), pow(10**20, 10**5, 97), pow(3, -2, 11))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)), f % 10**9, f // 10**70, str(f)[::-1][:12], hex(f)[:20], oct(f)[-10:], f.bit_count())
x = 3**200
print(x, -x, x * x - x, x // 7**50, x % 7**50, divmod(-x, 10**40), x.bit_length(), int(str(x)) == x, int(hex(x), 16) == x)
print(10**18 * 10**18, (10**18 + 1) ** 3, -(10**30) // 7, -(10**30) % 7, (2**64) * (2**64) - 1, 2**64 // 2**32, 2**64 >> 1)
print(abs(-(2**100)), -(2**31), 2**31 - 1, -(2**31) - 1, 2**30, -(2**30), 2**30 - 1, -(2**30) - 1, 1 << 30, (1 << 30) - 1, -(1 << 30))
a, b = 2**30 - 1, 2**30
print(a + 1, b - 1, a * 2, -b, -b - 1, b * b, a * a, type(b).__name__, b == 2**30, hash(b), hash(-b), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(int('-' + '9' * 40) + 1, int('0b' + '1' * 100, 0), int('z' * 20, 36), 12345678901234567890123 % 1000000007, 7 ** 77 % 1000)
print(sum(range(10**6)), sum([2**62] * 8), max(2**80, 2**80 + 1), min(-(2**80), 3), sorted([2**65, -5, 2**64, 0]))
print(True + True, True * 10, -True, True / 2, True // 2, True ** 10, 2 ** True, 5 - False, abs(False), divmod(True, 2))
