# float/int mixing, true division, comparisons.
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, -7 / 2, 1 / 3 + 1 / 3)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 10, 10.0 ** -2, (-8) ** 2.0)
print(1e300 * 1e10, 10 ** 20 / 10 ** 10, 2 ** 64 / 2, (2 ** 100) * 1.0)
print(3 == 3.0, 3 < 3.5, 2 ** 60 < 2.0 ** 61, 1 / 2 == 0.5)
print(sum([0.1] * 10), 0.5 + 0.25 + 0.125)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(2 ** -1).__name__)
print(abs(-2.5), -(-2.5), +2.5)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
