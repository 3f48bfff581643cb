# Big integer arithmetic and printing.
print(2 ** 64, 2 ** 100, 2 ** 200)
print(-(2 ** 127))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a)
print(b // -a, b % -a)
print(a * a * a * a)
print(10 ** 50 // 7, 10 ** 50 % 7)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(x.bit_length(), (x - x) == 0, x > 2 ** 100, x < -x)
print(2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(2 ** 31 * 2 ** 31 == 2 ** 62)
print((2 ** 64 + 1) // (2 ** 32 + 1))
print(int("9" * 40) + 1)
