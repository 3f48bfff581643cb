# Infinities, NaN and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan > 0, nan < 0, nan is nan, [nan] == [nan])
z = -0.0
print(z, 0.0 == -0.0, repr(-0.0 * 1), 0.0 * -1, abs(-0.0))
print(str(1e308 * 10), -1e308 * 10)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(max(1.0, inf), min(-inf, 0.0))
