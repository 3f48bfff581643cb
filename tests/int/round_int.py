# round() on ints with negative digits, banker's rounding.
print(round(5), round(-5), type(round(5)).__name__)
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1251, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(123456789, -4), round(2 ** 70, -10))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(7, 2), round(-7, 0))
