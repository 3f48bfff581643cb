# ** and pow with 2 and 3 arguments.
print(pow(2, 10), pow(3, 0), pow(-3, 3), pow(10, 20))
print(pow(2, 10, 1000), pow(3, 200, 1000007), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, -1, 11), (7 * pow(7, -1, 11)) % 11)
print(pow(123456789, 123456789, 10 ** 12 + 39))
print(2 ** -2, (-2) ** -1, 10 ** -3)
print(2 ** 100 % 97, pow(2, 100, 97))
print(pow(0, 0), pow(0, 5), pow(1, 10 ** 6))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
