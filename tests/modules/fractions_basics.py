# fractions.Fraction: constructors (ints, floats, strings), normalisation, mixed arithmetic,
# powers, comparisons, hashes equal to equal numbers, rounding, limit_denominator, errors.
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F('3/4'), F(' -1.25e2 '), F('1_000/3'), F(0.1), F(2.5), F(F(1, 3)), F(F(1, 2), F(3, 4)), F('7e-2'), F('.5'), F('5.'))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a, a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 3, 3 / a, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, a <= 1, sorted([F(3, 4), F(1, 2), 0.6]))
print(hash(F(1, 2)) == hash(0.5), hash(F(2)) == hash(2), hash(F(1, 3)), hash(F(-1, 3)), {F(1, 2): 'x'}[0.5])
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 8)), math.floor(F(-7, 2)), math.ceil(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), round(F(1234), -2), math.trunc(F(-5, 3)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(13, 7).numerator, F(13, 7).denominator, F(1, 3).as_integer_ratio(), bool(F(0)), F.from_float(0.25), F.from_float(3))
for bad in ['x', '1/0', '1/-2', '', '1.2.3', '3/']:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
for args in [(1, 0), (1.5,), (float('nan'),), (float('inf'),), ([],), (1, 2.5)]:
    try: print(F(*args))
    except Exception as e: print(type(e).__name__, e)
try: F(1, 2) / 0
except ZeroDivisionError as e: print(e)
print(sum([F(1, n) for n in range(1, 11)]), math.prod([F(1, 2)] * 4), max(F(1, 2), F(2, 3)), str(F(-3, 1)), F(10**30, 3) * 3)
