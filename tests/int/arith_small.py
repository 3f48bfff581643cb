# Small integer arithmetic.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, abs(-a))
print(0 - 0, 0 * -1, -0)
print(7 / 7, type(7 / 7).__name__)
print(10 // 3, 10 % 3, -10 // 3, -10 % 3, 10 // -3, 10 % -3, -10 // -3, -10 % -3)
for x in range(-7, 8, 3):
    for y in (-3, -2, 2, 3):
        print(x, y, x // y, x % y, divmod(x, y))
print(2 ** 0, 2 ** 10, (-2) ** 3, 2 ** -1, 0 ** 0)
