# Left and right shifts, including negatives and big results.
for a in (1, 7, -1, -7, 12345, -12345):
    print(a, [a << n for n in (0, 1, 5, 40, 70)])
    print(a, [a >> n for n in (0, 1, 2, 5, 100)])
print(1 << 200)
print((1 << 200) >> 199)
print(-(1 << 100) >> 99)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
