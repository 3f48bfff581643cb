# // and % on floats follow the sign of the divisor.
for a in (7.5, -7.5, 7.0, -7.0, 0.5, 1e20):
    for b in (2.0, -2.0, 0.3, 3):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.0 if False else "skip", -0.0 % 5, 0.0 // -3)
print(6.0 % 3, -6.0 % 3, 1e-20 % 1, -1e-20 % 1)
try:
    1.5 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
