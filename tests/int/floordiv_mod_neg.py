# // and % round towards negative infinity, including for big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 10), (-1, 10),
         (10 ** 20, 3), (-(10 ** 20), 3), (10 ** 20, -3), (-(10 ** 20), -(10 ** 19) - 1),
         (5, 10 ** 30), (-5, 10 ** 30)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b) == (q, r))
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(10 ** 30, 0)
except ZeroDivisionError as e:
    print(e)
