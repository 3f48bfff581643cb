# round(x) and round(x, n) on floats.
for x in (0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 3.14159, -3.14159, 12345.6789, 1e20, 0.0):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, 3), round(x, -1), round(x, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(0.1 + 0.2, 2), round(1 / 3, 5), round(-1 / 3, 5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2))
