import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 1, -2]), math.fsum([math.nan, 1]))
print(math.fsum(x / 7 for x in range(100)))
for bad in ([math.inf, -math.inf], [1e308, 1e308], ["a"]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan))
print(math.hypot(math.nan, 1), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(0.1, 0.2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()))
print(math.dist((1.5, -2.25), (0.1, 0.7)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
